// High contrast (issue 15 item 6): the badges, the JSON and code highlighting, the accent colours
// and the selection keep a WCAG contrast ratio of at least 4.5:1 against what they are drawn on,
// in the light and the dark palettes; the keyboard focus frame stands out at 3:1 (WCAG's ratio
// for what is not text) in every theme, System included, on light and dark desktops.

#include "look/badges.h"
#include "look/codehighlighter.h"
#include "look/focusframestyle.h"
#include "look/jsonhighlighter.h"
#include "look/palettes.h"
#include "look/uicolors.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace Ovh;

Q_DECLARE_METATYPE(Ovh::ExplorerSettings::Theme)

namespace {

constexpr double kTextRatio = 4.5;
constexpr double kFocusRatio = 3.0;

QString describe(const QColor& foreground, const QColor& background)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(foreground.name(), background.name())
        .arg(contrastRatio(foreground, background), 0, 'f', 2);
}

void addPaletteRows(const char* what)
{
    QTest::newRow(qPrintable(QStringLiteral("%1, light").arg(QLatin1String(what))))
        << fusionLightPalette();
    QTest::newRow(qPrintable(QStringLiteral("%1, dark").arg(QLatin1String(what)))) << darkPalette();
}

// The colours a highlighter put on `text`, read back from the document's layouts.
QList<QColor> highlightedColours(QSyntaxHighlighter* highlighter, QTextDocument* document)
{
    highlighter->rehighlight();
    QList<QColor> colours;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange& range : ranges) {
            if (range.format.hasProperty(QTextFormat::ForegroundBrush)
                && !colours.contains(range.format.foreground().color()))
                colours.append(range.format.foreground().color());
        }
    }
    return colours;
}

// Draws `element` on the window colour without and with focus and returns the strongest contrast
// a pixel that focus changed has with the window: what the eye has to find the focus by. A
// focus rectangle is drawn only with the focus, so "without" is the bare window.
double focusContrast(QStyle* style, const QPalette& palette, QStyle::PrimitiveElement element)
{
    const QSize size(80, 28);
    const auto draw = [&](bool focused) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(palette.color(QPalette::Window));
        QPainter painter(&image);
        const auto prepare = [&](QStyleOption* option) {
            option->rect = QRect(QPoint(2, 2), size - QSize(4, 4));
            option->palette = palette;
            option->state = QStyle::State_Enabled | QStyle::State_Active;
            if (focused)
                option->state |= QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
        };
        if (element == QStyle::PE_FrameFocusRect) {
            QStyleOptionFocusRect option;
            prepare(&option);
            option.backgroundColor = palette.color(QPalette::Window);
            if (focused)
                style->drawPrimitive(element, &option, &painter);
        } else if (element == QStyle::PE_PanelButtonCommand) {
            QStyleOptionButton option;
            prepare(&option);
            style->drawPrimitive(element, &option, &painter);
        } else {
            QStyleOptionFrame option;
            prepare(&option);
            option.lineWidth = 1;
            style->drawPrimitive(element, &option, &painter);
        }
        painter.end();
        return image;
    };
    const QImage plain = draw(false);
    const QImage focused = draw(true);
    double best = 1.0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            if (plain.pixel(x, y) != focused.pixel(x, y)) {
                best = qMax(best,
                    contrastRatio(QColor(focused.pixel(x, y)), palette.color(QPalette::Window)));
            }
        }
    }
    return best;
}

// A desktop's palette as the platform theme hands it over, from its main colours.
QPalette desktopPalette(
    const QColor& window, const QColor& base, const QColor& text, const QColor& highlight)
{
    QPalette palette(window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(
        QPalette::HighlightedText, highlight.lightness() < 140 ? Qt::white : Qt::black);
    return palette;
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // First: it needs the theme untouched, as at start-up.
    void systemThemeHasTheFocusFrame();
    void ratioOfKnownPairs();
    void badgesReadOnTheirFill_data();
    void badgesReadOnTheirFill();
    void jsonColoursReadOnTheBase_data();
    void jsonColoursReadOnTheBase();
    void codeColoursReadOnTheBase_data();
    void codeColoursReadOnTheBase();
    void accentColoursReadOnWindowAndBase_data();
    void accentColoursReadOnWindowAndBase();
    void selectionReads_data();
    void selectionReads();
    void lightThemeUsesTheReadableSelection();
    void focusFrameStandsOut_data();
    void focusFrameStandsOut();

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
};

void TestContrast::initTestCase()
{
    m_systemStyle = QApplication::style()->name();
    m_systemPalette = QApplication::palette();
}

void TestContrast::systemThemeHasTheFocusFrame()
{
    // The System theme at start-up: the desktop's own style, wrapped, and no palette set, so the
    // window keeps following the desktop's colours.
    const QColor window = QApplication::palette().color(QPalette::Window);
    applyTheme(ExplorerSettings::Theme::System);
    QVERIFY(qobject_cast<FocusFrameStyle*>(QApplication::style()));
    QCOMPARE(applicationStyleName(), m_systemStyle);
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
    QCOMPARE(QApplication::palette().color(QPalette::Window), window);
    // Back to System after another theme: the frame stays.
    applyTheme(ExplorerSettings::Theme::Dark);
    applyTheme(ExplorerSettings::Theme::System);
    QVERIFY(qobject_cast<FocusFrameStyle*>(QApplication::style()));
    QCOMPARE(applicationStyleName(), m_systemStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), window);
}

