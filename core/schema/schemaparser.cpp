#include "schema/schemaparser.h"

#include "base/coretr.h"
#include "schema/jsontree.h"
#include "schema/typeresolver.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace Ovh {

namespace {

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

// Where a diagnostic points, formatted only when one is emitted: reading 6,000 operations
// must not build 40,000 location strings for nothing.
struct Where
{
    Where() = default;
    Where(const char* pattern, QStringView a = {}, QStringView b = {}, QStringView c = {})
        : pattern(pattern)
        , a(a)
        , b(b)
        , c(c)
    { }
    static Where indexed(const char* pattern, qsizetype n, QStringView a = {}, QStringView b = {})
    {
        Where where(pattern, a, b);
        where.n = n;
        return where;
    }

    QString text() const
    {
        QString result = QString::fromLatin1(pattern);
        result.replace(QLatin1String("%1"), a.toString());
        result.replace(QLatin1String("%2"), b.toString());
        result.replace(QLatin1String("%3"), c.toString());
        result.replace(QLatin1String("%n"), QString::number(n));
        return result;
    }

    const char* pattern = ""; // "%1" … "%3" are the views, "%n" the index
    QStringView a;
    QStringView b;
    QStringView c;
    qsizetype n = -1;
};

// Reads typed fields; every surprise becomes a diagnostic, never a crash.
class FieldReader
{
public:
    FieldReader(const QString& product, Diagnostics& diagnostics)
        : m_product(product)
        , m_diagnostics(diagnostics)
    { }

    void warn(const Where& where, const QString& message)
    {
        m_diagnostics.append(Diagnostic { m_product, where.text(), message });
    }

    void wrongType(
        const Where& where, QLatin1String key, const JsonNode& value, const char* expected)
    {
        warn(where,
            SchemaTr::tr("'%1' should be %2, not %3")
                .arg(key, SchemaTr::tr(expected), jsonTypeName(value)));
    }

    QString string(const JsonNode& object, QLatin1String key, const Where& where)
    {
        const JsonNode value = object[key];
        if (value.isString())
            return value.toString();
        if (!value.isAbsent())
            wrongType(where, key, value, QT_TRANSLATE_NOOP("Ovh::Schema", "a string"));
        return QString();
    }

    bool boolean(
        const JsonNode& object, QLatin1String key, const Where& where, bool fallback = false)
    {
        const JsonNode value = object[key];
        if (value.isBool())
            return value.toBool();
        if (!value.isAbsent())
            wrongType(where, key, value, QT_TRANSLATE_NOOP("Ovh::Schema", "a boolean"));
        return fallback;
    }

    JsonNode array(const JsonNode& object, QLatin1String key, const Where& where)
    {
        const JsonNode value = object[key];
        if (value.isArray())
            return value;
        if (value.isNull())
            warn(where, SchemaTr::tr("'%1' is null; read as an empty list").arg(key));
        else if (!value.isMissing())
            wrongType(where, key, value, QT_TRANSLATE_NOOP("Ovh::Schema", "an array"));
        return JsonNode();
    }

    QStringList strings(const JsonNode& object, QLatin1String key, const Where& where)
    {
        QStringList result;
        const JsonNode items = array(object, key, where);
        result.reserve(items.size());
        for (const JsonNode item : items.elements()) {
            if (item.isString())
                result << item.toString();
            else if (item.isNumber())
                result << QString::fromLatin1(item.rawText());
            else
                wrongType(where, key, item, QT_TRANSLATE_NOOP("Ovh::Schema", "a list of strings"));
        }
        return result;
    }

private:
    const QString& m_product;
    Diagnostics& m_diagnostics;
};

// The whole document: JSON syntax, then an object at the top.
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

// "2024-01-01T00:00:00+01:00", "2024-01-01T00:00:00Z", "2023-06-05 00:00:00 +0200 UTC".
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

class ProductReader
{
public:
    ProductReader(const QString& productPath, Diagnostics& diagnostics)
        : m_fields(productPath, diagnostics)
    { }

