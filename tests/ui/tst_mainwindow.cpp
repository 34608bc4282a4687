#include "look/palettes.h"
#include "models/itemroles.h"
#include "models/producttreemodel.h"
#include "models/searchresultmodel.h"
#include "operation/operationview.h"
#include "operation/snippetview.h"
#include "settings/explorersettings.h"
#include "window/mainwindow.h"

#include "session/explorerservices.h"

#include "hostileserver.h"
#include "net/callresult.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Ovh;

namespace {

constexpr int kLoadTimeoutMs = 60000;
const QString kRecordPath = QStringLiteral("/domain/zone/{zoneName}/record");
const QByteArray kLimitedConsumerKey = QByteArrayLiteral("SbxLimitedReadOnlyKey00000000001");

Credentials demoCredentials()
{
    return SandboxDemo::credentials();
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsBundledSchema();
    void aboutTellsVersionAndSchema();
    void searchAndEnterOpensOperation();
    void escapeClearsAndShortcutFocuses();
    void deepLinkOpensAfterLoad();
    void customEndpointErrorShowsInline();
    void remembersSession();
    void sandboxEndToEnd();
    void deniedCallShowsErrorInline();
    void missingValueKeepsExecuteDisabled();
    void pythonTabFollowsForm();
    void copyPutsScriptOnClipboard();
    void tabsFitSmallWindow();
    void accountButtonWithoutAccounts();
    void tabOrderFollowsForm();
    void shortcutsDialogListsEveryShortcut();
    void hangingSchemaLoadEnds_data();
    void hangingSchemaLoadEnds();
    void endlessAnswersStayBounded();

private:
    std::unique_ptr<MainWindow> makeWindow(
        bool offline = true, const QProcessEnvironment& environment = QProcessEnvironment());
    void waitLoaded(MainWindow& window);
    void switchToSandbox(MainWindow& window);
    void fillRecord(MainWindow& window);

    // The composition root's part in these tests: the window asks for the sandbox through
    // Options::startSandbox, and gets these keys with it.
    std::unique_ptr<Sandbox> m_sandbox;
    Credentials m_sandboxCredentials;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ExplorerSettings> m_settings;
    QNetworkAccessManager m_nam;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings
        = std::make_unique<ExplorerSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_sandboxCredentials = demoCredentials();
}

void TestMainWindow::cleanup()
{
    m_sandbox.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(
    bool offline, const QProcessEnvironment& environment)
{
    ExplorerServices::Options servicesOptions;
    servicesOptions.cacheDir = m_dir->filePath(QStringLiteral("cache"));
    servicesOptions.offline = offline;
    servicesOptions.environment = environment;
    servicesOptions.schemaTimeoutMs = m_settings->schemaTimeoutSeconds() * 1000;
    servicesOptions.callTimeoutMs = m_settings->callTimeoutSeconds() * 1000;
    auto* services = new ExplorerServices(&m_nam, servicesOptions);
    MainWindow::Options options;
    options.startSandbox = [this] {
        SandboxAccess access;
        if (!m_sandbox) {
            auto server = std::make_unique<Sandbox>();
            if (!server->listen()) {
                access.error = server->errorString();
                return access;
            }
            m_sandbox = std::move(server);
        }
        access.baseUrl = m_sandbox->baseUrl();
        access.credentials = m_sandboxCredentials;
        return access;
    };
    auto window = std::make_unique<MainWindow>(services, m_settings.get(), options);
    services->setParent(window.get()); // goes with the window, after its widgets
    return window;
}

void TestMainWindow::waitLoaded(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.loadEndpoint(*Endpoint::byName(u"ovh-eu"));
    QVERIFY(loaded.wait(kLoadTimeoutMs));
}

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
    QVERIFY(loaded.wait(kLoadTimeoutMs));
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
    QVERIFY(loaded.wait(kLoadTimeoutMs)); // offline with no cache: nothing to show
    auto* message = window->findChild<QLabel*>(QStringLiteral("messageBar"));
    QVERIFY(message->isVisible());
    // On a dark palette the bar turns dark too, its text light (it was a light-only style).
    window->setPalette(darkPalette());
    QVERIFY(message->palette().color(QPalette::WindowText).lightness() > 128);
    const QImage painted = message->grab().toImage();
    QVERIFY(painted.pixelColor(painted.width() - 4, painted.height() / 2).lightness() < 128);
    // The previous schema stays browsable.
    QCOMPARE(window->findChild<QTreeView*>(QStringLiteral("productTree"))->model()->rowCount(), 89);
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

void TestMainWindow::sandboxEndToEnd()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);

