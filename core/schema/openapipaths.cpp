#include "schema/openapipaths.h"

#include <QJsonDocument>

namespace Ovh::OpenApi {

using namespace SchemaFields;

namespace {

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

} // namespace

void OpenApiPaths::readPaths(const JsonNode& root)
{
    const JsonNode paths = root[QLatin1String("paths")];
    if (!paths.isObject()) {
        if (paths.isAbsent())
            m_fields.warn({}, SchemaTr::tr("no 'paths': the product has no operations"));
        else
            m_fields.wrongType(
                {}, QLatin1String("paths"), paths, QT_TRANSLATE_NOOP("Ovh::Schema", "an object"));
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
            m_fields.warn(
                where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(member.value)));
            continue;
        }
        if (index.contains(path)) // duplicate keys were reported with the document
            continue;
        ApiPath entry;
        entry.path = path;
        entry.description = m_fields.string(member.value, QLatin1String("summary"), where);
        if (entry.description.isEmpty())
            entry.description = m_fields.string(member.value, QLatin1String("description"), where);
        const JsonNode shared = member.value[QLatin1String("parameters")];
        for (const JsonNode::Member method : member.value.members()) {
            const QString name = method.name();
            const HttpMethod httpMethod = httpMethodFromName(name);
            if (httpMethod == HttpMethod::Unknown) {
                static const QSet<QString> pathKeys { QStringLiteral("summary"),
                    QStringLiteral("description"), QStringLiteral("parameters"),
                    QStringLiteral("servers"), QStringLiteral("$ref") };
                if (!pathKeys.contains(name) && !name.startsWith(QLatin1String("x-")))
                    m_fields.warn(where, SchemaTr::tr("unknown method '%1'; skipped").arg(name));
                continue;
            }
            readOperation(method.value, httpMethod, shared, entry);
        }
        index.insert(path, m_product.paths.size());
        m_product.paths.append(std::move(entry));
    }
}

void OpenApiPaths::readOperation(
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

void OpenApiPaths::readStatus(const JsonNode& object, const Where& where, ApiStatus& status)
{
    const JsonNode badges = m_fields.array(object, QLatin1String("x-badges"), where);
    for (const JsonNode badge : badges.elements()) {
        const QString label
            = badge.isObject() ? m_fields.string(badge, QLatin1String("label"), where) : QString();
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
JsonNode OpenApiPaths::dereference(
    const JsonNode& object, const JsonNode& section, const char* sectionName, const Where& where)
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

void OpenApiPaths::readParameter(
    const JsonNode& node, qsizetype index, const Where& operationWhere, Operation& operation)
{
    Where where = Where::indexed("%1 %2 parameters[%n]", index, operationWhere.a, operationWhere.b);
    if (!node.isObject()) {
        m_fields.warn(where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(node)));
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
        m_fields.warn(
            where, SchemaTr::tr("parameters 'in' '%1' are not supported; skipped").arg(location));
        return;
    }
    parameter.required = parameter.location == ParamLocation::Path
        || m_fields.boolean(object, QLatin1String("required"), where);
    parameter.description = m_fields.string(object, QLatin1String("description"), where);
    const JsonNode schema = object[QLatin1String("schema")];
    if (!schema.isObject())
        m_fields.warn(where, SchemaTr::tr("has no schema; edited as raw JSON"));
    parameter.type = m_types.typeOf(
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
QString OpenApiPaths::operationPlace(const Operation& operation)
{
    QString place = httpMethodName(operation.method).toLower() + operation.path;
    place.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    place.replace(QLatin1Char('/'), QLatin1Char('.'));
    return place;
}

// The JSON media type's entry of a `content` map, and its named examples.
JsonNode OpenApiPaths::jsonContent(
    const JsonNode& holder, const Where& where, OperationExample::Kind kind, Operation& operation)
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

QByteArray OpenApiPaths::compactJson(const QByteArray& raw)
{
    // Wrapped so that scalars parse too.
    const QJsonDocument document = QJsonDocument::fromJson("[" + raw + "]");
    const QByteArray compact = document.toJson(QJsonDocument::Compact);
    return compact.size() >= 2 ? compact.mid(1, compact.size() - 2) : raw;
}

void OpenApiPaths::readRequestBody(
    const JsonNode& node, const Where& operationWhere, Operation& operation)
{
    if (node.isAbsent())
        return;
    const Where where { "%1 %2 requestBody", operationWhere.a, operationWhere.b };
    if (!node.isObject()) {
        m_fields.warn(where, SchemaTr::tr("should be an object, not %1").arg(jsonTypeName(node)));
        return;
    }
    const JsonNode body = dereference(node, m_requestBodies, "requestBodies", where);
    if (!body.isObject())
        return;
    const JsonNode media = jsonContent(body, where, OperationExample::Request, operation);
    if (!media.isObject()) {
        m_fields.warn(where, SchemaTr::tr("no JSON content; the operation is sent without a body"));
        return;
    }
    Parameter parameter; // the whole body, as v1's unnamed body parameter
    parameter.location = ParamLocation::Body;
    parameter.required = m_fields.boolean(body, QLatin1String("required"), where);
    parameter.description = m_fields.string(body, QLatin1String("description"), where);
    if (parameter.description.isEmpty())
        parameter.description = QStringLiteral("Request Body");
    parameter.type = m_types.typeOf(media[QLatin1String("schema")],
        operationPlace(operation) + QLatin1String(".body"), where, 0);
    parameter.dataType = parameter.type.name;
    operation.parameters.append(std::move(parameter));
}

void OpenApiPaths::readResponse(
    const JsonNode& responses, const Where& operationWhere, Operation& operation)
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
    operation.responseType = m_types.typeOf(media[QLatin1String("schema")],
        operationPlace(operation) + QLatin1String(".response"), where, 0);
    operation.responseTypeName = operation.responseType.name;
}

} // namespace Ovh::OpenApi
