#include "net/requestsigner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkRequest>
#include <QUrl>

namespace Ovh {

qint64 systemUnixTime()
{
    return QDateTime::currentSecsSinceEpoch();
}

RequestSigner::RequestSigner(const QString& applicationKey, const QString& applicationSecret,
    const QString& consumerKey, UnixClock clock)
    : m_applicationKey(applicationKey.toUtf8())
    , m_applicationSecret(applicationSecret.toUtf8())
    , m_consumerKey(consumerKey.toUtf8())
    , m_clock(clock ? std::move(clock) : UnixClock(systemUnixTime))
{ }

QByteArray RequestSigner::signature(const QByteArray& applicationSecret,
    const QByteArray& consumerKey, const QByteArray& method, const QByteArray& url,
    const QByteArray& body, qint64 timestamp)
{
    // Fed piece by piece: no concatenated copy of the secret is left in a temporary.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QByteArray plus("+");
    hash.addData(applicationSecret);
    hash.addData(plus);
    hash.addData(consumerKey);
    hash.addData(plus);
    hash.addData(method);
    hash.addData(plus);
    hash.addData(url);
    hash.addData(plus);
    hash.addData(body);
    hash.addData(plus);
    hash.addData(QByteArray::number(timestamp));
    return QByteArrayLiteral("$1$") + hash.result().toHex();
}

QByteArray RequestSigner::wireUrl(const QUrl& url)
{
    // Mirrors how QNetworkAccessManager writes the request target: a path that is empty
    // becomes "/", a non-empty one has its dot segments resolved. Signing anything else
    // would hash bytes the server never receives.
    QUrl copy = url;
    QUrl::FormattingOptions format(
        QUrl::FullyEncoded | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (copy.path().isEmpty())
        copy.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    return copy.toEncoded(format);
}

bool RequestSigner::canSign() const
{
    return !m_applicationKey.isEmpty() && !m_applicationSecret.isEmpty()
        && !m_consumerKey.isEmpty();
}

qint64 RequestSigner::currentTimestamp() const
{
    return m_clock();
}

HeaderList RequestSigner::headers(
    const QByteArray& method, const QUrl& url, const QByteArray& body, Auth auth) const
{
    if (auth == Auth::Unsigned)
        return headersAt(method, QByteArray(), body, 0, auth);
    return headersAt(method, wireUrl(url), body, currentTimestamp(), auth);
}

HeaderList RequestSigner::headersAt(const QByteArray& method, const QByteArray& wireUrl,
    const QByteArray& body, qint64 timestamp, Auth auth) const
{
    HeaderList result;
    if (auth == Auth::Unsigned && m_applicationKey.isEmpty())
        return result; // a public call without keys: no empty header
    result.append({ QByteArrayLiteral("X-Ovh-Application"), m_applicationKey });
    if (auth == Auth::Unsigned)
        return result;
    result.append({ QByteArrayLiteral("X-Ovh-Consumer"), m_consumerKey });
    result.append({ QByteArrayLiteral("X-Ovh-Timestamp"), QByteArray::number(timestamp) });
    result.append({ QByteArrayLiteral("X-Ovh-Signature"),
        signature(m_applicationSecret, m_consumerKey, method, wireUrl, body, timestamp) });
    return result;
}

void RequestSigner::apply(
    QNetworkRequest& request, const QByteArray& method, const QByteArray& body, Auth auth) const
{
    const HeaderList list = headers(method, request.url(), body, auth);
    for (const auto& [name, value] : list)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.header(QNetworkRequest::ContentTypeHeader).isValid())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
}

} // namespace Ovh
