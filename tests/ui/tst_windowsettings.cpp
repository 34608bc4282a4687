// The window's part of File > Settings and the everyday fixes of issue 12 item 9: a failed
// endpoint switch leaves no schema live against the new host (Retry), Ctrl+F finds in a result
// body, Enter in the search puts the keyboard on the form, the first-start hint.
#include "windowtestcase.h"

#include "look/palettes.h"

#include "net/apiclient.h"
#include "operation/operationview.h"
#include "operation/resultview.h"
#include "session/explorerservices.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Ovh;
using namespace OvhTest;

class TestWindowSettings final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void failedSwitchLeavesNoSchemaLive();
    void findInResultBody();
    void ctrlFElsewhereSearchesOperations();
    void enterInSearchFocusesForm();
    void firstStartHint_data();
    void firstStartHint();
    void settingsDialogFromTheWindow();

private:
    std::unique_ptr<MainWindow> shownWindow(bool firstStart = false);
    // OVH_SHOTS_DIR=<folder>: what `widget` looks like, for a person to review.
    static void shot(QWidget* widget, const QString& name);
    // A result with a body where "zone" appears three times.
    static CallResult zoneResult();
};

std::unique_ptr<MainWindow> TestWindowSettings::shownWindow(bool firstStart)
{
    m_firstStart = firstStart;
    std::unique_ptr<MainWindow> window = makeWindow();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestWindowSettings::shot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("OVH_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(50);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

CallResult TestWindowSettings::zoneResult()
{
    CallResult result;
    result.status = 200;
    result.reason = QStringLiteral("OK");
    result.body = R"({"zone":"example.com","records":["zone-a","zone-b"],"other":1})";
    result.json = QJsonDocument::fromJson(result.body).object();
    result.request.method = "GET";
    result.request.url = "https://eu.api.ovh.com/1.0/domain/zone/example.com";
    return result;
}

void TestWindowSettings::failedSwitchLeavesNoSchemaLive()
{
    auto window = shownWindow();
    waitLoaded(*window);
    QVERIFY(window->openOperation(QStringLiteral("GET /auth/time"))); // public: no keys needed
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("productTree"));
    auto* view = window->findChild<OperationView*>();
    QCOMPARE(tree->model()->rowCount(), 89);
    QVERIFY(view->executeAction()->isEnabled());

    // Offline, a custom host with nothing cached: no schema for it.
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    window->loadEndpoint(*Endpoint::fromUserText(QStringLiteral("http://127.0.0.1:1/1.0")));
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs));
    QCOMPARE(loaded.first().first().value<SchemaSet>().source, SchemaSource::None);

    // The eu operations are gone: nothing can be sent to the new host with them.
    QCOMPARE(tree->model()->rowCount(), 0);
    QVERIFY(!view->executeAction()->isEnabled());
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("operationPath"))->isVisible());
    auto* message = window->findChild<QLabel*>(QStringLiteral("messageBar"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("no schema for http://127.0.0.1:1/1.0")),
        qPrintable(message->text()));
    window->resize(1280, 800);
    shot(window.get(), QStringLiteral("failed-switch"));
    auto* status = window->findChild<QLabel*>(QStringLiteral("sourceLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("No schema")), qPrintable(status->text()));

    // Retry loads again (the same answer here: still nothing, still Retry).
    auto* retry = window->findChild<QToolButton*>(QStringLiteral("retryLoadButton"));
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    loaded.clear();
    retry->click();
    QVERIFY(!retry->isVisible()); // while loading
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs));
    QVERIFY(retry->isVisible());
    QCOMPARE(tree->model()->rowCount(), 0);

    // Back to a host with a schema: the operation opened before comes back.
    waitLoaded(*window);
    QCOMPARE(tree->model()->rowCount(), 89);
    QVERIFY(!retry->isVisible());
    QTRY_COMPARE(window->findChild<QLabel*>(QStringLiteral("operationPath"))->text(),
        QStringLiteral("/auth/time"));
}

void TestWindowSettings::findInResultBody()
{
    ResultView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showResult(zoneResult());
    auto* body = view.findChild<QPlainTextEdit*>(QStringLiteral("resultBody"));
    auto* bar = view.findChild<QWidget*>(QStringLiteral("findBar"));
    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("findEdit"));
    auto* status = view.findChild<QLabel*>(QStringLiteral("findStatus"));
    QVERIFY(body && bar && edit && status);
    QVERIFY(!bar->isVisible());
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());

    QTest::keyClick(body, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("zone"));
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("zone"));
    const int first = body->textCursor().selectionStart();
    QTest::keyClick(edit, Qt::Key_Return);
    const int second = body->textCursor().selectionStart();
    QVERIFY(second > first);
    QTest::keyClick(edit, Qt::Key_Return);
    const int third = body->textCursor().selectionStart();
    QVERIFY(third > second);
    QTest::keyClick(edit, Qt::Key_Return); // wraps to the first
    QCOMPARE(body->textCursor().selectionStart(), first);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier); // back, wrapping to the last
    QCOMPARE(body->textCursor().selectionStart(), third);
    QVERIFY(status->text().isEmpty());

    shot(&view, QStringLiteral("find-bar"));
    QTest::keyClicks(edit, QStringLiteral("xyz"));
    QCOMPARE(status->text(), QStringLiteral("No match"));

    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(body->hasFocus());

    // Ctrl+F with a word selected finds that word.
    QTextCursor cursor = body->textCursor();
    const int at = body->toPlainText().indexOf(QStringLiteral("other"));
    cursor.setPosition(at);
    cursor.setPosition(at + 5, QTextCursor::KeepAnchor);
    body->setTextCursor(cursor);
    QTest::keyClick(body, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(edit->text(), QStringLiteral("other"));
}

