#pragma once

#include "schema/openapitypes.h"

// The paths of an OpenAPI 3 document (internal to core/schema): each method an Operation with
// its path, query and header parameters, the requestBody as the unnamed body parameter, the
// 200 answer as its response type, named examples, badges, IAM actions and deprecation.
namespace Ovh::OpenApi {

class OpenApiPaths
{
public:
    using Where = SchemaFields::Where;

    // `basePathPrefix` is the servers' path ("/v2"), stripped from replacement routes.
    OpenApiPaths(SchemaFields::FieldReader& fields, Product& product, OpenApiTypes& types,
        const JsonNode& components, const QString& basePathPrefix)
        : m_fields(fields)
        , m_product(product)
        , m_types(types)
        , m_parameters(components[QLatin1String("parameters")])
        , m_requestBodies(components[QLatin1String("requestBodies")])
        , m_basePathPrefix(basePathPrefix)
    { }

    void readPaths(const JsonNode& root);

private:
    void readOperation(
        const JsonNode& object, HttpMethod method, const JsonNode& shared, ApiPath& path);
    void readStatus(const JsonNode& object, const Where& where, ApiStatus& status);
    JsonNode dereference(const JsonNode& object, const JsonNode& section, const char* sectionName,
        const Where& where);
    void readParameter(
        const JsonNode& node, qsizetype index, const Where& operationWhere, Operation& operation);
    static QString operationPlace(const Operation& operation);
    JsonNode jsonContent(const JsonNode& holder, const Where& where, OperationExample::Kind kind,
        Operation& operation);
    static QByteArray compactJson(const QByteArray& raw);
    void readRequestBody(const JsonNode& node, const Where& operationWhere, Operation& operation);
    void readResponse(const JsonNode& responses, const Where& operationWhere, Operation& operation);

    SchemaFields::FieldReader& m_fields;
    Product& m_product;
    OpenApiTypes& m_types;
    JsonNode m_parameters; // components.parameters
    JsonNode m_requestBodies; // components.requestBodies
    QString m_basePathPrefix; // "/v2"
};

} // namespace Ovh::OpenApi
