#include "look/uicolors.h"

namespace Ovh {

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

QColor successColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1b, 0x7f, 0x37);
}

QColor warningColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

QColor mutedColor(const QPalette& palette)
{
    return palette.color(QPalette::PlaceholderText);
}

} // namespace Ovh
