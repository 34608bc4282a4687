#include "call/callrequest.h"

#include "base/coretr.h"
#include "base/jsontext.h"
#include "call/valueconversion.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ovh {

namespace {

using NamedInputs = QList<std::pair<QString, CallValue>>;

const QString BodyField = QStringLiteral("body");

// The {name} placeholders of a path template, in order.
QStringList placeholders(const QString& templ)
{
    QStringList names;
    qsizetype open = templ.indexOf(QLatin1Char('{'));
    while (open >= 0) {
        const qsizetype close = templ.indexOf(QLatin1Char('}'), open);
        if (close < 0)
            break;
        names << templ.mid(open + 1, close - open - 1);
        open = templ.indexOf(QLatin1Char('{'), close);
    }
    return names;
}

const Parameter* findParameter(
    const Operation& operation, const QString& name, std::optional<ParamLocation> location)
{
    for (const Parameter& parameter : operation.parameters) {
        if (!parameter.name.isEmpty() && parameter.name == name
            && (!location || parameter.location == *location))
            return &parameter;
    }
    return nullptr;
}

const Parameter* unnamedBodyOf(const Operation& operation)
{
    for (const Parameter& parameter : operation.parameters) {
        if (parameter.location == ParamLocation::Body && parameter.name.isEmpty())
            return &parameter;
    }
    return nullptr;
}

bool hasNamedBody(const Operation& operation)
{
    for (const Parameter& parameter : operation.parameters) {
        if (parameter.location == ParamLocation::Body && !parameter.name.isEmpty())
            return true;
    }
    return false;
}

bool takesNamedProperties(const TypeRef& type)
{
    return type.kind == TypeKind::Model || type.kind == TypeKind::Map;
}

QString operationName(const Operation& operation)
{
    return httpMethodName(operation.method) + QLatin1Char(' ') + operation.path;
}

// "unknown parameter; it takes: a, b" (with a "did you mean" for a case slip).
QString unknownParameterMessage(const Product& product, const Operation& operation,
    const QString& name, const Parameter* unnamedBody)
{
    QStringList names;
    for (const Parameter& parameter : operation.parameters) {
        if (!parameter.name.isEmpty() && !names.contains(parameter.name))
            names << parameter.name;
    }
    if (unnamedBody && unnamedBody->type.kind == TypeKind::Model) {
        const QList<Property> properties = product.propertiesOf(unnamedBody->type);
        for (const Property& property : properties) {
            if (isSettable(property, properties) && !names.contains(property.name))
                names << property.name;
        }
    }
    for (const QString& candidate : std::as_const(names)) {
        if (candidate.compare(name, Qt::CaseInsensitive) == 0)
            return CallTr::tr("unknown parameter; did you mean \"%1\"?").arg(candidate);
    }
    if (unnamedBody && !takesNamedProperties(unnamedBody->type))
        names << CallTr::tr("the whole body (%1) as JSON").arg(unnamedBody->type.displayName());
    if (names.isEmpty())
        return CallTr::tr("unknown parameter; %1 takes none").arg(operationName(operation));
    return CallTr::tr("unknown parameter; it takes: %1").arg(names.join(QLatin1String(", ")));
}

QList<CallField> fieldsOfObject(
    const Product& product, const TypeRef& type, const QJsonObject& object)
{
    QList<CallField> fields;
    if (type.kind == TypeKind::Model) {
        const QList<Property> properties = product.propertiesOf(type);
        for (const Property& property : properties) {
            const auto it = object.constFind(property.name);
            if (it != object.constEnd()) {
                fields.append(CallField { property.name, ParamLocation::Body, property.type,
                    property.description, property.required, *it });
            }
        }
        if (!properties.isEmpty())
            return fields;
    }
    const TypeRef valueType
        = type.kind == TypeKind::Map && type.element ? *type.element : TypeRef();
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.append(
            CallField { it.key(), ParamLocation::Body, valueType, QString(), false, it.value() });
    return fields;
}

BodyKind bodyKindOf(const TypeRef& type)
{
    switch (type.kind) {
    case TypeKind::Model:
        return BodyKind::Model;
    case TypeKind::Map:
        return BodyKind::Map;
    case TypeKind::Array:
        return BodyKind::Array;
    default:
        break;
    }
    return BodyKind::Other;
}

// A parameter of the path, query or a named body: empty and null mean "not set" there.
std::optional<QJsonValue> parameterValue(
    const Product& product, const Parameter& parameter, const CallValue* value, CallErrors* errors)
{
    if (!value || value->isEmpty() || value->isNull()) {
        if (parameter.required)
            errors->append(CallError {
                CallError::Kind::Missing, parameter.name, CallTr::tr("a value is required") });
        return std::nullopt;
    }
    return convertValue(product, parameter.type, *value, parameter.name, errors);
}

CallField fieldOf(const Parameter& parameter, const QJsonValue& value)
{
    return CallField { parameter.name, parameter.location, parameter.type, parameter.description,
        parameter.required, value };
}

// OpenAPI's simple style: an array's elements joined with ','.
QString headerText(const QJsonValue& value)
{
    if (!value.isArray())
        return wireText(value);
    QStringList texts;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& element : array)
        texts << wireText(element);
    return texts.join(QLatin1Char(','));
}

