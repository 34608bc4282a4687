#include "snippets/snippetcommon.h"
#include "snippets/snippetgenerators.h"

#include <QSet>

// python-ovh: ovh.Client(endpoint=…, application_key=…, …); client.get(path, **query),
// client.post / client.put(path, **body), client.delete(path); client.call(method, path, data,
// need_auth) underneath. Path parameters are formatted into the path by the caller.
namespace Ovh::Snippets {

namespace {

const QString indent = QStringLiteral("    ");
const QString commentMarker = QStringLiteral("  # ");

QString escapePython(char32_t codePoint)
{
    if (codePoint < 0x100)
        return QLatin1String("\\x") + hex(codePoint, 2);
    if (codePoint < 0x10000)
        return QLatin1String("\\u") + hex(codePoint, 4);
    return QLatin1String("\\U") + hex(codePoint, 8);
}

QString pythonString(const QString& text)
{
    return quoteString(text, StringSyntax { QLatin1Char('"'), QString(), escapePython });
}

QString pythonObjectOpen(const QJsonObject&)
{
    return QStringLiteral("{");
}

const LiteralStyle& pythonStyle()
{
    static const LiteralStyle style { pythonString, pythonString, QStringLiteral("None"),
        QStringLiteral("True"), QStringLiteral("False"), QStringLiteral("["), QStringLiteral("]"),
        pythonObjectOpen, QStringLiteral("}"), QStringLiteral(": "), indent };
    return style;
}

bool isPythonKeyword(const QString& name)
{
    static const QSet<QString> keywords {
        QStringLiteral("False"),
        QStringLiteral("None"),
        QStringLiteral("True"),
        QStringLiteral("and"),
        QStringLiteral("as"),
        QStringLiteral("assert"),
        QStringLiteral("async"),
        QStringLiteral("await"),
        QStringLiteral("break"),
        QStringLiteral("class"),
        QStringLiteral("continue"),
        QStringLiteral("def"),
        QStringLiteral("del"),
        QStringLiteral("elif"),
        QStringLiteral("else"),
        QStringLiteral("except"),
        QStringLiteral("finally"),
        QStringLiteral("for"),
        QStringLiteral("from"),
        QStringLiteral("global"),
        QStringLiteral("if"),
        QStringLiteral("import"),
        QStringLiteral("in"),
        QStringLiteral("is"),
        QStringLiteral("lambda"),
        QStringLiteral("nonlocal"),
        QStringLiteral("not"),
        QStringLiteral("or"),
        QStringLiteral("pass"),
        QStringLiteral("raise"),
        QStringLiteral("return"),
        QStringLiteral("try"),
        QStringLiteral("while"),
        QStringLiteral("with"),
        QStringLiteral("yield"),
    };
    return keywords.contains(name);
}

bool isAsciiIdentifier(const QString& name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isDigit() || c == QLatin1Char('_') || (c.unicode() < 0x80 && c.isLetter())))
            return false;
    }
    return true;
}

// The wrapper's own keywords are _target, _need_auth and _batch, and it strips the '_' of
// "_<keyword>": a name starting with '_' cannot travel as a keyword argument unchanged.
bool fitsKeywordArguments(const QString& name)
{
    return !name.startsWith(QLatin1Char('_'));
}

// One keyword argument: name=value, _from=value for a keyword, **{"date.from": value} else.
QString keywordArgument(const QString& name, const QJsonValue& value, int depth)
{
    const QString text = literal(value, pythonStyle(), depth);
    if (isPythonKeyword(name))
        return QLatin1Char('_') + name + QLatin1Char('=') + text;
    if (isAsciiIdentifier(name))
        return name + QLatin1Char('=') + text;
    return QLatin1String("**{") + pythonString(name) + QLatin1String(": ") + text
        + QLatin1Char('}');
}

