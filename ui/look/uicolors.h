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
// MessageBar's look as a style sheet, for the labels of the login dialogs that are not a
// MessageBar yet: `kind` is "error", "warning" or "info". New code uses MessageBar.
QString messageBarStyle(const QPalette& palette, const char* kind);

} // namespace Ovh
