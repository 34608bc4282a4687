// The main window: loading a schema, finding and opening operations, the endpoint bar, what it
// remembers, its layout and shortcuts, and servers that hang or never end.
#include "windowtestcase.h"

#include "hostileserver.h"
#include "look/palettes.h"
#include "models/itemroles.h"
#include "net/callresult.h"
#include "operation/operationview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Ovh;
using namespace OvhTest;

class TestMainWindow final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void loadsBundledSchema();
    void aboutTellsVersionAndSchema();
    void searchAndEnterOpensOperation();
    void escapeClearsAndShortcutFocuses();
    void deepLinkOpensAfterLoad();
    void customEndpointErrorShowsInline();
    void remembersSession();
    void tabsFitSmallWindow();
    void tabOrderFollowsForm();
    void shortcutsDialogListsEveryShortcut();
    void hangingSchemaLoadEnds_data();
    void hangingSchemaLoadEnds();
    void endlessAnswersStayBounded();
};

void TestMainWindow::loadsBundledSchema()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* progress = window->findChild<QWidget*>(QStringLiteral("loadProgress"));
    QVERIFY(progress);
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    window->loadEndpoint(*Endpoint::byName(u"ovh-eu"));
    QVERIFY(progress->isVisible());
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs));
    QVERIFY(!progress->isVisible());

    auto* tree = window->findChild<QTreeView*>(QStringLiteral("productTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 89);
    QVERIFY(tree->isVisible());
    auto* source = window->findChild<QLabel*>(QStringLiteral("sourceLabel"));
    QVERIFY(source);
    QVERIFY2(source->text().contains(QStringLiteral("bundled")), qPrintable(source->text()));
    QVERIFY(source->text().contains(QStringLiteral("ovh-eu")));
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("endpointCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("ovh-eu"));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("operationPlaceholder"))->isVisible());
}

void TestMainWindow::aboutTellsVersionAndSchema()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7 (git abcdef0123)"));
    auto window = makeWindow();
    waitLoaded(*window);
    auto* about = window->findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    auto* dialog = window->findChild<QDialog*>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QStringList texts;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        texts.append(label->text());
    QVERIFY2(texts.contains(QStringLiteral("9.8.7 (git abcdef0123)")),
        qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(m_dir->filePath(QStringLiteral("cache"))));
    QVERIFY(texts.contains(m_dir->filePath(QStringLiteral("settings.ini"))));

    QGuiApplication::clipboard()->clear();
    auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("copyDiagnostics"));
    QVERIFY(copy);
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Endpoint: ovh-eu (https://eu.api.ovh.com/1.0)")),
        qPrintable(copied));
    QVERIFY2(copied.contains(QStringLiteral("Schema: bundled, 89 products")), qPrintable(copied));
    dialog->close();
}

void TestMainWindow::searchAndEnterOpensOperation()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);

    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* results = window->findChild<QListView*>(QStringLiteral("searchResults"));
    QVERIFY(search && results);
    QVERIFY(!results->isVisible());
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zone record"));
    QTRY_VERIFY(results->isVisible());
    QTRY_VERIFY(searchIndexed(*window)); // the matches come once the index is built
    QVERIFY(results->model()->rowCount() > 0);
    const QModelIndex first = results->model()->index(0, 0);
    QVERIFY2(first.data().toString().contains(QStringLiteral("/domain/zone/")),
        qPrintable(first.data().toString()));
    auto* matches = window->findChild<QLabel*>(QStringLiteral("matchLabel"));
    QVERIFY(matches->isVisible());
    QVERIFY(matches->text().contains(QString::number(results->model()->rowCount())));

    // Narrow it to the POST, then Enter opens the first match: the best-ranked one.
    QTest::keyClicks(search, QStringLiteral(" post"));
    QTRY_VERIFY(results->model()->rowCount() > 0);
    const QString expectedPath = results->model()->index(0, 0).data(ItemRole::Path).toString();
    QTest::keyClick(search, Qt::Key_Return);
    auto* path = window->findChild<QLabel*>(QStringLiteral("operationPath"));
    QVERIFY(path);
    QTRY_VERIFY(path->isVisible());
    QCOMPARE(path->text(), expectedPath);
    QCOMPARE(path->text(), kRecordPath);
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("operationMethod"))->text(),
        QStringLiteral("POST"));

    auto* parameters = window->findChild<QTableView*>(QStringLiteral("parametersTable"));
    QVERIFY(parameters); // on the Reference tab; the form is what shows
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("parameterForm"))->isVisible());
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("field:zoneName"))->isVisible());
    QVERIFY(parameters->model()->rowCount() > 3);
    QCOMPARE(parameters->model()->index(0, 0).data().toString(), QStringLiteral("zoneName *"));

    // The tree follows: the operation is the current row, its parents expanded.
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("productTree"));
    QCOMPARE(tree->currentIndex().data(ItemRole::Path).toString(), kRecordPath);
    QCOMPARE(tree->currentIndex().data(ItemRole::Method).toInt(), int(HttpMethod::Post));
}

