#include "snippets/snippetcommon.h"
#include "snippets/snippetgenerators.h"

#include "call/valueconversion.h"

#include <QJsonArray>

// node-ovh (npm ovh@2): require('ovh')({endpoint | host, port, basePath, appKey, appSecret,
// consumerKey}); ovh.requestPromised(method, path, params). For GET and DELETE the params are
// the query (querystring.stringify: arrays repeat the name); for POST and PUT the JSON body.
// It fills "{name}" placeholders from the params without encoding them, drops params that are
// null, sends no body for an empty object, signs only with a consumer key, and never signs a
// path containing "/auth".
namespace Ovh::Snippets {

namespace {

const QString indent = QStringLiteral("    ");
const QString commentMarker = QStringLiteral(" // ");

QString escapeJavaScript(char32_t codePoint)
{
    if (codePoint < 0x10000)
        return QLatin1String("\\u") + hex(codePoint, 4);
    return QLatin1String("\\u{") + hex(codePoint, 5) + QLatin1Char('}');
}

QString jsString(const QString& text)
{
    return quoteString(text, StringSyntax { QLatin1Char('\''), QString(), escapeJavaScript });
}

// Identifiers stay bare; "__proto__" must be a computed key or it sets the prototype.
QString jsKey(const QString& key)
{
    if (key == QLatin1String("__proto__"))
        return QLatin1Char('[') + jsString(key) + QLatin1Char(']');
    bool identifier = !key.isEmpty() && !key.at(0).isDigit();
    for (const QChar c : key) {
        if (!(c.isDigit() || c == QLatin1Char('_') || c == QLatin1Char('$')
                || (c.unicode() < 0x80 && c.isLetter())))
            identifier = false;
    }
    return identifier ? key : jsString(key);
}

QString jsObjectOpen(const QJsonObject&)
{
    return QStringLiteral("{");
}

const LiteralStyle& jsStyle()
{
    static const LiteralStyle style { jsString, jsKey, QStringLiteral("null"),
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("["), QStringLiteral("]"),
        jsObjectOpen, QStringLiteral("}"), QStringLiteral(": "), indent };
    return style;
}

QString objectLiteral(const QList<CodeLine>& lines)
{
    if (lines.isEmpty())
        return QStringLiteral("{}");
    return QLatin1String("{\n") + codeLines(lines, indent, commentMarker) + QLatin1Char('}');
}

bool hasTopLevelNull(const QJsonValue& body)
{
    if (body.isObject()) {
        const QJsonObject object = body.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isNull())
                return true;
        }
    }
    return false;
}

} // namespace

