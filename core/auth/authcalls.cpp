#include "auth/authcalls.h"

#include "base/jsontext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ovh {

QByteArray CredentialRequestSpec::body() const
{
    QJsonObject object;
    object.insert(
        QLatin1String("accessRules"), AccessRules::toJson(AccessRules::normalized(rules)));
    if (!allowedIPs.isEmpty())
        object.insert(QLatin1String("allowedIPs"), QJsonArray::fromStringList(allowedIPs));
    if (!redirection.isEmpty())
        object.insert(QLatin1String("redirection"), redirection.toString(QUrl::FullyEncoded));
    return compactJson(object);
}

namespace AuthCalls {

HttpCall requestCredential(const Endpoint& endpoint, const CredentialRequestSpec& spec)
{
    return HttpCall { "POST", endpoint.authUrl(u"/auth/credential"), spec.body(), false };
}

HttpCall currentCredential(const Endpoint& endpoint)
{
    return HttpCall { "GET", endpoint.authUrl(u"/auth/currentCredential"), QByteArray(), true };
}

HttpCall logout(const Endpoint& endpoint)
{
    return HttpCall { "POST", endpoint.authUrl(u"/auth/logout"), QByteArray(), true };
}

} // namespace AuthCalls

} // namespace Ovh
