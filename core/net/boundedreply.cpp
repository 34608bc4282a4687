#include "net/boundedreply.h"

#include "base/coretr.h"
#include "base/jsontext.h"
#include "net/callresult.h"
#include "net/pacedtunnel.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>

namespace Ovh {

namespace {

// The time a caller allowed, as a person set it: what is left when the reply starts is that,
// less the few (tens of, on a loaded machine or under ASan) milliseconds spent preparing the
// call, so it is rounded up to 50 ms ("1500", not "1490").
qint64 shownBudgetMs(qint64 remainingMs)
{
    return (remainingMs + 49) / 50 * 50;
}

// What Qt keeps unread in the reply: the rest waits in the socket (back-pressure), whatever
// the framing, so an endless answer never piles up in memory.
constexpr qint64 ReadBufferBytes = 256 * 1024;

// Every reply but those the tunnel paces, where a limit would lose the end of an answer closed
// by the server (see pacedtunnel.h).
void limitReadBuffer(QNetworkReply* reply)
{
    if (!PacedTunnel::carries(reply->manager(), reply->url()))
        reply->setReadBufferSize(ReadBufferBytes);
}

// Qt reports 4xx/5xx statuses as errors too; those are answers, not failures.
bool isStatusError(QNetworkReply::NetworkError error)
{
    return (error >= QNetworkReply::ContentAccessDenied
               && error <= QNetworkReply::UnknownContentError)
        || (error >= QNetworkReply::InternalServerError
            && error <= QNetworkReply::UnknownServerError)
        || error == QNetworkReply::ProxyAuthenticationRequiredError
        || error == QNetworkReply::ProtocolInvalidOperationError; // 400 and 418
}

QString describeQtError(const QNetworkReply& reply)
{
    QString text = reply.errorString().trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.isEmpty() ? NetTr::tr("Qt error %1").arg(int(reply.error())) : text;
}

bool isJson(const QNetworkReply& reply)
{
    return reply.header(QNetworkRequest::ContentTypeHeader)
        .toString()
        .contains(QLatin1String("json"), Qt::CaseInsensitive);
}

// Whether `body` can be whole JSON: a parse for a small body; for a large one, whose parse
// would stall the event loop (half a second for 30 MB; the caller parses it off the thread),
// a scan that strings are closed and brackets balanced, which is what a cut leaves undone.
bool isCompleteJson(const QByteArray& body)
{
    constexpr qsizetype ParseBelow = 256 * 1024;
    if (body.size() <= ParseBelow)
        return !parseJsonValue(body).isUndefined();
    qsizetype depth = 0;
    const char* p = body.constData();
    const char* const end = p + body.size();
    while (p < end) {
        const char c = *p++;
        if (c == '"') {
            while (p < end && *p != '"') {
                if (*p == '\\' && ++p == end)
                    return false;
                ++p;
            }
            if (p >= end)
                return false;
            ++p;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth < 0)
                return false;
        }
    }
    return depth == 0;
}

int effectivePort(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443
            : scheme == QLatin1String("http")        ? 80
                                                     : -1);
}

} // namespace

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}

BoundedReply::BoundedReply(QNetworkReply* reply, const Limits& limits, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_limits(limits)
{
    reply->setParent(this);
    // Qt 6.4 passes the size to its HTTP thread as a queued call, dropped when it comes before
    // the request has started there. A request with a body starts from this thread's event loop
    // (queued by Qt before this): saying it again from there, right after, makes it land.
    limitReadBuffer(reply);
    QMetaObject::invokeMethod(
        reply, [reply] { limitReadBuffer(reply); }, Qt::QueuedConnection);
    connect(reply, &QNetworkReply::readyRead, this, &BoundedReply::readAvailable);
    connect(reply, &QNetworkReply::redirected, this, &BoundedReply::onRedirected);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        // An encoded length says nothing of the decoded size; a plain one can be refused now.
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && !m_reply->hasRawHeader("Content-Encoding")
            && length.toLongLong() > m_limits.maxBytes)
            stop(Outcome::TooLarge,
                NetTr::tr("answer too large: %1 bytes announced, the limit is %2")
                    .arg(length.toLongLong())
                    .arg(m_limits.maxBytes));
    });
    connect(reply, &QNetworkReply::finished, this, &BoundedReply::onReplyFinished);

    m_deadlineTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early: the caller would then find time left and send.
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    if (!m_limits.deadline.isForever()) {
        const qint64 budgetMs = m_limits.deadline.remainingTime();
        connect(&m_deadlineTimer, &QTimer::timeout, this, [this, budgetMs] {
            stop(Outcome::DeadlinePassed,
                NetTr::tr("no complete answer within %1 ms (%n bytes received)", nullptr,
                    int(m_body.size()))
                    .arg(shownBudgetMs(budgetMs)));
        });
        m_deadlineTimer.start(int(qMin<qint64>(budgetMs, std::numeric_limits<int>::max())));
    }
    if (reply->isFinished())
        QMetaObject::invokeMethod(this, &BoundedReply::onReplyFinished, Qt::QueuedConnection);
}

