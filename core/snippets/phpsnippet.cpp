#include "snippets/snippetcommon.h"
#include "snippets/snippetgenerators.h"

// php-ovh: new \Ovh\Api($ak, $as, $endpointNameOrUrl, $ck); $ovh->get($path, $queryArray),
// $ovh->post($path, $body), $ovh->put($path, $body), $ovh->delete($path). Without a consumer key
// the wrapper does not sign. Its delete($path, $content) sends $content as a JSON *body*.
namespace Ovh::Snippets {

namespace {

const QString indent = QStringLiteral("    ");
const QString commentMarker = QStringLiteral(" // ");

QString escapePhp(char32_t codePoint)
{
    return QLatin1String("\\u{") + hex(codePoint, codePoint < 0x10000 ? 4 : 6) + QLatin1Char('}');
}

// Single quotes when nothing needs an escape sequence, double quotes (with '$' escaped) else.
QString phpString(const QString& text)
{
    bool plain = true;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t' || needsEscape(codePoint))
            plain = false;
    }
    if (plain)
        return quoteString(text, StringSyntax { QLatin1Char('\''), QString(), escapePhp });
    return quoteString(text, StringSyntax { QLatin1Char('"'), QStringLiteral("$"), escapePhp });
}

// An array whose keys are 0, 1, 2… in order, or no key at all, would be encoded as a JSON
// list: the cast keeps it a JSON object.
QString phpObjectOpen(const QJsonObject& object)
{
    qsizetype index = 0;
    for (auto it = object.begin(); it != object.end(); ++it, ++index) {
        if (it.key() != QString::number(index))
            return QStringLiteral("[");
    }
    return QStringLiteral("(object) [");
}

const LiteralStyle& phpStyle()
{
    static const LiteralStyle style { phpString, phpString, QStringLiteral("null"),
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("["), QStringLiteral("]"),
        phpObjectOpen, QStringLiteral("]"), QStringLiteral(" => "), indent };
    return style;
}

// "?>" ends PHP mode even inside a line comment.
QString phpComment(const QString& text)
{
    QString safe = text;
    return safe.replace(QLatin1String("?>"), QLatin1String("? >"));
}

QStringList phpComments(QStringList lines)
{
    for (QString& line : lines)
        line = phpComment(line);
    return lines;
}

QString arrayLiteral(const QString& open, const QList<CodeLine>& lines)
{
    if (lines.isEmpty())
        return open + QLatin1Char(']');
    return open + QLatin1Char('\n') + codeLines(lines, indent, commentMarker) + QLatin1Char(']');
}

QString headerEntry(const QString& name, const QString& value)
{
    return phpString(name) + QLatin1String(" => ") + phpString(value);
}

} // namespace

QString phpSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth)
{
    const bool signedCall = !request.noAuthentication;
    QString text = QLatin1String("<?php\n// ") + phpComment(operationTitle(request))
        + QLatin1String("\n// Needs the official wrapper: composer require ovh/ovh\n"
                        "require __DIR__ . '/vendor/autoload.php';\n\nuse Ovh\\Api;\n\n");

    // php-ovh does not drop "/1.0" for /v1 and /v2 paths: give it the base URL they need.
    QString endpointArgument = phpString(endpoint.name);
    if (!wrappersKnow(endpoint) || isVersionedPath(request.path)) {
        endpointArgument
            = phpString(wrapperBaseUrl(endpoint, request.path).toString(QUrl::FullyEncoded));
    }
    text += commentBlock(phpComments(rightsNotes(request, endpoint)), QStringLiteral("// "));
    if (!signedCall)
        text += QLatin1String("// Without a consumer key, php-ovh sends the call unsigned.\n");
    auto key = [](CredentialField field) -> QString {
        const KeyVariable variable = keyVariable(field);
        return QLatin1String("getenv(") + phpString(variable.environment) + QLatin1String(") ?: ")
            + phpString(variable.placeholder);
    };
    QList<CodeLine> clientArguments { { key(CredentialField::ApplicationKey), QString() },
        { key(CredentialField::ApplicationSecret), QString() }, { endpointArgument, QString() } };
    if (signedCall)
        clientArguments.append({ key(CredentialField::ConsumerKey), QString() });
    if (signedCall && auth == SnippetAuth::ServiceAccount) {
        text += QLatin1String("// A service account (OAuth2): php-ovh gets and renews its bearer "
                              "token.\n");
        clientArguments = { { key(CredentialField::ClientId), QString() },
            { key(CredentialField::ClientSecret), QString() }, { endpointArgument, QString() } };
        text += QLatin1String("$ovh = Api::withOauth2(\n")
            + codeLines(clientArguments, indent, QString()) + QLatin1String(");\n\n");
    } else {
        text += QLatin1String("$ovh = new Api(\n") + codeLines(clientArguments, indent, QString())
            + QLatin1String(");\n\n");
    }

    QStringList notes = fieldNotes(request.pathParams);
    // get() builds the query from an array: strings, booleans and integers (and lists of
    // strings and integers) come out as the explorer sends them. Anything else, and every
    // DELETE query, goes into the path.
    bool queryAsArray = request.method == HttpMethod::Get && !request.queryParams.isEmpty();
    for (const CallField& field : request.queryParams) {
        if (!isPlainScalarOrList(field.value, false))
            queryAsArray = false;
    }
    QString call = QLatin1String("$ovh->") + request.methodName().toLower() + QLatin1Char('(');
    if (queryAsArray) {
        QList<CodeLine> lines;
        for (const CallField& field : request.queryParams)
            lines.append({ phpString(field.name) + QLatin1String(" => ")
                    + literal(field.value, phpStyle(), 1),
                phpComment(fieldComment(field)) });
        call += phpString(request.path) + QLatin1String(", ")
            + arrayLiteral(QStringLiteral("["), lines);
    } else {
        notes += fieldNotes(request.queryParams);
        call += phpString(pathWithQuery(request));
    }

    text += commentBlock(phpComments(notes), QStringLiteral("// "));
    if (request.hasBody()) {
        QString body;
        if (hasObjectBody(request)) {
            QList<CodeLine> lines;
            const QList<BodyEntry> entries = bodyEntries(request);
            for (const BodyEntry& entry : entries)
                lines.append({ phpString(entry.name) + QLatin1String(" => ")
                        + literal(entry.value, phpStyle(), 1),
                    phpComment(entry.comment) });
            body = arrayLiteral(phpObjectOpen(request.body.toObject()), lines);
        } else {
            body = literal(request.body, phpStyle(), 0);
        }
        text += QLatin1String("$body = ") + body + QLatin1String(";\n");
        call += QLatin1String(", $body");
    } else if (request.method == HttpMethod::Put || !request.headerParams.isEmpty()) {
        // put() has no default for its content; the headers come after it.
        if (!queryAsArray)
            call += QLatin1String(", null");
    }
    if (!request.headerParams.isEmpty()) {
        QList<CodeLine> lines = headerLines(request, headerEntry);
        for (CodeLine& line : lines)
            line.comment = phpComment(line.comment);
        text += QLatin1String("$headers = ") + arrayLiteral(QStringLiteral("["), lines)
            + QLatin1String(";\n");
        call += QLatin1String(", $headers");
    }
    text += QLatin1String("$result = ") + call + QLatin1String(");\n");
    text += QLatin1String("echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES"
                          " | JSON_UNESCAPED_UNICODE), \"\\n\";\n");
    return text;
}

} // namespace Ovh::Snippets
