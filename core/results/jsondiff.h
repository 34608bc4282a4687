#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariantList>

namespace Ovh {

// One difference between two JSON values, at `path` (keys as QString and array indexes as int
// from the root, like the Result tree's ItemRole::JsonPath; indexes are those of the side that
// holds the value: `after` for an addition, `before` otherwise).
struct JsonDifference
{
    enum class Kind : quint8 { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QVariantList path;
    QJsonValue before = QJsonValue(QJsonValue::Undefined); // Undefined when added
    QJsonValue after = QJsonValue(QJsonValue::Undefined); // Undefined when removed
};

// Past this depth two differing values are one change, not explored further.
inline constexpr int maxDiffDepth = 64;
// Arrays whose differing middles multiply past this are not aligned but compared as bags: an
// element is kept when the other side has an equal one, wherever (linear time and memory).
inline constexpr qint64 maxAlignedCells = 4'000'000;

// What changed from `before` to `after`, in document order. Objects are compared key by key;
// arrays of objects that all carry an "id" are matched by id (a moved object is no change);
// other arrays are aligned on their longest common subsequence, so one id inserted into a list
// is one addition, not a change of every element after it. Unmatched elements facing each other
// that are both containers are compared inside; otherwise they are a removal and an addition.
// A value changing type (1 -> "1") is a change. Past maxAlignedCells, see above.
QList<JsonDifference> jsonDiff(const QJsonValue& before, const QJsonValue& after);

// "records[3].target", "[0]", "" for the root: a path for a person.
QString jsonPathText(const QVariantList& path);

} // namespace Ovh
