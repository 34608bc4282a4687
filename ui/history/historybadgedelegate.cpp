#include "history/historybadgedelegate.h"

#include "history/historymodel.h"
#include "look/badges.h"

#include <QApplication>
#include <QPainter>

namespace Ovh {

namespace {

Badge badgeOf(const QModelIndex& index)
{
    return { index.data(HistoryModel::BadgeTextRole).toString(),
        index.data(HistoryModel::BadgeFillRole).value<QColor>(),
        index.data(HistoryModel::BadgeTextColorRole).value<QColor>() };
}

} // namespace

HistoryBadgeDelegate::HistoryBadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void HistoryBadgeDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Badge badge = badgeOf(index);
    if (badge.isNull()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    const QRect rect = option.rect.adjusted(4, 0, -2, 0);
    BadgePainter::paint(painter, rect, badge, option.font);
}

QSize HistoryBadgeDelegate::sizeHint(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const Badge badge = badgeOf(index);
    if (!badge.isNull()) {
        size.setWidth(BadgePainter::width(badge, option.font) + 8);
        size.rheight() += 4; // air between the badges of two rows
    }
    return size;
}

} // namespace Ovh
