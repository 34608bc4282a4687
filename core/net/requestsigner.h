#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

QT_BEGIN_NAMESPACE
class QNetworkRequest;
class QUrl;
QT_END_NAMESPACE

namespace Ovh {

// Unix time in seconds. Injected wherever "now" matters so tests can fix the time;
// in the program it is usually `[clock, endpoint] { return clock->now(endpoint); }`.
using UnixClock = std::function<qint64()>;
qint64 systemUnixTime();

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// Builds the X-Ovh-* headers of one call. Holds the application secret: it is a value type
// on purpose without any QDebug operator, property or accessor for the secret.
class RequestSigner
{
public:
    enum class Auth : quint8 {
        Signed, // X-Ovh-Application, -Consumer, -Timestamp, -Signature
        Unsigned // X-Ovh-Application only (noAuthentication, /auth/time, POST /auth/credential)
    };

    RequestSigner() = default;
    RequestSigner(const QString& applicationKey, const QString& applicationSecret,
        const QString& consumerKey, UnixClock clock = systemUnixTime);

    // "$1$" + lowercase hex SHA1(AS+"+"+CK+"+"+METHOD+"+"+URL+"+"+BODY+"+"+TIMESTAMP).
    // Every argument is taken as the exact bytes: nothing is re-encoded or re-cased.
    static QByteArray signature(const QByteArray& applicationSecret, const QByteArray& consumerKey,
        const QByteArray& method, const QByteArray& url, const QByteArray& body, qint64 timestamp);

    // The absolute URL as QNetworkAccessManager puts it on the wire (request target plus
    // the Host it talks to): fully encoded, no fragment, no user info, "/" for an empty
    // path, dot segments resolved. This is what the server rebuilds and hashes.
    static QByteArray wireUrl(const QUrl& url);

    bool hasApplicationKey() const { return !m_applicationKey.isEmpty(); }
    // Application key, secret and consumer key are all set.
    bool canSign() const;
    QByteArray applicationKey() const { return m_applicationKey; }
    qint64 currentTimestamp() const;

    // `method` exactly as sent ("GET"), `url` is passed through wireUrl(), `body` the exact
    // bytes sent (empty when there is none).
    HeaderList headers(const QByteArray& method, const QUrl& url, const QByteArray& body,
        Auth auth = Auth::Signed) const;
    // Same, with a URL already in wire form and an explicit timestamp (no clock read).
    HeaderList headersAt(const QByteArray& method, const QByteArray& wireUrl,
        const QByteArray& body, qint64 timestamp, Auth auth = Auth::Signed) const;

    // Sets the headers for request.url() on `request`, plus Content-Type: application/json
    // when there is a body and no content type yet.
    void apply(QNetworkRequest& request, const QByteArray& method, const QByteArray& body,
        Auth auth = Auth::Signed) const;

private:
    QByteArray m_applicationKey;
    QByteArray m_applicationSecret;
    QByteArray m_consumerKey;
    UnixClock m_clock = systemUnixTime;
};

} // namespace Ovh
