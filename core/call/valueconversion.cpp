#include "call/valueconversion.h"

#include "base/coretr.h"
#include "base/jsontext.h"
#include "call/scalartext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <cmath>
#include <limits>
#include <utility>

namespace Ovh {

namespace {

// The value as a person typed it, shortened so a pasted page does not flood the message.
QString quoted(QStringView text)
{
    constexpr qsizetype limit = 60;
    const QString shown
        = text.size() > limit ? text.left(limit).toString() + QChar(0x2026) : text.toString();
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

bool isJsonInteger(const QJsonValue& value)
{
    return value.toVariant().typeId() == QMetaType::LongLong;
}

QString jsonKindName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return CallTr::tr("null");
    case QJsonValue::Bool:
        return CallTr::tr("a boolean");
    case QJsonValue::Double:
        return CallTr::tr("a number");
    case QJsonValue::String:
        return CallTr::tr("a string");
    case QJsonValue::Array:
        return CallTr::tr("an array");
    case QJsonValue::Object:
        return CallTr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return CallTr::tr("nothing");
}

// The JSON of scalar text that checkScalarText accepted: a number or a boolean for those
// types, else the text itself.
QJsonValue scalarJson(TypeKind kind, QStringView text)
{
    switch (kind) {
    case TypeKind::Long:
        return QJsonValue(*parseLong(text));
    case TypeKind::Double:
        return QJsonValue(*parseDouble(text));
    case TypeKind::Boolean:
        return QJsonValue(*parseBoolean(text));
    default:
        break;
    }
    return QJsonValue(text.toString());
}

// The parser keeps one of the two silently; a server may keep the other.
void failDuplicateKey(CallErrors* errors, const QString& field)
{
    if (errors)
        errors->append(CallError { CallError::Kind::DuplicateKey, field,
            CallTr::tr("appears twice in the same object; give each key once") });
}

// Walks a value typed by the schema, collecting every problem rather than stopping at the first.
class Converter
{
public:
    // `strict`: the JSON is sent as written, so it must already be of its type (see
    // checkJsonValue); otherwise values are converted to their type where they read as it.
    Converter(const Product& product, CallErrors* errors, bool strict = false)
        : m_product(product)
        , m_errors(errors)
        , m_strict(strict)
    { }

    std::optional<QJsonValue> fromValue(
        const TypeRef& type, const CallValue& value, const QString& field)
    {
        switch (value.form()) {
        case CallValue::Form::Unset:
            break;
        case CallValue::Form::Json:
            return fromJson(type, value.json(), field);
        case CallValue::Form::Text: {
            const QStringList& texts = value.texts();
            if (texts.size() == 1)
                return fromText(type, texts.first(), field);
            if (type.kind != TypeKind::Array || !type.element) {
                fail(CallError::Kind::TooManyValues, field,
                    CallTr::tr("was given %n values but takes one", nullptr, int(texts.size())));
                return std::nullopt;
            }
            QJsonArray array;
            bool ok = true;
            for (qsizetype i = 0; i < texts.size(); ++i) {
                const auto element = fromText(*type.element, texts.at(i), indexed(field, i));
                ok = ok && element.has_value();
                if (element)
                    array.append(*element);
            }
            return ok ? std::optional<QJsonValue>(array) : std::nullopt;
        }
        }
        fail(CallError::Kind::Missing, field, CallTr::tr("a value is required"));
        return std::nullopt;
    }

    std::optional<QJsonValue> fromText(
        const TypeRef& type, const QString& text, const QString& field)
    {
        const QStringView trimmed = QStringView(text).trimmed();
        switch (type.kind) {
        case TypeKind::String:
        case TypeKind::Password:
        case TypeKind::Text:
        case TypeKind::Duration:
            return QJsonValue(text); // sent as typed: spaces may matter
        case TypeKind::Long:
        case TypeKind::Double:
        case TypeKind::Boolean:
        case TypeKind::Date:
        case TypeKind::DateTime:
        case TypeKind::Time:
        case TypeKind::Uuid:
        case TypeKind::Ip:
        case TypeKind::IpBlock:
        case TypeKind::IpInterface:
        case TypeKind::MacAddress:
        case TypeKind::Phone: {
            QString reason;
            if (checkScalarText(type.kind, trimmed, &reason))
                return scalarJson(type.kind, trimmed);
            fail(CallError::Kind::InvalidValue, field, quoted(text) + QLatin1Char(' ') + reason);
            return std::nullopt;
        }
        case TypeKind::Enum:
            return fromEnum(type, trimmed.toString(), field);
        case TypeKind::Array:
            // A JSON array, or else the one element it holds ("-p ids=5").
            if (trimmed.startsWith(QLatin1Char('[')))
                return fromJsonText(type, text, field);
            if (type.element) {
                const auto element = fromText(*type.element, text, indexed(field, 0));
                return element ? std::optional<QJsonValue>(QJsonArray { *element }) : std::nullopt;
            }
            return fromJsonText(type, text, field);
        case TypeKind::Model:
        case TypeKind::Map:
            return fromJsonText(type, text, field);
        case TypeKind::Unknown:
        case TypeKind::Void: {
            // Unresolved type: JSON when it reads as JSON, else the text as a string.
            QJsonValue json;
            if (parseJsonText(text, &json))
                return json;
            return QJsonValue(text);
        }
        }
        return QJsonValue(text);
    }

