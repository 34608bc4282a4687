#include "results/objectflattener.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Ovh {

namespace {

void flattenInto(const QJsonObject& object, const QString& prefix, int depth,
    QList<QPair<QString, QJsonValue>>* out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString column = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonValue value = it.value();
        // An empty object keeps its column ({} in it), or it would vanish from the table.
        if (value.isObject() && depth < maxFlattenDepth && !value.toObject().isEmpty())
            flattenInto(value.toObject(), column, depth + 1, out);
        else
            out->append({ column, value });
    }
}

void modelColumnsInto(const Product& product, const TypeRef& type, const QString& prefix, int depth,
    QSet<QString>* visiting, QStringList* out)
{
    if (!visiting->contains(type.modelKey)) {
        visiting->insert(type.modelKey);
        for (const Property& property : product.propertiesOf(type)) {
            const QString column
                = prefix.isEmpty() ? property.name : prefix + QLatin1Char('.') + property.name;
            const bool nested = property.type.kind == TypeKind::Model && depth < maxFlattenDepth
                && !visiting->contains(property.type.modelKey)
                && !product.propertiesOf(property.type).isEmpty();
            if (nested)
                modelColumnsInto(product, property.type, column, depth + 1, visiting, out);
            else
                out->append(column);
        }
        visiting->remove(type.modelKey);
    }
}

} // namespace

QList<QPair<QString, QJsonValue>> flattenObject(const QJsonObject& object)
{
    QList<QPair<QString, QJsonValue>> out;
    out.reserve(object.size());
    flattenInto(object, QString(), 1, &out);
    return out;
}

QStringList modelColumns(const Product& product, const TypeRef& type)
{
    const TypeRef& model = type.kind == TypeKind::Array && type.element ? *type.element : type;
    QStringList columns;
    if (model.kind != TypeKind::Model)
        return columns;
    QSet<QString> visiting;
    modelColumnsInto(product, model, QString(), 1, &visiting, &columns);
    return columns;
}

FlatTable flattenRows(const ObjectRows& rows, const QStringList& preferred)
{
    QList<QList<QPair<QString, QJsonValue>>> flat;
    flat.reserve(rows.size());
    QSet<QString> seen;
    QStringList firstSeen;
    for (const ObjectRow& row : rows) {
        flat.append(row.object.isObject() ? flattenObject(row.object.toObject())
                                          : QList<QPair<QString, QJsonValue>>());
        for (const auto& cell : flat.constLast()) {
            if (!seen.contains(cell.first)) {
                seen.insert(cell.first);
                firstSeen.append(cell.first);
            }
        }
    }

    FlatTable table;
    QSet<QString> placed;
    for (const QString& column : preferred) {
        if (seen.contains(column) && !placed.contains(column)) {
            table.columns.append(column);
            placed.insert(column);
        }
    }
    for (const QString& column : std::as_const(firstSeen)) {
        if (!placed.contains(column))
            table.columns.append(column);
    }

    QHash<QString, int> index;
    for (int i = 0; i < table.columns.size(); ++i)
        index.insert(table.columns.at(i), i);
    table.cells.reserve(flat.size());
    for (const auto& cells : std::as_const(flat)) {
        QList<QJsonValue> line(table.columns.size(), QJsonValue(QJsonValue::Undefined));
        for (const auto& [column, value] : cells)
            line[index.value(column)] = value;
        table.cells.append(line);
    }
    return table;
}

bool isArrayOfObjects(const QJsonValue& answer)
{
    if (!answer.isArray())
        return false;
    const QJsonArray array = answer.toArray();
    return !array.isEmpty()
        && std::all_of(array.begin(), array.end(),
            [](const QJsonValue& element) { return element.isObject(); });
}

ObjectRows rowsOfArray(const QJsonValue& answer)
{
    ObjectRows rows;
    if (!isArrayOfObjects(answer))
        return rows;
    const QJsonArray array = answer.toArray();
    rows.reserve(array.size());
    for (const QJsonValue& element : array) {
        ObjectRow row;
        row.object = element;
        rows.append(row);
    }
    return rows;
}

} // namespace Ovh
