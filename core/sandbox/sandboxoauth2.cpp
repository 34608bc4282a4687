#include "sandbox/sandboxoauth2.h"

#include "sandbox/credentialstore.h"
#include "sandbox/requestauthenticator.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Ovh {

namespace {

SandboxReply oauthError(int status, const QString& error, const QString& description)
{
    SandboxReply reply
        = SandboxReply::json(QJsonObject { { QStringLiteral("error"), error },
                                 { QStringLiteral("error_description"), description } },
            status);
    if (status == 401)
        reply.headers.append({ QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic") });
    return reply;
}

QByteArray formValue(const QUrlQuery& form, const QString& name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded).toUtf8();
}

} // namespace

SandboxTokenIssuer::SandboxTokenIssuer()
{
    addClient(SandboxDemo::kClientId, SandboxDemo::kClientSecret);
}

void SandboxTokenIssuer::addClient(const QByteArray& clientId, const QByteArray& clientSecret)
{
    m_clients.insert(clientId, clientSecret);
}

SandboxReply SandboxTokenIssuer::answer(
    const QByteArray& method, const QByteArray& authorization, const QByteArray& body, qint64 now)
{
    if (method != "POST")
        return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("use POST"));
    QByteArray formText = body;
    formText.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(formText));
    if (formValue(form, QStringLiteral("grant_type")) != "client_credentials")
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("only grant_type=client_credentials is supported"));
    const QByteArray scope = formValue(form, QStringLiteral("scope"));
    if (!scope.isEmpty() && scope != "all")
        return oauthError(
            400, QStringLiteral("invalid_scope"), QStringLiteral("scope must be all"));

    QByteArray id = formValue(form, QStringLiteral("client_id"));
    QByteArray secret = formValue(form, QStringLiteral("client_secret"));
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon > 0) {
            id = pair.left(colon);
            secret = pair.mid(colon + 1);
        }
    }
    const auto known = m_clients.constFind(id);
    if (id.isEmpty() || known == m_clients.constEnd() || !constantTimeEquals(*known, secret))
        return oauthError(401, QStringLiteral("invalid_client"),
            QStringLiteral("unknown client or wrong client secret"));

    const QByteArray token = QByteArrayLiteral("sbx-oauth2-") + randomAlphanumeric(40);
    m_tokens.insert(token, now + m_lifetime);
    ++m_issued;
    return SandboxReply::json(
        QJsonObject { { QStringLiteral("access_token"), QString::fromLatin1(token) },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), m_lifetime },
            { QStringLiteral("scope"), QStringLiteral("all") } });
}

bool SandboxTokenIssuer::carriesBearer(const QByteArray& authorization)
{
    return authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
}

std::optional<SandboxReply> SandboxTokenIssuer::check(
    const QByteArray& authorization, qint64 now) const
{
    const QByteArray token = authorization.mid(7).trimmed();
    const auto expiry = m_tokens.constFind(token);
    if (expiry == m_tokens.constEnd() || *expiry <= now)
        return SandboxReply::ovhError(
            401, "INVALID_TOKEN", QStringLiteral("Invalid or expired OAuth2 access token"));
    return std::nullopt;
}

} // namespace Ovh
