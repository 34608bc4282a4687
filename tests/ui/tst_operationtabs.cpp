// The window's operation tabs (issue 12, item 4): opening, switching with the result kept, a
// call finishing in a background tab, closing, the shortcuts, new tabs from the tree and the
// search, and the tabs with their values after a restart (views made lazily).
#include "recordform.h"
#include "windowtestcase.h"

#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "models/itemroles.h"
#include "models/producttreemodel.h"
#include "models/searchresultmodel.h"
#include "operation/operationview.h"
#include "session/callsession.h"
#include "session/explorerservices.h"
#include "window/navigatorpanel.h"
#include "window/operationtabs.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QString kGetMe = QStringLiteral("GET /me");
const QString kAuthTime = QStringLiteral("GET /auth/time");
const QString kPostRecord = QStringLiteral("POST ") + kRecordPath;

QString fieldText(QWidget* view, const char* name)
{
    auto* edit = view->findChild<QLineEdit*>(QString::fromLatin1(name));
    return edit ? edit->text() : QStringLiteral("<no field %1>").arg(QString::fromLatin1(name));
}

QString statusText(QWidget* view)
{
    auto* status = view->findChild<QLabel*>(QStringLiteral("resultStatus"));
    return status && status->isVisibleTo(view) ? status->text() : QString();
}

} // namespace

class TestOperationTabs final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void tabTitle_data();
    void tabTitle();
    void resultStaysWhenComingBack();
    void backgroundCallKeepsItsResult();
    void executeGoesToCurrentTab();
    void shortcutsOpenSwitchAndClose();
    void newTabFromTreeAndSearch();
    void restoresTabsAfterRestart();
    void switchingWritesNoSettings();
    void warmsUpOnceOffScreen();
    void damagedTabsSetting_data();
    void damagedTabsSetting();

private:
    std::unique_ptr<MainWindow> shownWindow();
    void execute(OperationView* view, const QString& status);
};

std::unique_ptr<MainWindow> TestOperationTabs::shownWindow()
{
    auto window = makeWindow();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->activateWindow();
    return window;
}

void TestOperationTabs::execute(OperationView* view, const QString& status)
{
    QSignalSpy finished(view, &OperationView::callFinished);
    QTRY_VERIFY_WITH_TIMEOUT(view->executeAction()->isEnabled(), 10000);
    view->executeAction()->trigger();
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY2(statusText(view).startsWith(status), qPrintable(statusText(view)));
}

void TestOperationTabs::tabTitle_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("title");
    QTest::newRow("short") << kGetMe << kGetMe;
    QTest::newRow("three parts") << QStringLiteral("GET /domain/zone/{zoneName}")
                                 << QStringLiteral("GET /domain/zone/{zoneName}");
    QTest::newRow("long") << kPostRecord << QStringLiteral("POST /domain/zone/\u2026/record");
    QTest::newRow("longer") << QStringLiteral("DELETE /domain/zone/{zoneName}/record/{id}")
                            << QStringLiteral("DELETE /domain/zone/\u2026/{id}");
}

void TestOperationTabs::tabTitle()
{
    QFETCH(QString, operation);
    QFETCH(QString, title);
    QCOMPARE(OperationTabs::tabTitle(operation), title);
}

void TestOperationTabs::resultStaysWhenComingBack()
{
    // In one tab, as before tabs: run GET /me, open another operation, come back.
    auto window = shownWindow();
    QVERIFY(window);
    switchToSandbox(*window);
    QVERIFY(window->openOperation(kGetMe));
    auto* view = window->findChild<OperationView*>();
    execute(view, QStringLiteral("200"));
    QVERIFY(window->openOperation(kAuthTime));
    QCOMPARE(statusText(view), QString());
    QVERIFY(window->openOperation(kGetMe));
    QCOMPARE(
        window->findChild<QLabel*>(QStringLiteral("operationPath"))->text(), QStringLiteral("/me"));
    QVERIFY2(statusText(view).startsWith(QStringLiteral("200")), qPrintable(statusText(view)));
    QVERIFY(view->findChild<QWidget*>(QStringLiteral("resultView"))->isVisible());
}