    void read(const JsonNode& root, Product& product)
    {
        const Where top;
        product.apiVersion = m_fields.string(root, QLatin1String("apiVersion"), top);
        product.basePath = m_fields.string(root, QLatin1String("basePath"), top);
        product.resourcePath = m_fields.string(root, QLatin1String("resourcePath"), top);
        readModels(root[QLatin1String("models")], product);
        TypeResolver resolver(product);
        resolveModelTypes(product, resolver);
        const JsonNode apis = m_fields.array(root, QLatin1String("apis"), top);
        product.paths.reserve(apis.size());
        qsizetype index = 0;
        for (const JsonNode api : apis.elements())
            readPath(api, index++, product, resolver);
    }

private:
    void readModels(const JsonNode& models, Product& product)
    {
        if (models.isMissing())
            return;
        if (models.isNull()) {
            m_fields.warn({ "models" }, SchemaTr::tr("'models' is null; read as no models"));
            return;
        }
        if (!models.isObject()) {
            m_fields.warn({ "models" },
                SchemaTr::tr("'models' should be an object, not %1").arg(jsonTypeName(models)));
            return;
        }
        product.models.reserve(models.size());
        for (const JsonNode::Member member : models.members()) {
            const QString key = member.name();
            if (!member.value.isObject()) {
                m_fields.warn({ "model '%1'", key },
                    SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(member.value)));
                continue;
            }
            product.models.insert(key, readModel(key, member.value));
        }
    }

    Model readModel(const QString& key, const JsonNode& object)
    {
        const Where where { "model '%1'", key };
        Model model;
        model.key = key;
        model.id = m_fields.string(object, QLatin1String("id"), where);
        model.nameSpace = m_fields.string(object, QLatin1String("namespace"), where);
        model.description = m_fields.string(object, QLatin1String("description"), where);
        model.enumValues = m_fields.strings(object, QLatin1String("enum"), where);
        const QString enumType = m_fields.string(object, QLatin1String("enumType"), where);
        model.enumType
            = primitiveKind(enumType) == TypeKind::Long ? TypeKind::Long : TypeKind::String;
        model.generics = m_fields.strings(object, QLatin1String("generics"), where);
        const JsonNode properties = object[QLatin1String("properties")];
        if (properties.isObject()) {
            model.properties.reserve(properties.size());
            for (const JsonNode::Member member : properties.members())
                readProperty(member.name(), member.value, model);
        } else if (!properties.isAbsent()) {
            m_fields.wrongType(where, QLatin1String("properties"), properties,
                QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
        }
        return model;
    }

    void readProperty(const QString& name, const JsonNode& object, Model& model)
    {
        const Where where { "model '%1' property '%2'", model.key, name };
        if (!object.isObject()) {
            m_fields.warn(
                where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(object)));
            return;
        }
        Property property;
        property.name = name;
        property.rawType = m_fields.string(object, QLatin1String("type"), where);
        property.fullType = m_fields.string(object, QLatin1String("fullType"), where);
        property.canBeNull = m_fields.boolean(object, QLatin1String("canBeNull"), where);
        property.readOnly = m_fields.boolean(object, QLatin1String("readOnly"), where);
        property.required = m_fields.boolean(object, QLatin1String("required"), where);
        property.description = m_fields.string(object, QLatin1String("description"), where);
        if (property.rawType.isEmpty() && property.fullType.isEmpty())
            m_fields.warn(where, SchemaTr::tr("has no type"));
        model.properties.append(std::move(property));
    }

    void resolveModelTypes(Product& product, TypeResolver& resolver)
    {
        for (auto it = product.models.begin(); it != product.models.end(); ++it) {
            for (Property& property : it->properties) {
                if (property.rawType.isEmpty() && property.fullType.isEmpty())
                    continue;
                QString error;
                property.type
                    = resolver.resolve(property.rawType, property.fullType, it->generics, &error);
                if (!error.isEmpty())
                    m_fields.warn({ "model '%1' property '%2'", it.key(), property.name }, error);
            }
        }
    }

