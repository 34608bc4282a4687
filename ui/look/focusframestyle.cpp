#include "look/focusframestyle.h"

#include "look/uicolors.h"

#include <QPainter>
#include <QStyleOption>

namespace Ovh {

namespace {

constexpr double kFocusRatio = 3.0; // WCAG's ratio for what is not text

bool standsOut(const QColor& color, const QPalette& palette)
{
    return contrastRatio(color, palette.color(QPalette::Window)) >= kFocusRatio
        && contrastRatio(color, palette.color(QPalette::Base)) >= kFocusRatio;
}

} // namespace

FocusFrameStyle::FocusFrameStyle(QStyle* base)
    : QProxyStyle(base)
{ }

QColor FocusFrameStyle::frameColor(const QPalette& palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    return standsOut(highlight, palette) ? highlight : palette.color(QPalette::WindowText);
}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
    QPainter* painter, const QWidget* widget) const
{
    const bool focus = option->state & State_HasFocus;
    const bool byKeyboard = option->state & State_KeyboardFocusChange;
    if (element == PE_FrameFocusRect && byKeyboard) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(frameColor(option->palette), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // A field shows its focus however it came, a button when it came by keyboard (as Fusion
    // does); the style's own outline is a darker or lighter selection colour that may not stand
    // out on the desktop's palette: this one, drawn over it, does.
    if ((element == PE_FrameLineEdit && focus)
        || (element == PE_PanelButtonCommand && focus && byKeyboard)) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(frameColor(option->palette), 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF outline = element == PE_PanelButtonCommand
            ? QRectF(option->rect.adjusted(0, 1, -1, 0))
            : QRectF(option->rect.adjusted(0, 0, -1, -1));
        painter->drawRoundedRect(outline.translated(0.5, 0.5), 2, 2);
        painter->restore();
    }
}

} // namespace Ovh