void TestOperationTabs::backgroundCallKeepsItsResult()
{
    auto window = shownWindow();
    QVERIFY(window);
    switchToSandbox(*window);
    OperationTabs* tabs = window->operationTabs();
    auto* services = window->findChild<ExplorerServices*>();
    QVERIFY(services);
    QSignalSpy created(services, &ExplorerServices::callSessionCreated);

    QVERIFY(window->openOperation(kGetMe));
    OperationView* first = tabs->currentView();
    QTRY_VERIFY_WITH_TIMEOUT(first->executeAction()->isEnabled(), 10000);
    QSignalSpy finished(first, &OperationView::callFinished);
    first->executeAction()->trigger();
    QVERIFY(first->isRunning());

    // Another tab while it runs: its own view, its own call session.
    QVERIFY(window->openOperationInNewTab(kAuthTime));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    OperationView* second = tabs->currentView();
    QVERIFY(second != first);
    QCOMPARE(created.size(), 1);
    QVERIFY(first->isRunning());
    QVERIFY(!second->isRunning());
    QVERIFY(!tabs->tabBar()->tabIcon(0).isNull()); // the tab says it runs

    // What the history watches through the services records this tab's calls too.
    HistoryStore store(QDir(m_dir->path()).filePath(QStringLiteral("history.sqlite")));
    HistoryRecorder recorder(&store);
    recorder.watch(created.first().first().value<CallSession*>());
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);

    QVERIFY(finished.wait(10000));
    QVERIFY(first->lastResult().has_value());
    QCOMPARE(first->lastResult()->status, 200);
    QVERIFY(!second->lastResult().has_value());
    QTRY_VERIFY(tabs->tabBar()->tabIcon(0).isNull());

    tabs->setCurrentIndex(0);
    QVERIFY2(statusText(first).startsWith(QStringLiteral("200")), qPrintable(statusText(first)));
    tabs->setCurrentIndex(1);
    execute(second, QStringLiteral("200"));
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(store.entry(recorded.first().first().toLongLong())->pathTemplate,
        QStringLiteral("/auth/time"));
}

void TestOperationTabs::executeGoesToCurrentTab()
{
    // Each view has an Execute with Ctrl+Enter: only the current one's may answer it.
    auto window = shownWindow();
    QVERIFY(window);
    switchToSandbox(*window);
    OperationTabs* tabs = window->operationTabs();
    QVERIFY(window->openOperation(kGetMe));
    QVERIFY(window->openOperationInNewTab(kAuthTime));
    OperationView* first = tabs->viewAt(0);
    OperationView* second = tabs->viewAt(1);
    QSignalSpy firstFinished(first, &OperationView::callFinished);
    QSignalSpy secondFinished(second, &OperationView::callFinished);
    QTRY_VERIFY_WITH_TIMEOUT(second->executeAction()->isEnabled(), 10000);
    QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(secondFinished.wait(10000));
    QCOMPARE(firstFinished.size(), 0);
    // The Call menu holds the current view's actions only.
    const QList<QAction*> executes
        = window->findChildren<QAction*>(QStringLiteral("executeAction"));
    int inMenus = 0;
    for (QAction* action : executes)
        inMenus += action->associatedObjects().size() > 1 ? 1 : 0;
    QCOMPARE(inMenus, 1);
    QVERIFY(second->executeAction()->associatedObjects().size() > 1);
}

