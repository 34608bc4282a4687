#include "results/objecttablefilter.h"

#include "results/csvwriter.h"
#include "results/objecttablemodel.h"

namespace Ovh {

namespace {

// Numbers first, then booleans, then text (arrays and objects as their JSON), then nothing.
int rank(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return 0;
    case QJsonValue::Bool:
        return 1;
    case QJsonValue::String:
    case QJsonValue::Array:
    case QJsonValue::Object:
        return 2;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return 3;
}

} // namespace

ObjectTableFilter::ObjectTableFilter(ObjectTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_table(source)
{
    setSourceModel(source);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_keyColumn = -1;
        m_keys.clear();
    });
}

void ObjectTableFilter::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_folded = text.trimmed().toCaseFolded();
    invalidateFilter();
}

bool ObjectTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return m_folded.isEmpty() || m_table->searchText(sourceRow).contains(m_folded);
}

const QList<ObjectTableFilter::SortKey>& ObjectTableFilter::keysOf(int column) const
{
    if (column != m_keyColumn) {
        m_keys.clear();
        const int rows = m_table->rowCount();
        m_keys.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QJsonValue value = m_table->cell(row, column);
            SortKey key;
            key.rank = rank(value);
            if (value.isDouble())
                key.number = value.toDouble();
            else if (value.isBool())
                key.number = value.toBool() ? 1 : 0;
            else if (key.rank == 2)
                key.text = cellText(value).toCaseFolded();
            m_keys.append(key);
        }
        m_keyColumn = column;
    }
    return m_keys;
}

bool ObjectTableFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QList<SortKey>& keys = keysOf(left.column());
    const SortKey& a = keys.at(left.row());
    const SortKey& b = keys.at(right.row());
    if (a.rank != b.rank)
        return a.rank < b.rank;
    if (a.rank == 2)
        return a.text < b.text;
    return a.number < b.number;
}

} // namespace Ovh
