#pragma once

#include "base/credentials.h"
#include "base/endpoint.h"
#include "net/bearersource.h"
#include "net/boundedreply.h"
#include "net/callresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QThreadPool;
QT_END_NAMESPACE

namespace Ovh {

class ServerClock;

// One HTTP call, ready to go: the exact method, URL and body bytes.
struct HttpCall
{
    QByteArray method; // "GET", "POST", "PUT", "DELETE"
    QUrl url; // absolute; its encoded form is what is signed and sent
    QByteArray body; // exact bytes, empty for none
    bool authenticated = true; // false for noAuthentication operations: X-Ovh-Application only
    // A public operation runs without any key, as on OVH's console: unsigned, and without
    // X-Ovh-Application when there is no application key. POST /auth/credential needs one.
    bool keyOptional = false;
    // Header parameters of the operation (v2's X-Pagination-Cursor, …): sent as they are, after
    // the client's own headers, which they never replace; not part of the signature.
    HeaderList headers = {};
};

// One call: start(), abort(), one finished(result). The reply is its child.
// Owned like every job of core: by its parent (the client that made it, until the one who
// asked for it takes it with setParent), and that owner deleteLater()s it after finished();
// deleted before, it aborts silently.
// The server-clock policy of every signed call in core lives here, so that no caller can skip
// it: a signed call waits for the endpoint's clock until it has been measured once (a failed
// measurement is reported by clockUnavailable(), then the local clock signs), and an answer
// that refuses the timestamp starts a new measurement, which the next signed call waits for.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    // Answers up to this size are parsed on the calling thread, larger ones on
    // largeAnswerPool().
    static constexpr qsizetype InlineParseBytes = 256 * 1024;
    // One thread, kept, for every large answer's parse: the ~200 MB of values of a 30 MB answer
    // come from that thread's malloc arena, and once freed are reused by the next large answer
    // (already mapped: its parse is several times faster). Parsed on any pool thread, each
    // answer could take a new arena and the process keep each one's; one at a time, two tabs'
    // large answers never hold twice the transient memory either.
    static QThreadPool* largeAnswerPool();

    struct Settings
    {
        // From sending (after the clock) to the whole answer; the earlier of this and `deadline`
        // applies.
        int timeoutMs = 30000;
        qint64 maxResponseBytes = BoundedReply::DefaultMaxBytes;
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    };

    ApiCall(QNetworkAccessManager* nam, ServerClock* clock, Endpoint endpoint,
        Credentials credentials, HttpCall call, Settings settings, QObject* parent = nullptr);

    // Sends (after the clock, for a signed call); finished() always follows exactly once,
    // never synchronously.
    void start();
    // Service accounts (Credentials::hasOAuth2(), which wins over the signing keys) send
    // "Authorization: Bearer" with a token from `source` instead of a signature; a 401 renews
    // the token and sends the call again, once.
    void setBearerSource(BearerSource* source) { m_bearer = source; }
    // Stops the call; before it is sent it finishes as cancelled without sending anything.
    void abort();
    bool isRunning() const { return m_started && !m_done; }

signals:
    // The server's time could not be had before this signed call; the local clock signs it.
    void clockUnavailable(const QString& message);
    void finished(const Ovh::CallResult& result);

private:
    bool mustWaitForClock() const;
    void onClockAnswered(const Endpoint& endpoint, const QString& failure);
    bool usesBearer() const;
    void waitForToken();
    void onTokenAnswered(const QString& key, const QByteArray& token, const QString& error);
    void stopWaitingForToken();
    void send();
    void describeRequest();
    // Finishes with `failure` on the next event-loop turn (callers connect after start()).
    void finishLater(CallResult::Failure failure, const QString& message);
    void finish(CallResult result);
    void onReplyFinished();
    // The answer parsed: the OVH error read, the clock policy applied, finished().
    void completeAnswer(CallResult result);

    QNetworkAccessManager* m_nam;
    QPointer<ServerClock> m_clock;
    QPointer<BearerSource> m_bearer;
    QString m_bearerKey;
    QByteArray m_token; // never shown: the request's Authorization is redacted
    bool m_waitingForToken = false;
    bool m_tokenRenewed = false; // after a 401: no second renewal
    Endpoint m_endpoint;
    Credentials m_credentials;
    HttpCall m_call;
    Settings m_settings;
    QPointer<BoundedReply> m_reader;
    QElapsedTimer m_timer;
    qint64 m_firstByteMs = -1;
    CallResult m_result;
    bool m_started = false;
    bool m_waitingForClock = false;
    bool m_aborted = false; // before it was sent: it never will be
    bool m_done = false;
};

// Sends signed calls through the one injected QNetworkAccessManager, signing with the
// server's time for the endpoint when a ServerClock is given, kept right by ApiCall's policy.
// Every signed call of core (CallSession's, the log-in's) goes through here.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    ApiClient(QNetworkAccessManager* nam, ServerClock* clock, QObject* parent = nullptr);

    void setSettings(const ApiCall::Settings& settings) { m_settings = settings; }
    const ApiCall::Settings& settings() const { return m_settings; }
    ServerClock* clock() const { return m_clock; }
    // Where service-account calls get their bearer tokens (owned by the caller, outliving the
    // client); without one they fail as missing credentials.
    void setBearerSource(BearerSource* source) { m_bearer = source; }
    BearerSource* bearerSource() const { return m_bearer; }

    // A call not started yet, child of this client (or of the caller, once it takes it); the
    // caller deletes it when done.
    ApiCall* prepare(
        const Endpoint& endpoint, const Credentials& credentials, const HttpCall& call);
    // prepare() and start(): the caller deletes it after finished().
    ApiCall* send(const Endpoint& endpoint, const Credentials& credentials, const HttpCall& call);

private:
    QNetworkAccessManager* m_nam;
    ServerClock* m_clock;
    QPointer<BearerSource> m_bearer;
    ApiCall::Settings m_settings;
};

} // namespace Ovh
