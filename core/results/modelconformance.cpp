#include "results/modelconformance.h"

#include "base/coretr.h"
#include "base/jsontypename.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Ovh {

namespace {

// The scalar text an enum value is compared as (enum values are served as strings).
QString enumText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const double number = value.toDouble();
    if (std::floor(number) == number && std::abs(number) < 9.0e15)
        return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', 17);
}

class Checker
{
public:
    Checker(const Product& product, const ConformanceLimits& limits)
        : m_product(product)
        , m_limits(limits)
    { }

    void check(
        const QJsonValue& value, const TypeRef& type, QVariantList& path, int depth, bool nullable)
    {
        if (stopped())
            return;
        if (depth > m_limits.maxDepth || ++m_report.valuesChecked > m_limits.maxValues) {
            m_report.complete = false;
            return;
        }
        if (value.isNull()) {
            if (!nullable && type.kind != TypeKind::Unknown && type.kind != TypeKind::Void)
                add(path, ConformanceProblem::Kind::WrongType,
                    SchemaTr::tr("null, but %1 is not nullable").arg(type.displayName()));
            return;
        }
        switch (type.kind) {
        case TypeKind::Unknown:
        case TypeKind::Void:
            return;
        case TypeKind::Long:
            if (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble())
                wrongType(value, type, path);
            return;
        case TypeKind::Double:
            if (!value.isDouble())
                wrongType(value, type, path);
            return;
        case TypeKind::Boolean:
            if (!value.isBool())
                wrongType(value, type, path);
            return;
        case TypeKind::Enum:
            checkEnum(value, type, path);
            return;
        case TypeKind::Model:
            checkModel(value, type, path, depth);
            return;
        case TypeKind::Array:
            checkArray(value, type, path, depth);
            return;
        case TypeKind::Map:
            checkMap(value, type, path, depth);
            return;
        default: // the string-like primitives: string, dates, ips, uuids, phones…
            if (!value.isString())
                wrongType(value, type, path);
            return;
        }
    }

    ConformanceReport take() { return std::move(m_report); }

private:
    bool stopped()
    {
        if (m_report.problems.size() < m_limits.maxProblems)
            return false;
        m_report.complete = false;
        return true;
    }

    void add(const QVariantList& path, ConformanceProblem::Kind kind, const QString& message)
    {
        if (!stopped())
            m_report.problems.append({ path, kind, message });
    }

    void wrongType(const QJsonValue& value, const TypeRef& type, const QVariantList& path)
    {
        add(path, ConformanceProblem::Kind::WrongType,
            SchemaTr::tr("%1 where the schema declares %2")
                .arg(jsonValueTypeName(value), type.displayName()));
    }

    void checkEnum(const QJsonValue& value, const TypeRef& type, const QVariantList& path)
    {
        const Model* declaration = m_product.model(type.modelKey);
        if (!declaration)
            return;
        const bool numeric = declaration->enumType == TypeKind::Long;
        if (!value.isString() && !(numeric && value.isDouble())) {
            wrongType(value, type, path);
            return;
        }
        if (!declaration->enumValues.contains(enumText(value)))
            add(path, ConformanceProblem::Kind::UnknownEnumValue,
                SchemaTr::tr("\u201c%1\u201d is not a value of the enum %2")
                    .arg(enumText(value), type.displayName()));
    }

    void checkModel(const QJsonValue& value, const TypeRef& type, QVariantList& path, int depth)
    {
        if (!m_product.model(type.modelKey))
            return; // declared elsewhere: nothing to hold it against
        if (!value.isObject()) {
            wrongType(value, type, path);
            return;
        }
        const QJsonObject object = value.toObject();
        const QList<Property> properties = m_product.propertiesOf(type);
        for (const Property& property : properties) {
            if (property.required && !object.contains(property.name))
                add(path, ConformanceProblem::Kind::MissingProperty,
                    SchemaTr::tr("the required property \u201c%1\u201d is missing")
                        .arg(property.name));
        }
        for (auto it = object.begin(); it != object.end() && !stopped(); ++it) {
            path.append(it.key());
            const auto declared = std::find_if(properties.cbegin(), properties.cend(),
                [&](const Property& property) { return property.name == it.key(); });
            if (declared == properties.cend())
                add(path, ConformanceProblem::Kind::UnknownProperty,
                    SchemaTr::tr("\u201c%1\u201d is not a property of %2")
                        .arg(it.key(), type.displayName()));
            else
                check(it.value(), declared->type, path, depth + 1, declared->canBeNull);
            path.removeLast();
        }
    }

    void checkArray(const QJsonValue& value, const TypeRef& type, QVariantList& path, int depth)
    {
        if (!value.isArray()) {
            wrongType(value, type, path);
            return;
        }
        const QJsonArray array = value.toArray();
        const TypeRef element = type.element ? *type.element : TypeRef();
        for (int i = 0; i < array.size() && !stopped(); ++i) {
            path.append(i);
            check(array.at(i), element, path, depth + 1, false);
            path.removeLast();
            if (!m_report.complete)
                return;
        }
    }

    void checkMap(const QJsonValue& value, const TypeRef& type, QVariantList& path, int depth)
    {
        if (!value.isObject()) {
            wrongType(value, type, path);
            return;
        }
        const QJsonObject object = value.toObject();
        const TypeRef element = type.element ? *type.element : TypeRef();
        for (auto it = object.begin(); it != object.end() && !stopped(); ++it) {
            path.append(it.key());
            check(it.value(), element, path, depth + 1, true);
            path.removeLast();
        }
    }

    const Product& m_product;
    ConformanceLimits m_limits;
    ConformanceReport m_report;
};

} // namespace

ConformanceReport checkModelConformance(const QJsonValue& value, const Product& product,
    const TypeRef& type, const ConformanceLimits& limits)
{
    Checker checker(product, limits);
    QVariantList path;
    checker.check(value, type, path, 0, true);
    return checker.take();
}

std::optional<ValueSchema> schemaAt(
    const Product& product, const TypeRef& root, const QVariantList& jsonPath)
{
    ValueSchema at { root, QString(), false, true };
    for (const QVariant& step : jsonPath) {
        if (step.typeId() == QMetaType::Int) {
            if (at.type.kind != TypeKind::Array || !at.type.element)
                return std::nullopt;
            at = ValueSchema { *at.type.element, QString(), false, false };
            continue;
        }
        const QString key = step.toString();
        if (at.type.kind == TypeKind::Map && at.type.element) {
            at = ValueSchema { *at.type.element, QString(), false, true };
            continue;
        }
        if (at.type.kind != TypeKind::Model)
            return std::nullopt;
        const QList<Property> properties = product.propertiesOf(at.type);
        const auto found = std::find_if(properties.cbegin(), properties.cend(),
            [&](const Property& property) { return property.name == key; });
        if (found == properties.cend())
            return std::nullopt;
        at = ValueSchema { found->type, found->description, found->readOnly, found->canBeNull };
    }
    return at;
}

TypeRef responseTypeOf(const Product& product, const Operation& operation)
{
    return operation.responseType.isValid() ? operation.responseType
                                            : product.resolveType(operation.responseTypeName);
}

} // namespace Ovh
