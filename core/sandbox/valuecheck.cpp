#include "sandbox/valuecheck.h"

#include "base/jsontext.h"
#include "sandbox/sandboxreply.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Ovh::ValueCheck {

namespace {

constexpr int kMaxDepth = 8;

QString label(const QString& name)
{
    return name.isEmpty() ? QStringLiteral("body") : name;
}

QString shown(const QString& text)
{
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

Issue notValid(const QString& name, const QString& data, const QString& typeName)
{
    return { label(name),
        QStringLiteral("[%1] Given data (%2) is not a valid %3")
            .arg(label(name), shown(data), typeName) };
}

QString jsonText(const QJsonValue& value)
{
    return QString::fromUtf8(compactJson(value));
}

bool isLongText(const QString& text)
{
    bool ok = false;
    text.toLongLong(&ok);
    return ok && !text.contains(QLatin1Char('+')) && text.trimmed() == text;
}

bool isIntegral(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number;
}

bool isAddress(const QString& text)
{
    return !QHostAddress(text).isNull();
}

bool isBlock(const QString& text)
{
    return isAddress(text) || !QHostAddress::parseSubnet(text).first.isNull();
}

std::optional<Issue> checkEnumText(const Model& model, const QString& name, const QString& text)
{
    if (model.enumValues.contains(text))
        return std::nullopt;
    return Issue { label(name),
        QStringLiteral("[%1] Given data (%2) does not belong to the %3 enumeration")
            .arg(label(name), shown(text), model.key) };
}

} // namespace

Issue missing(const QString& name)
{
    return { label(name), QStringLiteral("[%1] Missing required parameter").arg(label(name)) };
}

std::optional<Issue> checkText(
    const Product& product, const TypeRef& type, const QString& name, const QString& text)
{
    switch (type.kind) {
    case TypeKind::Long:
        if (!isLongText(text))
            return notValid(name, text, QStringLiteral("long"));
        break;
    case TypeKind::Double: {
        bool ok = false;
        text.toDouble(&ok);
        if (!ok)
            return notValid(name, text, QStringLiteral("double"));
        break;
    }
    case TypeKind::Boolean:
        if (text != QLatin1String("true") && text != QLatin1String("false"))
            return notValid(name, text, QStringLiteral("boolean"));
        break;
    case TypeKind::Ip:
        if (!isAddress(text))
            return notValid(name, text, type.displayName());
        break;
    case TypeKind::IpBlock:
        if (!isBlock(text))
            return notValid(name, text, type.displayName());
        break;
    case TypeKind::Enum:
        if (const Model* model = product.model(type.modelKey))
            return checkEnumText(*model, name, text);
        break;
    case TypeKind::Array:
        if (type.element)
            return checkText(product, *type.element, name, text);
        break;
    default:
        break;
    }
    return std::nullopt;
}

std::optional<Issue> checkJson(const Product& product, const TypeRef& type, const QString& name,
    const QJsonValue& value, bool partial, int depth)
{
    if (depth > kMaxDepth || value.isNull() || value.isUndefined())
        return std::nullopt; // null is judged by the caller (required, canBeNull)

    switch (type.kind) {
    case TypeKind::Long:
        if (!isIntegral(value))
            return notValid(name, jsonText(value), QStringLiteral("long"));
        break;
    case TypeKind::Double:
        if (!value.isDouble())
            return notValid(name, jsonText(value), QStringLiteral("double"));
        break;
    case TypeKind::Boolean:
        if (!value.isBool())
            return notValid(name, jsonText(value), QStringLiteral("boolean"));
        break;
    case TypeKind::String:
    case TypeKind::Password:
    case TypeKind::Text:
    case TypeKind::Date:
    case TypeKind::DateTime:
    case TypeKind::Time:
    case TypeKind::Duration:
    case TypeKind::Uuid:
    case TypeKind::MacAddress:
    case TypeKind::Phone:
    case TypeKind::IpInterface:
        if (!value.isString())
            return notValid(name, jsonText(value), type.displayName());
        break;
    case TypeKind::Ip:
    case TypeKind::IpBlock:
        if (!value.isString())
            return notValid(name, jsonText(value), type.displayName());
        return checkText(product, type, name, value.toString());
    case TypeKind::Enum: {
        const Model* model = product.model(type.modelKey);
        if (!model)
            break;
        if (model->enumType == TypeKind::Long && isIntegral(value))
            return checkEnumText(*model, name, QString::number(value.toInteger()));
        if (!value.isString())
            return notValid(name, jsonText(value), model->key);
        return checkEnumText(*model, name, value.toString());
    }
    case TypeKind::Array: {
        if (!value.isArray())
            return notValid(name, jsonText(value), type.displayName());
        if (!type.element)
            break;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(label(name)).arg(i);
            if (auto problem
                = checkJson(product, *type.element, item, array.at(i), partial, depth + 1))
                return problem;
        }
        break;
    }
    case TypeKind::Map: {
        if (!value.isObject())
            return notValid(name, jsonText(value), type.displayName());
        if (!type.element)
            break;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString item = QStringLiteral("%1.%2").arg(label(name), it.key());
            if (auto problem
                = checkJson(product, *type.element, item, it.value(), partial, depth + 1))
                return problem;
        }
        break;
    }
    case TypeKind::Model: {
        if (!value.isObject())
            return notValid(name, jsonText(value), type.displayName());
        const QJsonObject object = value.toObject();
        const QList<Property> properties = product.propertiesOf(type);
        for (const Property& property : properties) {
            const QString item
                = name.isEmpty() ? property.name : name + QLatin1Char('.') + property.name;
            const QJsonValue member = object.value(property.name);
            if (member.isUndefined() || member.isNull()) {
                if (property.required && !property.readOnly && !partial)
                    return missing(item);
                continue;
            }
            if (auto problem = checkJson(product, property.type, item, member, partial, depth + 1))
                return problem;
        }
        break;
    }
    case TypeKind::Unknown:
    case TypeKind::Void:
        break;
    }
    return std::nullopt;
}

} // namespace Ovh::ValueCheck
