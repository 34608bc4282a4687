#include "net/serverclock.h"

#include "base/coretr.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Ovh {

namespace {

// A Unix time with room for whitespace; anything longer is not that endpoint.
constexpr qint64 MaxTimeBytes = 64;
constexpr qint64 MinPlausibleTime = 946684800; // 2000-01-01

QString printable(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes).simplified();
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    return text;
}

} // namespace

ServerClock::ServerClock(QNetworkAccessManager* nam, QObject* parent)
    : ServerClock(nam, systemUnixTime, parent)
{ }

ServerClock::ServerClock(QNetworkAccessManager* nam, UnixClock localClock, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_localClock(localClock ? std::move(localClock) : UnixClock(systemUnixTime))
{
    connect(&m_timer, &QTimer::timeout, this, &ServerClock::syncAll);
    setSyncInterval(m_syncIntervalMs);
}

ServerClock::~ServerClock()
{
    // Abort without reporting: nobody listens to a clock that is going away.
    for (Entry& entry : m_entries)
        delete entry.reply.data();
}

void ServerClock::setTimeout(int ms)
{
    m_timeoutMs = ms;
}

void ServerClock::setSyncInterval(int ms)
{
    m_syncIntervalMs = ms;
    if (ms > 0)
        m_timer.start(ms);
    else
        m_timer.stop();
}

void ServerClock::sync(const Endpoint& endpoint, QDeadlineTimer deadline)
{
    const QUrl key = endpoint.baseUrl;
    Entry& entry = m_entries[key];
    entry.endpoint = endpoint;
    if (entry.reply)
        return;

    const QUrl url = endpoint.authUrl(u"/auth/time"); // /1.0 on either branch
    QNetworkRequest request(url);
    BoundedReply::followRedirectsOnOrigin(request, 3);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // A cached answer would be a stale time.
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    BoundedReply::Limits limits;
    limits.maxBytes = MaxAnswerBytes;
    limits.deadline = qMin(deadline, QDeadlineTimer(m_timeoutMs));
    limits.origin = url;
    const qint64 sentAt = localNow();
    auto* reply = new BoundedReply(BoundedReply::send(m_nam, request), limits, this);
    entry.reply = reply;
    connect(reply, &BoundedReply::finished, this,
        [this, key, reply, sentAt] { finish(key, reply, sentAt); });
}

void ServerClock::cancel(const Endpoint& endpoint)
{
    const auto it = m_entries.constFind(endpoint.baseUrl);
    if (it != m_entries.constEnd() && it->reply)
        it->reply->cancel();
}

void ServerClock::invalidate(const Endpoint& endpoint)
{
    Entry& entry = m_entries[endpoint.baseUrl];
    entry.endpoint = endpoint;
    entry.synced = false;
    entry.settled = false;
    sync(endpoint);
}

void ServerClock::finish(const QUrl& key, BoundedReply* reply, qint64 sentAt)
{
    reply->deleteLater();
    auto it = m_entries.find(key);
    if (it == m_entries.end() || it->reply != reply)
        return;
    Entry& entry = *it;
    entry.reply.clear();

    const QString where
        = QStringLiteral("GET ") + reply->reply()->request().url().toDisplayString();
    if (!reply->isComplete())
        return fail(entry, QStringLiteral("%1: %2").arg(where, reply->errorString()));
    const int status = reply->status();
    if (status == 0)
        return fail(entry, NetTr::tr("%1: not an HTTP answer").arg(where));
    if (status < 200 || status > 299) {
        const QString reason = QString::fromLatin1(reply->reasonPhrase());
        return fail(
            entry, QStringLiteral("%1: HTTP %2 %3").arg(where).arg(status).arg(reason).trimmed());
    }

    const QByteArray& body = reply->body();
    if (body.size() > MaxTimeBytes) {
        return fail(entry,
            NetTr::tr("%1: answer too long for a Unix time (more than %2 bytes)")
                .arg(where)
                .arg(MaxTimeBytes));
    }
    bool ok = false;
    const qint64 serverTime = body.trimmed().toLongLong(&ok);
    // Before 2000: not a clock, or a number cut short.
    if (!ok || serverTime < MinPlausibleTime) {
        return fail(entry,
            NetTr::tr("%1: expected a Unix time in seconds, got '%2'").arg(where, printable(body)));
    }

    // The server read its clock somewhere between send and receipt: compare with the middle.
    const qint64 receivedAt = localNow();
    const qint64 localMid = sentAt + (receivedAt - sentAt) / 2;
    entry.delta = serverTime - localMid;
    entry.synced = true;
    entry.settled = true;
    const Endpoint endpoint = entry.endpoint;
    const qint64 delta = entry.delta;
    emit synced(endpoint, delta);
}

void ServerClock::fail(Entry& entry, const QString& message)
{
    entry.synced = false;
    entry.settled = true;
    const Endpoint endpoint = entry.endpoint; // a slot may add entries and move this one
    emit syncFailed(endpoint, message);
}

void ServerClock::syncAll()
{
    const QList<QUrl> keys = m_entries.keys();
    for (const QUrl& key : keys) {
        const auto it = m_entries.constFind(key);
        if (it != m_entries.constEnd())
            sync(it->endpoint);
    }
}

qint64 ServerClock::localNow() const
{
    return m_localClock();
}

qint64 ServerClock::now(const Endpoint& endpoint) const
{
    return localNow() + delta(endpoint);
}

qint64 ServerClock::delta(const Endpoint& endpoint) const
{
    const auto it = m_entries.constFind(endpoint.baseUrl);
    return it == m_entries.constEnd() ? 0 : it->delta;
}

bool ServerClock::isSynced(const Endpoint& endpoint) const
{
    const auto it = m_entries.constFind(endpoint.baseUrl);
    return it != m_entries.constEnd() && it->synced;
}

bool ServerClock::isSettled(const Endpoint& endpoint) const
{
    const auto it = m_entries.constFind(endpoint.baseUrl);
    return it != m_entries.constEnd() && it->settled;
}

bool ServerClock::isSyncing(const Endpoint& endpoint) const
{
    const auto it = m_entries.constFind(endpoint.baseUrl);
    return it != m_entries.constEnd() && !it->reply.isNull();
}

UnixClock ServerClock::clockFor(const Endpoint& endpoint) const
{
    QPointer<const ServerClock> self(this);
    return [self, endpoint, fallback = m_localClock]() -> qint64 {
        return self ? self->now(endpoint) : fallback();
    };
}

} // namespace Ovh
