#pragma once

#include <QStyledItemDelegate>

namespace Ovh {

// Paints the cells that have a badge (HistoryModel::BadgeTextRole and its colours) as a
// rounded label, the others as usual.
class HistoryBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryBadgeDelegate)

public:
    explicit HistoryBadgeDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Ovh
