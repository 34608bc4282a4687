#include "look/focusframestyle.h"

#include "look/uicolors.h"

#include <QPainter>
#include <QStyleOption>

namespace Ovh {

FocusFrameStyle::FocusFrameStyle(QStyle* base)
    : QProxyStyle(base)
{ }

QColor FocusFrameStyle::frameColor(const QPalette& palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    const bool standsOut = contrastRatio(highlight, palette.color(QPalette::Window)) >= 3.0
        && contrastRatio(highlight, palette.color(QPalette::Base)) >= 3.0;
    return standsOut ? highlight : palette.color(QPalette::WindowText);
}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
    QPainter* painter, const QWidget* widget) const
{
    if (element != PE_FrameFocusRect || !(option->state & State_KeyboardFocusChange)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(frameColor(option->palette), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace Ovh
