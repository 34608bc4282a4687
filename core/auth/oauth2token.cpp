#include "auth/oauth2token.h"

#include "base/coretr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Ovh::OAuth2 {

namespace {

constexpr qsizetype MaxTokenBytes = 16 * 1024;

QString shortText(const QString& text)
{
    QString simple = text.simplified();
    if (simple.size() > 200)
        simple = simple.left(200) + QChar(0x2026);
    return simple;
}

bool isHeaderSafe(const QByteArray& token)
{
    for (const char c : token) {
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

QUrl defaultTokenUrl(const Endpoint& endpoint)
{
    if (endpoint.name == QLatin1String("ovh-eu"))
        return QUrl(QStringLiteral("https://www.ovh.com/auth/oauth2/token"));
    if (endpoint.name == QLatin1String("ovh-ca"))
        return QUrl(QStringLiteral("https://ca.ovh.com/auth/oauth2/token"));
    if (endpoint.name == QLatin1String("ovh-us"))
        return QUrl(QStringLiteral("https://us.ovhcloud.com/auth/oauth2/token"));
    // Kimsufi and So you Start have none; a base URL (the window's sandbox, named but not a
    // region) has its own.
    if (!endpoint.isValid() || Endpoint::byName(endpoint.name))
        return QUrl();
    QUrl url;
    url.setScheme(endpoint.baseUrl.scheme());
    url.setHost(endpoint.baseUrl.host());
    url.setPort(endpoint.baseUrl.port());
    url.setPath(QStringLiteral("/auth/oauth2/token"));
    return url;
}

QString tokenUrlProblem(const QUrl& url)
{
    // Never the user info: it could hold a password.
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (url.isEmpty())
        return AuthTr::tr("no token URL");
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return AuthTr::tr("'%1' is not an absolute URL").arg(shown);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return AuthTr::tr("'%1': the token URL must be https").arg(shown);
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return AuthTr::tr("'%1': plain http would send the client secret in clear; only "
                          "loopback addresses may use it")
            .arg(shown);
    if (!url.userInfo().isEmpty() || url.hasFragment())
        return AuthTr::tr("'%1': a token URL has no user or fragment").arg(shown);
    return QString();
}

QByteArray requestBody()
{
    return QByteArrayLiteral("grant_type=client_credentials&scope=all");
}

QByteArray basicAuthorization(const QString& clientId, const QString& clientSecret)
{
    return QByteArrayLiteral("Basic ")
        + (clientId + QLatin1Char(':') + clientSecret).toUtf8().toBase64();
}

std::optional<Token> parseAnswer(int status, const QByteArray& body, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<Token> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    if (status < 200 || status >= 300) {
        // RFC 6749 5.2: {"error": "invalid_client", "error_description": "…"}.
        QString detail = object.value(QLatin1String("error")).toString();
        const QString description = object.value(QLatin1String("error_description")).toString();
        if (!description.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(": ")) + description;
        if (detail.isEmpty())
            detail = object.value(QLatin1String("message")).toString();
        return fail(detail.isEmpty() ? AuthTr::tr("the token endpoint answered HTTP %1").arg(status)
                                     : AuthTr::tr("the token endpoint answered HTTP %1: %2")
                                           .arg(status)
                                           .arg(shortText(detail)));
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(AuthTr::tr("the token endpoint's answer is not a JSON object"));
    const QJsonValue accessToken = object.value(QLatin1String("access_token"));
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return fail(AuthTr::tr("the token endpoint's answer has no access_token"));
    const QString type = object.value(QLatin1String("token_type")).toString();
    if (type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return fail(AuthTr::tr("the token endpoint gave a token of type '%1', not Bearer")
                        .arg(shortText(type)));
    Token token;
    token.accessToken = accessToken.toString().toUtf8();
    if (token.accessToken.size() > MaxTokenBytes || !isHeaderSafe(token.accessToken))
        return fail(AuthTr::tr("the token endpoint gave a token that cannot be sent in a header"));
    const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
    if (!expiresIn.isUndefined() && !expiresIn.isNull()) {
        // Some servers send the number as a string.
        bool ok = expiresIn.isDouble();
        double seconds = expiresIn.toDouble();
        if (expiresIn.isString())
            seconds = expiresIn.toString().toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 10.0 * 365 * 24 * 3600)
            return fail(AuthTr::tr("the token endpoint gave an invalid expires_in"));
        token.expiresInSeconds = qint64(seconds);
    }
    return token;
}

} // namespace Ovh::OAuth2
