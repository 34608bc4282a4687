#include "schema/openapireader.h"

#include "base/coretr.h"
#include "schema/schemafields.h"
#include "schema/schemaparser.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <memory>

namespace Ovh {

namespace {

using namespace SchemaFields;

const QLatin1String refPrefix("#/components/schemas/");

// Models invented for inline objects and enums: bounded so that a hostile document cannot
// make the product grow past what its own size explains.
constexpr int maxInlineModels = 20000;

TypeRef primitiveType(const QString& name, const QString& alias = {})
{
    TypeRef type;
    type.name = name;
    type.kind = primitiveKind(name);
    type.alias = alias == name ? QString() : alias;
    return type;
}

TypeRef namedType(const Model& model)
{
    TypeRef type;
    type.name = model.key;
    type.modelKey = model.key;
    type.kind = model.isEnum() ? TypeKind::Enum : TypeKind::Model;
    return type;
}

TypeRef arrayOf(const TypeRef& element)
{
    TypeRef type;
    type.kind = TypeKind::Array;
    type.name = element.name + QLatin1String("[]");
    type.element = std::make_shared<const TypeRef>(element);
    return type;
}

TypeRef mapOf(const TypeRef& value)
{
    TypeRef type;
    type.kind = TypeKind::Map;
    type.name = QLatin1String("map[string]") + value.name;
    type.mapKey = std::make_shared<const TypeRef>(primitiveType(QStringLiteral("string")));
    type.element = std::make_shared<const TypeRef>(value);
    return type;
}

// Anything: edited and shown as raw JSON.
TypeRef anyType(const QString& name = QStringLiteral("any"))
{
    TypeRef type;
    type.name = name;
    return type;
}

// The v1 primitive for an OpenAPI type and format ("string" + "date-time" -> "datetime").
QString primitiveName(const QString& type, const QString& format)
{
    if (type == QLatin1String("integer"))
        return QStringLiteral("long");
    if (type == QLatin1String("number"))
        return QStringLiteral("double");
    if (type == QLatin1String("boolean"))
        return QStringLiteral("boolean");
    if (type != QLatin1String("string"))
        return QString();
    static const QHash<QString, QString> formats {
        { QStringLiteral("date-time"), QStringLiteral("datetime") },
        { QStringLiteral("date"), QStringLiteral("date") },
        { QStringLiteral("time"), QStringLiteral("time") },
        { QStringLiteral("duration"), QStringLiteral("duration") },
        { QStringLiteral("uuid"), QStringLiteral("uuid") },
        { QStringLiteral("ipv4"), QStringLiteral("ipv4") },
        { QStringLiteral("ipv6"), QStringLiteral("ipv6") },
        { QStringLiteral("ip"), QStringLiteral("ip") },
        { QStringLiteral("ip-block"), QStringLiteral("ipBlock") },
        { QStringLiteral("ipv4-block"), QStringLiteral("ipv4Block") },
        { QStringLiteral("ipv6-block"), QStringLiteral("ipv6Block") },
        { QStringLiteral("mac-address"), QStringLiteral("macAddress") },
        { QStringLiteral("phone-number"), QStringLiteral("phoneNumber") },
        { QStringLiteral("password"), QStringLiteral("password") },
    };
    return formats.value(format, QStringLiteral("string"));
}

ApiStatus::Value badgeStatus(const QString& label)
{
    if (label.contains(QLatin1String("deprecated"), Qt::CaseInsensitive))
        return ApiStatus::Deprecated;
    if (label.contains(QLatin1String("beta"), Qt::CaseInsensitive))
        return ApiStatus::Beta;
    if (label.contains(QLatin1String("alpha"), Qt::CaseInsensitive))
        return ApiStatus::Alpha;
    if (label.contains(QLatin1String("production"), Qt::CaseInsensitive))
        return ApiStatus::Production;
    return ApiStatus::Unknown;
}

class OpenApiProductReader
{
public:
    OpenApiProductReader(const QString& productPath, Diagnostics& diagnostics, Product& product)
        : m_fields(productPath, diagnostics)
        , m_product(product)
    { }

