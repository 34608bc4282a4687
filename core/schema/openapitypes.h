#pragma once

#include "schema/schemafields.h"

#include <QHash>
#include <QSet>

// The types of an OpenAPI 3 document (internal to core/schema): components.schemas become
// models, inline objects and enums become models named after their place, `$ref`/`allOf`
// resolve to them. Cycles and depth are bounded; every problem is a diagnostic.
namespace Ovh::OpenApi {

// A v1 primitive type ("long", "datetime", …), with the component name it was reached through.
TypeRef primitiveType(const QString& name, const QString& alias = {});

class OpenApiTypes
{
public:
    using Where = SchemaFields::Where;

    OpenApiTypes(SchemaFields::FieldReader& fields, Product& product)
        : m_fields(fields)
        , m_product(product)
    { }

    void readComponents(const JsonNode& components);
    TypeRef typeOf(const JsonNode& schema, const QString& place, const Where& where, int depth);

private:
    bool isModelSchema(const JsonNode& schema) const;
    Model& declareModel(const QString& key, const JsonNode& schema);
    void fillModel(const QString& key);
    void collectProperties(const JsonNode& schema, const QString& owner, int depth,
        QSet<QString>& visiting, QList<Property>& properties, QSet<QString>& required);
    Property readProperty(const QString& owner, const QString& name, const JsonNode& schema);
    QString describedBy(const JsonNode& schema, const Where& where);
    QString refTarget(const QString& ref, const Where& where);
    TypeRef componentType(const QString& key, const Where& where, int depth);
    TypeRef inlineModel(const JsonNode& schema, const QString& place, const Where& where);

    SchemaFields::FieldReader& m_fields;
    Product& m_product;
    QHash<QString, JsonNode> m_schemas; // components.schemas by key
    QHash<QString, JsonNode> m_modelNodes; // the schema of each model, components and inline
    QHash<QString, TypeRef> m_aliases; // non-model components, resolved
    QSet<QString> m_resolvingAliases;
    QSet<QString> m_filled;
    int m_inlineModels = 0;
};

} // namespace Ovh::OpenApi
