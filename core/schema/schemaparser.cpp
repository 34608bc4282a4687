#include "schema/schemaparser.h"

#include "base/coretr.h"
#include "schema/jsontree.h"
#include "schema/schemafields.h"
#include "schema/typeresolver.h"

#include <QSet>
#include <QUrl>

namespace Ovh {

namespace {

using namespace SchemaFields;

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
        operation.iamActions = m_fields.iamActions(object, QLatin1String("iamActions"), where);
        const JsonNode parameters = m_fields.array(object, QLatin1String("parameters"), where);
        operation.parameters.reserve(parameters.size());
        qsizetype index = 0;
        for (const JsonNode parameter : parameters.elements())
            readParameter(parameter, index++, methodName, operation, resolver);
        completePathParameters(operation);
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
        status.deprecatedDate = m_fields.date(value, QLatin1String("deprecatedDate"), where);
        status.deletionDate = m_fields.date(value, QLatin1String("deletionDate"), where);
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
    JsonTree tree;
    if (!readProductDocument(productPath, json, tree, result))
        return result;
    FieldReader reader(productPath, result.diagnostics);
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
