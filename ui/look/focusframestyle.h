#pragma once

#include <QProxyStyle>

namespace Ovh {

// A style (Fusion, or the desktop's) with a keyboard focus that can be seen: Fusion draws the
// focus of item rows, check boxes and tabs with a faint translucent line (under 2:1 against the
// window), and that of fields and buttons in a selection colour that a desktop's palette may
// leave at 1.2:1. This one draws the frame solid, and over fields and buttons too, in a colour
// that stands out at 3:1 (WCAG's ratio for what is not text) against the window and the base.
class FocusFrameStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusFrameStyle)

public:
    explicit FocusFrameStyle(QStyle* base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;

    // The colour of the frame on `palette`: its selection colour when that stands out at 3:1,
    // else its text colour.
    static QColor frameColor(const QPalette& palette);
};

} // namespace Ovh