void TestMainWindow::escapeClearsAndShortcutFocuses()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    waitLoaded(*window);
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("productTree"));
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());

    auto* action = window->findChild<QAction*>(QStringLiteral("searchAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_K)));
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_F)));
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("dnssec"));
    QTRY_VERIFY(!tree->isVisible());
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_VERIFY(tree->isVisible());
}

void TestMainWindow::deepLinkOpensAfterLoad()
{
    auto window = makeWindow();
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath)); // pending until loaded
    window->show();
    waitLoaded(*window);
    auto* path = window->findChild<QLabel*>(QStringLiteral("operationPath"));
    QTRY_COMPARE(path->text(), kRecordPath);
    QVERIFY(!window->openOperation(QStringLiteral("GET /no/such/thing")));
    QVERIFY(window->openOperation(QStringLiteral("GET /me")));
    QCOMPARE(path->text(), QStringLiteral("/me"));
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("operationMethod"))->text(),
        QStringLiteral("GET"));
}

void TestMainWindow::customEndpointErrorShowsInline()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("endpointCombo"));
    auto* bar = window->findChild<QWidget*>(QStringLiteral("customEndpointBar"));
    QVERIFY(combo && bar);
    QVERIFY(!bar->isVisible());
    // The last row is "Custom URL…".
    emit combo->activated(combo->count() - 1);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(combo->currentText(), QStringLiteral("ovh-eu")); // unchanged until a URL is accepted

    auto* edit = window->findChild<QLineEdit*>(QStringLiteral("customEndpointEdit"));
    auto* error = window->findChild<QLabel*>(QStringLiteral("customEndpointError"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("http://example.com/1.0"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("http")), qPrintable(error->text()));
    QVERIFY(bar->isVisible());
    QCOMPARE(window->endpoint().name, QStringLiteral("ovh-eu"));

    // A valid loopback URL is accepted and becomes the current endpoint.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("http://127.0.0.1:1/1.0"));
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!bar->isVisible());
    QVERIFY(window->endpoint().isCustom());
    QCOMPARE(combo->currentText(), QStringLiteral("http://127.0.0.1:1/1.0"));
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs)); // offline with no cache: nothing to show
    auto* message = window->findChild<QLabel*>(QStringLiteral("messageBar"));
    QVERIFY(message->isVisible());
    // On a dark palette the bar turns dark too, its text light (it was a light-only style).
    window->setPalette(darkPalette());
    QVERIFY(message->palette().color(QPalette::WindowText).lightness() > 128);
    const QImage painted = message->grab().toImage();
    QVERIFY(painted.pixelColor(painted.width() - 4, painted.height() / 2).lightness() < 128);
    // No schema for that host: the eu operations do not stay live against it (item 9).
    QCOMPARE(window->findChild<QTreeView*>(QStringLiteral("productTree"))->model()->rowCount(), 0);
}