void TestContrast::ratioOfKnownPairs()
{
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
    // #767676 is the lightest grey that reads on white at 4.5:1.
    QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= kTextRatio);
    QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < kTextRatio);
}

void TestContrast::badgesReadOnTheirFill_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QColor>("fill");
    QTest::addColumn<QColor>("textColor");

    const auto add = [](const char* what, const Badge& badge) {
        QTest::newRow(what) << badge.text << badge.fill << badge.textColor;
    };
    add("GET", methodBadge(HttpMethod::Get));
    add("POST", methodBadge(HttpMethod::Post));
    add("PUT", methodBadge(HttpMethod::Put));
    add("DELETE", methodBadge(HttpMethod::Delete));
    add("PATCH", methodBadge(HttpMethod::Patch));
    add("BETA", statusBadge(ApiStatus::Beta));
    add("ALPHA", statusBadge(ApiStatus::Alpha));
    add("DEPRECATED", statusBadge(ApiStatus::Deprecated));
    add("no answer", callStatusBadge(0, QStringLiteral("timeout")));
    add("200", callStatusBadge(200, QString()));
    add("302", callStatusBadge(302, QString()));
    add("404", callStatusBadge(404, QString()));
    add("500", callStatusBadge(500, QString()));
}

void TestContrast::badgesReadOnTheirFill()
{
    QFETCH(QString, text);
    QFETCH(QColor, fill);
    QFETCH(QColor, textColor);
    QVERIFY(!text.isEmpty());
    // Badges keep their colours in both palettes: one check covers both.
    QVERIFY2(contrastRatio(textColor, fill) >= kTextRatio, qPrintable(describe(textColor, fill)));
}

void TestContrast::jsonColoursReadOnTheBase_data()
{
    QTest::addColumn<QPalette>("palette");
    addPaletteRows("json");
}

void TestContrast::jsonColoursReadOnTheBase()
{
    QFETCH(QPalette, palette);
    const JsonFormats formats(isDarkPalette(palette));
    const QColor base = palette.color(QPalette::Base);
    for (JsonToken::Kind kind : { JsonToken::Key, JsonToken::String, JsonToken::Number,
             JsonToken::Keyword, JsonToken::Punctuation }) {
        const QColor colour = formats.of(kind).foreground().color();
        QVERIFY2(contrastRatio(colour, base) >= kTextRatio,
            qPrintable(QStringLiteral("token kind %1: %2").arg(kind).arg(describe(colour, base))));
    }
    // And through the highlighter itself, as the result's body shows it.
    QTextDocument document(QStringLiteral("{\"id\": 42, \"name\": \"zone\", \"ok\": true}"));
    JsonHighlighter highlighter(&document);
    highlighter.setDark(isDarkPalette(palette));
    const QList<QColor> colours = highlightedColours(&highlighter, &document);
    QCOMPARE(colours.size(), 5);
    for (const QColor& colour : colours)
        QVERIFY2(contrastRatio(colour, base) >= kTextRatio, qPrintable(describe(colour, base)));
}

void TestContrast::codeColoursReadOnTheBase_data()
{
    QTest::addColumn<QPalette>("palette");
    addPaletteRows("code");
}

void TestContrast::codeColoursReadOnTheBase()
{
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    // A line of each kind the highlighter colours: comment, string, keyword, number.
    const QList<QPair<SnippetLanguage, QString>> samples {
        { SnippetLanguage::Python, QStringLiteral("# c\nimport ovh\nx = 'text' + 42\n") },
        { SnippetLanguage::Php, QStringLiteral("// c\n/* b */\n$x = new Api('text', 42);\n") },
        { SnippetLanguage::Node, QStringLiteral("// c\nconst x = `text` + 42;\n") },
        { SnippetLanguage::Go, QStringLiteral("// c\nfunc main() { x := \"text\" + 42 }\n") },
        { SnippetLanguage::Shell, QStringLiteral("# c\nexport X=\"text\"; exit 42\n") },
    };
    for (const auto& [language, text] : samples) {
        QTextDocument document(text);
        CodeHighlighter highlighter(&document, language);
        highlighter.setDark(isDarkPalette(palette));
        const QList<QColor> colours = highlightedColours(&highlighter, &document);
        QVERIFY2(colours.size() >= 3, qPrintable(text)); // the sample did get coloured
        for (const QColor& colour : colours) {
            QVERIFY2(contrastRatio(colour, base) >= kTextRatio,
                qPrintable(QStringLiteral("%1: %2").arg(
                    text.section(QLatin1Char('\n'), 1, 1), describe(colour, base))));
        }
    }
}

