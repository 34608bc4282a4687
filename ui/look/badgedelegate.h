#pragma once

#include <QStyledItemDelegate>

namespace Ovh {

// Paints operation rows: a coloured method badge (ItemRole::Method), the label (ItemRole::Label,
// else the display text), status badges on the right (ItemRole::Status), and an optional muted
// second line (ItemRole::SecondaryText). Rows without a method are painted as usual.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)

public:
    explicit BadgeDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Ovh