    void read(const JsonNode& root)
    {
        const Where top;
        const QString version = m_fields.string(root, QLatin1String("openapi"), top);
        if (!version.startsWith(QLatin1String("3.")))
            m_fields.warn(
                top, SchemaTr::tr("OpenAPI version '%1' is not 3.x; read as 3.0").arg(version));
        const JsonNode info = root[QLatin1String("info")];
        if (info.isObject())
            m_product.apiVersion = m_fields.string(info, QLatin1String("version"), { "info" });
        m_product.resourcePath = m_product.path;
        readServers(root);
        readComponents(root[QLatin1String("components")]);
        readPaths(root);
    }

private:
    void readServers(const JsonNode& root)
    {
        const JsonNode servers = m_fields.array(root, QLatin1String("servers"), {});
        for (const JsonNode server : servers.elements()) {
            if (server.isObject()) {
                m_product.basePath = m_fields.string(server, QLatin1String("url"), { "servers" });
                break;
            }
        }
        const QString basePath = QUrl(m_product.basePath).path();
        if (basePath.size() > 1)
            m_basePathPrefix = basePath.endsWith(QLatin1Char('/')) ? basePath.chopped(1) : basePath;
    }

    // ---- components.schemas -> models ----------------------------------------------------

    void readComponents(const JsonNode& components)
    {
        if (components.isAbsent())
            return;
        if (!components.isObject()) {
            m_fields.wrongType({}, QLatin1String("components"), components,
                QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
            return;
        }
        m_parameters = components[QLatin1String("parameters")];
        m_requestBodies = components[QLatin1String("requestBodies")];
        const JsonNode schemas = components[QLatin1String("schemas")];
        if (schemas.isAbsent())
            return;
        if (!schemas.isObject()) {
            m_fields.wrongType({ "components" }, QLatin1String("schemas"), schemas,
                QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
            return;
        }
        for (const JsonNode::Member member : schemas.members()) {
            const QString key = member.name();
            if (!member.value.isObject()) {
                m_fields.warn({ "schema '%1'", key },
                    SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(member.value)));
                continue;
            }
            m_schemas.insert(key, member.value);
        }
        // Models first, so that every $ref finds its model whatever the order; then what
        // they hold, which may refer to any of them (recursion goes through the key).
        for (auto it = m_schemas.cbegin(); it != m_schemas.cend(); ++it) {
            if (isModelSchema(*it))
                declareModel(it.key(), *it);
        }
        for (auto it = m_schemas.cbegin(); it != m_schemas.cend(); ++it) {
            if (m_product.models.contains(it.key()))
                fillModel(it.key());
        }
    }

    bool isModelSchema(const JsonNode& schema) const
    {
        if (!schema[QLatin1String("enum")].isMissing())
            return true;
        if (!schema[QLatin1String("properties")].isMissing())
            return true;
        if (schema[QLatin1String("allOf")].size() > 1)
            return true;
        return schema[QLatin1String("type")].toString() == QLatin1String("object")
            && schema[QLatin1String("additionalProperties")].isMissing();
    }

    Model& declareModel(const QString& key, const JsonNode& schema)
    {
        const Where where { "schema '%1'", key };
        Model model;
        model.key = key;
        const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
        model.id = key.mid(dot + 1);
        model.nameSpace = dot > 0 ? key.left(dot) : QString();
        model.description = m_fields.string(schema, QLatin1String("description"), where);
        if (!schema[QLatin1String("enum")].isMissing()) {
            model.enumValues = m_fields.strings(schema, QLatin1String("enum"), where);
            if (model.enumValues.isEmpty())
                model.enumValues << QString(); // still an enum, with nothing to pick
            const QString type = schema[QLatin1String("type")].toString();
            model.enumType = type == QLatin1String("integer") ? TypeKind::Long : TypeKind::String;
        }
        m_modelNodes.insert(key, schema);
        return *m_product.models.insert(key, std::move(model));
    }

    // Properties of a model, once: allOf parts merged, each property typed.
    void fillModel(const QString& key)
    {
        if (m_filled.contains(key))
            return;
        m_filled.insert(key);
        QList<Property> properties;
        QSet<QString> required;
        QSet<QString> visiting;
        collectProperties(m_modelNodes.value(key), key, 0, visiting, properties, required);
        for (Property& property : properties)
            property.required = property.required || required.contains(property.name);
        m_product.models[key].properties = std::move(properties);
    }

    void collectProperties(const JsonNode& schema, const QString& owner, int depth,
        QSet<QString>& visiting, QList<Property>& properties, QSet<QString>& required)
    {
        const Where where { "schema '%1'", owner };
        if (depth > maxTypeNesting) {
            m_fields.warn(
                where, SchemaTr::tr("allOf nests deeper than %1 levels").arg(maxTypeNesting));
            return;
        }
        const JsonNode ref = schema[QLatin1String("$ref")];
        if (ref.isString()) {
            const QString target = refTarget(ref.toString(), where);
            if (target.isEmpty())
                return;
            if (visiting.contains(target)) {
                m_fields.warn(where,
                    SchemaTr::tr("allOf includes '%1' in itself; the cycle is cut").arg(target));
                return;
            }
            visiting.insert(target);
            collectProperties(
                m_schemas.value(target), owner, depth + 1, visiting, properties, required);
            visiting.remove(target);
            return;
        }
        const JsonNode allOf = schema[QLatin1String("allOf")];
        if (!allOf.isMissing()) {
            if (!allOf.isArray())
                m_fields.wrongType(where, QLatin1String("allOf"), allOf,
                    QT_TRANSLATE_NOOP("Ovh::Schema", "an array"));
            for (const JsonNode part : allOf.elements()) {
                if (part.isObject())
                    collectProperties(part, owner, depth + 1, visiting, properties, required);
            }
        }
        for (const QString& name : m_fields.strings(schema, QLatin1String("required"), where))
            required.insert(name);
        const JsonNode members = schema[QLatin1String("properties")];
        if (members.isAbsent())
            return;
        if (!members.isObject()) {
            m_fields.wrongType(where, QLatin1String("properties"), members,
                QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
            return;
        }
        for (const JsonNode::Member member : members.members()) {
            Property property = readProperty(owner, member.name(), member.value);
            // A later allOf part redefines: keep one property per name, the last.
            const auto same = std::find_if(properties.begin(), properties.end(),
                [&](const Property& known) { return known.name == property.name; });
            if (same != properties.end())
                *same = std::move(property);
            else
                properties.append(std::move(property));
        }
    }

    Property readProperty(const QString& owner, const QString& name, const JsonNode& schema)
    {
        const Where where { "schema '%1' property '%2'", owner, name };
        Property property;
        property.name = name;
        if (!schema.isObject()) {
            m_fields.warn(
                where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(schema)));
            property.type = anyType();
            property.rawType = property.type.name;
            return property;
        }
        property.type = typeOf(schema, owner + QLatin1Char('.') + name, where, 0);
        property.rawType = property.type.name;
        property.canBeNull = m_fields.boolean(schema, QLatin1String("nullable"), where);
        property.readOnly = m_fields.boolean(schema, QLatin1String("readOnly"), where);
        property.description = describedBy(schema, where);
        return property;
    }

    // The description of a schema, or of the one its single allOf/$ref names.
    QString describedBy(const JsonNode& schema, const Where& where)
    {
        const QString own = m_fields.string(schema, QLatin1String("description"), where);
        if (!own.isEmpty())
            return own;
        QString ref = schema[QLatin1String("$ref")].toString();
        const JsonNode allOf = schema[QLatin1String("allOf")];
        if (ref.isEmpty() && allOf.isArray() && allOf.size() == 1)
            ref = (*allOf.elements().begin())[QLatin1String("$ref")].toString();
        if (!ref.startsWith(refPrefix))
            return QString();
        return m_schemas.value(ref.mid(refPrefix.size()))[QLatin1String("description")].toString();
    }

    // "#/components/schemas/iam.policy.Response" -> "iam.policy.Response"; empty (and a
    // diagnostic) when it points elsewhere or to nothing.
    QString refTarget(const QString& ref, const Where& where)
    {
        if (!ref.startsWith(refPrefix)) {
            m_fields.warn(
                where, SchemaTr::tr("$ref '%1' does not point into components.schemas").arg(ref));
            return QString();
        }
        const QString key = QUrl::fromPercentEncoding(ref.mid(refPrefix.size()).toUtf8())
                                .replace(QLatin1String("~1"), QLatin1String("/"))
                                .replace(QLatin1String("~0"), QLatin1String("~"));
        if (!m_schemas.contains(key)) {
            m_fields.warn(where, SchemaTr::tr("$ref '%1' points to no schema").arg(ref));
            return QString();
        }
        return key;
    }

    // The type a component stands for: its model, or what a non-model component aliases
    // ("ipv4" -> ipv4, "email" -> string shown as email). Cycles of aliases end in "any".
    TypeRef componentType(const QString& key, const Where& where, int depth)
    {
        if (const Model* model = m_product.model(key); model && m_modelNodes.contains(key))
            return namedType(*model);
        const auto known = m_aliases.constFind(key);
        if (known != m_aliases.cend())
            return *known;
        if (m_resolvingAliases.contains(key)) {
            m_fields.warn(
                where, SchemaTr::tr("'%1' is defined through itself; read as any JSON").arg(key));
            return anyType(key);
        }
        m_resolvingAliases.insert(key);
        TypeRef type;
        if (primitiveKind(key) != TypeKind::Unknown && primitiveKind(key) != TypeKind::Void)
            type = primitiveType(key);
        else
            type = typeOf(m_schemas.value(key), key, { "schema '%1'", key }, depth + 1);
        if (type.kind == TypeKind::Unknown)
            type.name = key;
        else if (type.isPrimitive() && type.alias.isEmpty())
            type.alias = type.name == key ? QString() : key;
        m_resolvingAliases.remove(key);
        m_aliases.insert(key, type);
        return type;
    }

    // One schema to a type. `place` names the inline models it may need ("iam.Policy.rules").
    TypeRef typeOf(const JsonNode& schema, const QString& place, const Where& where, int depth)
    {
        if (depth > maxTypeNesting) {
            m_fields.warn(where,
                SchemaTr::tr("the schema nests deeper than %1 levels; read as any JSON")
                    .arg(maxTypeNesting));
            return anyType();
        }
        if (!schema.isObject())
            return anyType();
        const JsonNode ref = schema[QLatin1String("$ref")];
        if (!ref.isMissing()) {
            const QString target = refTarget(ref.toString(), where);
            return target.isEmpty() ? anyType() : componentType(target, where, depth);
        }
        const JsonNode allOf = schema[QLatin1String("allOf")];
        if (allOf.isArray() && allOf.size() == 1 && schema[QLatin1String("properties")].isMissing())
            return typeOf(*allOf.elements().begin(), place, where, depth + 1);
        for (const QLatin1String choice : { QLatin1String("oneOf"), QLatin1String("anyOf") }) {
            const JsonNode alternatives = schema[choice];
            if (alternatives.isMissing())
                continue;
            // One of several shapes: there is no single form for it; raw JSON with the
            // alternatives named.
            QStringList names;
            for (const JsonNode alternative : alternatives.elements())
                names << typeOf(alternative, place, where, depth + 1).name;
            if (!alternatives.isArray() || names.isEmpty()) {
                m_fields.wrongType(
                    where, choice, alternatives, QT_TRANSLATE_NOOP("Ovh::Schema", "an array"));
                return anyType();
            }
            return anyType(names.size() == 1 ? names.first() : names.join(QLatin1Char('|')));
        }
        if (!schema[QLatin1String("enum")].isMissing()
            || !schema[QLatin1String("properties")].isMissing() || allOf.size() > 1)
            return inlineModel(schema, place, where);
        const QString type = schema[QLatin1String("type")].toString();
        if (type == QLatin1String("array")) {
            const JsonNode items = schema[QLatin1String("items")];
            if (!items.isObject())
                m_fields.warn(
                    where, SchemaTr::tr("an array without 'items'; its elements are any JSON"));
            return arrayOf(typeOf(items, place, where, depth + 1));
        }
        if (type == QLatin1String("object") || type.isEmpty()) {
            const JsonNode values = schema[QLatin1String("additionalProperties")];
            if (values.isObject())
                return mapOf(typeOf(values, place, where, depth + 1));
            if (values.isBool() && values.toBool())
                return mapOf(anyType());
            return anyType(type.isEmpty() ? QStringLiteral("any") : type);
        }
        const QString name
            = primitiveName(type, m_fields.string(schema, QLatin1String("format"), where));
        if (name.isEmpty()) {
            m_fields.warn(where, SchemaTr::tr("unknown type '%1'; edited as raw JSON").arg(type));
            return anyType(type);
        }
        return primitiveType(name);
    }

    TypeRef inlineModel(const JsonNode& schema, const QString& place, const Where& where)
    {
        if (m_inlineModels >= maxInlineModels) {
            m_fields.warn(where,
                SchemaTr::tr("more than %1 inline schemas; read as any JSON").arg(maxInlineModels));
            return anyType();
        }
        ++m_inlineModels;
        QString key = place;
        for (int n = 2; m_product.models.contains(key) || m_schemas.contains(key); ++n)
            key = place + QString::number(n);
        const Model& model = declareModel(key, schema);
        const TypeRef type = namedType(model);
        fillModel(key);
        return type;
    }

    // ---- paths -------------------------------------------------------------------------

    void readPaths(const JsonNode& root)
    {
        const JsonNode paths = root[QLatin1String("paths")];
        if (!paths.isObject()) {
            if (paths.isAbsent())
                m_fields.warn({}, SchemaTr::tr("no 'paths': the product has no operations"));
            else
                m_fields.wrongType({}, QLatin1String("paths"), paths,
                    QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
            return;
        }
        QHash<QString, qsizetype> index;
        for (const JsonNode::Member member : paths.members()) {
            const QString path = member.name();
            const Where where { "%1", path };
            if (!path.startsWith(QLatin1Char('/'))) {
                m_fields.warn(where, SchemaTr::tr("a path should start with '/'; skipped"));
                continue;
            }
            if (!member.value.isObject()) {
                m_fields.warn(where,
                    SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(member.value)));
                continue;
            }
            if (index.contains(path)) // duplicate keys were reported with the document
                continue;
            ApiPath entry;
            entry.path = path;
            entry.description = m_fields.string(member.value, QLatin1String("summary"), where);
            if (entry.description.isEmpty())
                entry.description
                    = m_fields.string(member.value, QLatin1String("description"), where);
            const JsonNode shared = member.value[QLatin1String("parameters")];
            for (const JsonNode::Member method : member.value.members()) {
                const QString name = method.name();
                const HttpMethod httpMethod = httpMethodFromName(name);
                if (httpMethod == HttpMethod::Unknown) {
                    static const QSet<QString> pathKeys { QStringLiteral("summary"),
                        QStringLiteral("description"), QStringLiteral("parameters"),
                        QStringLiteral("servers"), QStringLiteral("$ref") };
                    if (!pathKeys.contains(name) && !name.startsWith(QLatin1String("x-")))
                        m_fields.warn(
                            where, SchemaTr::tr("unknown method '%1'; skipped").arg(name));
                    continue;
                }
                readOperation(method.value, httpMethod, shared, entry);
            }
            index.insert(path, m_product.paths.size());
            m_product.paths.append(std::move(entry));
        }
    }

    void readOperation(
        const JsonNode& object, HttpMethod method, const JsonNode& shared, ApiPath& path)
    {
        const QString methodName = httpMethodName(method);
        const Where where { "%1 %2", methodName, path.path };
        if (!object.isObject()) {
            m_fields.warn(where,
                SchemaTr::tr("an operation should be an object, not %1").arg(jsonTypeName(object)));
            return;
        }
        Operation operation;
        operation.method = method;
        operation.path = path.path;
        operation.description = m_fields.string(object, QLatin1String("summary"), where);
        operation.longDescription = m_fields.string(object, QLatin1String("description"), where);
        if (operation.description.isEmpty()) {
            operation.description = operation.longDescription;
            operation.longDescription.clear();
        }
        operation.operationId = m_fields.string(object, QLatin1String("operationId"), where);
        operation.iamActions = m_fields.iamActions(object, QLatin1String("x-iam-actions"), where);
        const JsonNode security = object[QLatin1String("security")];
        operation.noAuthentication = security.isArray() && security.size() == 0;
        readStatus(object, where, operation.status);
        // Path-level parameters first; the operation's own override those of the same name.
        for (const JsonNode parameters : { shared, object[QLatin1String("parameters")] }) {
            if (parameters.isMissing())
                continue;
            if (!parameters.isArray()) {
                m_fields.wrongType(where, QLatin1String("parameters"), parameters,
                    QT_TRANSLATE_NOOP("Ovh::Schema", "an array"));
                continue;
            }
            qsizetype index = 0;
            for (const JsonNode parameter : parameters.elements())
                readParameter(parameter, index++, where, operation);
        }
        readRequestBody(object[QLatin1String("requestBody")], where, operation);
        readResponse(object[QLatin1String("responses")], where, operation);
        completePathParameters(operation);
        path.operations.append(std::move(operation));
    }

    void readStatus(const JsonNode& object, const Where& where, ApiStatus& status)
    {
        const JsonNode badges = m_fields.array(object, QLatin1String("x-badges"), where);
        for (const JsonNode badge : badges.elements()) {
            const QString label = badge.isObject()
                ? m_fields.string(badge, QLatin1String("label"), where)
                : QString();
            if (label.isEmpty())
                continue;
            const ApiStatus::Value value = badgeStatus(label);
            // The first badge that says a status wins; a later "Deprecated" overrides it.
            if (status.rawValue.isEmpty() || value == ApiStatus::Deprecated) {
                status.value = value;
                status.rawValue = value == ApiStatus::Unknown ? label : apiStatusName(value);
                status.description = label;
            }
        }
        if (m_fields.boolean(object, QLatin1String("deprecated"), where)) {
            status.value = ApiStatus::Deprecated;
            status.rawValue = apiStatusName(ApiStatus::Deprecated);
        }
        status.deprecatedDate = m_fields.date(object, QLatin1String("x-deprecation-date"), where);
        status.deletionDate = m_fields.date(object, QLatin1String("x-deletion-date"), where);
        status.replacement = m_fields.string(object, QLatin1String("x-replacement-route"), where);
        // "/v2/publicCloud/…" names a path of this branch, which the paths list without "/v2".
        if (!m_basePathPrefix.isEmpty()
            && status.replacement.startsWith(m_basePathPrefix + QLatin1Char('/')))
            status.replacement = status.replacement.mid(m_basePathPrefix.size());
    }

    // `{$ref: "#/components/<section>/X"}` -> X's object in that section; the object itself
    // otherwise.
    JsonNode dereference(const JsonNode& object, const JsonNode& section, const char* sectionName,
        const Where& where)
    {
        const JsonNode ref = object[QLatin1String("$ref")];
        if (ref.isMissing())
            return object;
        const QString prefix
            = QLatin1String("#/components/") + QLatin1String(sectionName) + QLatin1Char('/');
        const QString text = ref.toString();
        if (text.startsWith(prefix) && section.isObject()) {
            const QString key = text.mid(prefix.size());
            for (const JsonNode::Member member : section.members()) {
                if (member.name() == key && member.value.isObject())
                    return member.value;
            }
        }
        m_fields.warn(where, SchemaTr::tr("$ref '%1' points to nothing").arg(text));
        return JsonNode();
    }

    void readParameter(
        const JsonNode& node, qsizetype index, const Where& operationWhere, Operation& operation)
    {
        Where where
            = Where::indexed("%1 %2 parameters[%n]", index, operationWhere.a, operationWhere.b);
        if (!node.isObject()) {
            m_fields.warn(
                where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(node)));
            return;
        }
        const JsonNode object = dereference(node, m_parameters, "parameters", where);
        if (!object.isObject())
            return;
        Parameter parameter;
        parameter.name = m_fields.string(object, QLatin1String("name"), where);
        if (parameter.name.isEmpty()) {
            m_fields.warn(where, SchemaTr::tr("a parameter has no name; skipped"));
            return;
        }
        where = Where("%1 %2 parameter '%3'", operationWhere.a, operationWhere.b, parameter.name);
        const QString location = m_fields.string(object, QLatin1String("in"), where);
        if (location == QLatin1String("path"))
            parameter.location = ParamLocation::Path;
        else if (location == QLatin1String("query"))
            parameter.location = ParamLocation::Query;
        else if (location == QLatin1String("header"))
            parameter.location = ParamLocation::Header;
        else {
            m_fields.warn(where,
                SchemaTr::tr("parameters 'in' '%1' are not supported; skipped").arg(location));
            return;
        }
        parameter.required = parameter.location == ParamLocation::Path
            || m_fields.boolean(object, QLatin1String("required"), where);
        parameter.description = m_fields.string(object, QLatin1String("description"), where);
        const JsonNode schema = object[QLatin1String("schema")];
        if (!schema.isObject())
            m_fields.warn(where, SchemaTr::tr("has no schema; edited as raw JSON"));
        parameter.type = typeOf(
            schema, operationPlace(operation) + QLatin1Char('.') + parameter.name, where, 0);
        parameter.dataType = parameter.type.name;
        for (Parameter& known : operation.parameters) {
            if (known.name == parameter.name && known.location == parameter.location) {
                known = std::move(parameter);
                return;
            }
        }
        operation.parameters.append(std::move(parameter));
    }