class Builder
{
public:
    Builder(const Product& product, const Operation& operation, const CallValues& values,
        CallErrors* errors)
        : m_product(product)
        , m_operation(operation)
        , m_values(values)
        , m_errors(errors)
        , m_unnamedBody(unnamedBodyOf(operation))
    { }

    CallRequest build()
    {
        m_request.method = m_operation.method;
        m_request.pathTemplate = m_operation.path;
        m_request.noAuthentication = m_operation.noAuthentication;
        sortEntries();
        buildPath();
        buildParameters(ParamLocation::Query, &m_request.queryParams);
        buildParameters(ParamLocation::Header, &m_request.headerParams);
        buildBody();
        return m_request;
    }

private:
    // Unknown names are reported first; names for the unnamed body's properties are set apart.
    void sortEntries()
    {
        const bool bodyTakesNames = m_unnamedBody && takesNamedProperties(m_unnamedBody->type);
        for (const CallValues::Entry& entry : m_values.entries()) {
            if (findParameter(m_operation, entry.name, entry.location))
                continue;
            const bool forBody = !entry.location || *entry.location == ParamLocation::Body;
            if (bodyTakesNames && forBody) {
                // A qualified entry wins over an unqualified one of the same name.
                if (!entry.location && m_values.find(entry.name, ParamLocation::Body))
                    continue;
                m_bodyInputs.append({ entry.name, entry.value });
                continue;
            }
            m_errors->append(CallError { CallError::Kind::UnknownParameter, entry.name,
                unknownParameterMessage(m_product, m_operation, entry.name, m_unnamedBody) });
        }
    }

    void buildPath()
    {
        const QStringList names = placeholders(m_operation.path);
        QHash<QString, QString> encoded;
        for (const QString& name : names) {
            if (encoded.contains(name))
                continue;
            Parameter implicit; // the parser declares these; stay safe if it did not
            const Parameter* parameter = findParameter(m_operation, name, ParamLocation::Path);
            if (!parameter) {
                implicit.name = name;
                implicit.type = parseTypeSyntax(u"string");
                implicit.location = ParamLocation::Path;
                implicit.implicit = true;
                parameter = &implicit;
            }
            Parameter required = *parameter;
            required.required = true; // a path cannot be built without it
            const auto value = parameterValue(
                m_product, required, m_values.valueFor(ParamLocation::Path, name), m_errors);
            if (!value)
                continue;
            const QString text = wireText(*value);
            // "." and ".." would be dot segments, folded away by URL normalisation.
            if (text == QLatin1String(".") || text == QLatin1String("..")) {
                m_errors->append(CallError { CallError::Kind::InvalidValue, name,
                    CallTr::tr("\"%1\" cannot be a path segment").arg(text) });
                continue;
            }
            encoded.insert(name, QString::fromLatin1(percentEncode(text)));
            m_request.pathParams.append(fieldOf(required, *value));
        }

        QString path;
        const QString& templ = m_operation.path;
        qsizetype from = 0;
        qsizetype open = templ.indexOf(QLatin1Char('{'));
        while (open >= 0) {
            const qsizetype close = templ.indexOf(QLatin1Char('}'), open);
            if (close < 0)
                break;
            path += QStringView(templ).mid(from, open - from);
            const QString name = templ.mid(open + 1, close - open - 1);
            path += encoded.value(name, templ.mid(open, close - open + 1));
            from = close + 1;
            open = templ.indexOf(QLatin1Char('{'), from);
        }
        path += QStringView(templ).mid(from);
        m_request.path = path;
    }

