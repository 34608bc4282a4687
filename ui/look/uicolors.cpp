#include "look/uicolors.h"

#include <QString>

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

QString messageBarStyle(const QPalette& palette, const char* kind)
{
    const bool dark = isDarkPalette(palette);
    const QString which = QString::fromLatin1(kind);
    QString background;
    QString text;
    QString border;
    if (which == QLatin1String("error")) {
        background = dark ? QStringLiteral("#4a1f1f") : QStringLiteral("#fdecea");
        text = dark ? QStringLiteral("#ffd7d5") : QStringLiteral("#611a15");
        border = dark ? QStringLiteral("#7a2e2e") : QStringLiteral("#f5c2c0");
    } else if (which == QLatin1String("warning")) {
        background = dark ? QStringLiteral("#4a3b14") : QStringLiteral("#fff4e5");
        text = dark ? QStringLiteral("#ffe6a8") : QStringLiteral("#663c00");
        border = dark ? QStringLiteral("#7a6220") : QStringLiteral("#ffd8a8");
    } else {
        background = dark ? QStringLiteral("#1d3450") : QStringLiteral("#e8f1fd");
        text = dark ? QStringLiteral("#d2e5ff") : QStringLiteral("#0b3a6e");
        border = dark ? QStringLiteral("#2f5582") : QStringLiteral("#b9d4f5");
    }
    return QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px solid %3; "
                          "border-radius: 3px; padding: 4px; }")
        .arg(background, text, border);
}

} // namespace Ovh