// client.<method>(path, args…) on several lines, or on one when there are no arguments.
QString callExpression(const QString& function, const QList<CodeLine>& arguments)
{
    if (arguments.size() == 1 && arguments.first().comment.isEmpty()
        && !arguments.first().code.contains(QLatin1Char('\n')))
        return function + QLatin1Char('(') + arguments.first().code + QLatin1Char(')');
    return function + QLatin1String("(\n") + codeLines(arguments, indent, commentMarker)
        + QLatin1Char(')');
}

QString headerEntry(const QString& name, const QString& value)
{
    return pythonString(name) + QLatin1String(": ") + pythonString(value);
}

QString pythonBool(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

} // namespace

QString pythonSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth)
{
    const bool signedCall = !request.noAuthentication;
    const QString method = request.methodName();
    QString text = QLatin1String("#!/usr/bin/env python3\n# ") + operationTitle(request)
        + QLatin1String("\n# Needs the official wrapper: pip install ovh\n"
                        "import json\n\nimport ovh\n\n");

    QString endpointName = endpoint.name;
    if (!wrappersKnow(endpoint)) {
        endpointName = QStringLiteral("custom");
        text += QLatin1String("# python-ovh knows the named endpoints only: register this one.\n"
                              "ovh.client.ENDPOINTS[\"custom\"] = ")
            + pythonString(wrapperBaseUrl(endpoint, QString()).toString(QUrl::FullyEncoded))
            + QLatin1String("\n\n");
    }
    text += commentBlock(rightsNotes(request, endpoint), QStringLiteral("# "));
    // No key arguments: python-ovh then reads OVH_* and ovh.conf itself (an argument, even a
    // placeholder, would hide ~/.ovh.conf).
    QList<KeyVariable> keys { keyVariable(CredentialField::ApplicationKey),
        keyVariable(CredentialField::ApplicationSecret) };
    if (signedCall)
        keys << keyVariable(CredentialField::ConsumerKey);
    QStringList keyArguments { QStringLiteral("application_key"),
        QStringLiteral("application_secret"), QStringLiteral("consumer_key") };
    if (signedCall && auth == SnippetAuth::ServiceAccount) {
        // Its client id and secret, read by python-ovh from the same places as the keys.
        text += QLatin1String("# A service account (OAuth2): python-ovh >= 1.2 gets and renews "
                              "its bearer token.\n");
        keys = { keyVariable(CredentialField::ClientId),
            keyVariable(CredentialField::ClientSecret) };
        keyArguments = { QStringLiteral("client_id"), QStringLiteral("client_secret") };
    }
    QStringList variables;
    QStringList placeholders;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        variables << keys.at(i).environment;
        placeholders << QLatin1String("    ") + keyArguments.at(i) + QLatin1Char('=')
                + pythonString(keys.at(i).placeholder) + QLatin1Char(',');
    }
    // "A, B and C" (or "A and B"), then where python-ovh looks next.
    const QString names
        = QStringList(variables.mid(0, variables.size() - 1)).join(QLatin1String(", "));
    text += commentBlock(QStringList { QLatin1String("python-ovh reads the keys from ") + names
                                 + QLatin1String(" and"),
                             variables.constLast()
                                 + QLatin1String(", else from ovh.conf (./ovh.conf, ~/.ovh.conf "
                                                 "or /etc/ovh.conf,"),
                             QLatin1String("section [") + endpointName
                                 + QLatin1String("]). Or give them to ovh.Client(...):") }
            + placeholders,
        QStringLiteral("# "));
    text += QLatin1String("client = ovh.Client(endpoint=") + pythonString(endpointName)
        + QLatin1String(")\n\n");

    QStringList notes = fieldNotes(request.pathParams);
    QList<CodeLine> arguments;
    QString function;
    QString before; // statements before the call (a body variable)

    // GET query values travel as keyword arguments when the wrapper sends them as they are:
    // strings, booleans and integers. It would send None as "None" and a list as its repr, so
    // then (and for DELETE, whose helper takes no query) the whole query goes into the path.
    bool queryAsArguments = request.method == HttpMethod::Get;
    for (const CallField& field : request.queryParams) {
        if (!isPlainScalar(field.value) || !fitsKeywordArguments(field.name))
            queryAsArguments = false;
    }
    // Only raw_call() takes headers; it takes no query arguments and returns the response.
    const bool withHeaders = !request.headerParams.isEmpty();
    if (withHeaders)
        queryAsArguments = false;
    const QString path = queryAsArguments ? request.path : pathWithQuery(request);
    if (!queryAsArguments)
        notes += fieldNotes(request.queryParams);
    arguments.append({ pythonString(path), QString() });

    const bool bodyMethod = request.method == HttpMethod::Post || request.method == HttpMethod::Put;
    bool lowLevel = withHeaders
        || (!bodyMethod && request.method != HttpMethod::Get
            && request.method != HttpMethod::Delete);
    QList<BodyEntry> entries = bodyEntries(request);
    if (bodyMethod) {
        // post()/put() send their keyword arguments as a JSON object ({} when none): anything
        // else (no body at all, a top-level array, a map, a raw body) goes through call().
        const bool objectArguments
            = request.bodyKind == BodyKind::Parameters || request.bodyKind == BodyKind::Model;
        lowLevel = !objectArguments;
        for (const BodyEntry& entry : std::as_const(entries)) {
            if (!fitsKeywordArguments(entry.name))
                lowLevel = true;
        }
    }

    if (lowLevel) {
        function = withHeaders ? QStringLiteral("client.raw_call") : QStringLiteral("client.call");
        arguments.prepend({ pythonString(method), QString() });
        if (request.hasBody()) {
            QString body;
            if (hasObjectBody(request)) {
                QList<CodeLine> lines;
                for (const BodyEntry& entry : std::as_const(entries))
                    lines.append({ pythonString(entry.name) + QLatin1String(": ")
                            + literal(entry.value, pythonStyle(), 1),
                        entry.comment });
                body = lines.isEmpty() ? QStringLiteral("{}")
                                       : QLatin1String("{\n")
                        + codeLines(lines, indent, commentMarker) + QLatin1Char('}');
            } else {
                body = literal(request.body, pythonStyle(), 0);
            }
            before = QLatin1String("body = ") + body + QLatin1Char('\n');
            arguments.append({ QStringLiteral("body"), QString() });
        } else if (!signedCall || withHeaders) {
            arguments.append({ QStringLiteral("None"), QString() });
        }
        if (!signedCall || withHeaders)
            arguments.append({ pythonBool(signedCall), QString() });
        if (withHeaders) {
            QList<CodeLine> lines = headerLines(request, headerEntry);
            before += QLatin1String("headers = {\n") + codeLines(lines, indent, commentMarker)
                + QLatin1String("}\n");
            arguments.append({ QStringLiteral("headers=headers"), QString() });
        }
    } else {
        function = QLatin1String("client.") + method.toLower();
        if (!signedCall)
            arguments.append({ QStringLiteral("_need_auth=False"), QString() });
        if (queryAsArguments) {
            for (const CallField& field : request.queryParams)
                arguments.append(
                    { keywordArgument(field.name, field.value, 1), fieldComment(field) });
        }
        if (bodyMethod) {
            for (const BodyEntry& entry : std::as_const(entries))
                arguments.append({ keywordArgument(entry.name, entry.value, 1), entry.comment });
        }
    }

    text += commentBlock(notes, QStringLiteral("# ")) + before;
    if (withHeaders) {
        text += QLatin1String("response = ") + callExpression(function, arguments)
            + QLatin1String("\nresult = response.json()\n");
    } else {
        text
            += QLatin1String("result = ") + callExpression(function, arguments) + QLatin1Char('\n');
    }
    text += QLatin1String("print(json.dumps(result, indent=4, ensure_ascii=False))\n");
    return text;
}

} // namespace Ovh::Snippets