    void buildParameters(ParamLocation location, QList<CallField>* fields)
    {
        for (const Parameter& parameter : m_operation.parameters) {
            if (parameter.location != location || parameter.name.isEmpty())
                continue;
            const auto value = parameterValue(
                m_product, parameter, m_values.valueFor(location, parameter.name), m_errors);
            if (!value)
                continue;
            if (value->isArray() && value->toArray().isEmpty()) { // nothing to repeat
                if (parameter.required)
                    m_errors->append(CallError { CallError::Kind::Missing, parameter.name,
                        CallTr::tr("a value is required") });
                continue;
            }
            if (location == ParamLocation::Header && !headerValueFits(parameter, *value))
                continue;
            fields->append(fieldOf(parameter, *value));
        }
    }

    bool headerValueFits(const Parameter& parameter, const QJsonValue& value)
    {
        const QString problem = headerParameterProblem(parameter.name, headerText(value));
        if (problem.isEmpty())
            return true;
        m_errors->append(CallError { CallError::Kind::InvalidValue, parameter.name, problem });
        return false;
    }

    bool bodyValuesGiven() const
    {
        if (m_values.body().form() != CallValue::Form::Unset || !m_bodyInputs.isEmpty())
            return true;
        for (const Parameter& parameter : m_operation.parameters) {
            if (parameter.location != ParamLocation::Body || parameter.name.isEmpty())
                continue;
            const CallValue* value = m_values.valueFor(ParamLocation::Body, parameter.name);
            if (value && !value->isEmpty())
                return true;
        }
        return false;
    }

    void buildBody()
    {
        const bool declaresBody = m_unnamedBody || hasNamedBody(m_operation);
        if (m_values.rawBody()) {
            if (!declaresBody)
                unexpectedBody();
            else if (bodyValuesGiven())
                conflict();
            else
                buildRawBody(*m_values.rawBody());
            return;
        }
        if (m_unnamedBody)
            buildUnnamedBody();
        else if (declaresBody)
            buildNamedBody();
        else if (!m_values.body().isEmpty())
            unexpectedBody();
    }

    void unexpectedBody()
    {
        m_errors->append(CallError { CallError::Kind::UnexpectedBody, BodyField,
            CallTr::tr("%1 takes no body").arg(operationName(m_operation)) });
    }

    void conflict()
    {
        m_errors->append(CallError { CallError::Kind::Conflict, BodyField,
            CallTr::tr("give either the whole body or values for its parts, not both") });
    }

    void buildRawBody(const QString& text)
    {
        QJsonValue parsed;
        QString error;
        if (!parseJsonText(text, &parsed, &error)) {
            m_errors->append(CallError { CallError::Kind::InvalidJson, BodyField, error });
            return;
        }
        appendDuplicateKeyErrors(text, BodyField, m_errors);
        if (m_values.checkRawBody()) {
            if (m_unnamedBody)
                checkJsonValue(m_product, m_unnamedBody->type, parsed, BodyField, m_errors);
            else
                checkRawParameters(parsed);
        }
        m_request.bodyKind = BodyKind::Raw;
        m_request.body = parsed;
        m_request.bodyBytes = compactJsonText(text.toUtf8());
    }