    void readPath(const JsonNode& object, qsizetype index, Product& product, TypeResolver& resolver)
    {
        const Where where = Where::indexed("apis[%n]", index);
        if (!object.isObject()) {
            m_fields.warn(
                where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(object)));
            return;
        }
        ApiPath path;
        path.path = m_fields.string(object, QLatin1String("path"), where);
        if (path.path.isEmpty()) {
            m_fields.warn(where, SchemaTr::tr("has no path; skipped"));
            return;
        }
        const Where named { "%1", path.path };
        const QString description = m_fields.string(object, QLatin1String("description"), named);
        // A path listed twice is read as one: its operations join the first entry.
        qsizetype target = m_pathIndex.value(path.path, -1);
        if (target >= 0) {
            m_fields.warn(where,
                SchemaTr::tr("path '%1' is listed twice; its operations are merged")
                    .arg(path.path));
        } else {
            path.description = description;
            target = product.paths.size();
            m_pathIndex.insert(path.path, target);
            product.paths.append(std::move(path));
        }
        ApiPath& entry = product.paths[target];
        const JsonNode operations = m_fields.array(object, QLatin1String("operations"), named);
        entry.operations.reserve(entry.operations.size() + operations.size());
        for (const JsonNode operation : operations.elements())
            readOperation(operation, entry, resolver);
    }

    void readOperation(const JsonNode& object, ApiPath& path, TypeResolver& resolver)
    {
        if (!object.isObject()) {
            m_fields.warn({ "%1", path.path },
                SchemaTr::tr("an operation should be an object, not %1").arg(jsonTypeName(object)));
            return;
        }
        Operation operation;
        operation.path = path.path;
        const QString methodName
            = m_fields.string(object, QLatin1String("httpMethod"), { "%1", path.path });
        operation.method = httpMethodFromName(methodName);
        const Where where { "%1 %2", methodName, path.path };
        if (operation.method == HttpMethod::Unknown) {
            m_fields.warn(where, SchemaTr::tr("unknown HTTP method '%1'; skipped").arg(methodName));
            return;
        }
        for (const Operation& known : std::as_const(path.operations)) {
            if (known.method == operation.method) {
                m_fields.warn(where, SchemaTr::tr("defined twice; the first one is kept"));
                return;
            }
        }
        readStatus(object[QLatin1String("apiStatus")], where, operation.status);
        operation.noAuthentication
            = m_fields.boolean(object, QLatin1String("noAuthentication"), where);
        operation.description = m_fields.string(object, QLatin1String("description"), where);
        operation.longDescription
            = m_fields.string(object, QLatin1String("longDescription"), where);
        operation.operationId = m_fields.string(object, QLatin1String("operationId"), where);
        operation.errors = m_fields.strings(object, QLatin1String("errors"), where);
        operation.scopes = m_fields.strings(object, QLatin1String("scopes"), where);
        operation.responseTypeName = m_fields.string(object, QLatin1String("responseType"), where);
        if (!operation.responseTypeName.isEmpty()) {
            QString error;
            operation.responseType = resolver.resolve(operation.responseTypeName, {}, &error);
            if (!error.isEmpty())
                m_fields.warn({ "%1 %2 response", methodName, path.path }, error);
        }
        readIamActions(object, where, operation);
        const JsonNode parameters = m_fields.array(object, QLatin1String("parameters"), where);
        operation.parameters.reserve(parameters.size());
        qsizetype index = 0;
        for (const JsonNode parameter : parameters.elements())
            readParameter(parameter, index++, methodName, operation, resolver);
        addImplicitPathParameters(operation);
        putPathParametersInPathOrder(operation);
        path.operations.append(std::move(operation));
    }

    void readStatus(const JsonNode& value, const Where& operation, ApiStatus& status)
    {
        if (value.isString()) { // tolerated shorthand
            status.rawValue = value.toString();
            status.value = statusValue(status.rawValue);
            return;
        }
        if (!value.isObject()) {
            if (!value.isAbsent())
                m_fields.wrongType(operation, QLatin1String("apiStatus"), value,
                    QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
            return;
        }
        const Where where { "%1 %2 apiStatus", operation.a, operation.b };
        status.rawValue = m_fields.string(value, QLatin1String("value"), where);
        status.value
            = status.rawValue.isEmpty() ? ApiStatus::Production : statusValue(status.rawValue);
        if (status.value == ApiStatus::Unknown)
            m_fields.warn(where, SchemaTr::tr("unknown status '%1'").arg(status.rawValue));
        status.description = m_fields.string(value, QLatin1String("description"), where);
        status.replacement = m_fields.string(value, QLatin1String("replacement"), where);
        status.deprecatedDate = readDate(value, QLatin1String("deprecatedDate"), where);
        status.deletionDate = readDate(value, QLatin1String("deletionDate"), where);
    }

    QDateTime readDate(const JsonNode& object, QLatin1String key, const Where& where)
    {
        const QString text = m_fields.string(object, key, where);
        if (text.isEmpty())
            return {};
        const QDateTime date = parseLenientDate(text);
        if (!date.isValid())
            m_fields.warn(where, SchemaTr::tr("'%1' is not a date: '%2'").arg(key, text));
        return date;
    }

    void readIamActions(const JsonNode& object, const Where& where, Operation& operation)
    {
        const JsonNode actions = m_fields.array(object, QLatin1String("iamActions"), where);
        operation.iamActions.reserve(actions.size());
        for (const JsonNode action : actions.elements()) {
            IamAction iam;
            if (action.isString()) {
                iam.name = action.toString();
            } else if (action.isObject()) {
                iam.name = m_fields.string(action, QLatin1String("name"), where);
                iam.required = m_fields.boolean(action, QLatin1String("required"), where, true);
                iam.description = m_fields.string(action, QLatin1String("description"), where);
            }
            if (iam.name.isEmpty()) {
                m_fields.warn(where, SchemaTr::tr("an IAM action has no name"));
                continue;
            }
            operation.iamActions.append(std::move(iam));
        }
    }

    void readParameter(const JsonNode& object, qsizetype index, const QString& methodName,
        Operation& operation, TypeResolver& resolver)
    {
        Where where = Where::indexed("%1 %2 parameters[%n]", index, methodName, operation.path);
        if (!object.isObject()) {
            m_fields.warn(
                where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(object)));
            return;
        }
        Parameter parameter;
        parameter.name = m_fields.string(object, QLatin1String("name"), where);
        if (!parameter.name.isEmpty())
            where = Where("%1 %2 parameter '%3'", methodName, operation.path, parameter.name);
        parameter.dataType = m_fields.string(object, QLatin1String("dataType"), where);
        parameter.fullType = m_fields.string(object, QLatin1String("fullType"), where);
        parameter.required = m_fields.boolean(object, QLatin1String("required"), where);
        parameter.description = m_fields.string(object, QLatin1String("description"), where);
        const QString location = m_fields.string(object, QLatin1String("paramType"), where);
        if (location == QLatin1String("path")) {
            parameter.location = ParamLocation::Path;
        } else if (location == QLatin1String("query")) {
            parameter.location = ParamLocation::Query;
        } else if (location == QLatin1String("body")) {
            parameter.location = ParamLocation::Body;
        } else if (location == QLatin1String("header")) {
            parameter.location = ParamLocation::Header;
        } else {
            m_fields.warn(where, SchemaTr::tr("unknown paramType '%1'; skipped").arg(location));
            return;
        }
        if (parameter.name.isEmpty() && parameter.location != ParamLocation::Body) {
            m_fields.warn(where, SchemaTr::tr("a %1 parameter has no name; skipped").arg(location));
            return;
        }
        if (parameter.location == ParamLocation::Path)
            parameter.required = true; // a path cannot be built without it
        if (parameter.dataType.isEmpty() && parameter.fullType.isEmpty()) {
            m_fields.warn(where, SchemaTr::tr("has no type; edited as raw JSON"));
        } else {
            QString error;
            parameter.type = resolver.resolve(parameter.dataType, parameter.fullType, {}, &error);
            if (!error.isEmpty())
                m_fields.warn(where, error);
        }
        operation.parameters.append(std::move(parameter));
    }

    // The schema lists them alphabetically ("id" before "zoneName"); a reader expects the
    // path's order. Only the path parameters' own places are permuted.
    static void putPathParametersInPathOrder(Operation& operation)
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

    static void addImplicitPathParameters(Operation& operation)
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

    FieldReader m_fields;
    QHash<QString, qsizetype> m_pathIndex; // path -> its entry in product.paths
};

