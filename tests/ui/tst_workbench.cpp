// The parts of issue 12 closed in session 22, in the window (offscreen): the star beside
// Execute and Ctrl+S save the request; a hidden History dock reads nothing until it shows; a
// slow switch of endpoint shows a loading page instead of the previous endpoint's tree; importing
// 10,000 saved requests leaves the window answering.
#include "windowtestcase.h"

#include "history/historymodel.h"
#include "history/historypanel.h"
#include "history/historystore.h"
#include "hostileserver.h"
#include "operation/fieldeditor.h"
#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "saved/savedpanel.h"
#include "saved/savedrequestfile.h"
#include "saved/savedrequeststore.h"
#include "savedrequestcases.h"
#include "stallprobe.h"
#include "window/navigatorpanel.h"
#include "window/operationtabs.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QString kRecords = QStringLiteral("GET /domain/zone/{zoneName}/record");

QInputDialog* shownNameDialog(QWidget* parent)
{
    QInputDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = parent->findChild<QInputDialog*>(QStringLiteral("saveRequestDialog"));
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

HistoryEntry meCall(int status)
{
    HistoryEntry entry;
    entry.endpoint = QStringLiteral("ovh-eu");
    entry.method = QStringLiteral("GET");
    entry.pathTemplate = QStringLiteral("/me");
    entry.url = QStringLiteral("https://eu.api.ovh.com/1.0/me");
    entry.status = status;
    return entry;
}

} // namespace

class TestWorkbench final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void starBesideExecuteSavesTheRequest_data();
    void starBesideExecuteSavesTheRequest();
    void hiddenHistoryDockReadsNothing();
    void slowSwitchShowsLoadingNotTheOldTree();
    void importOfTenThousandFreezesNothing();
    void usageRanksOnItsOwnEndpoint();

private:
    QString databaseFile() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
};

void TestWorkbench::starBesideExecuteSavesTheRequest_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("the star") << QStringLiteral("star");
    QTest::newRow("Ctrl+S") << QStringLiteral("Ctrl+S");
    QTest::newRow("Ctrl+D") << QStringLiteral("Ctrl+D");
}

void TestWorkbench::starBesideExecuteSavesTheRequest()
{
    QFETCH(QString, how);
    SavedRequestStore store(databaseFile());
    m_savedRequests = &store;
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    waitLoaded(*window);
    QVERIFY(window->openOperation(kRecords));
    auto* tabs = window->findChild<OperationTabs*>();
    QVERIFY(tabs);
    OperationView* view = tabs->currentView();
    view->form()
        ->editor(ParamLocation::Path, QStringLiteral("zoneName"))
        ->setValue(QStringLiteral("example.com"));

    // The star sits in the current tab's Execute bar, with an icon and a tip that says what.
    auto* star = view->findChild<QToolButton*>(QStringLiteral("saveRequestButton"));
    QVERIFY(star);
    QVERIFY(star->isVisible());
    QVERIFY(!star->icon().isNull());
    QVERIFY2(star->toolTip().contains(QLatin1String("Save")), qPrintable(star->toolTip()));
    // OVH_WINDOW_SHOTS=<folder>: what it looks like, for a person to review.
    if (const QString shots = qEnvironmentVariable("OVH_WINDOW_SHOTS"); !shots.isEmpty()) {
        window->resize(1280, 800);
        QTest::qWait(100);
        QVERIFY(window->grab().save(shots + QStringLiteral("/star-%1.png").arg(how)));
    }
    if (how == QLatin1String("star"))
        QTest::mouseClick(star, Qt::LeftButton);
    else
        QTest::keySequence(window.get(), QKeySequence::fromString(how));

    QInputDialog* dialog = shownNameDialog(window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("GET /domain/zone/example.com/record"));
    dialog->accept();
    auto* panel = window->findChild<SavedPanel*>();
    QTRY_COMPARE(panel->list()->model()->rowCount(), 1);
    QCOMPARE(store.list().constFirst().operation, kRecords);

    // A tab opened later has its own star, once.
    tabs->duplicateCurrent();
    QVERIFY(tabs->currentView() != view);
    QCOMPARE(
        tabs->currentView()->findChildren<QToolButton*>(QStringLiteral("saveRequestButton")).size(),
        1);
    m_savedRequests = nullptr;
}

void TestWorkbench::hiddenHistoryDockReadsNothing()
{
    HistoryStore store(databaseFile());
    for (int i = 0; i < 3; ++i)
        QVERIFY(store.add(meCall(200 + i)) > 0);
    m_history = &store;
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    HistoryPanel* panel = window->historyPanel();
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());
    QCOMPARE(panel->model()->rowCount(), 0); // nothing read for a dock nobody looks at
    panel->onRecorded(); // a call made meanwhile: still nothing read
    QCOMPARE(panel->model()->rowCount(), 0);

    auto* action = window->findChild<QAction*>(QStringLiteral("historyAction"));
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->model()->rowCount(), 3); // read when it shows, newest first
    QCOMPARE(panel->model()->entryAt(0).status, 202);
    m_history = nullptr;
}