    // Choose "Sandbox (demo)" in the endpoint combo: it starts and loads its schema.
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("endpointCombo"));
    const int row = combo->findText(QStringLiteral("Sandbox (demo)"));
    QVERIFY(row >= 0);
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    combo->setCurrentIndex(row);
    emit combo->activated(row);
    QVERIFY(loaded.wait(kLoadTimeoutMs));
    QCOMPARE(window->endpoint().name, QStringLiteral("sandbox"));
    QCOMPARE(combo->currentIndex(), row);

    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));
    auto* zone = window->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    QVERIFY(zone);
    QTest::keyClicks(zone, QStringLiteral("example.com"));
    auto* fieldType = window->findChild<QComboBox*>(QStringLiteral("field:body.fieldType"));
    fieldType->setCurrentIndex(fieldType->findData(QStringLiteral("CNAME")));
    QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("field:body.subDomain")),
        QStringLiteral("docs"));
    QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("field:body.target")),
        QStringLiteral("www.example.com."));
    auto* execute = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    QTRY_VERIFY(execute->isEnabled());
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("credentialsMessage"))->isVisible());
    QTest::keyClick(zone, Qt::Key_Return, Qt::ControlModifier);
    auto* status = window->findChild<QLabel*>(QStringLiteral("resultStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().startsWith(QStringLiteral("200")), 10000);
    const QString body
        = window->findChild<QPlainTextEdit*>(QStringLiteral("resultBody"))->toPlainText();
    QVERIFY2(
        body.contains(QStringLiteral("www.example.com.")) && body.contains(QStringLiteral("docs")),
        qPrintable(body));
    QCOMPARE(m_settings->lastEndpoint(), QStringLiteral("sandbox"));
}

void TestMainWindow::switchToSandbox(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    QVERIFY(window.useSandbox());
    QVERIFY(loaded.wait(kLoadTimeoutMs));
    QCOMPARE(window.endpoint().name, QStringLiteral("sandbox"));
}

void TestMainWindow::fillRecord(MainWindow& window)
{
    QVERIFY(window.openOperation(QStringLiteral("POST ") + kRecordPath));
    auto* zone = window.findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    QVERIFY(zone);
    QTest::keyClicks(zone, QStringLiteral("example.com"));
    auto* fieldType = window.findChild<QComboBox*>(QStringLiteral("field:body.fieldType"));
    fieldType->setCurrentIndex(fieldType->findData(QStringLiteral("TXT")));
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("field:body.subDomain")),
        QStringLiteral("_check"));
    QTest::keyClicks(
        window.findChild<QLineEdit*>(QStringLiteral("field:body.target")), QStringLiteral("hello"));
}

void TestMainWindow::deniedCallShowsErrorInline()
{
    // A consumer key that may only read: the sandbox denies the POST like the API does.
    m_sandboxCredentials.consumerKey = QString::fromLatin1(kLimitedConsumerKey);
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    switchToSandbox(*window);
    QVERIFY(m_sandbox);
    QVERIFY(m_sandbox->addConsumerKey(SandboxDemo::applicationKey(), kLimitedConsumerKey,
        { AccessRule { QStringLiteral("GET"), QStringLiteral("/*") } }));

    fillRecord(*window);
    if (QTest::currentTestFailed())
        return;
    auto* execute = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    QTRY_VERIFY(execute->isEnabled());
    QTest::mouseClick(execute, Qt::LeftButton);

    auto* status = window->findChild<QLabel*>(QStringLiteral("resultStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().startsWith(QStringLiteral("403")), 10000);
    auto* message = window->findChild<QLabel*>(QStringLiteral("resultMessage"));
    QVERIFY(message->isVisible());
    const QString text = message->text();
    QVERIFY2(text.contains(QStringLiteral("NOT_GRANTED_CALL"))
            || text.contains(QStringLiteral("not been granted")),
        qPrintable(text));
    // The query id the sandbox put on the answer, in the message and in the summary.
    const QString queryId = window->findChild<QLabel*>(QStringLiteral("resultQueryId"))->text();
    QVERIFY2(queryId.contains(QStringLiteral("SBX.")), qPrintable(queryId));
    QVERIFY2(text.contains(QStringLiteral("SBX.")), qPrintable(text));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("resultView"));
    // What to do about it: the exact right to request.
    auto* guidance = window->findChild<QLabel*>(QStringLiteral("resultGuidanceText"));
    QVERIFY(guidance && guidance->isVisible());
    QVERIFY2(guidance->text().contains(QStringLiteral("POST /domain/zone/*/record")),
        qPrintable(guidance->text()));
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("resultGuidanceButton"))->isVisible());
    // Nothing was created.
    QVERIFY(execute->isEnabled());
}

