#pragma once

#include <QList>
#include <QSortFilterProxyModel>

namespace Ovh {

class ObjectTableModel;

// Sorting and filtering of an ObjectTableModel: numbers sort as numbers, text without case, and
// missing or null cells last; the filter keeps the rows holding its text in any cell
// (case-insensitive), each row checked against one precomputed text. The sort keys of a column
// are made once per column and answer (10,000 rows sort in tens of milliseconds).
class ObjectTableFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectTableFilter)

public:
    explicit ObjectTableFilter(ObjectTableModel* source, QObject* parent = nullptr);

    void setFilterText(const QString& text);
    const QString& filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    struct SortKey
    {
        int rank = 0; // numbers, booleans, text, nothing
        double number = 0;
        QString text; // case-folded
    };
    const QList<SortKey>& keysOf(int column) const;

    ObjectTableModel* m_table;
    QString m_text;
    QString m_folded;
    mutable int m_keyColumn = -1;
    mutable QList<SortKey> m_keys;
};

} // namespace Ovh
