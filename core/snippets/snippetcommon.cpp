#include "snippets/snippetcommon.h"

#include "base/jsontext.h"
#include "call/valueconversion.h"
#include "snippets/snippets.h"

#include <QJsonArray>

namespace Ovh::Snippets {

namespace {

constexpr int lineWidth = 80;

// A JSON number exactly as the explorer sends it ("60", "0.5"): valid in all five languages.
QString numberText(const QJsonValue& value)
{
    return QString::fromUtf8(compactJson(value));
}

QString inlineLiteral(const QJsonValue& value, const LiteralStyle& style);

QString inlineArray(const QJsonArray& array, const LiteralStyle& style)
{
    QStringList items;
    for (const QJsonValue& element : array)
        items << inlineLiteral(element, style);
    return style.arrayOpen + items.join(QLatin1String(", ")) + style.arrayClose;
}

QString inlineObject(const QJsonObject& object, const LiteralStyle& style)
{
    QStringList items;
    for (auto it = object.begin(); it != object.end(); ++it)
        items << style.key(it.key()) + style.keySeparator + inlineLiteral(it.value(), style);
    return style.objectOpen(object) + items.join(QLatin1String(", ")) + style.objectClose;
}

QString inlineLiteral(const QJsonValue& value, const LiteralStyle& style)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? style.trueWord : style.falseWord;
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::String:
        return style.string(value.toString());
    case QJsonValue::Array:
        return inlineArray(value.toArray(), style);
    case QJsonValue::Object:
        return inlineObject(value.toObject(), style);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return style.null;
}

// A number written without fraction or exponent: the same text in every language and wrapper.
bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const QString text = numberText(value);
    for (const QChar c : text) {
        if (!c.isDigit() && c != QLatin1Char('-'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

bool needsEscape(char32_t codePoint)
{
    if (codePoint == U' ')
        return false;
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0))
        return true;
    if (QChar::isSurrogate(codePoint))
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    return false;
}

QString hex(char32_t value, int width)
{
    return QStringLiteral("%1").arg(uint(value), width, 16, QLatin1Char('0'));
}

QString quoteString(QStringView text, const StringSyntax& syntax)
{
    QString result = syntax.quote;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint value : codePoints) {
        const auto codePoint = char32_t(value);
        if (codePoint == U'\\' || codePoint == char32_t(syntax.quote.unicode())
            || (codePoint < 0x80 && syntax.alsoEscaped.contains(QChar(char16_t(codePoint))))) {
            result += QLatin1Char('\\') + QChar(char16_t(codePoint));
        } else if (codePoint == U'\n') {
            result += QLatin1String("\\n");
        } else if (codePoint == U'\r') {
            result += QLatin1String("\\r");
        } else if (codePoint == U'\t') {
            result += QLatin1String("\\t");
        } else if (needsEscape(codePoint)) {
            result += syntax.escape(codePoint);
        } else {
            result += QString::fromUcs4(&codePoint, 1);
        }
    }
    return result + syntax.quote;
}

QString literal(const QJsonValue& value, const LiteralStyle& style, int depth)
{
    const QString oneLine = inlineLiteral(value, style);
    const bool container = value.isArray() || value.isObject();
    if (!container || oneLine.size() + depth * style.indent.size() <= lineWidth)
        return oneLine;
    const QString inner = style.indent.repeated(depth + 1);
    QString result;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return oneLine;
        result = style.arrayOpen + QLatin1Char('\n');
        for (const QJsonValue& element : array)
            result += inner + literal(element, style, depth + 1) + QLatin1String(",\n");
        return result + style.indent.repeated(depth) + style.arrayClose;
    }
    const QJsonObject object = value.toObject();
    if (object.isEmpty())
        return oneLine;
    result = style.objectOpen(object) + QLatin1Char('\n');
    for (auto it = object.begin(); it != object.end(); ++it) {
        result += inner + style.key(it.key()) + style.keySeparator
            + literal(it.value(), style, depth + 1) + QLatin1String(",\n");
    }
    return result + style.indent.repeated(depth) + style.objectClose;
}

bool isPlainScalar(const QJsonValue& value)
{
    return value.isString() || value.isBool() || isInteger(value);
}

bool isPlainScalarOrList(const QJsonValue& value, bool allowBooleansInList)
{
    if (isPlainScalar(value))
        return true;
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& element : array) {
        if (!isPlainScalar(element) || (element.isBool() && !allowBooleansInList))
            return false;
    }
    return true;
}

QString oneLine(const QString& text)
{
    QString result;
    result.reserve(text.size());
    bool space = false;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint value : codePoints) {
        const auto codePoint = char32_t(value);
        if (codePoint == U' ' || needsEscape(codePoint)) {
            space = true;
            continue;
        }
        if (space && !result.isEmpty())
            result += QLatin1Char(' ');
        space = false;
        result += QString::fromUcs4(&codePoint, 1);
    }
    return result;
}

QString fieldComment(const CallField& field)
{
    QStringList parts;
    if (field.required)
        parts << QStringLiteral("Required.");
    const QString description = oneLine(field.description);
    if (!description.isEmpty())
        parts << description;
    const QString type = oneLine(field.type.displayName());
    if (!type.isEmpty())
        parts << QStringLiteral("(type: %1)").arg(type);
    return parts.join(QLatin1Char(' '));
}

