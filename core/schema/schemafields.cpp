#include "schema/schemafields.h"

#include "base/coretr.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Ovh::SchemaFields {

QString jsonTypeName(const JsonNode& value)
{
    switch (value.type()) {
    case JsonNode::Null:
        return SchemaTr::tr("null");
    case JsonNode::Bool:
        return SchemaTr::tr("a boolean");
    case JsonNode::Number:
        return SchemaTr::tr("a number");
    case JsonNode::String:
        return SchemaTr::tr("a string");
    case JsonNode::Array:
        return SchemaTr::tr("an array");
    case JsonNode::Object:
        return SchemaTr::tr("an object");
    case JsonNode::Missing:
        break;
    }
    return SchemaTr::tr("nothing");
}

bool readDocument(const QByteArray& json, JsonTree& tree, FieldReader& reader)
{
    if (!tree.parse(json)) {
        const QByteArray head = json.left(256).trimmed();
        if (head.isEmpty())
            reader.warn({}, SchemaTr::tr("empty document"));
        else if (head.startsWith('<'))
            reader.warn({}, SchemaTr::tr("an HTML page, not a JSON schema"));
        else
            reader.warn({},
                SchemaTr::tr("invalid JSON at offset %1: %2")
                    .arg(tree.errorOffset())
                    .arg(tree.errorString()));
        return false;
    }
    if (!tree.root().isObject()) {
        reader.warn({}, SchemaTr::tr("the document should be a JSON object"));
        return false;
    }
    for (const JsonNode& key : tree.duplicateKeys()) {
        const QString location = tree.locationOf(key);
        reader.warn({ "%1", location },
            SchemaTr::tr("'%1' is given twice in one object; the last one is read")
                .arg(key.toString()));
    }
    return true;
}

bool readProductDocument(
    const QString& productPath, const QByteArray& json, JsonTree& tree, ProductParseResult& result)
{
    result.product.path = productPath;
    FieldReader reader(productPath, result.diagnostics);
    return readDocument(json, tree, reader);
}

QDateTime parseLenientDate(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (date.isValid())
        return date;
    static const QRegularExpression spaced(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*([+-]\d{2}):?(\d{2})?(?:\s*UTC)?$)"));
    const QRegularExpressionMatch match = spaced.match(text);
    if (match.hasMatch()) {
        date = QDateTime::fromString(match.captured(1) + QLatin1Char('T') + match.captured(2)
                + match.captured(3) + QLatin1Char(':')
                + (match.captured(4).isEmpty() ? QStringLiteral("00") : match.captured(4)),
            Qt::ISODate);
        if (date.isValid())
            return date;
    }
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return QDateTime(day, QTime(0, 0), QTimeZone::utc());
    return {};
}

ApiStatus::Value statusValue(const QString& text)
{
    for (ApiStatus::Value value :
        { ApiStatus::Production, ApiStatus::Beta, ApiStatus::Alpha, ApiStatus::Deprecated }) {
        if (text.compare(apiStatusName(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return ApiStatus::Unknown;
}

QList<IamAction> FieldReader::iamActions(
    const JsonNode& object, QLatin1String key, const Where& where)
{
    QList<IamAction> result;
    const JsonNode actions = array(object, key, where);
    result.reserve(actions.size());
    for (const JsonNode action : actions.elements()) {
        IamAction iam;
        if (action.isString()) {
            iam.name = action.toString();
        } else if (action.isObject()) {
            iam.name = string(action, QLatin1String("name"), where);
            iam.required = boolean(action, QLatin1String("required"), where, true);
            iam.description = string(action, QLatin1String("description"), where);
        }
        if (iam.name.isEmpty()) {
            warn(where, SchemaTr::tr("an IAM action has no name"));
            continue;
        }
        result.append(std::move(iam));
    }
    return result;
}

QDateTime FieldReader::date(const JsonNode& object, QLatin1String key, const Where& where)
{
    const QString text = string(object, key, where);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = parseLenientDate(text);
    if (!parsed.isValid())
        warn(where, SchemaTr::tr("'%1' is not a date: '%2'").arg(key, text));
    return parsed;
}

namespace {

// The schema lists them alphabetically ("id" before "zoneName"); a reader expects the
// path's order. Only the path parameters' own places are permuted.
void putPathParametersInPathOrder(Operation& operation)
{
    QList<qsizetype> places;
    QList<Parameter> pathParameters;
    for (qsizetype i = 0; i < operation.parameters.size(); ++i) {
        if (operation.parameters.at(i).location == ParamLocation::Path) {
            places.append(i);
            pathParameters.append(operation.parameters.at(i));
        }
    }
    const auto position = [&operation](const Parameter& parameter) {
        const qsizetype at
            = operation.path.indexOf(QLatin1Char('{') + parameter.name + QLatin1Char('}'));
        return at < 0 ? operation.path.size() : at;
    };
    std::stable_sort(pathParameters.begin(), pathParameters.end(),
        [&](const Parameter& a, const Parameter& b) { return position(a) < position(b); });
    for (qsizetype i = 0; i < places.size(); ++i)
        operation.parameters[places.at(i)] = std::move(pathParameters[i]);
}

void addImplicitPathParameters(Operation& operation)
{
    const QString& path = operation.path;
    qsizetype open = path.indexOf(QLatin1Char('{'));
    while (open >= 0) {
        const qsizetype close = path.indexOf(QLatin1Char('}'), open);
        if (close < 0)
            return;
        const QString name = path.mid(open + 1, close - open - 1);
        open = path.indexOf(QLatin1Char('{'), close);
        bool declared = false;
        for (const Parameter& parameter : std::as_const(operation.parameters)) {
            if (parameter.location == ParamLocation::Path && parameter.name == name) {
                declared = true;
                break;
            }
        }
        if (declared || name.isEmpty())
            continue;
        Parameter parameter;
        parameter.name = name;
        parameter.dataType = QStringLiteral("string");
        parameter.type = parseTypeSyntax(parameter.dataType);
        parameter.location = ParamLocation::Path;
        parameter.required = true;
        parameter.implicit = true;
        parameter.description = SchemaTr::tr("Path placeholder the schema does not declare");
        operation.parameters.append(std::move(parameter));
    }
}

} // namespace

void completePathParameters(Operation& operation)
{
    addImplicitPathParameters(operation);
    putPathParametersInPathOrder(operation);
}

} // namespace Ovh::SchemaFields
