#pragma once

#include "results/objectflattener.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Ovh {

// The rows of a result table (an answer's objects, or the details fetched for ids) as a flat
// table: one column per property (nested ones dotted, see ObjectFlattener), the model's order
// first. When some row failed, a first "Error" column says why; those rows stay in the table.
class ObjectTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectTableModel)

public:
    explicit ObjectTableModel(QObject* parent = nullptr);

    // Resets the model once. `preferred`: the columns in the operation model's order.
    void setRows(const ObjectRows& rows, const QStringList& preferred = {});
    const ObjectRows& rows() const { return m_rows; }
    bool hasErrorColumn() const { return m_errorColumn; }
    // The property column name of `column` ("target.ip"); empty for the Error column.
    QString columnName(int column) const;
    // The value shown at (row, column): the row's error text for the Error column.
    QJsonValue cell(int row, int column) const;
    // Every cell of `row` as one case-folded text, for filtering without a pass over columns.
    const QString& searchText(int row) const { return m_searchText.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ObjectRows m_rows;
    FlatTable m_table;
    QStringList m_searchText;
    bool m_errorColumn = false;
};

} // namespace Ovh
