#include "windowtestcase.h"

#include "models/searchresultmodel.h"
#include "sandbox/sandboxdemo.h"
#include "session/explorerservices.h"
#include "window/navigatorpanel.h"

#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Ovh;

namespace OvhTest {

QString firstSearchResult(MainWindow& window, const QString& query)
{
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* results = window.findChild<QListView*>(QStringLiteral("searchResults"));
    if (!search || !results)
        return QStringLiteral("no search box");
    search->setFocus();
    search->clear();
    QTest::keyClicks(search, query);
    if (!QTest::qWaitFor([&window] { return searchIndexed(window); }))
        return QStringLiteral("still indexing");
    const QModelIndex first = results->model()->index(0, 0);
    const QString text = first.data().toString(); // "METHOD path \u2014 product \u2014 description"
    return text.section(QStringLiteral(" \u2014 "), 0, 0);
}

bool searchIndexed(MainWindow& window)
{
    auto* navigator = window.findChild<NavigatorPanel*>();
    return navigator && !navigator->searchModel()->isIndexing();
}

void WindowTestCase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings
        = std::make_unique<ExplorerSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_sandboxCredentials = SandboxDemo::credentials();
    m_firstStart = false;
    m_restart = nullptr;
}

void WindowTestCase::cleanup()
{
    m_sandbox.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> WindowTestCase::makeWindow(
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
    options.history = m_history;
    options.savedRequests = m_savedRequests;
    options.firstStart = m_firstStart;
    options.restart = m_restart;
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

void WindowTestCase::waitLoaded(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.loadEndpoint(*Endpoint::byName(u"ovh-eu"));
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs));
}

void WindowTestCase::switchToSandbox(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    QVERIFY(window.useSandbox());
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs));
    QCOMPARE(window.endpoint().name, QStringLiteral("sandbox"));
}

} // namespace OvhTest
