#include "auth/applicationpages.h"

namespace Ovh {

namespace {

// "https://eu.api.ovh.com" (no path, query or trailing slash), as bytes ready to append to.
QByteArray webOrigin(const Endpoint& endpoint)
{
    if (!endpoint.isValid())
        return QByteArray();
    QUrl origin = endpoint.baseUrl;
    origin.setPath(QString());
    origin.setQuery(QString());
    origin.setFragment(QString());
    return origin.toEncoded();
}

} // namespace

QUrl createApplicationPage(const Endpoint& endpoint)
{
    const QByteArray origin = webOrigin(endpoint);
    if (origin.isEmpty())
        return QUrl();
    return QUrl::fromEncoded(origin + "/createApp/", QUrl::StrictMode);
}

QUrl createTokenPage(const Endpoint& endpoint, const CredentialRules& rules)
{
    const QByteArray origin = webOrigin(endpoint);
    if (origin.isEmpty())
        return QUrl();
    QByteArray url = origin + "/createToken/";
    QByteArray query;
    for (const CredentialRule& rule : rules) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(rule.method.toUpper()) + '='
            + QUrl::toPercentEncoding(rule.path, "/*");
    }
    if (!query.isEmpty())
        url += '?' + query;
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace Ovh
