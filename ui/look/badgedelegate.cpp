#include "look/badgedelegate.h"

#include "look/badges.h"
#include "models/itemroles.h"

#include <QApplication>
#include <QPainter>

namespace Ovh {

namespace {

constexpr int kGap = 6;

bool hasMethod(const QModelIndex& index)
{
    return index.data(ItemRole::Method).isValid();
}

} // namespace

BadgeDelegate::BadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void BadgeDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!hasMethod(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus as the style draws them, without the text.
    const QString label
        = index.data(ItemRole::Label).isValid() ? index.data(ItemRole::Label).toString() : opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    area.adjust(2, 0, -2, 0);
    const QString secondary = index.data(ItemRole::SecondaryText).toString();
    const QFontMetrics metrics(opt.font);
    QRect firstLine = area;
    if (!secondary.isEmpty())
        firstLine.setHeight(area.height() / 2);

    const Badge method = methodBadge(HttpMethod(index.data(ItemRole::Method).toInt()));
    BadgePainter::paint(painter, firstLine, method, opt.font);
    const int textLeft = firstLine.left() + BadgePainter::methodColumnWidth(opt.font) + kGap;

    // At the right: the status when unusual, and the branch of a result from the other one.
    int textRight = firstLine.right();
    for (const Badge& badge : { statusBadge(ApiStatus::Value(index.data(ItemRole::Status).toInt())),
             branchBadge(index.data(ItemRole::Branch).toString()) }) {
        if (badge.isNull())
            continue;
        const int w = BadgePainter::width(badge, opt.font);
        if (textRight - w - kGap > textLeft + 4 * metrics.averageCharWidth()) {
            BadgePainter::paint(painter,
                QRect(textRight - w + 1, firstLine.top(), w, firstLine.height()), badge, opt.font);
            textRight -= w + kGap;
        }
    }

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled)
        ? QPalette::Disabled
        : opt.state.testFlag(QStyle::State_Active) ? QPalette::Normal
                                                   : QPalette::Inactive;
    const QColor textColor
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor);
    const QRect textRect(
        textLeft, firstLine.top(), qMax(0, textRight - textLeft + 1), firstLine.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        // A path keeps both ends ("/domain/…/record"); a description keeps its start.
        metrics.elidedText(label,
            label.startsWith(QLatin1Char('/')) ? Qt::ElideMiddle : Qt::ElideRight,
            textRect.width()));
    if (!secondary.isEmpty()) {
        QColor muted = textColor;
        muted.setAlphaF(selected ? 0.85f : 0.65f);
        painter->setPen(muted);
        const QRect second(textLeft, firstLine.bottom() + 1, qMax(0, area.right() - textLeft + 1),
            area.bottom() - firstLine.bottom());
        painter->drawText(second, Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(secondary, Qt::ElideRight, second.width()));
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!hasMethod(index))
        return size;
    const QFontMetrics metrics(option.font);
    const int lines = index.data(ItemRole::SecondaryText).toString().isEmpty() ? 1 : 2;
    size.setHeight(qMax(size.height(), lines * (metrics.height() + 6)));
    size.setWidth(size.width() + BadgePainter::methodColumnWidth(option.font) + kGap);
    return size;
}

} // namespace Ovh
