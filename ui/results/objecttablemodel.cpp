#include "results/objecttablemodel.h"

#include "look/uicolors.h"
#include "results/csvwriter.h"

#include <QApplication>
#include <QPalette>

namespace Ovh {

namespace {

// Cells past this length show cut in the table (the tooltip and exports have them whole).
constexpr int kShownCellLength = 200;

} // namespace

ObjectTableModel::ObjectTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ObjectTableModel::setRows(const ObjectRows& rows, const QStringList& preferred)
{
    beginResetModel();
    m_rows = rows;
    m_table = flattenRows(rows, preferred);
    m_errorColumn = false;
    for (const ObjectRow& row : rows)
        m_errorColumn = m_errorColumn || !row.error.isEmpty();
    m_searchText.clear();
    m_searchText.reserve(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        QString text = rows.at(r).error;
        for (const QJsonValue& value : m_table.cells.at(r)) {
            text += QChar(0x1f); // no filter text holds it: matches never span two cells
            text += cellText(value);
        }
        m_searchText.append(text.toCaseFolded());
    }
    endResetModel();
}

QString ObjectTableModel::columnName(int column) const
{
    const int flat = column - (m_errorColumn ? 1 : 0);
    return flat >= 0 && flat < m_table.columns.size() ? m_table.columns.at(flat) : QString();
}

QJsonValue ObjectTableModel::cell(int row, int column) const
{
    if (m_errorColumn && column == 0) {
        const QString& error = m_rows.at(row).error;
        return error.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(error);
    }
    return m_table.cells.at(row).at(column - (m_errorColumn ? 1 : 0));
}

int ObjectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObjectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size()) + (m_errorColumn ? 1 : 0);
}

QVariant ObjectTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = cellText(cell(index.row(), index.column()));
        return text.size() > kShownCellLength ? text.left(kShownCellLength) + QChar(0x2026) : text;
    }
    case Qt::ToolTipRole: {
        const QString text = cellText(cell(index.row(), index.column()));
        return text.size() > 40 ? text : QVariant();
    }
    case Qt::TextAlignmentRole:
        return cell(index.row(), index.column()).isDouble()
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ForegroundRole:
        if (!m_rows.at(index.row()).error.isEmpty())
            return errorColor(QApplication::palette());
        if (cell(index.row(), index.column()).isNull())
            return mutedColor(QApplication::palette());
        return {};
    default:
        return {};
    }
}

QVariant ObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_errorColumn && section == 0 ? tr("Error") : columnName(section);
}

} // namespace Ovh
