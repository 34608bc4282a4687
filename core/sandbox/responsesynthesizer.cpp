#include "sandbox/responsesynthesizer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ovh {

namespace {

constexpr int kMaxDepth = 4;
constexpr int kListSize = 3;

} // namespace

ResponseSynthesizer::ResponseSynthesizer(
    const Product& product, QHash<QString, QString> pathValues, QString identity)
    : m_product(product)
    , m_pathValues(std::move(pathValues))
    , m_identity(std::move(identity))
{ }

QJsonValue ResponseSynthesizer::forOperation(const Operation& operation) const
{
    if (operation.responseType.kind == TypeKind::Void)
        return QJsonValue(QJsonValue::Null);
    return value(operation.responseType);
}

QJsonValue ResponseSynthesizer::value(const TypeRef& type, const QString& hint) const
{
    QStringList modelsOnPath;
    return value(type, hint, 0, modelsOnPath);
}

QJsonValue ResponseSynthesizer::primitive(const TypeRef& type, const QString& hint, int index) const
{
    if (index == 0) {
        const auto given = m_pathValues.constFind(hint);
        if (given != m_pathValues.cend()) {
            if (type.kind == TypeKind::Long)
                return given->toLongLong();
            return given.value();
        }
    }
    const QString base = hint.isEmpty() ? QStringLiteral("sample") : hint;
    switch (type.kind) {
    case TypeKind::Long:
        return qint64(hint.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0
                    || hint.endsWith(QLatin1String("Id")) || hint.isEmpty()
                ? 1000 + index + 1
                : 42 + index);
    case TypeKind::Double:
        return 1.5 + index;
    case TypeKind::Boolean:
        return true;
    case TypeKind::Date:
        return QStringLiteral("2024-01-%1").arg(15 + index);
    case TypeKind::DateTime:
        return QStringLiteral("2024-01-%1T10:00:00+00:00").arg(15 + index);
    case TypeKind::Time:
        return QStringLiteral("10:00:00");
    case TypeKind::Duration:
        return QStringLiteral("P1D");
    case TypeKind::Uuid:
        return QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(index + 1);
    case TypeKind::Ip:
        return type.name.contains(QLatin1String("v6"))
            ? QStringLiteral("2001:db8::%1").arg(index + 1)
            : QStringLiteral("192.0.2.%1").arg(index + 1);
    case TypeKind::IpBlock:
        return type.name.contains(QLatin1String("v6"))
            ? QStringLiteral("2001:db8:%1::/64").arg(index + 1)
            : QStringLiteral("192.0.2.%1/32").arg(index + 1);
    case TypeKind::IpInterface:
        return QStringLiteral("192.0.2.%1/24").arg(index + 1);
    case TypeKind::MacAddress:
        return QStringLiteral("02:00:00:00:00:0%1").arg(index + 1);
    case TypeKind::Phone:
        return QStringLiteral("+33.10000000%1").arg(index);
    case TypeKind::Password:
        return QStringLiteral("********");
    case TypeKind::String:
    case TypeKind::Text:
        return index == 0 && !hint.isEmpty() ? base
                                             : QStringLiteral("%1-%2").arg(base).arg(index + 1);
    default:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonValue ResponseSynthesizer::value(
    const TypeRef& type, const QString& hint, int depth, QStringList& modelsOnPath) const
{
    switch (type.kind) {
    case TypeKind::Void:
    case TypeKind::Unknown:
        return QJsonValue(QJsonValue::Null);
    case TypeKind::Enum: {
        const Model* model = m_product.model(type.modelKey);
        if (!model || model->enumValues.isEmpty())
            return QJsonValue(QJsonValue::Null);
        const QString first = model->enumValues.first();
        if (model->enumType == TypeKind::Long)
            return first.toLongLong();
        return first;
    }
    case TypeKind::Array: {
        QJsonArray array;
        if (!type.element || depth >= kMaxDepth)
            return array;
        const TypeRef& element = *type.element;
        const bool plain = element.isPrimitive();
        for (int i = 0; i < (plain ? kListSize : 1); ++i)
            array.append(plain ? primitive(element, hint, i + 1)
                               : value(element, hint, depth + 1, modelsOnPath));
        return array;
    }
    case TypeKind::Map: {
        QJsonObject object;
        if (type.element && depth < kMaxDepth)
            object.insert(
                QStringLiteral("key"), value(*type.element, QString(), depth + 1, modelsOnPath));
        return object;
    }
    case TypeKind::Model: {
        QJsonObject object;
        if (depth >= kMaxDepth || modelsOnPath.contains(type.modelKey))
            return QJsonValue(QJsonValue::Null);
        modelsOnPath.append(type.modelKey);
        const QList<Property> properties = m_product.propertiesOf(type);
        for (const Property& property : properties) {
            const bool names = property.name == QLatin1String("name")
                || property.name == QLatin1String("serviceName")
                || property.name == QLatin1String("domain");
            if (depth == 0 && names && !m_identity.isEmpty()
                && property.type.kind == TypeKind::String)
                object.insert(property.name, m_identity);
            else
                object.insert(
                    property.name, value(property.type, property.name, depth + 1, modelsOnPath));
        }
        modelsOnPath.removeLast();
        return object;
    }
    default:
        break;
    }
    return primitive(type, hint, 0);
}

} // namespace Ovh
