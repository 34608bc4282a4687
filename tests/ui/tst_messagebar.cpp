// MessageBar: every kind readable on a light and on a dark palette, painted in its kind's
// colours, and following a palette change (the window's bar was light-only before); the
// custom endpoint's error is one.
#include "look/guidancebar.h"
#include "look/messagebar.h"
#include "look/palettes.h"
#include "look/uicolors.h"
#include "window/customendpointbar.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace Ovh;

Q_DECLARE_METATYPE(Ovh::MessageBar::Kind)

namespace {

QPalette lightPalette()
{
    return QPalette(QColor(0xef, 0xef, 0xef));
}

// The colour the bar painted just inside its border, on the right where the short text is not.
QColor paintedBackground(MessageBar& bar)
{
    const QImage image = bar.grab().toImage();
    return image.pixelColor(image.width() - 4, image.height() / 2);
}

} // namespace

class TestMessageBar : public QObject
{
    Q_OBJECT

private slots:
    void readableOnEitherPalette_data();
    void readableOnEitherPalette();
    void paintsItsKindAndFollowsThePalette_data();
    void paintsItsKindAndFollowsThePalette();
    void showMessageHidesWhenEmpty();
    void guidanceBarShowsItsKind();
    void customEndpointErrorIsReadable_data();
    void customEndpointErrorIsReadable();
};

void TestMessageBar::readableOnEitherPalette_data()
{
    QTest::addColumn<MessageBar::Kind>("kind");
    QTest::addColumn<bool>("dark");
    for (const MessageBar::Kind kind : { MessageBar::Kind::Info, MessageBar::Kind::Success,
             MessageBar::Kind::Warning, MessageBar::Kind::Error }) {
        for (const bool dark : { false, true }) {
            const QByteArray name
                = QByteArray(QMetaEnum::fromType<MessageBar::Kind>().valueToKey(int(kind)))
                + (dark ? " dark" : " light");
            QTest::newRow(name.constData()) << kind << dark;
        }
    }
}

void TestMessageBar::readableOnEitherPalette()
{
    QFETCH(MessageBar::Kind, kind);
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : lightPalette();
    QCOMPARE(isDarkPalette(palette), dark);
    const MessageBar::Colors colors = MessageBar::colors(palette, kind);
    // The bar stays in the palette's family (no pale bar on a dark window) ...
    QCOMPARE(colors.background.lightness() < 128, dark);
    // ... its text is readable on it (WCAG AA), and its border shows on the window.
    QVERIFY2(contrastRatio(colors.text, colors.background) >= 4.5,
        qPrintable(QString::number(contrastRatio(colors.text, colors.background))));
    QVERIFY(colors.border != colors.background);
    QVERIFY(colors.background != palette.color(QPalette::Window));
    // Each kind looks different from the others.
    for (const MessageBar::Kind other : { MessageBar::Kind::Info, MessageBar::Kind::Success,
             MessageBar::Kind::Warning, MessageBar::Kind::Error }) {
        if (other != kind)
            QVERIFY(MessageBar::colors(palette, other).background != colors.background);
    }
}

void TestMessageBar::paintsItsKindAndFollowsThePalette_data()
{
    QTest::addColumn<MessageBar::Kind>("kind");
    QTest::newRow("error") << MessageBar::Kind::Error;
    QTest::newRow("warning") << MessageBar::Kind::Warning;
    QTest::newRow("info") << MessageBar::Kind::Info;
    QTest::newRow("success") << MessageBar::Kind::Success;
}

