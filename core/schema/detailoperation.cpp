#include "schema/detailoperation.h"

namespace Ovh {

namespace {

// "{id}" -> "id"; empty when the segment is not one whole placeholder.
QString placeholderName(QStringView segment)
{
    if (segment.size() < 3 || !segment.startsWith(u'{') || !segment.endsWith(u'}'))
        return {};
    const QStringView name = segment.mid(1, segment.size() - 2);
    if (name.contains(u'{') || name.contains(u'}') || name.contains(u'/'))
        return {};
    return name.toString();
}

} // namespace

bool answersIdList(const Product& product, const Operation& operation)
{
    if (operation.method != HttpMethod::Get)
        return false;
    TypeRef type = operation.responseType;
    if (!type.isValid())
        type = product.resolveType(operation.responseTypeName);
    if (type.kind != TypeKind::Array || !type.element)
        return false;
    return type.element->isPrimitive() || type.element->kind == TypeKind::Enum;
}

std::optional<DetailOperation> detailOperationOf(const Product& product, const Operation& list)
{
    if (!answersIdList(product, list))
        return std::nullopt;
    return detailOperationBelow(product, list.path);
}

std::optional<DetailOperation> detailOperationBelow(const Product& product, const QString& path)
{
    const QString prefix = path.endsWith(u'/') ? path : path + u'/';
    for (int p = 0; p < product.paths.size(); ++p) {
        const ApiPath& candidate = product.paths.at(p);
        if (!candidate.path.startsWith(prefix))
            continue;
        const QString name = placeholderName(QStringView(candidate.path).mid(prefix.size()));
        if (name.isEmpty())
            continue;
        for (int o = 0; o < candidate.operations.size(); ++o) {
            if (candidate.operations.at(o).method == HttpMethod::Get)
                return DetailOperation { p, o, name };
        }
    }
    return std::nullopt;
}

QJsonValue detailIdOf(const QJsonObject& object, const DetailOperation& detail)
{
    QJsonValue id = object.value(detail.idParameter);
    if (id.isUndefined() && detail.idParameter.endsWith(QLatin1String("id"), Qt::CaseInsensitive))
        id = object.value(QLatin1String("id"));
    return id.isString() || id.isDouble() ? id : QJsonValue(QJsonValue::Undefined);
}

QJsonObject detailPathValues(
    const QJsonObject& listPathValues, const DetailOperation& detail, const QJsonValue& id)
{
    QJsonObject values = listPathValues;
    if (id.isDouble()) {
        const double number = id.toDouble();
        const auto whole = static_cast<qint64>(number);
        values.insert(detail.idParameter,
            static_cast<double>(whole) == number ? QString::number(whole)
                                                 : QString::number(number, 'g', 17));
    } else {
        values.insert(detail.idParameter, id.toVariant().toString());
    }
    return values;
}

} // namespace Ovh