void TestMainWindow::missingValueKeepsExecuteDisabled()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    switchToSandbox(*window);
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));

    auto* execute = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    auto* reason = window->findChild<QLabel*>(QStringLiteral("executeReason"));
    QVERIFY(!execute->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("zoneName")), qPrintable(reason->text()));

    // Everything but the zone: still disabled, and the reason names what is missing.
    auto* fieldType = window->findChild<QComboBox*>(QStringLiteral("field:body.fieldType"));
    fieldType->setCurrentIndex(fieldType->findData(QStringLiteral("A")));
    QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("field:body.target")),
        QStringLiteral("192.0.2.1"));
    QVERIFY(!execute->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("zoneName")), qPrintable(reason->text()));

    // Ctrl+Enter does not send; it marks the missing field (label and red frame). The clock
    // sync that switching to the sandbox started has reached it first (plain http goes through
    // BoundedReply's tunnel, which takes a few turns of the event loop).
    QTRY_VERIFY(m_sandbox->requestCount() > 0);
    const int before = m_sandbox->requestCount();
    auto* zone = window->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    QTest::keyClick(zone, Qt::Key_Return, Qt::ControlModifier);
    auto* error = window->findChild<QLabel*>(QStringLiteral("error:zoneName"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    auto* zoneEditor = window->findChild<QWidget*>(QStringLiteral("editor:zoneName"));
    QVERIFY(zoneEditor);
    QVERIFY(zoneEditor->property("invalid").toBool());
    QTest::qWait(200);
    QCOMPARE(m_sandbox->requestCount(), before);
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("resultStatus"))->isVisible());

    QTest::keyClicks(zone, QStringLiteral("example.com"));
    QTRY_VERIFY(execute->isEnabled());
    QVERIFY(!error->isVisible());
    QVERIFY(!zoneEditor->property("invalid").toBool());
}

void TestMainWindow::pythonTabFollowsForm()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    switchToSandbox(*window);
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));

    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QCOMPARE(titles,
        QStringList({ QStringLiteral("&Parameters"), QStringLiteral("&Result"),
            QStringLiteral("Python"), QStringLiteral("PHP"), QStringLiteral("More code"),
            QStringLiteral("Refere&nce") }));
    // Node.js, Go and Shell share "More code", one language at a time.
    auto* languages = window->findChild<QComboBox*>(QStringLiteral("moreCodeLanguage"));
    QVERIFY(languages);
    QStringList more;
    for (int i = 0; i < languages->count(); ++i)
        more << languages->itemText(i);
    QCOMPARE(more,
        QStringList({ QStringLiteral("Node.js"), QStringLiteral("Go"), QStringLiteral("Shell") }));

    auto* python = window->findChild<SnippetView*>(QStringLiteral("snippet:python"));
    auto* text = window->findChild<QPlainTextEdit*>(QStringLiteral("snippetText:python"));
    QVERIFY(python && text);
    tabs->setCurrentWidget(python);
    QTRY_VERIFY(!text->toPlainText().isEmpty());
    const QString before = text->toPlainText();
    QVERIFY2(before.contains(QStringLiteral("import ovh")), qPrintable(before));
    // Placeholders only: the demo secret never appears in a script.
    QVERIFY(!before.contains(QString::fromLatin1(SandboxDemo::kApplicationSecret)));
    QVERIFY(!before.contains(QString::fromLatin1(SandboxDemo::kConsumerKey)));

    // Typing in the form while the Python tab shows: the script follows, live.
    auto* target = window->findChild<QLineEdit*>(QStringLiteral("field:body.target"));
    target->setText(QStringLiteral("mail.example.net."));
    emit target->textEdited(target->text());
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("mail.example.net.")));
    QVERIFY(text->toPlainText() != before);

    // Back to the form, type again, then the tab shows the new value when it comes back.
    tabs->setCurrentWidget(window->findChild<QWidget*>(QStringLiteral("parameterForm")));
    auto* zone = window->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    QTest::keyClicks(zone, QStringLiteral("example.org"));
    tabs->setCurrentWidget(python);
    QTRY_VERIFY2(text->toPlainText().contains(QStringLiteral("example.org")),
        qPrintable(text->toPlainText()));
    // The PHP tab too, once shown.
    auto* php = window->findChild<SnippetView*>(QStringLiteral("snippet:php"));
    tabs->setCurrentWidget(php);
    QTRY_VERIFY(window->findChild<QPlainTextEdit*>(QStringLiteral("snippetText:php"))
                    ->toPlainText()
                    .contains(QStringLiteral("mail.example.net.")));
}

