#include "auth/oauth2token.h"
#include "snippets/snippetcommon.h"
#include "snippets/snippetgenerators.h"

// go-ovh: ovh.NewClient(endpointNameOrURL, ak, as, ck); client.Get(pathWithQuery, &result),
// client.Post(path, body, &result), client.Put(…), client.Delete(path, &result), and the
// …UnAuth variants for calls without authentication. The caller writes the query string;
// json.Marshal sends the body (a nil body sends none).
// A service account: ovh.NewOAuth2Client(endpoint, id, secret); its NewRequest(…, needAuth true)
// adds the bearer token. go-ovh knows the token URL of ovh-eu, ovh-ca and ovh-us only and refuses
// any other endpoint: there the token comes from golang.org/x/oauth2's client credentials and
// goes to ovh.NewAccessTokenClient(endpoint, token).
namespace Ovh::Snippets {

namespace {

const QString indent = QStringLiteral("\t");
const QString commentMarker = QStringLiteral(" // ");

QString escapeGo(char32_t codePoint)
{
    if (codePoint < 0x10000)
        return QLatin1String("\\u") + hex(codePoint, 4);
    return QLatin1String("\\U") + hex(codePoint, 8);
}

QString goString(const QString& text)
{
    return quoteString(text, StringSyntax { QLatin1Char('"'), QString(), escapeGo });
}

QString goObjectOpen(const QJsonObject&)
{
    return QStringLiteral("map[string]any{");
}

const LiteralStyle& goStyle()
{
    static const LiteralStyle style { goString, goString, QStringLiteral("nil"),
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("[]any{"),
        QStringLiteral("}"), goObjectOpen, QStringLiteral("}"), QStringLiteral(": "), indent };
    return style;
}

// Columns as gofmt counts them: in code points.
qsizetype lastLineWidth(const QString& code)
{
    return QStringView(code).mid(code.lastIndexOf(QLatin1Char('\n')) + 1).toUcs4().size();
}

// Key-value lines of a multi-line map literal laid out as gofmt does: in each run of one-line
// entries the values start in one column, and so do the comments of consecutive commented lines.
QString mapEntries(const QList<BodyEntry>& entries, const QString& lineIndent)
{
    struct Line
    {
        QString key;
        QString value;
        QString comment;
    };
    QList<Line> lines;
    for (const BodyEntry& entry : entries)
        lines.append({ goString(entry.name) + QLatin1Char(':'), literal(entry.value, goStyle(), 2),
            entry.comment });
    QString result;
    qsizetype start = 0;
    while (start < lines.size()) {
        // A run of one-line entries (a multi-line value stands alone).
        qsizetype end = start + 1;
        if (!lines.at(start).value.contains(QLatin1Char('\n'))) {
            while (end < lines.size() && !lines.at(end).value.contains(QLatin1Char('\n')))
                ++end;
        }
        qsizetype keyWidth = 0;
        for (qsizetype i = start; i < end; ++i)
            keyWidth = qMax(keyWidth, lastLineWidth(lines.at(i).key));
        QStringList codes;
        for (qsizetype i = start; i < end; ++i) {
            const Line& line = lines.at(i);
            const QString key
                = line.key + QString(keyWidth - lastLineWidth(line.key), QLatin1Char(' '));
            codes << lineIndent + key + QLatin1Char(' ') + line.value + QLatin1Char(',');
        }
        // Comments align over consecutive commented lines.
        qsizetype i = start;
        while (i < end) {
            if (lines.at(i).comment.isEmpty()) {
                result += codes.at(i - start) + QLatin1Char('\n');
                ++i;
                continue;
            }
            qsizetype blockEnd = i;
            qsizetype width = 0;
            while (blockEnd < end && !lines.at(blockEnd).comment.isEmpty()) {
                width = qMax(width, lastLineWidth(codes.at(blockEnd - start)));
                ++blockEnd;
            }
            for (; i < blockEnd; ++i) {
                const QString& code = codes.at(i - start);
                result += code + QString(width - lastLineWidth(code), QLatin1Char(' '))
                    + QLatin1String(" // ") + lines.at(i).comment + QLatin1Char('\n');
            }
        }
        start = end;
    }
    return result;
}

QString headerEntry(const QString& name, const QString& value)
{
    return QLatin1String("req.Header.Set(") + goString(name) + QLatin1String(", ") + goString(value)
        + QLatin1Char(')');
}

// The endpoints whose token URL go-ovh has (its tokensURLs).
bool goOvhHasTokenUrl(const Endpoint& endpoint)
{
    return wrappersKnow(endpoint)
        && (endpoint.name == QLatin1String("ovh-eu") || endpoint.name == QLatin1String("ovh-ca")
            || endpoint.name == QLatin1String("ovh-us"));
}

QString methodFunction(const CallRequest& request)
{
    QString name = request.methodName().toLower();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    if (request.noAuthentication)
        name += QLatin1String("UnAuth");
    return name;
}

} // namespace

QString goSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth)
{
    const bool signedCall = !request.noAuthentication;
    const bool serviceAccount = signedCall && auth == SnippetAuth::ServiceAccount;
    const QUrl tokenUrl = OAuth2::defaultTokenUrl(endpoint);
    // The sandbox, a base URL: go-ovh's NewOAuth2Client would refuse them.
    const bool ownToken = serviceAccount && !goOvhHasTokenUrl(endpoint) && tokenUrl.isValid();
    QString text = QLatin1String("// ") + operationTitle(request)
        + QLatin1String("\n// Needs the official wrapper: go mod init example && "
                        "go get github.com/ovh/go-ovh/ovh")
        + QLatin1String(ownToken ? " golang.org/x/oauth2\n" : "\n")
        + QLatin1String("package main\n\n"
                        "import (\n")
        + QLatin1String(ownToken ? "\t\"context\"\n" : "")
        + QLatin1String("\t\"encoding/json\"\n"
                        "\t\"fmt\"\n"
                        "\t\"log\"\n"
                        "\t\"os\"\n\n"
                        "\t\"github.com/ovh/go-ovh/ovh\"\n")
        + QLatin1String(ownToken ? "\t\"golang.org/x/oauth2/clientcredentials\"\n" : "")
        + QLatin1String(")\n\n"
                        "// envOr reads an environment variable, with a fallback.\n"
                        "func envOr(name, fallback string) string {\n"
                        "\tif value := os.Getenv(name); value != \"\" {\n"
                        "\t\treturn value\n"
                        "\t}\n"
                        "\treturn fallback\n"
                        "}\n\n"
                        "func main() {\n");
    text += commentBlock(rightsNotes(request, endpoint), QStringLiteral("\t// "));
    const QString endpointArgument = !wrappersKnow(endpoint)
        ? goString(wrapperBaseUrl(endpoint, QString()).toString(QUrl::FullyEncoded))
        : goString(endpoint.name);
    QList<CodeLine> clientArguments { { endpointArgument, QString() } };
    QList<KeyVariable> keys { keyVariable(CredentialField::ApplicationKey),
        keyVariable(CredentialField::ApplicationSecret) };
    if (signedCall)
        keys << keyVariable(CredentialField::ConsumerKey);
    if (ownToken) {
        const KeyVariable id = keyVariable(CredentialField::ClientId);
        const KeyVariable secret = keyVariable(CredentialField::ClientSecret);
        text += QLatin1String(
                    "\t// A service account (OAuth2). go-ovh gets tokens for ovh-eu, ovh-ca and "
                    "ovh-us only:\n"
                    "\t// here the token comes from this endpoint's token URL (go-ovh >= 1.6 "
                    "for NewAccessTokenClient).\n"
                    "\tcredentials := clientcredentials.Config{\n"
                    "\t\tClientID:     envOr(")
            + goString(id.environment) + QLatin1String(", ") + goString(id.placeholder)
            + QLatin1String("),\n\t\tClientSecret: envOr(") + goString(secret.environment)
            + QLatin1String(", ") + goString(secret.placeholder)
            + QLatin1String("),\n\t\tTokenURL:     ")
            + goString(tokenUrl.toString(QUrl::FullyEncoded))
            + QLatin1String(",\n\t\tScopes:       []string{\"all\"},\n"
                            "\t}\n"
                            "\ttoken, err := credentials.Token(context.Background())\n"
                            "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n"
                            "\t// go-ovh reads these too, and refuses two ways of logging in.\n")
            + QLatin1String("\tos.Unsetenv(") + goString(id.environment)
            + QLatin1String(")\n\tos.Unsetenv(") + goString(secret.environment)
            + QLatin1String(")\n");
        clientArguments.append({ QStringLiteral("token.AccessToken"), QString() });
        keys.clear();
    } else if (serviceAccount) {
        text += QLatin1String("\t// A service account (OAuth2): go-ovh >= 1.5 gets and renews its "
                              "bearer token.\n");
        keys = { keyVariable(CredentialField::ClientId),
            keyVariable(CredentialField::ClientSecret) };
    }
    for (const KeyVariable& key : std::as_const(keys)) {
        clientArguments.append({ QLatin1String("envOr(") + goString(key.environment)
                + QLatin1String(", ") + goString(key.placeholder) + QLatin1Char(')'),
            QString() });
    }
    if (!signedCall)
        clientArguments.append(
            { QStringLiteral("\"\""), QStringLiteral("no consumer key: the call is not signed") });
    text += QLatin1String(ownToken   ? "\tclient, err := ovh.NewAccessTokenClient(\n"
                    : serviceAccount ? "\tclient, err := ovh.NewOAuth2Client(\n"
                                     : "\tclient, err := ovh.NewClient(\n")
        + codeLines(clientArguments, QStringLiteral("\t\t"), commentMarker)
        + QLatin1String("\t)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\n");

    QStringList notes = fieldNotes(request.pathParams) + fieldNotes(request.queryParams);
    text += commentBlock(notes, QStringLiteral("\t// "));
    QString call = QLatin1String("client.") + methodFunction(request) + QLatin1Char('(')
        + goString(pathWithQuery(request));
    const bool bodyMethod = request.method == HttpMethod::Post || request.method == HttpMethod::Put;
    if (bodyMethod) {
        if (!request.hasBody()) {
            call += QLatin1String(", nil");
        } else {
            QString body;
            if (hasObjectBody(request)) {
                const QList<BodyEntry> entries = bodyEntries(request);
                body = entries.isEmpty() ? QStringLiteral("map[string]any{}")
                                         : QLatin1String("map[string]any{\n")
                        + mapEntries(entries, QStringLiteral("\t\t")) + QLatin1String("\t}");
            } else {
                body = literal(request.body, goStyle(), 1);
            }
            text += QLatin1String("\tbody := ") + body + QLatin1Char('\n');
            call += QLatin1String(", body");
        }
    }
    if (request.headerParams.isEmpty()) {
        call += QLatin1String(", &result)");
        text += QLatin1String("\tvar result any\n\tif err := ") + call
            + QLatin1String("; err != nil {\n\t\tlog.Fatal(err)\n\t}\n");
    } else {
        // Get, Post, … take no headers: build the signed request, add them, send it.
        QString body = QStringLiteral("nil");
        if (bodyMethod && request.hasBody())
            body = QStringLiteral("body");
        text += QLatin1String("\treq, err := client.NewRequest(") + goString(request.methodName())
            + QLatin1String(", ") + goString(pathWithQuery(request)) + QLatin1String(", ") + body
            + QLatin1String(", ") + (signedCall ? QLatin1String("true") : QLatin1String("false"))
            + QLatin1String(")\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n");
        QList<CodeLine> lines = headerLines(request, headerEntry);
        for (const CodeLine& line : std::as_const(lines)) {
            if (!line.comment.isEmpty())
                text += QLatin1String("\t// ") + line.comment + QLatin1Char('\n');
            text += QLatin1String("\t") + line.code + QLatin1Char('\n');
        }
        text += QLatin1String(
            "\tresponse, err := client.Do(req)\n"
            "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n"
            "\tvar result any\n"
            "\tif err := client.UnmarshalResponse(response, &result); err != nil {\n"
            "\t\tlog.Fatal(err)\n\t}\n");
    }
    text += QLatin1String("\tout, err := json.MarshalIndent(result, \"\", \"    \")\n"
                          "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n"
                          "\tfmt.Println(string(out))\n"
                          "}\n");
    return text;
}

} // namespace Ovh::Snippets
