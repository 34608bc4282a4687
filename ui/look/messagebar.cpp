#include "look/messagebar.h"

#include "look/announcer.h"
#include "look/uicolors.h"

#include <QEvent>
#include <QPainter>

namespace Ovh {

namespace {

constexpr int kBorder = 1;
constexpr int kPadding = 4;
constexpr qreal kRadius = 3;

struct Shades
{
    QRgb background;
    QRgb text;
    QRgb border;
};

// Per kind (in MessageBar::Kind's order): on a light palette, then on a dark one.
constexpr Shades kShades[4][2] = {
    { { 0xe8f1fd, 0x0b3a6e, 0xb9d4f5 }, { 0x1d3450, 0xd2e5ff, 0x2f5582 } }, // Info
    { { 0xe7f5ea, 0x0f3d1c, 0xb5e0c1 }, { 0x1c3a25, 0xc8f0d2, 0x2e6b3e } }, // Success
    { { 0xfff4e5, 0x663c00, 0xffd8a8 }, { 0x4a3b14, 0xffe6a8, 0x7a6220 } }, // Warning
    { { 0xfdecea, 0x611a15, 0xf5c2c0 }, { 0x4a1f1f, 0xffd7d5, 0x7a2e2e } }, // Error
};

} // namespace

MessageBar::Colors MessageBar::colors(const QPalette& palette, Kind kind)
{
    const Shades& shades = kShades[int(kind)][isDarkPalette(palette) ? 1 : 0];
    return Colors { QColor(shades.background), QColor(shades.text), QColor(shades.border) };
}

MessageBar::MessageBar(Kind kind, QWidget* parent)
    : QLabel(parent)
    , m_kind(kind)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(
        kBorder + kPadding, kBorder + kPadding, kBorder + kPadding, kBorder + kPadding);
    // What a QLabel with a frame indents its text by (half an 'x'), so bars line up with labels.
    setIndent(fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2);
    applyColors();
}

void MessageBar::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    applyColors();
    update();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    setKind(kind);
    setText(text);
    setVisible(!text.isEmpty());
    announceStatus(this, text);
}

void MessageBar::paintEvent(QPaintEvent* event)
{
    const Colors colors = MessageBar::colors(palette(), m_kind);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colors.border, kBorder));
    painter.setBrush(colors.background);
    const qreal half = kBorder / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), kRadius, kRadius);
    painter.end();
    QLabel::paintEvent(event);
}

void MessageBar::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

// Only the text colours are set on the bar (on a fresh palette, so that nothing else counts as
// set): every other role, the window colour that says light or dark among them, stays
// inherited, so a palette change reaches the bar. Setting the same colours again is a no-op.
void MessageBar::applyColors()
{
    const QColor text = colors(palette(), m_kind).text;
    QPalette own;
    own.setColor(QPalette::WindowText, text);
    own.setColor(QPalette::Text, text);
    setPalette(own);
}

} // namespace Ovh