void TestMainWindow::copyPutsScriptOnClipboard()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    QVERIFY(window->openOperation(QStringLiteral("GET /domain/zone/{zoneName}/record")));
    QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("field:zoneName")),
        QStringLiteral("example.com"));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    auto* shell = window->findChild<SnippetView*>(QStringLiteral("snippet:shell"));
    QVERIFY(shell);
    // As a person does: the "More code" tab, then Shell in its language selector.
    tabs->setCurrentWidget(window->findChild<QWidget*>(QStringLiteral("moreCodePage")));
    auto* languages = window->findChild<QComboBox*>(QStringLiteral("moreCodeLanguage"));
    languages->setCurrentIndex(languages->findText(QStringLiteral("Shell")));
    QTRY_VERIFY(shell->isVisible());
    QVERIFY(!window->findChild<SnippetView*>(QStringLiteral("snippet:node"))->isVisible());
    auto* copy = window->findChild<QPushButton*>(QStringLiteral("snippetCopy:shell"));
    QTRY_VERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(!copied.isEmpty());
    QCOMPARE(copied,
        window->findChild<QPlainTextEdit*>(QStringLiteral("snippetText:shell"))->toPlainText());
    QVERIFY(copied.contains(QStringLiteral("/domain/zone/example.com/record")));
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

void TestMainWindow::accountButtonWithoutAccounts()
{
    // Without an AccountStore: ovh.conf/environment only (none here), demo keys on the sandbox.
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    auto* button = window->findChild<QToolButton*>(QStringLiteral("accountButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Not logged in"));
    QVERIFY(window->openOperation(QStringLiteral("GET /me")));
    auto* reason = window->findChild<QLabel*>(QStringLiteral("executeReason"));
    QVERIFY2(reason->text().contains(QStringLiteral("Not logged in")), qPrintable(reason->text()));
    auto* login = window->findChild<QPushButton*>(QStringLiteral("credentialsLoginButton"));
    QVERIFY(login && login->isVisible());
    // The ovh.conf way stays explained next to the button.
    const QString message
        = window->findChild<QLabel*>(QStringLiteral("credentialsMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("~/.ovh.conf"))
            && message.contains(QStringLiteral("Log in")),
        qPrintable(message));

    switchToSandbox(*window);
    QTRY_COMPARE(button->text(), QStringLiteral("Sandbox demo keys"));
    QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::Demo);
    QVERIFY(!button->toolTip().contains(QString::fromLatin1(SandboxDemo::kApplicationSecret)));
    auto* logout = window->findChild<QAction*>(QStringLiteral("accountLogout"));
    QVERIFY(logout);
    QVERIFY(!logout->isEnabled()); // the shared demo key is never revoked
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("accountLogin"))->isEnabled());
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
    QMessageBox* box = nullptr;
    QTRY_VERIFY(
        (box = window->findChild<QMessageBox*>(QStringLiteral("shortcutsDialog"))) != nullptr);
    const QString text = box->text();
    const QList<QAction*> actions = window->findChildren<QAction*>();
    int listed = 0;
    for (const QAction* each : actions) {
        const QList<QKeySequence> shortcuts = each->shortcuts();
        for (const QKeySequence& shortcut : shortcuts) {
            QVERIFY2(text.contains(shortcut.toString(QKeySequence::NativeText).toHtmlEscaped()),
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

    QProcessEnvironment keys; // even an unsigned call needs an application key
    keys.insert(QStringLiteral("OVH_APPLICATION_KEY"), QStringLiteral("ak"));
    auto window = makeWindow(false, keys);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    window->loadEndpoint(*Endpoint::fromUserText(server.url(QStringLiteral("/1.0")).toString()));
    QVERIFY(loaded.wait(kLoadTimeoutMs));
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