    std::optional<QJsonValue> fromJson(
        const TypeRef& type, const QJsonValue& json, const QString& field)
    {
        if (json.isUndefined()) {
            fail(CallError::Kind::Missing, field, CallTr::tr("a value is required"));
            return std::nullopt;
        }
        if (type.kind == TypeKind::Unknown || type.kind == TypeKind::Void)
            return json;
        if (json.isNull()) {
            fail(CallError::Kind::NotNullable, field, CallTr::tr("cannot be null"));
            return std::nullopt;
        }
        // A string reads like typed text, whatever the type: "60" for a long is fine, unless
        // it is sent as written.
        if (json.isString() && (!m_strict || isWrittenAsString(type.kind)))
            return fromText(type, json.toString(), field);
        // Sent as written, a number or a boolean is not a string (42 for a string, 1 for a date).
        if (m_strict && (json.isDouble() || json.isBool()) && isWrittenAsString(type.kind)
            && type.kind != TypeKind::Enum)
            return notOfType(type, json, field);

        switch (type.kind) {
        case TypeKind::Long:
            if (json.isDouble()) {
                if (isJsonInteger(json))
                    return QJsonValue(json.toInteger());
                const double d = json.toDouble();
                // 2^63 is the first double past the range.
                if (std::trunc(d) == d && std::fabs(d) < 9223372036854775808.0)
                    return QJsonValue(qint64(d));
                fail(CallError::Kind::InvalidValue, field,
                    CallTr::tr("%1 is not an integer").arg(wireText(json)));
                return std::nullopt;
            }
            break;
        case TypeKind::Double:
            if (json.isDouble())
                return json;
            break;
        case TypeKind::Boolean:
            if (json.isBool())
                return json;
            if (!m_strict && json.isDouble() && (json.toDouble() == 0 || json.toDouble() == 1))
                return QJsonValue(json.toDouble() == 1);
            break;
        case TypeKind::Model:
            if (json.isObject())
                return fromObject(type, json.toObject(), field);
            break;
        case TypeKind::Map:
            if (json.isObject())
                return fromMap(type, json.toObject(), field);
            break;
        case TypeKind::Array: {
            if (!type.element)
                return json;
            if (!json.isArray() && m_strict)
                break;
            if (!json.isArray()) { // a lone value is the one element
                const auto element = fromJson(*type.element, json, indexed(field, 0));
                return element ? std::optional<QJsonValue>(QJsonArray { *element }) : std::nullopt;
            }
            const QJsonArray input = json.toArray();
            QJsonArray array;
            bool ok = true;
            for (qsizetype i = 0; i < input.size(); ++i) {
                const auto element = fromJson(*type.element, input.at(i), indexed(field, i));
                ok = ok && element.has_value();
                if (element)
                    array.append(*element);
            }
            return ok ? std::optional<QJsonValue>(array) : std::nullopt;
        }
        default:
            // Scalars given as a number or a boolean: read their text ("42" for a string).
            if (json.isDouble() || json.isBool())
                return fromText(type, wireText(json), field);
            break;
        }
        return notOfType(type, json, field);
    }