QString nodeSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth)
{
    const bool signedCall = !request.noAuthentication;
    QString text = QLatin1String("// ") + operationTitle(request)
        + QLatin1String("\n// Needs the official wrapper: npm install ovh@2\n'use strict';\n\n");
    if (signedCall && auth == SnippetAuth::ServiceAccount)
        text
            += QLatin1String("// node-ovh has no OAuth2 service accounts: this script signs with "
                             "application keys.\n// With a service account, use the Shell, Python, "
                             "PHP or Go snippet.\n");
    text += commentBlock(rightsNotes(request, endpoint), QStringLiteral("// "));
    if (!signedCall)
        text += QLatin1String("// Without a consumer key, node-ovh sends the call unsigned.\n");

    QList<CodeLine> clientOptions;
    // node-ovh puts its basePath ("/1.0") before every path: a /v2/… call needs basePath "/v2".
    QString path = request.path;
    QString versionedBase;
    if (isVersionedPath(path)) {
        const qsizetype slash = path.indexOf(QLatin1Char('/'), 1);
        versionedBase = wrapperBaseUrl(endpoint, path).path(QUrl::FullyEncoded)
            + (slash < 0 ? path : path.left(slash));
        path = slash < 0 ? QString() : path.mid(slash);
    }
    if (!wrappersKnow(endpoint) || !versionedBase.isEmpty()) {
        const QUrl base = endpoint.baseUrl;
        if (base.scheme() != QLatin1String("https"))
            text += QLatin1String("// node-ovh speaks HTTPS only: this endpoint needs https://.\n");
        clientOptions.append({ QLatin1String("host: ") + jsString(base.host()), QString() });
        clientOptions.append(
            { QLatin1String("port: ") + QString::number(base.port(443)), QString() });
        clientOptions.append({ QLatin1String("basePath: ")
                + jsString(versionedBase.isEmpty()
                        ? wrapperBaseUrl(endpoint, QString()).path(QUrl::FullyEncoded)
                        : versionedBase),
            QString() });
    } else {
        clientOptions.append({ QLatin1String("endpoint: ") + jsString(endpoint.name), QString() });
    }
    QList<std::pair<QString, KeyVariable>> keys {
        { QStringLiteral("appKey"), keyVariable(CredentialField::ApplicationKey) },
        { QStringLiteral("appSecret"), keyVariable(CredentialField::ApplicationSecret) }
    };
    if (signedCall)
        keys.append({ QStringLiteral("consumerKey"), keyVariable(CredentialField::ConsumerKey) });
    for (const auto& [option, variable] : std::as_const(keys)) {
        clientOptions.append({ option + QLatin1String(": process.env.") + variable.environment
                + QLatin1String(" || ") + jsString(variable.placeholder),
            QString() });
    }
    text += QLatin1String("const ovh = require('ovh')(") + objectLiteral(clientOptions)
        + QLatin1String(");\n\n");

    // The path is given with its values already encoded: node-ovh would insert "{name}" values
    // as they are, so "1.2.3.0/29" would add a path segment.
    QStringList notes = fieldNotes(request.pathParams);
    if (signedCall && request.path.contains(QLatin1String("/auth")))
        notes << QStringLiteral("Careful: node-ovh never signs a path containing \"/auth\"; "
                                "this call needs a signature.");
    QString params;
    const bool queryMethod
        = request.method == HttpMethod::Get || request.method == HttpMethod::Delete;
    bool queryAsParams = queryMethod && !request.queryParams.isEmpty();
    for (const CallField& field : request.queryParams) {
        if (!isPlainScalarOrList(field.value, true))
            queryAsParams = false;
    }
    if (queryAsParams) {
        QList<CodeLine> lines;
        for (const CallField& field : request.queryParams)
            lines.append(
                { jsKey(field.name) + QLatin1String(": ") + literal(field.value, jsStyle(), 1),
                    fieldComment(field) });
        params = objectLiteral(lines);
    } else {
        path += pathWithQuery(request).mid(request.path.size());
        notes += fieldNotes(request.queryParams);
    }

    if (request.hasBody()) {
        if (hasObjectBody(request)) {
            QList<CodeLine> lines;
            const QList<BodyEntry> entries = bodyEntries(request);
            for (const BodyEntry& entry : entries)
                lines.append(
                    { jsKey(entry.name) + QLatin1String(": ") + literal(entry.value, jsStyle(), 1),
                        entry.comment });
            params = objectLiteral(lines);
            if (lines.isEmpty())
                notes << QStringLiteral("Careful: node-ovh sends no body for an empty object "
                                        "(the explorer sends {}).");
            if (hasTopLevelNull(request.body))
                notes << QStringLiteral("Careful: node-ovh leaves out the top-level values that "
                                        "are null.");
        } else {
            if (!request.body.isArray())
                notes << QStringLiteral("Careful: node-ovh sends objects and arrays only; this "
                                        "body is neither.");
            params = literal(request.body, jsStyle(), 0);
        }
    }

    for (const CallField& field : request.headerParams)
        notes << QStringLiteral("Careful: node-ovh sends no headers of its own choosing; this "
                                "call leaves out ")
                + field.name + QLatin1String(" = ") + oneLine(wireText(field.value));
    text += commentBlock(notes, QStringLiteral("// "));
    QString call = QLatin1String("ovh.requestPromised(") + jsString(request.methodName())
        + QLatin1String(", ") + jsString(path);
    if (!params.isEmpty())
        call += QLatin1String(", ") + params;
    text += call
        + QLatin1String(")\n"
                        "    .then((result) => console.log(JSON.stringify(result, null, 4)))\n"
                        "    .catch((error) => {\n"
                        "        console.error(error);\n"
                        "        process.exitCode = 1;\n"
                        "    });\n");
    return text;
}

} // namespace Ovh::Snippets