void TestMainWindow::remembersSession()
{
    {
        auto window = makeWindow();
        window->show();
        waitLoaded(*window);
        QVERIFY(
            window->openOperation(QStringLiteral("DELETE /domain/zone/{zoneName}/record/{id}")));
        window->resize(900, 640);
        window->close();
    }
    QCOMPARE(
        m_settings->lastOperation(), QStringLiteral("DELETE /domain/zone/{zoneName}/record/{id}"));
    QCOMPARE(m_settings->lastEndpoint(), QStringLiteral("ovh-eu"));
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    QVERIFY(!m_settings->mainSplitterState().isEmpty());

    // A fresh settings object over the same file sees the same values.
    ExplorerSettings reread(m_dir->filePath(QStringLiteral("settings.ini")));
    QCOMPARE(reread.lastOperation(), QStringLiteral("DELETE /domain/zone/{zoneName}/record/{id}"));
    auto window = makeWindow();
    QCOMPARE(window->size(), QSize(900, 640));
}

void TestMainWindow::tabsFitSmallWindow()
{
    // Issue 5: at 820 px wide every operation tab shows, without scroll arrows.
    auto window = makeWindow();
    window->resize(820, 600);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));
    QCOMPARE(window->width(), 820);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    QTabBar* bar = tabs->tabBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(tabs->count(), 6);
    const QRect last = bar->tabRect(bar->count() - 1);
    QVERIFY2(last.right() < bar->width(),
        qPrintable(QStringLiteral("last tab ends at %1, bar is %2 wide")
                       .arg(last.right())
                       .arg(bar->width())));
    const QList<QToolButton*> arrows = bar->findChildren<QToolButton*>();
    for (const QToolButton* arrow : arrows)
        QVERIFY2(!arrow->isVisible(), "the tab bar shows scroll arrows");
    // Every tab is reachable with its full title, none elided.
    for (int i = 0; i < bar->count(); ++i)
        QVERIFY(bar->tabRect(i).width()
            >= bar->fontMetrics().horizontalAdvance(bar->tabText(i).remove(QLatin1Char('&'))));
}

void TestMainWindow::tabOrderFollowsForm()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    waitLoaded(*window);
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));
    auto* zone = window->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    zone->setFocus();
    QTRY_VERIFY(zone->hasFocus());
    // Tab walks the fields in the order they are shown: path, then body.
    const QStringList expected = { QStringLiteral("field:body.fieldType"),
        QStringLiteral("field:body.subDomain"), QStringLiteral("field:body.target") };
    for (const QString& name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        // An editor may be a composite: the focus lands inside the named widget.
        QWidget* field = window->findChild<QWidget*>(name);
        QVERIFY2(focused == field || field->isAncestorOf(focused),
            qPrintable(name + QStringLiteral(" expected, focus on ") + focused->objectName()));
    }
}

void TestMainWindow::shortcutsDialogListsEveryShortcut()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* action = window->findChild<QAction*>(QStringLiteral("shortcutsAction"));
    QVERIFY(action);
    action->trigger();
    QDialog* box = nullptr;
    QTRY_VERIFY((box = window->findChild<QDialog*>(QStringLiteral("shortcutsDialog"))) != nullptr);
    auto* table = box->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QString text;
    for (int row = 0; row < table->rowCount(); ++row)
        text += table->item(row, 0)->text() + QLatin1Char('\t') + table->item(row, 1)->text()
            + QLatin1Char('\n');
    const QList<QAction*> actions = window->findChildren<QAction*>();
    int listed = 0;
    for (const QAction* each : actions) {
        const QList<QKeySequence> shortcuts = each->shortcuts();
        for (const QKeySequence& shortcut : shortcuts) {
            QVERIFY2(text.contains(shortcut.toString(QKeySequence::NativeText)),
                qPrintable(shortcut.toString() + QStringLiteral(" (") + each->text()
                    + QStringLiteral(") not listed")));
            ++listed;
        }
    }
    QVERIFY(listed >= 6); // Ctrl+K, Ctrl+F, Ctrl+Return, Ctrl+Enter, Ctrl+., F5, Ctrl+Q
    for (const char* key : { "Esc", "Ctrl+K", "Ctrl+F", "F5", "Ctrl+.", "Tab" })
        QVERIFY2(text.contains(QString::fromLatin1(key)), key);
    box->close();
}