    // A model from named inputs (the properties of an unnamed body, or a JSON object). Read-only
    // properties are refused, empty ones omitted, required ones checked. `prefix` names fields.
    QJsonObject modelObject(const TypeRef& type, const QList<std::pair<QString, CallValue>>& inputs,
        const QString& prefix, bool* ok)
    {
        const QList<Property> properties = m_product.propertiesOf(type);
        const Model* model = m_product.model(type.modelKey);
        QJsonObject object;
        *ok = true;
        if (properties.isEmpty()) {
            // Unknown model, or one that declares nothing: nothing to check against.
            for (const auto& [name, value] : inputs) {
                if (value.isEmpty())
                    continue;
                const auto converted = fromValue(TypeRef(), value, member(prefix, name));
                *ok = *ok && converted.has_value();
                if (converted)
                    object.insert(name, *converted);
            }
            return object;
        }

        QStringList given;
        for (const auto& [name, value] : inputs) {
            const QString field = member(prefix, name);
            const Property* property = findProperty(properties, name);
            if (!property) {
                fail(CallError::Kind::UnknownParameter, field,
                    unknownPropertyMessage(
                        model ? model->key : type.displayName(), name, properties));
                *ok = false;
                continue;
            }
            given << name;
            if (value.isEmpty())
                continue;
            if (!isSettable(*property, properties)) {
                fail(CallError::Kind::ReadOnly, field,
                    CallTr::tr("is read-only and cannot be sent"));
                *ok = false;
                continue;
            }
            std::optional<QJsonValue> converted;
            if (value.isNull()) {
                if (property->canBeNull)
                    converted = QJsonValue(QJsonValue::Null);
                else
                    fail(CallError::Kind::NotNullable, field, CallTr::tr("cannot be null"));
            } else {
                converted = fromValue(property->type, value, field);
            }
            *ok = *ok && converted.has_value();
            if (converted)
                object.insert(name, *converted);
        }
        for (const Property& property : properties) {
            if (property.required && isSettable(property, properties)
                && !object.contains(property.name)
                && !(given.contains(property.name) && !isEmptyInput(inputs, property.name))) {
                fail(CallError::Kind::Missing, member(prefix, property.name),
                    CallTr::tr("a value is required"));
                *ok = false;
            }
        }
        return object;
    }

    // Map values are kept as given: an empty string or null may well mean something there.
    QJsonObject mapObject(const TypeRef& type, const QList<std::pair<QString, CallValue>>& inputs,
        const QString& prefix, bool* ok)
    {
        const TypeRef valueType = type.element ? *type.element : TypeRef();
        QJsonObject object;
        *ok = true;
        for (const auto& [key, value] : inputs) {
            if (value.form() == CallValue::Form::Unset
                || (value.form() == CallValue::Form::Json && value.json().isUndefined()))
                continue;
            const auto converted = value.isNull()
                ? std::optional<QJsonValue>(QJsonValue::Null)
                : fromValue(valueType, value, member(prefix, key));
            *ok = *ok && converted.has_value();
            if (converted)
                object.insert(key, *converted);
        }
        return object;
    }

private:
    // Types whose JSON is a string (an enum of longs also takes its numbers).
    static bool isWrittenAsString(TypeKind kind)
    {
        switch (kind) {
        case TypeKind::Long:
        case TypeKind::Double:
        case TypeKind::Boolean:
        case TypeKind::Model:
        case TypeKind::Map:
        case TypeKind::Array:
            return false;
        default:
            break;
        }
        return true;
    }

    std::optional<QJsonValue> notOfType(
        const TypeRef& type, const QJsonValue& json, const QString& field)
    {
        fail(CallError::Kind::InvalidValue, field,
            CallTr::tr("expects %1, not %2").arg(expectedName(type), jsonKindName(json)));
        return std::nullopt;
    }

    static QString member(const QString& prefix, const QString& name)
    {
        return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
    }

