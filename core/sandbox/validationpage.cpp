#include "sandbox/validationpage.h"

#include <QDateTime>

namespace Ovh::ValidationPage {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QByteArray page(const QString& title, const QString& content)
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>%1 - OVH API sandbox</title>"
        "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em}"
        ".note{color:#666}</style></head>\n<body>\n<h1>%1</h1>\n%2\n"
        "<p class=\"note\">This is the local OVH API sandbox: no real account is involved.</p>\n"
        "</body></html>\n")
                             .arg(escaped(title), content);
    return html.toUtf8();
}

QString rulesTable(const SandboxCredential& credential)
{
    QString rows;
    for (const AccessRule& rule : credential.rules) {
        rows += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>\n")
                    .arg(escaped(rule.method), escaped(rule.path));
    }
    return QStringLiteral("<table><tr><th>Method</th><th>Path</th></tr>\n%1</table>\n").arg(rows);
}

} // namespace

QByteArray form(const SandboxCredential& credential, const QString& applicationName, qint64 now)
{
    const CredentialState state = credential.stateAt(now);
    QString content
        = QStringLiteral("<p>Application <b>%1</b> (id %2) asks for these rights:</p>\n")
              .arg(escaped(applicationName))
              .arg(credential.applicationId);
    content += rulesTable(credential);
    if (!credential.allowedIPs.isEmpty()) {
        content += QStringLiteral("<p>Only from: <code>%1</code></p>\n")
                       .arg(escaped(credential.allowedIPs.join(QStringLiteral(", "))));
    }
    if (state != CredentialState::PendingValidation) {
        content += QStringLiteral("<p id=\"state\">This request is already <b>%1</b>.</p>\n")
                       .arg(credentialStateName(state));
        return page(QStringLiteral("Credential request"), content);
    }
    content += QStringLiteral(
        "<form method=\"post\">\n"
        "<input type=\"hidden\" name=\"credentialToken\" value=\"%1\">\n"
        "<label>Validity <select name=\"validity\">\n"
        "<option value=\"3600\">1 hour</option>\n"
        "<option value=\"86400\" selected>1 day</option>\n"
        "<option value=\"2592000\">30 days</option>\n"
        "<option value=\"0\">Unlimited</option>\n"
        "</select></label>\n"
        "<button type=\"submit\" name=\"action\" value=\"validate\">Validate</button>\n"
        "<button type=\"submit\" name=\"action\" value=\"refuse\">Refuse</button>\n"
        "</form>\n")
                   .arg(escaped(QString::fromLatin1(credential.validationToken)));
    return page(QStringLiteral("Authorize an application"), content);
}

QByteArray outcome(const QString& title, const QString& message, const QString& redirection)
{
    QString content = QStringLiteral("<p id=\"state\">%1</p>\n").arg(escaped(message));
    if (!redirection.isEmpty()) {
        content += QStringLiteral("<p><a href=\"%1\">Continue</a></p>\n").arg(escaped(redirection));
    }
    return page(title, content);
}

} // namespace Ovh::ValidationPage