    // A raw body standing for named body parameters: one object, a key per parameter.
    void checkRawParameters(const QJsonValue& body)
    {
        if (!body.isObject()) {
            m_errors->append(CallError { CallError::Kind::InvalidValue, BodyField,
                CallTr::tr("expects a JSON object of the body parameters") });
            return;
        }
        const QJsonObject object = body.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = BodyField + QLatin1Char('.') + it.key();
            if (!findParameter(m_operation, it.key(), ParamLocation::Body)) {
                m_errors->append(CallError { CallError::Kind::UnknownParameter, field,
                    unknownParameterMessage(m_product, m_operation, it.key(), nullptr) });
            }
        }
        for (const Parameter& parameter : m_operation.parameters) {
            if (parameter.location != ParamLocation::Body || parameter.name.isEmpty())
                continue;
            const QString field = BodyField + QLatin1Char('.') + parameter.name;
            const QJsonValue value = object.value(parameter.name);
            if (value.isUndefined() || value.isNull()) {
                if (parameter.required)
                    m_errors->append(CallError {
                        CallError::Kind::Missing, field, CallTr::tr("a value is required") });
                continue;
            }
            checkJsonValue(m_product, parameter.type, value, field, m_errors);
        }
    }

    void buildUnnamedBody()
    {
        const TypeRef& type = m_unnamedBody->type;
        QJsonValue body;
        if (!m_values.body().isEmpty()) {
            if (!m_bodyInputs.isEmpty()) {
                conflict();
                return;
            }
            const CallValue& whole = m_values.body();
            if (whole.isNull()) {
                m_errors->append(CallError {
                    CallError::Kind::NotNullable, BodyField, CallTr::tr("cannot be null") });
                return;
            }
            const auto converted = convertValue(m_product, type, whole, BodyField, m_errors);
            if (!converted)
                return;
            body = *converted;
        } else if (takesNamedProperties(type)) {
            body = convertObjectInputs(m_product, type, m_bodyInputs, BodyField, m_errors);
        } else if (m_unnamedBody->required) {
            m_errors->append(CallError { CallError::Kind::Missing, BodyField,
                CallTr::tr("a value is required: the whole body as JSON (%1)")
                    .arg(type.displayName()) });
            return;
        } else {
            return; // an optional body left empty: nothing is sent
        }
        m_request.bodyKind = bodyKindOf(type);
        if (body.isObject() && takesNamedProperties(type))
            m_request.bodyFields = fieldsOfObject(m_product, type, body.toObject());
        setBody(body);
    }

    void buildNamedBody()
    {
        // A whole object may stand for the named parameters (a pasted JSON object).
        QHash<QString, CallValue> fromWhole;
        if (!m_values.body().isEmpty()) {
            const TypeRef objectType = parseTypeSyntax(u"map[string]string");
            QJsonValue whole;
            const CallValue& value = m_values.body();
            if (value.form() == CallValue::Form::Json && !value.json().isString()) {
                whole = value.json();
            } else {
                QString error;
                if (!parseJsonText(value.form() == CallValue::Form::Json
                            ? value.json().toString()
                            : value.texts().join(QString()),
                        &whole, &error)) {
                    m_errors->append(CallError { CallError::Kind::InvalidJson, BodyField, error });
                    return;
                }
            }
            if (!whole.isObject()) {
                m_errors->append(CallError { CallError::Kind::InvalidValue, BodyField,
                    CallTr::tr("expects a JSON object of the body parameters") });
                return;
            }
            const QJsonObject object = whole.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!findParameter(m_operation, it.key(), ParamLocation::Body)) {
                    m_errors->append(CallError { CallError::Kind::UnknownParameter, it.key(),
                        unknownParameterMessage(m_product, m_operation, it.key(), nullptr) });
                    continue;
                }
                const CallValue* single = m_values.valueFor(ParamLocation::Body, it.key());
                if (single && !single->isEmpty()) {
                    conflict();
                    return;
                }
                fromWhole.insert(it.key(), CallValue::fromJson(it.value()));
            }
        }

        QJsonObject object;
        for (const Parameter& parameter : m_operation.parameters) {
            if (parameter.location != ParamLocation::Body || parameter.name.isEmpty())
                continue;
            const auto whole = fromWhole.constFind(parameter.name);
            const CallValue* entered = whole != fromWhole.constEnd()
                ? &*whole
                : m_values.valueFor(ParamLocation::Body, parameter.name);
            const auto value = parameterValue(m_product, parameter, entered, m_errors);
            if (!value)
                continue;
            object.insert(parameter.name, *value);
            m_request.bodyFields.append(fieldOf(parameter, *value));
        }
        m_request.bodyKind = BodyKind::Parameters;
        setBody(object);
    }

    void setBody(const QJsonValue& body)
    {
        m_request.body = body;
        m_request.bodyBytes = compactJson(body);
    }

    const Product& m_product;
    const Operation& m_operation;
    const CallValues& m_values;
    CallErrors* m_errors;
    const Parameter* m_unnamedBody;
    NamedInputs m_bodyInputs;
    CallRequest m_request;
};

} // namespace

