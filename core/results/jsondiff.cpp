#include "results/jsondiff.h"

#include "base/jsontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Ovh {

namespace {

class Differ
{
public:
    QList<JsonDifference> out;

    void compare(
        const QJsonValue& before, const QJsonValue& after, const QVariantList& path, int depth)
    {
        if (before == after)
            return;
        if (depth < maxDiffDepth && before.isObject() && after.isObject()) {
            compareObjects(before.toObject(), after.toObject(), path, depth);
        } else if (depth < maxDiffDepth && before.isArray() && after.isArray()) {
            const QJsonArray a = before.toArray();
            const QJsonArray b = after.toArray();
            if (!compareById(a, b, path, depth))
                compareArrays(a, b, path, depth);
        } else {
            out.append({ JsonDifference::Kind::Changed, path, before, after });
        }
    }

private:
    void added(const QVariantList& path, const QJsonValue& value)
    {
        out.append({ JsonDifference::Kind::Added, path, QJsonValue(QJsonValue::Undefined), value });
    }
    void removed(const QVariantList& path, const QJsonValue& value)
    {
        out.append(
            { JsonDifference::Kind::Removed, path, value, QJsonValue(QJsonValue::Undefined) });
    }

    static QVariantList child(QVariantList path, const QVariant& step)
    {
        path.append(step);
        return path;
    }

    void compareObjects(
        const QJsonObject& a, const QJsonObject& b, const QVariantList& path, int depth)
    {
        // Keys of `before` in its order (changed or removed), then those only `after` has.
        for (auto it = a.begin(); it != a.end(); ++it) {
            const auto other = b.constFind(it.key());
            if (other == b.constEnd())
                removed(child(path, it.key()), it.value());
            else
                compare(it.value(), other.value(), child(path, it.key()), depth + 1);
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                added(child(path, it.key()), it.value());
        }
    }

    // The ids of an array of objects each holding a distinct scalar "id"; false otherwise.
    static bool idsOf(const QJsonArray& array, QHash<QString, int>* ids)
    {
        for (const QJsonValue& element : array) {
            const QJsonValue id = element.toObject().value(QLatin1String("id"));
            if (!element.isObject() || !(id.isString() || id.isDouble()))
                return false;
            const QString key = (id.isString() ? QLatin1Char('s') : QLatin1Char('n'))
                + (id.isString() ? id.toString() : QString::number(id.toDouble(), 'g', 17));
            if (ids->contains(key))
                return false;
            ids->insert(key, int(ids->size()));
        }
        return true;
    }

    bool compareById(const QJsonArray& a, const QJsonArray& b, const QVariantList& path, int depth)
    {
        QHash<QString, int> idsA;
        QHash<QString, int> idsB;
        if (a.isEmpty() || b.isEmpty() || !idsOf(a, &idsA) || !idsOf(b, &idsB))
            return false;
        QList<QString> keysB(b.size());
        for (auto it = idsB.begin(); it != idsB.end(); ++it)
            keysB[it.value()] = it.key();
        QList<QString> keysA(a.size());
        for (auto it = idsA.begin(); it != idsA.end(); ++it)
            keysA[it.value()] = it.key();
        for (int i = 0; i < a.size(); ++i) {
            const int j = idsB.value(keysA.at(i), -1);
            if (j < 0)
                removed(child(path, i), a.at(i));
            else
                compare(a.at(i), b.at(j), child(path, j), depth + 1);
        }
        for (int j = 0; j < b.size(); ++j) {
            if (!idsA.contains(keysB.at(j)))
                added(child(path, j), b.at(j));
        }
        return true;
    }

