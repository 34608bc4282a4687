#include "look/palettes.h"

#include "look/focusframestyle.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace Ovh {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor alternate(0x26, 0x26, 0x29);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x65, 0xca);
    const QColor link(0x6c, 0xa8, 0xff);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55));
    palette.setColor(QPalette::Light, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::Midlight, QColor(0x33, 0x33, 0x37));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x27));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::LinkVisited, link.darker(120));
    for (QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x48));
    return palette;
}

QPalette fusionLightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
    QPalette palette = fusion->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6a, 0xa8));
    return palette;
}

QString applicationStyleName()
{
    const QStyle* style = QApplication::style();
    if (const auto* proxy = qobject_cast<const QProxyStyle*>(style))
        style = proxy->baseStyle();
    return style->name();
}

namespace {

struct SystemLook
{
    QString style;
    QPalette palette;
};

// What the desktop gave, taken before the first change.
const SystemLook& systemLook()
{
    static const SystemLook look { applicationStyleName(), QApplication::palette() };
    return look;
}

// The style named `name` (the desktop's, or Fusion) under a focus frame that shows, in every
// theme; already in place, it is kept.
void useStyle(const QString& name)
{
    if (qobject_cast<FocusFrameStyle*>(QApplication::style())
        && applicationStyleName().compare(name, Qt::CaseInsensitive) == 0)
        return;
    // A name the factory no longer knows gives null: the proxy then uses the platform's default.
    QApplication::setStyle(new FocusFrameStyle(QStyleFactory::create(name)));
}

} // namespace

void applyTheme(ExplorerSettings::Theme theme)
{
    static bool changed = false;
    const SystemLook& system = systemLook();
    // Untouched, the application keeps following the desktop (a palette set, even its own,
    // would stop that): only the style gets the focus frame.
    if (theme == ExplorerSettings::Theme::System && !changed) {
        useStyle(system.style);
        return;
    }
    changed = true;
    switch (theme) {
    case ExplorerSettings::Theme::System:
        useStyle(system.style);
        QApplication::setPalette(system.palette);
        break;
    case ExplorerSettings::Theme::Light:
        useStyle(QStringLiteral("fusion"));
        QApplication::setPalette(fusionLightPalette());
        break;
    case ExplorerSettings::Theme::Dark:
        useStyle(QStringLiteral("fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace Ovh