void TestWindowSettings::ctrlFElsewhereSearchesOperations()
{
    auto window = shownWindow();
    waitLoaded(*window);
    QVERIFY(window->openOperation(QStringLiteral("GET /me")));
    auto* result = window->findChild<ResultView*>();
    result->showResult(zoneResult());
    auto* body = result->findChild<QPlainTextEdit*>(QStringLiteral("resultBody"));
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* find = result->findChild<QLineEdit*>(QStringLiteral("findEdit"));
    // Show the Result tab of the operation view.
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        const int index = tabs->indexOf(result);
        if (index >= 0)
            tabs->setCurrentIndex(index);
    }
    QTRY_VERIFY(body->isVisible());
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());

    // In the body: the find bar, not the operation search.
    QTest::keyClick(body, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find->hasFocus());
    QVERIFY(!search->hasFocus());
    QTest::keyClick(find, Qt::Key_F, Qt::ControlModifier); // again: stays
    QVERIFY(find->hasFocus());
    QTest::keyClick(find, Qt::Key_Escape);
    QTRY_VERIFY(body->hasFocus());

    // Anywhere else: the operation search, as before.
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("productTree"));
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

void TestWindowSettings::enterInSearchFocusesForm()
{
    auto window = shownWindow();
    waitLoaded(*window);
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zone record post"));
    QTRY_VERIFY(window->findChild<QWidget*>(QStringLiteral("searchResults"))->isVisible());
    QTRY_VERIFY(searchIndexed(*window)); // Enter opens a match: wait for them
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(window->findChild<QLabel*>(QStringLiteral("operationPath"))->text(),
        QStringLiteral("/domain/zone/{zoneName}/record"));
    auto* zone = window->findChild<QWidget*>(QStringLiteral("field:zoneName"));
    QVERIFY(zone);
    QTRY_VERIFY2(
        zone == QApplication::focusWidget() || zone->isAncestorOf(QApplication::focusWidget()),
        qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                               : QStringLiteral("nothing")));
    // Typing goes into the field straight away.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("example.com"));
    QCOMPARE(qobject_cast<QLineEdit*>(zone)->text(), QStringLiteral("example.com"));
}

void TestWindowSettings::firstStartHint_data()
{
    QTest::addColumn<QString>("dismissWith");
    QTest::newRow("close button") << "firstStartDismiss";
    QTest::newRow("sandbox") << "firstStartSandbox";
}

void TestWindowSettings::firstStartHint()
{
    QFETCH(QString, dismissWith);
    {
        // Not a first start (there is a history): no hint.
        auto window = shownWindow(false);
        waitLoaded(*window);
        QTRY_COMPARE(window->credentialSource().kind, CredentialSource::Kind::None);
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("firstStartHint"))->isVisible());
    }
    {
        auto window = shownWindow(true);
        waitLoaded(*window);
        auto* hint = window->findChild<QWidget*>(QStringLiteral("firstStartHint"));
        QTRY_VERIFY(hint->isVisible());
        const QString text
            = window->findChild<QLabel*>(QStringLiteral("firstStartHintText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Sandbox")), qPrintable(text));
        QVERIFY(window->findChild<QPushButton*>(QStringLiteral("firstStartLogin"))->isVisible());
        window->resize(1280, 800);
        shot(window.get(), QStringLiteral("first-start-hint"));
        QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
        window->findChild<QAbstractButton*>(dismissWith)->click();
        QVERIFY(!hint->isVisible());
        QVERIFY(m_settings->firstStartHintDismissed());
        if (dismissWith == QLatin1String("firstStartSandbox")) {
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWindowLoadTimeoutMs);
            QCOMPARE(window->endpoint().name, QStringLiteral("sandbox"));
        }
    }
    {
        // Dismissed: not shown again, even on a first start.
        auto window = shownWindow(true);
        waitLoaded(*window);
        QTRY_COMPARE(window->credentialSource().kind, CredentialSource::Kind::None);
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("firstStartHint"))->isVisible());
    }
}

void TestWindowSettings::settingsDialogFromTheWindow()
{
    auto window = shownWindow();
    waitLoaded(*window);
    auto* action = window->findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SettingsDialog*>()) && dialog->isVisible());
    window->resize(1280, 800);
    shot(dialog, QStringLiteral("settings-general"));
    dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->setCurrentIndex(1);
    shot(dialog, QStringLiteral("settings-history"));
    dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->setCurrentIndex(2);
    shot(dialog, QStringLiteral("settings-confirmations"));
    QSignalSpy applied(window.get(), &MainWindow::settingsApplied);
    dialog->findChild<QSpinBox*>(QStringLiteral("callTimeoutSpin"))->setValue(7);
    dialog->findChild<QComboBox*>(QStringLiteral("themeCombo"))->setCurrentIndex(2);
    dialog->apply();
    // Live: the palette is dark, the next call's deadline is the new one.
    QCOMPARE(applicationStyleName(), QStringLiteral("fusion"));
    QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 128);
    shot(window.get(), QStringLiteral("window-dark"));
    shot(dialog, QStringLiteral("settings-dark"));
    QCOMPARE(m_settings->callTimeoutSeconds(), 7);
    QCOMPARE(applied.size(), 1); // the composition root applies the history's limits then
    QCOMPARE(window->findChild<ExplorerServices*>()->client()->settings().timeoutMs, 7000);
    dialog->findChild<QComboBox*>(QStringLiteral("themeCombo"))->setCurrentIndex(0);
    dialog->apply();
    QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() > 128);
    dialog->close();
}

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
