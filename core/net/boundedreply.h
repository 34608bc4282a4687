#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkRequest;
QT_END_NAMESPACE

namespace Ovh {

// Reads one QNetworkReply under bounds: the body (after decompression) is read as it arrives and
// may not pass a byte cap, the whole exchange must end before a deadline, an answer cut short
// (transport error, body shorter than its Content-Length, undecodable encoding) is a failure
// even when a status arrived, and redirects stay on one origin. finished() comes exactly once,
// never from inside the constructor.
class BoundedReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedReply)

public:
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;

    struct Limits
    {
        qint64 maxBytes = DefaultMaxBytes;
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
        // Redirects that Qt may follow (the request says UserVerifiedRedirectPolicy) must stay
        // on this URL's scheme, host and port; invalid: no redirect is followed.
        QUrl origin;
    };

    enum class Outcome : quint8 {
        Pending,
        Complete, // a whole answer, whatever its status
        TooLarge,
        DeadlinePassed,
        Cancelled,
        RedirectRefused,
        TransportError, // no answer, or one cut short or undecodable
    };

    // Takes `reply` (becomes its parent).
    BoundedReply(QNetworkReply* reply, const Limits& limits, QObject* parent = nullptr);
    ~BoundedReply() override;

    // Sends a request whose reply a BoundedReply will read: use it, not the manager's own get()
    // or post(). Plain-http connections go through the manager's PacedTunnel, which bounds what
    // Qt reads; other replies get a read limit (see pacedtunnel.h).
    static QNetworkReply* send(QNetworkAccessManager* nam, const QNetworkRequest& request,
        const QByteArray& verb = QByteArrayLiteral("GET"), const QByteArray& body = {});

    // Lets Qt follow up to `maxRedirects` redirects, each checked against Limits::origin.
    static void followRedirectsOnOrigin(QNetworkRequest& request, int maxRedirects);

    // Stops the transfer; finished() follows with Cancelled unless it already came.
    void cancel();

    Outcome outcome() const { return m_outcome; }
    bool isComplete() const { return m_outcome == Outcome::Complete; }
    // Why it is not complete, for a person; empty when complete.
    const QString& errorString() const { return m_errorString; }
    // 0 when no status line arrived.
    int status() const { return m_status; }
    QByteArray reasonPhrase() const;
    // What was read: the whole body when complete, else the part that came (never the answer).
    const QByteArray& body() const { return m_body; }
    const Limits& limits() const { return m_limits; }
    // For headers and the final URL; valid until this object is deleted.
    QNetworkReply* reply() const { return m_reply; }

signals:
    void finished();

private:
    void readAvailable();
    void onRedirected(const QUrl& url);
    void onReplyFinished();
    // Records `outcome` and aborts the transfer; the reply's finished() then reports it.
    void stop(Outcome outcome, const QString& message);
    void report();

    QPointer<QNetworkReply> m_reply;
    Limits m_limits;
    QTimer m_deadlineTimer;
    QByteArray m_body;
    Outcome m_outcome = Outcome::Pending;
    Outcome m_stopReason = Outcome::Pending;
    QString m_errorString;
    int m_status = 0;
    bool m_reported = false;
};

// Same scheme, host and port (default ports filled in).
bool sameOrigin(const QUrl& a, const QUrl& b);

} // namespace Ovh
