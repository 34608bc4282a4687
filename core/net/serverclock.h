#pragma once

#include "base/endpoint.h"
#include "net/boundedreply.h"
#include "net/requestsigner.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ovh {

// The server's idea of "now" per endpoint: delta = server - local seconds, measured with
// GET <base>/auth/time. Signatures carry a timestamp the API checks against its own clock,
// so a machine whose clock is off by minutes must sign with local + delta.
// Entirely asynchronous: sync() returns at once, synced()/syncFailed() report.
class ServerClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerClock)

public:
    static constexpr int DefaultTimeoutMs = 15000;
    // /auth/time answers a bare integer; a little room for whitespace and odd servers.
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;
    static constexpr int DefaultSyncIntervalMs = 30 * 60 * 1000;

    explicit ServerClock(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ServerClock(QNetworkAccessManager* nam, UnixClock localClock, QObject* parent = nullptr);
    ~ServerClock() override;

    // Each measurement must be complete within this time.
    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }
    // Re-sync every endpoint seen so far at this interval; 0 turns it off.
    void setSyncInterval(int ms);
    int syncInterval() const { return m_syncIntervalMs; }

    // Starts a measurement unless one is already running for this endpoint; it fails at the
    // earlier of timeout() and `deadline`.
    void sync(const Endpoint& endpoint,
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    // Stops the measurement of this endpoint, if any, with syncFailed("cancelled").
    void cancel(const Endpoint& endpoint);
    // After a time-related API error (QUERY_TIME_OUT, timestamp refused): the delta is no
    // longer trusted (isSynced() false) and a new measurement starts. The last delta is kept
    // as the best guess meanwhile.
    void invalidate(const Endpoint& endpoint);

    qint64 localNow() const;
    // local + delta; the delta is 0 for an endpoint never synced.
    qint64 now(const Endpoint& endpoint) const;
    qint64 delta(const Endpoint& endpoint) const;
    bool isSynced(const Endpoint& endpoint) const;
    // Measured, or its last measurement failed, since the last invalidate(): a signed call need
    // not wait for the clock (after a failure the last delta, or the local clock, signs).
    bool isSettled(const Endpoint& endpoint) const;
    bool isSyncing(const Endpoint& endpoint) const;

    // A clock for RequestSigner bound to one endpoint; valid while this object lives.
    UnixClock clockFor(const Endpoint& endpoint) const;

signals:
    void synced(const Ovh::Endpoint& endpoint, qint64 delta);
    void syncFailed(const Ovh::Endpoint& endpoint, const QString& message);

private:
    struct Entry
    {
        Endpoint endpoint;
        qint64 delta = 0;
        bool synced = false;
        bool settled = false; // synced, or failed, since the last invalidate()
        QPointer<BoundedReply> reply;
    };

    void finish(const QUrl& key, BoundedReply* reply, qint64 sentAt);
    void fail(Entry& entry, const QString& message);
    void syncAll();

    QNetworkAccessManager* m_nam;
    UnixClock m_localClock;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_syncIntervalMs = DefaultSyncIntervalMs;
    QTimer m_timer;
    QHash<QUrl, Entry> m_entries; // keyed by base URL: custom endpoints have no name
};

} // namespace Ovh
