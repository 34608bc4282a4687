#include "sandbox/createtokenpage.h"

#include <QString>

namespace Ovh::CreateTokenPage {

QByteArray page(const QByteArray& applicationKey, const QByteArray& applicationSecret,
    const QByteArray& consumerKey, const QList<AccessRule>& rules)
{
    QString rows;
    for (const AccessRule& rule : rules) {
        rows += QLatin1String("<li><code>") + rule.method.toHtmlEscaped() + QLatin1Char(' ')
            + rule.path.toHtmlEscaped() + QLatin1String("</code></li>");
    }
    if (rows.isEmpty())
        rows = QStringLiteral("<li>none asked: the application key alone</li>");
    const QString html
        = QLatin1String("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                        "<title>Sandbox keys</title></head><body><h1>Sandbox keys</h1>"
                        "<p>The sandbox's demo application, and a consumer key validated "
                        "with exactly these rights:</p><ul>")
        + rows + QLatin1String("</ul><pre>OVH_APPLICATION_KEY=")
        + QString::fromLatin1(applicationKey) + QLatin1String("\nOVH_APPLICATION_SECRET=")
        + QString::fromLatin1(applicationSecret) + QLatin1String("\nOVH_CONSUMER_KEY=")
        + QString::fromLatin1(consumerKey)
        + QLatin1String("</pre><p>These keys open this sandbox only, until it stops.</p>"
                        "</body></html>\n");
    return html.toUtf8();
}

} // namespace Ovh::CreateTokenPage