    // Where an operation's inline models are named: "iam.post.policy".
    static QString operationPlace(const Operation& operation)
    {
        QString place = httpMethodName(operation.method).toLower() + operation.path;
        place.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        place.replace(QLatin1Char('/'), QLatin1Char('.'));
        return place;
    }

    // The JSON media type's entry of a `content` map, and its named examples.
    JsonNode jsonContent(const JsonNode& holder, const Where& where, OperationExample::Kind kind,
        Operation& operation)
    {
        const JsonNode content = holder[QLatin1String("content")];
        if (content.isAbsent())
            return JsonNode();
        if (!content.isObject()) {
            m_fields.wrongType(where, QLatin1String("content"), content,
                QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
            return JsonNode();
        }
        JsonNode media = content[QLatin1String("application/json")];
        if (!media.isObject()) {
            for (const JsonNode::Member member : content.members()) {
                if (member.name().contains(QLatin1String("json")) && member.value.isObject()) {
                    media = member.value;
                    break;
                }
            }
        }
        if (!media.isObject())
            return JsonNode();
        const JsonNode examples = media[QLatin1String("examples")];
        if (examples.isObject()) {
            for (const JsonNode::Member member : examples.members()) {
                if (!member.value.isObject() || member.value[QLatin1String("value")].isMissing())
                    continue;
                OperationExample example;
                example.kind = kind;
                example.name = member.name();
                example.summary = member.value[QLatin1String("summary")].toString();
                example.json = compactJson(member.value[QLatin1String("value")].rawText());
                operation.examples.append(std::move(example));
            }
        }
        return media;
    }

    static QByteArray compactJson(const QByteArray& raw)
    {
        // Wrapped so that scalars parse too.
        const QJsonDocument document = QJsonDocument::fromJson("[" + raw + "]");
        const QByteArray compact = document.toJson(QJsonDocument::Compact);
        return compact.size() >= 2 ? compact.mid(1, compact.size() - 2) : raw;
    }

    void readRequestBody(const JsonNode& node, const Where& operationWhere, Operation& operation)
    {
        if (node.isAbsent())
            return;
        const Where where { "%1 %2 requestBody", operationWhere.a, operationWhere.b };
        if (!node.isObject()) {
            m_fields.warn(
                where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(node)));
            return;
        }
        const JsonNode body = dereference(node, m_requestBodies, "requestBodies", where);
        if (!body.isObject())
            return;
        const JsonNode media = jsonContent(body, where, OperationExample::Request, operation);
        if (!media.isObject()) {
            m_fields.warn(
                where, SchemaTr::tr("no JSON content; the operation is sent without a body"));
            return;
        }
        Parameter parameter; // the whole body, as v1's unnamed body parameter
        parameter.location = ParamLocation::Body;
        parameter.required = m_fields.boolean(body, QLatin1String("required"), where);
        parameter.description = m_fields.string(body, QLatin1String("description"), where);
        if (parameter.description.isEmpty())
            parameter.description = QStringLiteral("Request Body");
        parameter.type = typeOf(media[QLatin1String("schema")],
            operationPlace(operation) + QLatin1String(".body"), where, 0);
        parameter.dataType = parameter.type.name;
        operation.parameters.append(std::move(parameter));
    }

