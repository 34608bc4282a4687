#pragma once

#include "results/jsondiff.h"

#include <QAbstractTableModel>

namespace Ovh {

// The differences between two results, one per row: what (added, removed, changed), where (a
// path such as records[3].ttl), and the value before and after, side by side.
class DiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffModel)

public:
    enum Column { KindColumn, PathColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit DiffModel(QObject* parent = nullptr);

    void setDifferences(const QList<JsonDifference>& differences);
    const QList<JsonDifference>& differences() const { return m_differences; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JsonDifference> m_differences;
};

} // namespace Ovh