void TestOperationTabs::shortcutsOpenSwitchAndClose()
{
    auto window = shownWindow();
    QVERIFY(window);
    waitLoaded(*window);
    OperationTabs* tabs = window->operationTabs();
    QTabBar* bar = tabs->tabBar();
    QVERIFY(!bar->isVisible()); // one tab: no tab bar

    QVERIFY(window->openOperation(kPostRecord));
    typeRecord(tabs->currentView(), QStringLiteral("TXT"), QStringLiteral("hello"));
    QWidget* focus = tabs->currentView()->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    focus->setFocus();
    QTRY_VERIFY(focus->hasFocus());

    // Ctrl+T: the same operation and its values in a new tab.
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(tabs->operationAt(1), kPostRecord);
    QCOMPARE(fieldText(tabs->currentView(), "field:zoneName"), QStringLiteral("example.com"));
    QCOMPARE(fieldText(tabs->currentView(), "field:body.target"), QStringLiteral("hello"));
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->tabText(1), QStringLiteral("POST /domain/zone/\u2026/record"));
    QCOMPARE(bar->tabToolTip(1), kPostRecord);
    QVERIFY(window->openOperationInNewTab(kGetMe));
    QCOMPARE(tabs->count(), 3);
    // A link from outside (`ovh-explorer 'POST …'`) goes to the tab that shows it already.
    QVERIFY(window->openOperationInOwnTab(kPostRecord));
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(window->openOperationInOwnTab(kGetMe));
    QCOMPARE(tabs->currentIndex(), 2);

    // Ctrl+Tab and Ctrl+PgDown go right, Ctrl+Shift+Tab and Ctrl+PgUp left, round the ends.
    const struct
    {
        Qt::Key key;
        Qt::KeyboardModifiers modifiers;
        int expected;
    } steps[] = {
        { Qt::Key_Tab, Qt::ControlModifier, 0 },
        { Qt::Key_Tab, Qt::ControlModifier, 1 },
        { Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier, 0 },
        { Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier, 2 },
        { Qt::Key_PageDown, Qt::ControlModifier, 0 },
        { Qt::Key_PageUp, Qt::ControlModifier, 2 },
    };
    for (const auto& step : steps) {
        QTest::keyClick(window.get(), step.key, step.modifiers);
        QCOMPARE(tabs->currentIndex(), step.expected);
    }
    QCOMPARE(tabs->currentOperation(), kGetMe);
    // The tree follows the current tab.
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("productTree"));
    QCOMPARE(tree->currentIndex().data(ItemRole::Path).toString(), QStringLiteral("/me"));
    tabs->setCurrentIndex(0);
    QCOMPARE(tree->currentIndex().data(ItemRole::Path).toString(), kRecordPath);

    // Ctrl+W closes; the last tab is emptied to the placeholder, never removed.
    QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->operationAt(0), kPostRecord); // the duplicate
    QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->operationAt(0), QString());
    QTRY_VERIFY(tabs->currentView()
                    ->findChild<QLabel*>(QStringLiteral("operationPlaceholder"))
                    ->isVisible());
    QTRY_VERIFY(!bar->isVisible());
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier); // nothing to duplicate
    QCOMPARE(tabs->count(), 1);
}

void TestOperationTabs::newTabFromTreeAndSearch()
{
    auto window = shownWindow();
    QVERIFY(window);
    waitLoaded(*window);
    OperationTabs* tabs = window->operationTabs();
    QVERIFY(window->openOperation(kGetMe));

    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* results = window->findChild<QListView*>(QStringLiteral("searchResults"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zone record"));
    QTRY_VERIFY(results->isVisible());
    QTRY_VERIFY(searchIndexed(*window));
    QVERIFY(results->model()->rowCount() > 3);
    const auto keyOf = [&](int row) {
        const NavigatorPanel* navigator = window->findChild<NavigatorPanel*>();
        const Operation* operation = OperationSearch::resolve(
            navigator->treeModel()->products(), navigator->searchModel()->operationRef(row));
        return operation ? httpMethodName(operation->method) + QLatin1Char(' ') + operation->path
                         : QString();
    };

    // A middle click on a match: a new tab; the current tab keeps its operation.
    const QRect second = results->visualRect(results->model()->index(1, 0));
    QTest::mouseClick(results->viewport(), Qt::MiddleButton, Qt::NoModifier, second.center());
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->operationAt(0), kGetMe);
    QCOMPARE(tabs->operationAt(1), keyOf(1));
    QCOMPARE(tabs->currentIndex(), 1);

    // Ctrl+Enter in the search box: the selected (else first) match in a new tab, no call.
    QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->operationAt(2), keyOf(0));
    QVERIFY(!tabs->currentView()->isRunning());

    // Ctrl+Enter on a match in the list.
    results->setFocus();
    results->setCurrentIndex(results->model()->index(2, 0)); // opens it in the current tab
    QCOMPARE(tabs->operationAt(2), keyOf(2));
    results->setCurrentIndex(results->model()->index(3, 0));
    QTest::keyClick(results, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(tabs->count(), 4);

    // In the tree: middle click and Ctrl+Enter on its current row.
    QTest::keyClick(search, Qt::Key_Escape);
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("productTree"));
    QTRY_VERIFY(tree->isVisible());
    tabs->setCurrentIndex(0); // GET /me, current in the tree
    QTRY_VERIFY(tree->currentIndex().isValid());
    const QRect row = tree->visualRect(tree->currentIndex());
    QVERIFY(row.isValid());
    QTest::mouseClick(tree->viewport(), Qt::MiddleButton, Qt::NoModifier, row.center());
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->operationAt(4), kGetMe);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 6);
    QCOMPARE(tabs->operationAt(5), kGetMe);
}