QString schemaPathFor(const QString& productPath, const QString& templ, const QString& basePath)
{
    if (templ.isEmpty())
        return productPath + QLatin1String(".json");
    QString expanded = templ;
    expanded.replace(QLatin1String("{path}"), productPath);
    expanded.replace(QLatin1String("{format}"), QLatin1String("json"));
    if (expanded.contains(QLatin1String("://"))) {
        // A pre-expanded absolute URL: keep the part below the index's base path.
        const QString base = QUrl(basePath).path();
        QString path = QUrl(expanded).path();
        if (!base.isEmpty() && path.startsWith(base))
            path = path.mid(base.size());
        expanded = path;
    }
    if (!expanded.startsWith(QLatin1Char('/')))
        expanded.prepend(QLatin1Char('/'));
    return expanded;
}

} // namespace

IndexParseResult SchemaParser::parseIndex(const QByteArray& json)
{
    IndexParseResult result;
    const QString product;
    FieldReader reader(product, result.diagnostics);
    JsonTree tree;
    if (!readDocument(json, tree, reader))
        return result;
    const JsonNode root = tree.root();
    const JsonNode apis = root[QLatin1String("apis")];
    if (!apis.isArray()) {
        reader.warn({},
            apis.isMissing()
                ? SchemaTr::tr("not an API index: no 'apis' list")
                : SchemaTr::tr("'apis' should be an array, not %1").arg(jsonTypeName(apis)));
        return result;
    }
    result.index.basePath = reader.string(root, QLatin1String("basePath"), {});
    QSet<QString> seen;
    qsizetype index = 0;
    for (const JsonNode object : apis.elements()) {
        const Where where = Where::indexed("apis[%n]", index++);
        if (!object.isObject()) {
            reader.warn(
                where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(object)));
            continue;
        }
        ApiIndexEntry entry;
        entry.path = reader.string(object, QLatin1String("path"), where);
        if (!entry.path.startsWith(QLatin1Char('/'))) {
            reader.warn(where,
                SchemaTr::tr("product path '%1' should start with '/'; skipped").arg(entry.path));
            continue;
        }
        if (seen.contains(entry.path)) {
            reader.warn(where, SchemaTr::tr("product '%1' is listed twice").arg(entry.path));
            continue;
        }
        seen.insert(entry.path);
        entry.description = reader.string(object, QLatin1String("description"), where);
        entry.formats = reader.strings(object, QLatin1String("format"), where);
        entry.schema = reader.string(object, QLatin1String("schema"), where);
        entry.schemaPath = schemaPathFor(entry.path, entry.schema, result.index.basePath);
        result.index.products.append(std::move(entry));
    }
    result.ok = true;
    return result;
}

ProductParseResult SchemaParser::parseProduct(const QString& productPath, const QByteArray& json)
{
    ProductParseResult result;
    result.product.path = productPath;
    FieldReader reader(productPath, result.diagnostics);
    JsonTree tree;
    if (!readDocument(json, tree, reader))
        return result;
    const JsonNode root = tree.root();
    if (root[QLatin1String("apis")].isMissing() && root[QLatin1String("models")].isMissing()
        && root[QLatin1String("resourcePath")].isMissing()) {
        reader.warn({},
            SchemaTr::tr("not a v1 product schema: no 'apis', 'models' or "
                         "'resourcePath'"));
        return result;
    }
    ProductReader(productPath, result.diagnostics).read(root, result.product);
    result.ok = true;
    return result;
}

} // namespace Ovh
