#pragma once

#include "results/objectrow.h"
#include "schema/schema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ovh {

// Objects as table rows. Nested objects become dotted columns ("target.ip"), to a bounded
// depth; arrays stay one cell holding their compact JSON text (["a","b"]), because joining them
// would lose where one element ends and the next begins. A cell that is missing from an object
// is Undefined, an explicit null stays null.
struct FlatTable
{
    QStringList columns;
    QList<QList<QJsonValue>> cells; // one list per row of ObjectRows, columns.size() long

    int columnOf(const QString& column) const { return columns.indexOf(column); }
};

// Deeper objects than this stay one cell of JSON text: hostile answers cannot blow the columns.
inline constexpr int maxFlattenDepth = 8;

// The (column, value) pairs of `object` in its key order (QJsonObject sorts keys), nested
// objects flattened.
QList<QPair<QString, QJsonValue>> flattenObject(const QJsonObject& object);

// The columns a value of `type` flattens to, in the model's property order, nested model
// properties expanded (dotted) to maxFlattenDepth without following a model into itself.
// Empty when `type` is no model of `product` (or an array of one: the element's columns).
QStringList modelColumns(const Product& product, const TypeRef& type);

// The rows' objects flattened. Column order: `preferred` first (the model's order) when a row
// has them, then the others as first seen. Rows that are no object (failed, a scalar) get
// Undefined cells.
FlatTable flattenRows(const ObjectRows& rows, const QStringList& preferred = {});

// True when `answer` is a non-empty array holding objects only: what a table can show. Cheap
// (no copy, no flattening), to decide on a Table before building one.
bool isArrayOfObjects(const QJsonValue& answer);

// ObjectRows of an answer that is an array of objects (one row per element, no id), or empty
// when `answer` is anything else (also an empty array or one holding a non-object).
ObjectRows rowsOfArray(const QJsonValue& answer);

} // namespace Ovh
