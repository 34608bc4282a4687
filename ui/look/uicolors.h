#pragma once

#include <QColor>
#include <QPalette>

namespace Ovh {

// Accent colours readable (4.5:1) on the palette's window and base backgrounds, light or dark.
bool isDarkPalette(const QPalette& palette);
QColor errorColor(const QPalette& palette);
QColor successColor(const QPalette& palette);
QColor warningColor(const QPalette& palette);
QColor mutedColor(const QPalette& palette);

// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white): text wants
// 4.5, a focus frame or an icon 3.
double contrastRatio(const QColor& a, const QColor& b);

} // namespace Ovh