BoundedReply::~BoundedReply()
{
    // Silent: nobody listens to a reader that is going away.
    if (m_reply && !m_reply->isFinished()) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QNetworkReply* BoundedReply::send(QNetworkAccessManager* nam, const QNetworkRequest& request,
    const QByteArray& verb, const QByteArray& body)
{
    PacedTunnel::of(nam);
    // The standard verbs take QNAM's own paths (connection reuse without custom-verb caveats).
    QNetworkReply* reply = nullptr;
    if (verb == "GET")
        reply = nam->get(request);
    else if (verb == "DELETE" && body.isEmpty())
        reply = nam->deleteResource(request);
    else if (verb == "POST")
        reply = nam->post(request, body);
    else if (verb == "PUT")
        reply = nam->put(request, body);
    else
        reply = nam->sendCustomRequest(request, verb, body);
    // Before this thread's event loop runs again. Plain http through the tunnel needs no limit:
    // the tunnel moves no byte until then, and never more than it can hold after.
    limitReadBuffer(reply);
    return reply;
}

void BoundedReply::followRedirectsOnOrigin(QNetworkRequest& request, int maxRedirects)
{
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
}

void BoundedReply::cancel()
{
    stop(Outcome::Cancelled, QStringLiteral("cancelled"));
}

QByteArray BoundedReply::reasonPhrase() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()
                   : QByteArray();
}

void BoundedReply::readAvailable()
{
    if (!m_reply || m_stopReason != Outcome::Pending)
        return;
    if (m_body.capacity() == 0 && m_reply->bytesAvailable() > 0) {
        // Room for the whole answer at once: grown step by step, a large body would be copied
        // (old and new block resident together) at each step. Pages not written cost nothing.
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        const bool exact = length.isValid() && !m_reply->hasRawHeader("Content-Encoding");
        const qint64 expected = exact ? length.toLongLong() : m_limits.maxBytes;
        m_body.reserve(qsizetype(std::min({ expected, m_limits.maxBytes, DefaultMaxBytes }) + 1));
    }
    while (m_reply->bytesAvailable() > 0) {
        const qint64 room = m_limits.maxBytes - m_body.size();
        m_body += m_reply->read(qMin(m_reply->bytesAvailable(), room + 1));
        if (m_body.size() > m_limits.maxBytes) {
            m_body.truncate(m_limits.maxBytes);
            stop(Outcome::TooLarge,
                NetTr::tr("answer too large: more than %1 bytes").arg(m_limits.maxBytes));
            return;
        }
    }
}

void BoundedReply::onRedirected(const QUrl& url)
{
    if (m_limits.origin.isValid() && sameOrigin(url, m_limits.origin)) {
        emit m_reply->redirectAllowed();
        return;
    }
    stop(Outcome::RedirectRefused,
        NetTr::tr("redirect to %1 refused: it leaves %2")
            .arg(url.toDisplayString(),
                m_limits.origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString()));
}

void BoundedReply::stop(Outcome outcome, const QString& message)
{
    if (m_reported || m_stopReason != Outcome::Pending)
        return;
    m_stopReason = outcome;
    m_errorString = message;
    if (m_reply && !m_reply->isFinished())
        m_reply->abort(); // finished() follows, synchronously
    else
        QMetaObject::invokeMethod(this, &BoundedReply::report, Qt::QueuedConnection);
}

void BoundedReply::onReplyFinished()
{
    if (m_reported || !m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    readAvailable();
    if (m_stopReason != Outcome::Pending) {
        m_outcome = m_stopReason;
        return report();
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed();
    const bool decodingFailed = error == QNetworkReply::ProtocolFailure
        || (error == QNetworkReply::UnknownContentError && m_status < 400);
    if (decodingFailed && m_status != 0 && !encoding.isEmpty()) {
        // Qt 6.4 says UnknownContentError, "Decompression failed: " with an empty reason.
        m_outcome = Outcome::TransportError;
        m_errorString = NetTr::tr("answer undecodable after HTTP %1: the body is not valid "
                                  "'%2' data, as its Content-Encoding header says (%3)")
                            .arg(m_status)
                            .arg(QString::fromLatin1(encoding), describeQtError(*m_reply));
        return report();
    }
    if (error != QNetworkReply::NoError && !(m_status >= 400 && isStatusError(error))) {
        m_outcome = Outcome::TransportError;
        m_errorString = m_status == 0
            ? m_reply->errorString()
            : NetTr::tr("answer cut short after HTTP %1 (%n bytes received): %2", nullptr,
                int(m_body.size()))
                  .arg(m_status)
                  .arg(m_reply->errorString());
        return report();
    }
    // A 304 or a HEAD announces the length of a body it does not carry.
    const bool bodyExpected = m_status != 304 && m_status != 204
        && m_reply->operation() != QNetworkAccessManager::HeadOperation;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (bodyExpected && length.isValid() && !m_reply->hasRawHeader("Content-Encoding")
        && m_body.size() < length.toLongLong()) {
        m_outcome = Outcome::TransportError;
        m_errorString = NetTr::tr("answer cut short after HTTP %1: %2 of %3 bytes received")
                            .arg(m_status)
                            .arg(m_body.size())
                            .arg(length.toLongLong());
        return report();
    }
    // Without a length, Qt 6.4 takes the connection's end for the body's end, even in the
    // middle of a chunked body: JSON that does not parse is what such a cut leaves.
    if (bodyExpected && !length.isValid() && !m_body.isEmpty() && isJson(*m_reply)
        && !isCompleteJson(m_body)) {
        m_outcome = Outcome::TransportError;
        m_errorString = NetTr::tr("answer cut short after HTTP %1: the %n bytes received "
                                  "are not complete JSON, and no length was announced",
            nullptr, int(m_body.size()))
                            .arg(m_status);
        return report();
    }
    m_outcome = Outcome::Complete;
    report();
}

void BoundedReply::report()
{
    if (m_reported)
        return;
    m_reported = true;
    if (m_outcome == Outcome::Pending)
        m_outcome = m_stopReason;
    m_deadlineTimer.stop();
    m_body.squeeze(); // the room reserved for a larger answer
    emit finished();
}

} // namespace Ovh