QString bodyKindName(BodyKind kind)
{
    switch (kind) {
    case BodyKind::None:
        return QStringLiteral("none");
    case BodyKind::Parameters:
        return QStringLiteral("parameters");
    case BodyKind::Model:
        return QStringLiteral("model");
    case BodyKind::Map:
        return QStringLiteral("map");
    case BodyKind::Array:
        return QStringLiteral("array");
    case BodyKind::Other:
        return QStringLiteral("other");
    case BodyKind::Raw:
        return QStringLiteral("raw");
    }
    return QString();
}

QByteArray percentEncode(const QString& text)
{
    // QUrl::toPercentEncoding leaves exactly RFC 3986's unreserved set alone.
    return QUrl::toPercentEncoding(text);
}

QList<std::pair<QString, QString>> CallRequest::queryItems() const
{
    QList<std::pair<QString, QString>> items;
    for (const CallField& field : queryParams) {
        if (field.value.isArray()) {
            const QJsonArray array = field.value.toArray();
            for (const QJsonValue& element : array)
                items.append({ field.name, wireText(element) });
        } else {
            items.append({ field.name, wireText(field.value) });
        }
    }
    return items;
}

QByteArray CallRequest::encodedQuery() const
{
    QByteArray query;
    for (const auto& [name, value] : queryItems()) {
        if (!query.isEmpty())
            query += '&';
        query += percentEncode(name) + '=' + percentEncode(value);
    }
    return query;
}

QList<std::pair<QByteArray, QByteArray>> CallRequest::headerItems() const
{
    QList<std::pair<QByteArray, QByteArray>> items;
    for (const CallField& field : headerParams)
        items.append({ field.name.toLatin1(), headerText(field.value).toUtf8() });
    return items;
}

QString headerParameterProblem(const QString& name, const QString& value)
{
    // RFC 9110 token characters.
    static const QString tokenPunctuation = QStringLiteral("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return CallTr::tr("a header needs a name");
    for (const QChar c : name) {
        const bool token
            = c.unicode() < 0x80 && (c.isLetterOrNumber() || tokenPunctuation.contains(c));
        if (!token)
            return CallTr::tr("\"%1\" cannot be the name of a header").arg(name);
    }
    // Set by the client or the signature: a schema may not replace them.
    static const QStringList reserved { QStringLiteral("accept"), QStringLiteral("authorization"),
        QStringLiteral("content-length"), QStringLiteral("content-type"), QStringLiteral("host"),
        QStringLiteral("user-agent"), QStringLiteral("cookie"), QStringLiteral("connection"),
        QStringLiteral("transfer-encoding") };
    const QString lower = name.toLower();
    if (reserved.contains(lower) || lower.startsWith(QLatin1String("x-ovh-")))
        return CallTr::tr("the header %1 is set by the explorer itself").arg(name);
    for (const QChar c : value) {
        if (c == QLatin1Char('\t'))
            continue;
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return CallTr::tr("a header value cannot hold line breaks or control characters");
    }
    return QString();
}

QByteArray CallRequest::pathAndQuery() const
{
    const QByteArray query = encodedQuery();
    QByteArray result = path.toUtf8();
    if (!query.isEmpty())
        result += '?' + query;
    return result;
}

QUrl CallRequest::url(const Endpoint& endpoint) const
{
    QUrl url = endpoint.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Strict mode takes the text as already encoded: "%2F" stays "%2F", nothing is re-encoded.
    url.setPath(base + path, QUrl::StrictMode);
    const QByteArray query = encodedQuery();
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

CallRequest buildCallRequest(const Product& product, const Operation& operation,
    const CallValues& values, CallErrors* errors)
{
    CallErrors local;
    CallRequest request = Builder(product, operation, values, errors ? errors : &local).build();
    return request;
}

} // namespace Ovh
