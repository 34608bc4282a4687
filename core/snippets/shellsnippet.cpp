#include "snippets/snippetcommon.h"
#include "snippets/snippetgenerators.h"

#include "auth/oauth2token.h"
#include "snippets/snippets.h"

// bash + curl + openssl, no wrapper: the script fetches GET <base>/auth/time for the clock
// delta and computes the $1$ signature itself, over exactly the URL and body it sends.
namespace Ovh::Snippets {

namespace {

// Single quotes keep every byte; a quote is written '\''.
QString shellWord(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// A word with invisible or control characters spelled out: $'…' with the UTF-8 bytes of those
// characters as \xHH (the same bytes whatever the locale).
QString shellBytesWord(const QString& text)
{
    bool plain = true;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        if (needsEscape(codePoint))
            plain = false;
    }
    if (plain)
        return shellWord(text);
    QString result = QStringLiteral("$'");
    for (const uint value : codePoints) {
        const auto codePoint = char32_t(value);
        if (codePoint == U'\\' || codePoint == U'\'') {
            result += QLatin1Char('\\') + QChar(char16_t(codePoint));
        } else if (needsEscape(codePoint)) {
            const QByteArray bytes = QString::fromUcs4(&codePoint, 1).toUtf8();
            for (const char byte : bytes)
                result += QLatin1String("\\x") + hex(uchar(byte), 2);
        } else {
            result += QString::fromUcs4(&codePoint, 1);
        }
    }
    return result + QLatin1Char('\'');
}

QString keyLine(const QString& variable, const KeyVariable& key)
{
    return variable + QLatin1String("=\"${") + key.environment + QLatin1String(":-")
        + key.placeholder + QLatin1String("}\"\n");
}

} // namespace

QString shellSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth)
{
    const QUrl tokenUrl = OAuth2::defaultTokenUrl(endpoint);
    const bool serviceAccount
        = !request.noAuthentication && auth == SnippetAuth::ServiceAccount && tokenUrl.isValid();
    const bool signedCall = !request.noAuthentication && !serviceAccount;
    QString text = QLatin1String("#!/usr/bin/env bash\n# ") + operationTitle(request)
        + QLatin1String("\n# Needs bash, curl (7.76 or later) and openssl; no wrapper.\n"
                        "set -euo pipefail\n\n");
    text += commentBlock(rightsNotes(request, endpoint), QStringLiteral("# "));
    if (serviceAccount) {
        text += keyLine(QStringLiteral("CLIENT_ID"), keyVariable(CredentialField::ClientId));
        text
            += keyLine(QStringLiteral("CLIENT_SECRET"), keyVariable(CredentialField::ClientSecret));
    } else {
        text += keyLine(
            QStringLiteral("APPLICATION_KEY"), keyVariable(CredentialField::ApplicationKey));
    }
    if (signedCall) {
        text += keyLine(
            QStringLiteral("APPLICATION_SECRET"), keyVariable(CredentialField::ApplicationSecret));
        text += keyLine(QStringLiteral("CONSUMER_KEY"), keyVariable(CredentialField::ConsumerKey));
    }
    text += QLatin1Char('\n');

    QStringList notes = fieldNotes(request.pathParams) + fieldNotes(request.queryParams);
    for (const BodyEntry& entry : bodyEntries(request)) {
        QString note = QStringLiteral("body: ") + oneLine(entry.name);
        if (!entry.comment.isEmpty())
            note += QLatin1String(": ") + entry.comment;
        notes << note;
    }
    text += commentBlock(notes, QStringLiteral("# "));
    text += QLatin1String("METHOD=") + request.methodName() + QLatin1Char('\n');
    text += QLatin1String("URL=")
        + shellWord(QString::fromUtf8(snippetTargetUrl(request, endpoint))) + QLatin1Char('\n');
    text += QLatin1String("BODY=") + shellBytesWord(QString::fromUtf8(request.bodyBytes))
        + QLatin1String("\n\n");

    QString headers = QLatin1String("  -H \"X-Ovh-Application: $APPLICATION_KEY\"");
    if (serviceAccount) {
        // The client id and secret go to curl on its standard input, not on its command line
        // (which other users of the machine can read).
        text += QLatin1String("# A service account (OAuth2): a bearer token from the token "
                              "endpoint (client credentials).\n"
                              "TOKEN=$(printf 'user = \"%s:%s\"\\n' \"$CLIENT_ID\" "
                              "\"$CLIENT_SECRET\" \\\n"
                              "  | curl -fsS -K - -d grant_type=client_credentials -d scope=all ")
            + shellWord(tokenUrl.toString(QUrl::FullyEncoded))
            + QLatin1String(" \\\n  | sed -n 's/.*\"access_token\" *: *\"\\([^\"]*\\)\".*/\\1/p')\n"
                            "[ -n \"$TOKEN\" ] || { echo 'no access token' >&2; exit 1; }\n\n");
        headers = QStringLiteral("  -H \"Authorization: Bearer $TOKEN\"");
    }
    if (signedCall) {
        const QString timeUrl = endpoint.url(u"/auth/time").toString(QUrl::FullyEncoded);
        text += QLatin1String(
                    "# Sign with the API's clock: the delta between GET /auth/time and this one.\n"
                    "DELTA=$(( $(curl -fsS ")
            + shellWord(timeUrl)
            + QLatin1String(") - $(date +%s) ))\n"
                            "TIMESTAMP=$(( $(date +%s) + DELTA ))\n"
                            "SIGNATURE=\"\\$1\\$$(printf '%s' "
                            "\"$APPLICATION_SECRET+$CONSUMER_KEY+$METHOD+$URL+$BODY+$TIMESTAMP\" "
                            "| openssl dgst -sha1 -r | cut -d' ' -f1)\"\n\n");
        headers += QLatin1String(" \\\n  -H \"X-Ovh-Consumer: $CONSUMER_KEY\""
                                 " \\\n  -H \"X-Ovh-Timestamp: $TIMESTAMP\""
                                 " \\\n  -H \"X-Ovh-Signature: $SIGNATURE\"");
    }
    text += QLatin1String(
                "curl -sS --fail-with-body --globoff --path-as-is -X \"$METHOD\" \"$URL\" \\\n")
        + headers;
    for (const auto& [name, value] : request.headerItems()) {
        text += QLatin1String(" \\\n  -H ")
            + shellBytesWord(QString::fromUtf8(QByteArray(name + ": " + value)));
    }
    if (request.hasBody())
        text += QLatin1String(
            " \\\n  -H 'Content-Type: application/json' \\\n  --data-binary \"$BODY\"");
    text += QLatin1String("\necho\n");
    return text;
}

} // namespace Ovh::Snippets