void TestOperationTabs::restoresTabsAfterRestart()
{
    {
        auto window = shownWindow();
        QVERIFY(window);
        waitLoaded(*window);
        OperationTabs* tabs = window->operationTabs();
        QVERIFY(window->openOperation(kPostRecord));
        typeRecord(tabs->currentView(), QStringLiteral("TXT"), QStringLiteral("hello"));
        tabs->duplicateCurrent();
        // The duplicate gets another zone: the per-operation memory keeps this one, the
        // first tab its own.
        auto* zone = tabs->currentView()->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
        zone->clear();
        QTest::keyClicks(zone, QStringLiteral("other.example"));
        QVERIFY(window->openOperationInNewTab(kGetMe));
        tabs->setCurrentIndex(0);
        window->close();
    }

    auto window = makeWindow();
    OperationTabs* tabs = window->operationTabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->operationAt(0), kPostRecord);
    QCOMPARE(tabs->operationAt(1), kPostRecord);
    QCOMPARE(tabs->operationAt(2), kGetMe);
    QCOMPARE(tabs->currentIndex(), 0);
    // Only the current tab has a view; the others get theirs when they show.
    QVERIFY(tabs->viewAt(0));
    QVERIFY(!tabs->viewAt(1));
    QVERIFY(!tabs->viewAt(2));
    QCOMPARE(window->findChildren<OperationView*>().size(), 1);

    window->show();
    waitLoaded(*window);
    QCOMPARE(tabs->currentView()->operationKey(), kPostRecord);
    QCOMPARE(fieldText(tabs->currentView(), "field:zoneName"), QStringLiteral("example.com"));
    QCOMPARE(fieldText(tabs->currentView(), "field:body.target"), QStringLiteral("hello"));
    QVERIFY(!tabs->viewAt(1));
    tabs->setCurrentIndex(1);
    QVERIFY(tabs->viewAt(1));
    QCOMPARE(fieldText(tabs->currentView(), "field:zoneName"), QStringLiteral("other.example"));
    QCOMPARE(fieldText(tabs->currentView(), "field:body.target"), QStringLiteral("hello"));
    tabs->setCurrentIndex(2);
    QCOMPARE(tabs->currentView()->operationKey(), kGetMe);
    QVERIFY(tabs->currentView()->findChild<QLabel*>(QStringLiteral("operationPath"))->isVisible());
}

