#pragma once

#include <QProxyStyle>

namespace Ovh {

// Fusion with a keyboard focus frame that can be seen: Fusion draws the focus of item rows,
// check boxes and tabs with a faint translucent line (under 2:1 against the window); this one
// draws it solid, in the selection colour when that stands out at 3:1 (WCAG's ratio for what is
// not text), else in the text colour.
class FocusFrameStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusFrameStyle)

public:
    explicit FocusFrameStyle(QStyle* base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;

    // The colour of the frame on `palette`.
    static QColor frameColor(const QPalette& palette);
};

} // namespace Ovh
