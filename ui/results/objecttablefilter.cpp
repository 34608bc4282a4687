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

bool ObjectTableFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QJsonValue a = m_table->cell(left.row(), left.column());
    const QJsonValue b = m_table->cell(right.row(), right.column());
    const int rankA = rank(a);
    const int rankB = rank(b);
    if (rankA != rankB)
        return rankA < rankB;
    switch (rankA) {
    case 0:
        return a.toDouble() < b.toDouble();
    case 1:
        return !a.toBool() && b.toBool();
    case 2:
        if (a.isString() && b.isString())
            return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
        return cellText(a).compare(cellText(b), Qt::CaseInsensitive) < 0;
    default:
        return false;
    }
}

} // namespace Ovh
