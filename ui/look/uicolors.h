#pragma once

#include <QColor>
#include <QPalette>

namespace Ovh {

// Accent colours readable on the palette's window background, light or dark.
bool isDarkPalette(const QPalette& palette);
QColor errorColor(const QPalette& palette);
QColor successColor(const QPalette& palette);
QColor warningColor(const QPalette& palette);
QColor mutedColor(const QPalette& palette);

} // namespace Ovh