void TestMainWindow::hangingSchemaLoadEnds_data()
{
    QTest::addColumn<bool>("clickStop");
    QTest::newRow("the Stop button") << true;
    QTest::newRow("the deadline from the settings") << false;
}

void TestMainWindow::hangingSchemaLoadEnds()
{
    QFETCH(bool, clickStop);
    OvhTest::HostileServer server; // accepts, reads, never answers
    QVERIFY(server.listen());
    server.setDefaultBehaviour({ OvhTest::HostileServer::Mode::Silent, 200, {}, {}, 0 });
    m_settings->setSchemaTimeoutSeconds(clickStop ? 600 : 1);
    auto window = makeWindow(false);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    QElapsedTimer timer;
    timer.start();
    window->loadEndpoint(*Endpoint::fromUserText(server.url(QStringLiteral("/1.0")).toString()));
    auto* stop = window->findChild<QToolButton*>(QStringLiteral("stopLoadingButton"));
    QVERIFY(stop);
    QVERIFY(stop->isVisible());
    if (clickStop) {
        QTRY_VERIFY(!server.requests().isEmpty());
        QTest::mouseClick(stop, Qt::LeftButton); // the load ends inside the click
    }
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!stop->isVisible());
    QCOMPARE(loaded.first().first().value<SchemaSet>().source, SchemaSource::None);
}

void TestMainWindow::endlessAnswersStayBounded()
{
    // GET /auth/time needs no keys: the window syncs its clock there and calls it, and both
    // answers never end.
    using Mode = OvhTest::HostileServer::Mode;
    OvhTest::HostileServer server;
    QVERIFY(server.listen());
    const QByteArray index = R"({"apis":[{"path":"/auth","schema":"{path}.{format}",)"
                             R"("format":["json"],"description":""}],"basePath":"x"})";
    server.setBehaviour(QStringLiteral("/1.0/"), { Mode::Serve, 200, index, {}, 0 });
    server.setBehaviour(QStringLiteral("/1.0/auth.json"),
        { Mode::Serve, 200, OvhTest::euSnapshotFile(QStringLiteral("auth.json")), {}, 0 });
    server.setBehaviour(QStringLiteral("/1.0/auth/time"), { Mode::EndlessChunked, 200, {}, {}, 0 });
    const qint64 peakBefore = OvhTest::peakResidentKiB();

    QProcessEnvironment keys; // a key, as a user would have (public calls need none)
    keys.insert(QStringLiteral("OVH_APPLICATION_KEY"), QStringLiteral("ak"));
    auto window = makeWindow(false, keys);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    window->loadEndpoint(*Endpoint::fromUserText(server.url(QStringLiteral("/1.0")).toString()));
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs));
    QVERIFY(window->openOperation(QStringLiteral("GET /auth/time")));
    auto* view = window->findChild<OperationView*>();
    QVERIFY(view);
    QSignalSpy finished(view, &OperationView::callFinished);
    QTRY_VERIFY(view->executeAction()->isEnabled());
    view->executeAction()->trigger();
    QVERIFY(finished.wait(60000));
    const CallResult result = finished.first().first().value<CallResult>();
    QCOMPARE(result.failure, CallResult::Failure::TooLarge);
    const qint64 growthKiB = OvhTest::peakResidentKiB() - peakBefore;
    qInfo("window: peak RSS grew by %lld MiB against endless answers on /auth/time",
        growthKiB / 1024);
    if (OvhTest::residentSizeIsMeaningful())
        QVERIFY2(growthKiB < 250 * 1024, qPrintable(QString::number(growthKiB)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