    static QString indexed(const QString& field, qsizetype index)
    {
        return field + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    static const Property* findProperty(const QList<Property>& properties, const QString& name)
    {
        for (const Property& property : properties) {
            if (property.name == name)
                return &property;
        }
        return nullptr;
    }

    static bool isEmptyInput(
        const QList<std::pair<QString, CallValue>>& inputs, const QString& name)
    {
        for (const auto& [key, value] : inputs) {
            if (key == name)
                return value.isEmpty();
        }
        return true;
    }

    static QString unknownPropertyMessage(
        const QString& modelName, const QString& name, const QList<Property>& properties)
    {
        QStringList writable;
        for (const Property& property : properties) {
            if (!isSettable(property, properties))
                continue;
            if (property.name.compare(name, Qt::CaseInsensitive) == 0)
                return CallTr::tr("unknown property of %1; did you mean \"%2\"?")
                    .arg(modelName, property.name);
            writable << property.name;
        }
        return CallTr::tr("unknown property of %1; it takes: %2")
            .arg(modelName, writable.join(QLatin1String(", ")));
    }

    QString expectedName(const TypeRef& type) const
    {
        switch (type.kind) {
        case TypeKind::Model:
            return CallTr::tr("a JSON object (%1)").arg(type.displayName());
        case TypeKind::Map:
            return CallTr::tr("a JSON object (%1)").arg(type.displayName());
        case TypeKind::Array:
            return CallTr::tr("a JSON array (%1)").arg(type.displayName());
        default:
            break;
        }
        return CallTr::tr("a value of type %1").arg(type.displayName());
    }

    std::optional<QJsonValue> fromJsonText(
        const TypeRef& type, const QString& text, const QString& field)
    {
        QJsonValue json;
        QString error;
        if (!parseJsonText(text, &json, &error)) {
            fail(CallError::Kind::InvalidJson, field,
                CallTr::tr("expects %1: %2").arg(expectedName(type), error));
            return std::nullopt;
        }
        if (json.isString()) { // a JSON string here would loop back to fromText
            fail(CallError::Kind::InvalidValue, field,
                CallTr::tr("expects %1, not %2").arg(expectedName(type), jsonKindName(json)));
            return std::nullopt;
        }
        const QStringList duplicates = duplicateJsonKeys(text, field);
        for (const QString& duplicate : duplicates)
            failDuplicateKey(m_errors, duplicate);
        const auto converted = fromJson(type, json, field);
        return duplicates.isEmpty() ? converted : std::nullopt;
    }

    std::optional<QJsonValue> fromEnum(
        const TypeRef& type, const QString& text, const QString& field)
    {
        const Model* model = m_product.model(type.modelKey);
        if (!model || model->enumValues.isEmpty())
            return QJsonValue(text); // unresolved enum: nothing to check against
        const bool numeric = model->enumType == TypeKind::Long;
        for (const QString& allowed : model->enumValues) {
            if (allowed != text)
                continue;
            // Long enums list their values as strings; the API wants numbers.
            if (numeric) {
                if (const auto number = parseLong(text))
                    return QJsonValue(*number);
            }
            return QJsonValue(text);
        }
        QString message;
        for (const QString& allowed : model->enumValues) {
            if (allowed.compare(text, Qt::CaseInsensitive) == 0) {
                message = CallTr::tr("%1 is not a value of %2; did you mean \"%3\"?")
                              .arg(quoted(text), model->key, allowed);
                break;
            }
        }
        if (message.isEmpty()) {
            constexpr qsizetype shownMax = 20;
            QStringList shown = model->enumValues.mid(0, shownMax);
            if (model->enumValues.size() > shownMax)
                shown << CallTr::tr(
                    "… (%n more)", nullptr, int(model->enumValues.size() - shownMax));
            message = CallTr::tr("%1 is not one of: %2")
                          .arg(quoted(text), shown.join(QLatin1String(", ")));
        }
        fail(CallError::Kind::NotInEnum, field, message);
        return std::nullopt;
    }

    std::optional<QJsonValue> fromObject(
        const TypeRef& type, const QJsonObject& json, const QString& field)
    {
        QList<std::pair<QString, CallValue>> inputs;
        for (auto it = json.begin(); it != json.end(); ++it)
            inputs.append({ it.key(), CallValue::fromJson(it.value()) });
        bool ok = false;
        const QJsonObject object = modelObject(type, inputs, field, &ok);
        return ok ? std::optional<QJsonValue>(object) : std::nullopt;
    }

    std::optional<QJsonValue> fromMap(
        const TypeRef& type, const QJsonObject& json, const QString& field)
    {
        QList<std::pair<QString, CallValue>> inputs;
        for (auto it = json.begin(); it != json.end(); ++it)
            inputs.append({ it.key(), CallValue::fromJson(it.value()) });
        bool ok = false;
        const QJsonObject object = mapObject(type, inputs, field, &ok);
        return ok ? std::optional<QJsonValue>(object) : std::nullopt;
    }

    void fail(CallError::Kind kind, const QString& field, const QString& message)
    {
        if (m_errors)
            m_errors->append(CallError { kind, field, message });
    }

    const Product& m_product;
    CallErrors* m_errors;
    bool m_strict = false;
};

} // namespace

bool isSettable(const Property& property, const QList<Property>& siblings)
{
    if (!property.readOnly)
        return true;
    for (const Property& sibling : siblings) {
        if (!sibling.readOnly)
            return false;
    }
    return true;
}

std::optional<QJsonValue> convertValue(const Product& product, const TypeRef& type,
    const CallValue& value, const QString& field, CallErrors* errors)
{
    return Converter(product, errors).fromValue(type, value, field);
}

bool checkJsonValue(const Product& product, const TypeRef& type, const QJsonValue& value,
    const QString& field, CallErrors* errors)
{
    return Converter(product, errors, true).fromJson(type, value, field).has_value();
}

void appendDuplicateKeyErrors(QStringView json, const QString& field, CallErrors* errors)
{
    for (const QString& duplicate : duplicateJsonKeys(json, field))
        failDuplicateKey(errors, duplicate);
}

QJsonObject convertObjectInputs(const Product& product, const TypeRef& type,
    const QList<std::pair<QString, CallValue>>& inputs, const QString& prefix, CallErrors* errors)
{
    Converter converter(product, errors);
    bool ok = false;
    return type.kind == TypeKind::Map ? converter.mapObject(type, inputs, prefix, &ok)
                                      : converter.modelObject(type, inputs, prefix, &ok);
}

QString wireText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        if (isJsonInteger(value))
            return QString::number(value.toInteger());
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(compactJson(value));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

} // namespace Ovh