    void compareArrays(
        const QJsonArray& a, const QJsonArray& b, const QVariantList& path, int depth)
    {
        const qsizetype n = a.size();
        const qsizetype m = b.size();
        // The common prefix and suffix need no table: most answers differ in a few places.
        qsizetype start = 0;
        while (start < n && start < m && a.at(start) == b.at(start))
            ++start;
        qsizetype endA = n;
        qsizetype endB = m;
        while (endA > start && endB > start && a.at(endA - 1) == b.at(endB - 1)) {
            --endA;
            --endB;
        }
        const qsizetype rows = endA - start;
        const qsizetype cols = endB - start;
        if (rows * cols > maxAlignedCells) {
            compareAsBags(a, start, endA, b, start, endB, path);
            return;
        }
        // lcs[i][j]: the longest common subsequence of a[start+i..endA) and b[start+j..endB).
        QList<quint32> lcs((rows + 1) * (cols + 1), 0);
        const auto at = [cols](qsizetype i, qsizetype j) { return i * (cols + 1) + j; };
        for (qsizetype i = rows - 1; i >= 0; --i) {
            for (qsizetype j = cols - 1; j >= 0; --j) {
                lcs[at(i, j)] = a.at(start + i) == b.at(start + j)
                    ? lcs.at(at(i + 1, j + 1)) + 1
                    : std::max(lcs.at(at(i + 1, j)), lcs.at(at(i, j + 1)));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        qsizetype runA = 0;
        qsizetype runB = 0;
        while (i < rows || j < cols) {
            if (i < rows && j < cols && a.at(start + i) == b.at(start + j)) {
                compareRun(a, start + runA, start + i, b, start + runB, start + j, path, depth);
                ++i;
                ++j;
                runA = i;
                runB = j;
            } else if (j < cols && (i == rows || lcs.at(at(i, j + 1)) >= lcs.at(at(i + 1, j)))) {
                ++j;
            } else {
                ++i;
            }
        }
        compareRun(a, start + runA, start + rows, b, start + runB, start + cols, path, depth);
    }

    // Too long to align: each element of one side finds an equal one on the other (order aside);
    // those left over are removed or added. Linear, for the long id lists that need it.
    void compareAsBags(const QJsonArray& a, qsizetype fromA, qsizetype toA, const QJsonArray& b,
        qsizetype fromB, qsizetype toB, const QVariantList& path)
    {
        QHash<QByteArray, int> counts;
        for (qsizetype j = fromB; j < toB; ++j)
            ++counts[compactJson(b.at(j))];
        for (qsizetype i = fromA; i < toA; ++i) {
            int& left = counts[compactJson(a.at(i))];
            if (left > 0)
                --left;
            else
                removed(child(path, int(i)), a.at(i));
        }
        QHash<QByteArray, int> inA;
        for (qsizetype i = fromA; i < toA; ++i)
            ++inA[compactJson(a.at(i))];
        for (qsizetype j = fromB; j < toB; ++j) {
            int& left = inA[compactJson(b.at(j))];
            if (left > 0)
                --left;
            else
                added(child(path, int(j)), b.at(j));
        }
    }

    // Unmatched runs a[fromA..toA) and b[fromB..toB) facing each other: pairs of containers are
    // compared inside, the rest removed or added.
    void compareRun(const QJsonArray& a, qsizetype fromA, qsizetype toA, const QJsonArray& b,
        qsizetype fromB, qsizetype toB, const QVariantList& path, int depth)
    {
        qsizetype i = fromA;
        qsizetype j = fromB;
        for (; i < toA && j < toB; ++i, ++j) {
            const QJsonValue x = a.at(i);
            const QJsonValue y = b.at(j);
            const bool containers = (x.isObject() && y.isObject()) || (x.isArray() && y.isArray());
            if (containers) {
                compare(x, y, child(path, int(j)), depth + 1);
            } else {
                removed(child(path, int(i)), x);
                added(child(path, int(j)), y);
            }
        }
        for (; i < toA; ++i)
            removed(child(path, int(i)), a.at(i));
        for (; j < toB; ++j)
            added(child(path, int(j)), b.at(j));
    }
};

} // namespace

QList<JsonDifference> jsonDiff(const QJsonValue& before, const QJsonValue& after)
{
    Differ differ;
    differ.compare(before, after, {}, 0);
    return differ.out;
}

QString jsonPathText(const QVariantList& path)
{
    QString text;
    for (const QVariant& step : path) {
        if (step.typeId() == QMetaType::Int) {
            text += QLatin1Char('[') + QString::number(step.toInt()) + QLatin1Char(']');
        } else {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += step.toString();
        }
    }
    return text;
}

} // namespace Ovh
