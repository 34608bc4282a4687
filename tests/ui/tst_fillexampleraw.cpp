// "Fill from example" where a person editing the raw JSON body looks (issue 14): the button sits
// on the body's tab bar, so the Raw body tab shows it as the Form tab does; filled from there, the
// raw text becomes the example and the Raw body tab stays; the raw editor's context menu offers
// the examples too (one action, or a submenu when there are several).
#include "schemafixtures.h"
#include "v2fixtures.h"

#include "operation/parameterform.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Ovh;

namespace {

QJsonValue parsedText(const QString& text)
{
    return OvhTest::exampleValue(text.toUtf8());
}

// `form` showing `operation` on its Raw body tab: its body tabs and raw editor (null when the
// window could not be shown).
std::pair<QTabWidget*, QPlainTextEdit*> showRawTab(
    ParameterForm& form, const OvhTest::ExampleOperation& operation)
{
    form.setOperation(operation.product, operation.operation);
    form.show();
    if (!QTest::qWaitForWindowExposed(&form))
        return {};
    auto* tabs = form.findChild<QTabWidget*>(QStringLiteral("bodyTabs"));
    auto* raw = form.findChild<QPlainTextEdit*>(QStringLiteral("rawBodyEdit"));
    if (tabs)
        tabs->setCurrentIndex(1);
    return { tabs, raw };
}

// The raw editor's context menu, as a right click opens it.
QMenu* openRawMenu(QPlainTextEdit* raw)
{
    QWidget* viewport = raw->viewport();
    const QPoint at(10, 10);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
    return qobject_cast<QMenu*>(QApplication::activePopupWidget());
}

QAction* actionNamed(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestFillExampleRaw final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void buttonOnTheRawTab();
    void replacesWhatWasTyped();
    void rawContextMenuOneExample();
    void rawContextMenuSeveral();

private:
    OvhTest::ExampleOperation m_policy;
    QJsonValue m_example;
};

void TestFillExampleRaw::init()
{
    m_policy = OvhTest::policyCreation();
    QCOMPARE(m_policy.examples.size(), 1);
    m_example = OvhTest::exampleValue(m_policy.examples.first().json);
}

void TestFillExampleRaw::buttonOnTheRawTab()
{
    const QJsonValue& example = m_example;
    ParameterForm form;
    form.setOperation(m_policy.product, m_policy.operation);
    form.resize(900, 700);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto* tabs = form.findChild<QTabWidget*>(QStringLiteral("bodyTabs"));
    auto* raw = form.findChild<QPlainTextEdit*>(QStringLiteral("rawBodyEdit"));
    auto* button = form.findChild<QToolButton*>(QStringLiteral("fillFromExampleButton"));
    QVERIFY(tabs && raw && button);
    QVERIFY(button->isVisible()); // on the Form tab
    tabs->setCurrentIndex(1);
    QVERIFY(raw->isVisible());
    QVERIFY2(button->isVisible(), "no Fill from example on the Raw body tab");
    QVERIFY(button->focusPolicy() & Qt::TabFocus);
    if (const QString shots = qEnvironmentVariable("OVH_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(form.grab().save(shots + QLatin1String("/fill-from-example-raw.png")));

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(form.request().body, example);
    QVERIFY(form.errors().isEmpty());
    QCOMPARE(tabs->currentIndex(), 1); // the person stays where they were
    QCOMPARE(parsedText(raw->toPlainText()), example);
    QVERIFY(!form.isRawBody()); // the form holds it all: the fields say the same
    if (const QString shots = qEnvironmentVariable("OVH_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(form.grab().save(shots + QLatin1String("/fill-from-example-raw-filled.png")));
    // From the Form tab it still shows the fields.
    tabs->setCurrentIndex(0);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(form.request().body, example);
    if (const QString shots = qEnvironmentVariable("OVH_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(100); // the filled fields laid out
        QVERIFY(form.grab().save(shots + QLatin1String("/fill-from-example-form.png")));
    }
}

void TestFillExampleRaw::replacesWhatWasTyped()
{
    const QJsonValue& example = m_example;
    ParameterForm form;
    const auto [tabs, raw] = showRawTab(form, m_policy);
    QVERIFY(tabs && raw);
    raw->setFocus();
    raw->selectAll();
    QTest::keyClicks(raw, QStringLiteral("{ \"name\": "));
    QVERIFY(form.isRawBody());
    QVERIFY(!form.errors().isEmpty()); // JSON that does not parse
    QTest::mouseClick(
        form.findChild<QToolButton*>(QStringLiteral("fillFromExampleButton")), Qt::LeftButton);
    QCOMPARE(form.request().body, example);
    QVERIFY(form.errors().isEmpty());
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(parsedText(raw->toPlainText()), example);
}

void TestFillExampleRaw::rawContextMenuOneExample()
{
    const QJsonValue& example = m_example;
    ParameterForm form;
    const auto [tabs, raw] = showRawTab(form, m_policy);
    QVERIFY(tabs && raw);
    QMenu* menu = openRawMenu(raw);
    QVERIFY2(menu, "no context menu on the raw body");
    QVERIFY(actionNamed(menu, QStringLiteral("&Copy")) || menu->actions().size() > 3); // its own
    QAction* fill = menu->findChild<QAction*>(QStringLiteral("fillFromExampleAction"));
    QVERIFY2(fill, "no Fill from example in the raw body's menu");
    QCOMPARE(fill->text(), QStringLiteral("Fill from example"));
    fill->trigger();
    menu->close();
    QCOMPARE(form.request().body, example);
    QCOMPARE(tabs->currentIndex(), 1);
}

void TestFillExampleRaw::rawContextMenuSeveral()
{
    const OvhTest::ExampleOperation vrack = OvhTest::vrackResourceUpdate();
    QCOMPARE(vrack.examples.size(), 4);
    ParameterForm form;
    const auto [tabs, raw] = showRawTab(form, vrack);
    QVERIFY(tabs && raw);
    for (const OperationExample& example : vrack.examples) {
        const QJsonValue value = OvhTest::exampleValue(example.json);
        QMenu* menu = openRawMenu(raw);
        QVERIFY(menu);
        QAction* submenu = actionNamed(menu, QStringLiteral("Fill from example"));
        QVERIFY2(submenu && submenu->menu(), "no Fill from example submenu");
        QCOMPARE(submenu->menu()->actions().size(), 4);
        auto* action
            = submenu->menu()->findChild<QAction*>(QLatin1String("example:") + example.name);
        QVERIFY2(action, qPrintable(example.name));
        action->trigger();
        menu->close();
        QCOMPARE(form.request().body, value);
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(parsedText(raw->toPlainText()), value);
    }
}

QTEST_MAIN(TestFillExampleRaw)
#include "tst_fillexampleraw.moc"