void TestContrast::accentColoursReadOnWindowAndBase_data()
{
    QTest::addColumn<QPalette>("palette");
    addPaletteRows("accents");
}

void TestContrast::accentColoursReadOnWindowAndBase()
{
    QFETCH(QPalette, palette);
    for (const QColor& colour :
        { errorColor(palette), successColor(palette), warningColor(palette) }) {
        for (QPalette::ColorRole role : { QPalette::Window, QPalette::Base }) {
            const QColor background = palette.color(role);
            QVERIFY2(contrastRatio(colour, background) >= kTextRatio,
                qPrintable(describe(colour, background)));
        }
    }
}

void TestContrast::selectionReads_data()
{
    QTest::addColumn<QPalette>("palette");
    addPaletteRows("selection");
}

void TestContrast::selectionReads()
{
    QFETCH(QPalette, palette);
    const QColor text = palette.color(QPalette::HighlightedText);
    const QColor highlight = palette.color(QPalette::Highlight);
    QVERIFY2(contrastRatio(text, highlight) >= kTextRatio, qPrintable(describe(text, highlight)));
}

void TestContrast::lightThemeUsesTheReadableSelection()
{
    applyTheme(ExplorerSettings::Theme::Light);
    QCOMPARE(QApplication::palette().color(QPalette::Highlight),
        fusionLightPalette().color(QPalette::Highlight));
    applyTheme(ExplorerSettings::Theme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Highlight),
        darkPalette().color(QPalette::Highlight));
}

void TestContrast::focusFrameStandsOut_data()
{
    // Each theme with the palette it draws with: Light and Dark their own; System the desktop's,
    // whatever it is, light or dark, including those whose selection colour does not stand out.
    QTest::addColumn<ExplorerSettings::Theme>("theme");
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("element");
    const struct
    {
        const char* name;
        ExplorerSettings::Theme theme;
        QPalette palette;
    } looks[] = {
        { "light", ExplorerSettings::Theme::Light, fusionLightPalette() },
        { "dark", ExplorerSettings::Theme::Dark, darkPalette() },
        { "system, this desktop's", ExplorerSettings::Theme::System, m_systemPalette },
        { "system, Breeze", ExplorerSettings::Theme::System,
            desktopPalette(0xeff0f1, 0xfcfcfc, 0x232629, 0x3daee9) },
        { "system, Adwaita", ExplorerSettings::Theme::System,
            desktopPalette(0xf6f5f4, 0xffffff, 0x2e3436, 0x3584e4) },
        { "system, Breeze Dark", ExplorerSettings::Theme::System,
            desktopPalette(0x31363b, 0x1b1e20, 0xfcfcfc, 0x3daee9) },
        { "system, Adwaita dark", ExplorerSettings::Theme::System,
            desktopPalette(0x353535, 0x2d2d2d, 0xeeeeec, 0x15539e) },
    };
    const struct
    {
        const char* name;
        QStyle::PrimitiveElement element;
    } elements[] = {
        { "line edit", QStyle::PE_FrameLineEdit },
        { "focus rect (rows, check boxes, tabs)", QStyle::PE_FrameFocusRect },
        { "button", QStyle::PE_PanelButtonCommand },
    };
    for (const auto& look : looks) {
        for (const auto& element : elements) {
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(
                QLatin1String(element.name), QLatin1String(look.name))))
                << look.theme << look.palette << int(element.element);
        }
    }
}

void TestContrast::focusFrameStandsOut()
{
    QFETCH(ExplorerSettings::Theme, theme);
    QFETCH(QPalette, palette);
    QFETCH(int, element);
    // The style the theme installs, as the window draws with it.
    applyTheme(theme);
    const double ratio
        = focusContrast(QApplication::style(), palette, QStyle::PrimitiveElement(element));
    QVERIFY2(ratio >= kFocusRatio,
        qPrintable(QStringLiteral("focus drawn at %1:1 against %2")
                       .arg(ratio, 0, 'f', 2)
                       .arg(palette.color(QPalette::Window).name())));
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