void TestMessageBar::paintsItsKindAndFollowsThePalette()
{
    QFETCH(MessageBar::Kind, kind);
    QWidget window;
    window.setPalette(lightPalette());
    auto* layout = new QVBoxLayout(&window);
    auto* bar = new MessageBar(MessageBar::Kind::Info, &window);
    layout->addWidget(bar);
    window.resize(400, 80);
    window.show();
    bar->showMessage(QStringLiteral("Short."), kind);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), kind);

    const MessageBar::Colors light = MessageBar::colors(lightPalette(), kind);
    QCOMPARE(paintedBackground(*bar), light.background);
    QCOMPARE(bar->palette().color(QPalette::WindowText), light.text);

    // The window turns dark (the desktop's theme, or OVH_EXPLORER_PALETTE=dark): so does the bar,
    // which still reads the window colour it inherits.
    window.setPalette(darkPalette());
    const MessageBar::Colors dark = MessageBar::colors(darkPalette(), kind);
    QCOMPARE(bar->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    QCOMPARE(bar->palette().color(QPalette::WindowText), dark.text);
    QCOMPARE(paintedBackground(*bar), dark.background);

    // And back.
    window.setPalette(lightPalette());
    QCOMPARE(paintedBackground(*bar), light.background);
    QCOMPARE(bar->palette().color(QPalette::WindowText), light.text);
}

void TestMessageBar::showMessageHidesWhenEmpty()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* bar = new MessageBar(MessageBar::Kind::Error, &window);
    layout->addWidget(bar);
    window.show();
    bar->showMessage(QStringLiteral("Could not load the schema."), MessageBar::Kind::Warning);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("Could not load the schema."));
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QCOMPARE(bar->textFormat(), Qt::PlainText); // server text is never read as HTML
    bar->showMessage(QString(), MessageBar::Kind::Error);
    QVERIFY(!bar->isVisible());
}

void TestMessageBar::guidanceBarShowsItsKind()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* guidance = new GuidanceBar(
        QStringLiteral("bar"), QStringLiteral("barText"), QStringLiteral("barButton"), &window);
    layout->addWidget(guidance);
    window.show();
    guidance->showGuidance(QStringLiteral("Your key is gone."), QStringLiteral("Log in\u2026"),
        MessageBar::Kind::Error);
    auto* text = window.findChild<QLabel*>(QStringLiteral("barText"));
    QVERIFY(text && text->isVisible());
    QCOMPARE(text->text(), QStringLiteral("Your key is gone."));
    QCOMPARE(guidance->kind(), MessageBar::Kind::Error);
    QVERIFY(guidance->button()->isVisible());
    guidance->showGuidance(QStringLiteral("Logged in."), QString(), MessageBar::Kind::Info);
    QCOMPARE(guidance->kind(), MessageBar::Kind::Info);
    QVERIFY(!guidance->button()->isVisible());
    guidance->clear();
    QVERIFY(!guidance->isVisible());
}

void TestMessageBar::customEndpointErrorIsReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestMessageBar::customEndpointErrorIsReadable()
{
    // The reason a URL is refused is an error bar in the window's colours (it was a fixed red
    // on whatever background, hard to read on a dark one).
    QFETCH(bool, dark);
    QWidget window;
    window.setPalette(dark ? darkPalette() : lightPalette());
    auto* layout = new QVBoxLayout(&window);
    auto* bar = new CustomEndpointBar(&window);
    layout->addWidget(bar);
    window.resize(600, 120);
    window.show();
    bar->open(QStringLiteral("ftp://example.com"));
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("customEndpointEdit"));
    QVERIFY(edit);
    QTest::keyClick(edit, Qt::Key_Return);
    auto* error = window.findChild<MessageBar*>(QStringLiteral("customEndpointError"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Not a usable endpoint: ")),
        qPrintable(error->text()));
    QCOMPARE(error->kind(), MessageBar::Kind::Error);
    QVERIFY(error->styleSheet().isEmpty());
    const MessageBar::Colors colors = MessageBar::colors(window.palette(), MessageBar::Kind::Error);
    QCOMPARE(error->palette().color(QPalette::WindowText), colors.text);
    QCOMPARE(paintedBackground(*error), colors.background);
    // Typing again hides it.
    QTest::keyClicks(edit, QStringLiteral("x"));
    QVERIFY(!error->isVisible());
}

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
