#include "schema/openapitypes.h"

#include <QUrl>

#include <memory>

namespace Ovh::OpenApi {

using namespace SchemaFields;

namespace {

const QLatin1String refPrefix("#/components/schemas/");

// Models invented for inline objects and enums: bounded so that a hostile document cannot
// make the product grow past what its own size explains.
constexpr int maxInlineModels = 20000;

} // namespace

TypeRef primitiveType(const QString& name, const QString& alias)
{
    TypeRef type;
    type.name = name;
    type.kind = primitiveKind(name);
    type.alias = alias == name ? QString() : alias;
    return type;
}

namespace {

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
} // namespace

void OpenApiTypes::readComponents(const JsonNode& components)
{
    if (components.isAbsent())
        return;
    if (!components.isObject()) {
        m_fields.wrongType({}, QLatin1String("components"), components,
            QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
        return;
    }
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

bool OpenApiTypes::isModelSchema(const JsonNode& schema) const
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

Model& OpenApiTypes::declareModel(const QString& key, const JsonNode& schema)
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
void OpenApiTypes::fillModel(const QString& key)
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

void OpenApiTypes::collectProperties(const JsonNode& schema, const QString& owner, int depth,
    QSet<QString>& visiting, QList<Property>& properties, QSet<QString>& required)
{
    const Where where { "schema '%1'", owner };
    if (depth > maxTypeNesting) {
        m_fields.warn(where, SchemaTr::tr("allOf nests deeper than %1 levels").arg(maxTypeNesting));
        return;
    }
    const JsonNode ref = schema[QLatin1String("$ref")];
    if (ref.isString()) {
        const QString target = refTarget(ref.toString(), where);
        if (target.isEmpty())
            return;
        if (visiting.contains(target)) {
            m_fields.warn(
                where, SchemaTr::tr("allOf includes '%1' in itself; the cycle is cut").arg(target));
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
            m_fields.wrongType(
                where, QLatin1String("allOf"), allOf, QT_TRANSLATE_NOOP("Ovh::Schema", "an array"));
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

Property OpenApiTypes::readProperty(
    const QString& owner, const QString& name, const JsonNode& schema)
{
    const Where where { "schema '%1' property '%2'", owner, name };
    Property property;
    property.name = name;
    if (!schema.isObject()) {
        m_fields.warn(where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(schema)));
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
QString OpenApiTypes::describedBy(const JsonNode& schema, const Where& where)
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
QString OpenApiTypes::refTarget(const QString& ref, const Where& where)
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
TypeRef OpenApiTypes::componentType(const QString& key, const Where& where, int depth)
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
TypeRef OpenApiTypes::typeOf(
    const JsonNode& schema, const QString& place, const Where& where, int depth)
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

TypeRef OpenApiTypes::inlineModel(const JsonNode& schema, const QString& place, const Where& where)
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

} // namespace Ovh::OpenApi