void TestOperationTabs::switchingWritesNoSettings()
{
    auto window = shownWindow();
    QVERIFY(window);
    waitLoaded(*window);
    OperationTabs* tabs = window->operationTabs();
    QVERIFY(window->openOperation(kPostRecord));
    QVERIFY(window->openOperationInNewTab(kGetMe));
    tabs->saveTabs();
    m_settings->sync();
    const QString file = m_settings->store()->fileName();
    const auto bytes = [&file] {
        QFile settings(file);
        return settings.open(QIODevice::ReadOnly) ? settings.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    QVERIFY(!before.isEmpty());
    // A switch writes nothing (each write synced the whole file from the event loop): the tabs
    // and the current operation go to the settings together, a moment later.
    for (int index : { 0, 1, 0 }) {
        tabs->setCurrentIndex(index);
        QCoreApplication::processEvents();
        QCOMPARE(bytes(), before);
    }
    QTRY_VERIFY_WITH_TIMEOUT(bytes() != before, 10000);
    QCOMPARE(m_settings->lastOperation(), kPostRecord);
    QCOMPARE(m_settings->openTabs().current, 0);
}

void TestOperationTabs::warmsUpOnceOffScreen()
{
    auto window = shownWindow();
    QVERIFY(window);
    OperationTabs* tabs = window->operationTabs();
    QVERIFY(!tabs->isWarm()); // nothing to warm up with before a schema
    QSignalSpy changed(tabs, &OperationTabs::currentOperationChanged);
    waitLoaded(*window);
    QVERIFY(window->openOperation(kGetMe));
    changed.clear();
    // A moment after the schema, an operation and its code are shown and painted off screen (the
    // first one the person opens no longer pays for the fonts and code met for the first time),
    // in a view of its own that is gone after: nothing on screen or in the tabs changes.
    QTRY_VERIFY_WITH_TIMEOUT(tabs->isWarm(), 10000);
    for (QWidget* top : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<OperationView*>(top));
    QCOMPARE(window->findChildren<OperationView*>().size(), 1);
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->currentView()->operationKey(), kGetMe);
    QCOMPARE(changed.size(), 0);
}

void TestOperationTabs::damagedTabsSetting_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QStringList>("operations");
    QTest::addColumn<int>("current");
    QTest::newRow("not JSON") << QStringLiteral("{\"tabs\": [") << QStringList { QString() } << 0;
    QTest::newRow("tabs not a list") << QStringLiteral(R"({"tabs": {"operation": "GET /me"}})")
                                     << QStringList { QString() } << 0;
    QTest::newRow("entries without an operation") << QStringLiteral(
        R"({"tabs": [{"values": {}}, 3, {"operation": "GET /me"}], "current": 2})")
                                                  << QStringList { kGetMe } << 0;
    QTest::newRow("current out of range")
        << QStringLiteral(R"({"tabs": [{"operation": "GET /me"}, {"operation": "GET /auth/time"}],
            "current": 9})")
        << QStringList { kGetMe, kAuthTime } << 0;
    QTest::newRow("values not an object")
        << QStringLiteral(R"({"tabs": [{"operation": "GET /me", "values": [1]}], "current": 0})")
        << QStringList { kGetMe } << 0;
    QTest::newRow("unknown operation")
        << QStringLiteral(R"({"tabs": [{"operation": "GET /no/such"}, {"operation": "GET /me"}],
            "current": 0})")
        << QStringList { QStringLiteral("GET /no/such"), kGetMe } << 0;
}

void TestOperationTabs::damagedTabsSetting()
{
    QFETCH(QString, stored);
    QFETCH(QStringList, operations);
    QFETCH(int, current);
    m_settings->store()->setValue(QStringLiteral("session/tabs"), stored);
    auto window = makeWindow();
    OperationTabs* tabs = window->operationTabs();
    QCOMPARE(tabs->count(), operations.size());
    for (int i = 0; i < operations.size(); ++i)
        QCOMPARE(tabs->operationAt(i), operations.at(i));
    QCOMPARE(tabs->currentIndex(), current);
    window->show();
    waitLoaded(*window);
    // A tab whose operation the schema lacks stays, empty, and says why.
    if (operations.constFirst() == QStringLiteral("GET /no/such")) {
        QCOMPARE(tabs->currentView()->operationKey(), QString());
        QVERIFY(tabs->currentView()
                    ->findChild<QLabel*>(QStringLiteral("operationPlaceholder"))
                    ->isVisible());
        QVERIFY2(tabs->tabBar()->tabToolTip(0).contains(QStringLiteral("not in the schema")),
            qPrintable(tabs->tabBar()->tabToolTip(0)));
    }
}

QTEST_MAIN(TestOperationTabs)
#include "tst_operationtabs.moc"
