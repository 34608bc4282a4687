#include "schema/openapireader.h"

#include "base/coretr.h"
#include "schema/openapipaths.h"
#include "schema/openapitypes.h"
#include "schema/schemafields.h"
#include "schema/schemaparser.h"

#include <QRegularExpression>
#include <QUrl>

namespace Ovh {

namespace {

using namespace SchemaFields;

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
        const JsonNode components = root[QLatin1String("components")];
        OpenApi::OpenApiTypes types(m_fields, m_product);
        types.readComponents(components);
        OpenApi::OpenApiPaths(m_fields, m_product, types, components, m_basePathPrefix)
            .readPaths(root);
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

    FieldReader m_fields;
    Product& m_product;
    QString m_basePathPrefix; // "/v2"
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