QStringList fieldNotes(const QList<CallField>& fields)
{
    QStringList notes;
    for (const CallField& field : fields) {
        QString note = oneLine(field.name) + QLatin1String(" = ") + oneLine(wireText(field.value));
        const QString comment = fieldComment(field);
        if (!comment.isEmpty())
            note += QLatin1String(": ") + comment;
        notes << note;
    }
    return notes;
}

QString codeLines(const QList<CodeLine>& lines, const QString& indent, const QString& commentMarker)
{
    QString result;
    for (const CodeLine& line : lines) {
        const bool multiLine = line.code.contains(QLatin1Char('\n'));
        if (multiLine && !line.comment.isEmpty())
            result += indent + commentMarker.trimmed() + QLatin1Char(' ') + line.comment
                + QLatin1Char('\n');
        result += indent + line.code + QLatin1Char(',');
        if (!multiLine && !line.comment.isEmpty())
            result += commentMarker + line.comment;
        result += QLatin1Char('\n');
    }
    return result;
}

QString commentBlock(const QStringList& lines, const QString& marker)
{
    QString result;
    for (const QString& line : lines) {
        QString commented = marker + line;
        while (commented.endsWith(QLatin1Char(' ')))
            commented.chop(1);
        result += commented + QLatin1Char('\n');
    }
    return result;
}

bool hasObjectBody(const CallRequest& request)
{
    return request.hasBody() && request.body.isObject();
}

QList<BodyEntry> bodyEntries(const CallRequest& request)
{
    QList<BodyEntry> entries;
    if (!hasObjectBody(request))
        return entries;
    const QJsonObject object = request.body.toObject();
    QStringList seen;
    for (const CallField& field : request.bodyFields) {
        const auto it = object.constFind(field.name);
        if (it == object.constEnd() || seen.contains(field.name))
            continue;
        seen << field.name;
        entries.append(BodyEntry { field.name, *it, fieldComment(field) });
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!seen.contains(it.key()))
            entries.append(BodyEntry { it.key(), it.value(), QString() });
    }
    return entries;
}

QString operationTitle(const CallRequest& request)
{
    return request.methodName() + QLatin1Char(' ') + oneLine(request.pathTemplate);
}

QStringList rightsNotes(const CallRequest& request, const Endpoint& endpoint)
{
    QStringList notes;
    if (isLocalSandbox(endpoint))
        notes << QStringLiteral("The explorer's sandbox: its port changes at each start, so take "
                                "this script again from the explorer after a restart. Its page "
                                "below gives the demo keys.");
    if (request.noAuthentication)
        return notes << QStringLiteral(
                   "This call is not authenticated: an application key is all it "
                   "needs. Create one at")
                     << createTokenUrl(request, endpoint);
    return notes << QStringLiteral("Create the keys with exactly the rights this call needs at")
                 << createTokenUrl(request, endpoint);
}

QString pathWithQuery(const CallRequest& request)
{
    return QString::fromUtf8(request.pathAndQuery());
}

bool isVersionedPath(const QString& path)
{
    for (const QLatin1String prefix : { QLatin1String("/v1"), QLatin1String("/v2") }) {
        if (path == prefix || path.startsWith(prefix + QLatin1Char('/')))
            return true;
    }
    return false;
}

QUrl wrapperBaseUrl(const Endpoint& endpoint, const QString& path)
{
    QUrl base = endpoint.baseUrl;
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    if (isVersionedPath(path) && basePath.endsWith(QLatin1String("/1.0")))
        basePath.chop(4);
    base.setPath(basePath, QUrl::StrictMode);
    return base;
}

bool wrappersKnow(const Endpoint& endpoint)
{
    return !endpoint.isCustom() && Endpoint::byName(endpoint.name).has_value();
}

bool isLocalSandbox(const Endpoint& endpoint)
{
    return !endpoint.isCustom() && !wrappersKnow(endpoint)
        && isLoopbackHost(endpoint.baseUrl.host());
}

std::pair<CallRequest, Endpoint> wrapperView(const CallRequest& request, const Endpoint& endpoint)
{
    QString basePath = endpoint.baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString branch = basePath.mid(basePath.lastIndexOf(QLatin1Char('/')));
    if (branch != QLatin1String("/v1") && branch != QLatin1String("/v2"))
        return { request, endpoint };
    CallRequest onBranch = request;
    if (!isVersionedPath(onBranch.path)) {
        onBranch.path.prepend(branch);
        onBranch.pathTemplate.prepend(branch);
    }
    Endpoint v1 = endpoint;
    v1.baseUrl.setPath(basePath.chopped(branch.size()) + QLatin1String("/1.0"), QUrl::StrictMode);
    for (const Endpoint& known : Endpoint::known()) {
        if (known.baseUrl == v1.baseUrl && (endpoint.isCustom() || endpoint.name == known.name))
            v1 = known;
    }
    return { onBranch, v1 };
}

QList<CodeLine> headerLines(
    const CallRequest& request, QString (*entry)(const QString& name, const QString& value))
{
    QList<CodeLine> lines;
    const QList<std::pair<QByteArray, QByteArray>> items = request.headerItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        lines.append(
            { entry(QString::fromLatin1(items.at(i).first), QString::fromUtf8(items.at(i).second)),
                fieldComment(request.headerParams.at(i)) });
    }
    return lines;
}

KeyVariable keyVariable(CredentialField field)
{
    // The variables python-ovh reads; "your_application_key" where none is set.
    return { environmentVariable(field), QStringLiteral("your_") + configKey(field) };
}

} // namespace Ovh::Snippets