    void readResponse(const JsonNode& responses, const Where& operationWhere, Operation& operation)
    {
        operation.responseTypeName = QStringLiteral("void");
        operation.responseType = primitiveType(operation.responseTypeName);
        const Where where { "%1 %2 responses", operationWhere.a, operationWhere.b };
        if (responses.isAbsent())
            return;
        if (!responses.isObject()) {
            m_fields.wrongType(where, QLatin1String("responses"), responses,
                QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
            return;
        }
        JsonNode success = responses[QLatin1String("200")];
        if (!success.isObject()) {
            for (const JsonNode::Member member : responses.members()) {
                if (member.name().startsWith(QLatin1Char('2')) && member.value.isObject()) {
                    success = member.value;
                    break;
                }
            }
        }
        if (!success.isObject())
            return;
        const JsonNode media = jsonContent(success, where, OperationExample::Response, operation);
        if (!media.isObject() || media[QLatin1String("schema")].isMissing())
            return;
        operation.responseType = typeOf(media[QLatin1String("schema")],
            operationPlace(operation) + QLatin1String(".response"), where, 0);
        operation.responseTypeName = operation.responseType.name;
    }

    FieldReader m_fields;
    Product& m_product;
    QString m_basePathPrefix; // "/v2"
    JsonNode m_parameters; // components.parameters
    JsonNode m_requestBodies; // components.requestBodies
    QHash<QString, JsonNode> m_schemas; // components.schemas by key
    QHash<QString, JsonNode> m_modelNodes; // the schema of each model, components and inline
    QHash<QString, TypeRef> m_aliases; // non-model components, resolved
    QSet<QString> m_resolvingAliases;
    QSet<QString> m_filled;
    int m_inlineModels = 0;
};

} // namespace

bool OpenApiReader::isOpenApi(const QByteArray& json)
{
    static const QRegularExpression declaration(QStringLiteral(R"re("(openapi|swagger)"\s*:)re"));
    return declaration.match(QString::fromUtf8(json.left(4096))).hasMatch();
}

ProductParseResult OpenApiReader::parseProduct(const QString& productPath, const QByteArray& json)
{
    ProductParseResult result;
    JsonTree tree;
    if (!readProductDocument(productPath, json, tree, result))
        return result;
    FieldReader reader(productPath, result.diagnostics);
    const JsonNode root = tree.root();
    if (root[QLatin1String("openapi")].isMissing() && root[QLatin1String("paths")].isMissing()) {
        reader.warn({}, SchemaTr::tr("not an OpenAPI document: no 'openapi' or 'paths'"));
        return result;
    }
    if (!root[QLatin1String("swagger")].isMissing()) {
        reader.warn({}, SchemaTr::tr("Swagger 2 documents are not supported, only OpenAPI 3"));
        return result;
    }
    OpenApiProductReader(productPath, result.diagnostics, result.product).read(root);
    result.ok = true;
    return result;
}

ProductParseResult parseAnyProductSchema(const QString& productPath, const QByteArray& json)
{
    if (OpenApiReader::isOpenApi(json))
        return OpenApiReader::parseProduct(productPath, json);
    ProductParseResult v1 = SchemaParser::parseProduct(productPath, json);
    // The sniff reads the head only: an "openapi" key after a long first member.
    if (!v1.ok && json.contains("\"openapi\"")) {
        ProductParseResult openApi = OpenApiReader::parseProduct(productPath, json);
        if (openApi.ok)
            return openApi;
    }
    return v1;
}

} // namespace Ovh