void TestWorkbench::slowSwitchShowsLoadingNotTheOldTree()
{
    HostileServer server; // accepts, reads, never answers
    QVERIFY(server.listen());
    server.setDefaultBehaviour({ HostileServer::Mode::Silent, 200, {}, {}, 0 });
    m_settings->setSchemaTimeoutSeconds(600);
    auto window = makeWindow(false);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    switchToSandbox(*window);
    auto* navigator = window->findChild<NavigatorPanel*>();
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("productTree"));
    QVERIFY(navigator && tree);
    QVERIFY(tree->isVisible());
    QVERIFY(tree->model()->rowCount() > 0);

    const Endpoint slow = *Endpoint::fromUserText(server.url(QStringLiteral("/1.0")).toString());
    window->loadEndpoint(slow);
    QTRY_VERIFY(navigator->isShowingLoading());
    auto* page = window->findChild<QLabel*>(QStringLiteral("schemaLoadingPage"));
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QVERIFY(!tree->isVisible()); // not the sandbox's operations, live against the new host
    QVERIFY2(page->text().contains(slow.displayName()), qPrintable(page->text()));
    if (const QString shots = qEnvironmentVariable("OVH_WINDOW_SHOTS"); !shots.isEmpty())
        QVERIFY(window->grab().save(shots + QStringLiteral("/loading.png")));

    // Stopped: the load ends without a schema, and the (empty) tree is back.
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    QTRY_VERIFY(!server.requests().isEmpty());
    QTest::mouseClick(
        window->findChild<QToolButton*>(QStringLiteral("stopLoadingButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QVERIFY(!navigator->isShowingLoading());
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->model()->rowCount(), 0);

    // Back to the sandbox: its tree once loaded.
    switchToSandbox(*window);
    QVERIFY(!navigator->isShowingLoading());
    QVERIFY(tree->model()->rowCount() > 0);
}

void TestWorkbench::importOfTenThousandFreezesNothing()
{
    QList<SavedRequest> many;
    for (int i = 0; i < SavedRequestFile::MaxRequests; ++i) {
        many << savedRequest(QStringLiteral("zone %1").arg(i), kRecords,
            { { QStringLiteral("path/zoneName"), QStringLiteral("zone%1.example").arg(i) } });
    }
    const QString path = m_dir->filePath(QStringLiteral("colleague.json"));
    QString error;
    QVERIFY2(SavedRequestFile::write(path, many, &error), qPrintable(error));

    SavedRequestStore store(databaseFile());
    QWidget window;
    auto* panel = new SavedPanel(&store, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(panel->isHidden()); // nothing saved yet
    QSignalSpy notices(panel, &SavedPanel::notice);
    auto* progress = panel->findChild<QProgressBar*>(QStringLiteral("savedImportProgress"));
    QVERIFY(progress);

    // The 10,000 rows come in one reset of the list, not one insertion each (164 ms of stall
    // at the end of the import when each row was an item of its own).
    QSignalSpy inserted(panel->list()->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(panel->list()->model(), &QAbstractItemModel::modelReset);
    StallProbe probe;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(panel->importFrom(path));
    const double startMs = double(timer.nsecsElapsed()) / 1e6;
    // The panel shows the import going on, the window answering meanwhile.
    QTRY_VERIFY(progress->isVisible());
    QVERIFY(!panel->importAction()->isEnabled()); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(
        panel->list()->model()->rowCount(), SavedRequestFile::MaxRequests, 60000);
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(panel->importAction()->isEnabled());
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.at(0).at(0).toString().startsWith(QLatin1String("Imported 10000")),
        qPrintable(notices.at(0).at(0).toString()));
    qInfo("import of 10,000: importFrom returned in %.1f ms, all in after %lld ms, longest "
          "stall of the event loop %.1f ms",
        startMs, timer.elapsed(), probe.longestMs());
    // The read, the checks and the inserts (1 to 3 s) are off the GUI thread; what stays on it is
    // the list filled once at the end.
    QVERIFY2(startMs < 50, qPrintable(QString::number(startMs)));
    QVERIFY2(probe.longestMs() < 500, qPrintable(QString::number(probe.longestMs())));
}

void TestWorkbench::usageRanksOnItsOwnEndpoint()
{
    const QString list = QStringLiteral("GET /domain/zone/{zoneName}/record");
    const QString one = QStringLiteral("GET /domain/zone/{zoneName}/record/{id}");
    const QString create = QStringLiteral("POST /domain/zone/{zoneName}/record");
    auto window = makeWindow();
    window->show();
    waitLoaded(*window); // ovh-eu
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")), list);
    // What the history says (HistoryStore::usageByEndpoint()): `one` called often on ovh-ca.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    window->setEndpointUsage({ { QStringLiteral("ovh-ca"), { { one, 40, now } } } });
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")), list); // not on ovh-eu

    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    window->loadEndpoint(*Endpoint::byName(u"ovh-ca"));
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs));
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")), one); // first on ovh-ca

    // A newer reading of the history replaces the older one; a reload keeps it.
    window->setEndpointUsage(
        { { QStringLiteral("ovh-ca"), { { one, 40, now }, { create, 400, now } } } });
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")), create);
    window->loadEndpoint(*Endpoint::byName(u"ovh-ca"));
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs));
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")), create);
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
