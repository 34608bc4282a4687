#include "windowfixture.h"

#include "look/palettes.h"
#include "operation/operationview.h"
#include "sandbox/sandboxdemo.h"
#include "sandboxflow.h"
#include "session/explorerservices.h"
#include "window/accountbutton.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMutex>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

using namespace Ovh;

namespace OvhTest {

namespace {

constexpr int kTimeoutMs = kWindowTimeoutMs;

// Every message of the process, to prove no secret was logged.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

Credentials demoApplication()
{
    Credentials credentials;
    credentials.applicationKey = QString::fromLatin1(SandboxDemo::kApplicationKey);
    credentials.applicationSecret = QString::fromLatin1(SandboxDemo::kApplicationSecret);
    return credentials;
}

} // namespace

const QString WindowFixture::kRecordPath = QStringLiteral("/domain/zone/{zoneName}/record");
const QString WindowFixture::kProfile = QStringLiteral("reader");

QStringList WindowFixture::loggedMessages()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

void WindowFixture::setUp()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariable("OVH_EXPLORER_PALETTE") == QLatin1String("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    // Settings under a private XDG_CONFIG_HOME: the files the last test greps.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    g_previousHandler = qInstallMessageHandler(captureMessage);

    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->listen());
    m_settings = std::make_unique<ExplorerSettings>(
        m_dir.filePath(QStringLiteral("config/ovh-api-explorer/ovh-explorer.ini")));
    // A service name of its own: never the person's keychain entries, nor another run's.
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("ovh-explorer-test-%1-%2")
                                                  .arg(QCoreApplication::applicationPid())
                                                  .arg(QRandomGenerator::global()->generate()));
    m_secrets->setTimeout(10000);
    m_accounts = std::make_unique<AccountStore>(m_settings->store(), m_secrets.get());
    m_clock = new ServerClock(&m_nam, this);
    m_client = new ApiClient(&m_nam, m_clock, this);
    QSignalSpy synced(m_clock, &ServerClock::synced);
    m_clock->sync(sandboxEndpoint());
    QVERIFY(synced.wait(10000));
    rememberSecrets(demoApplication());
    rememberSecrets(Credentials { {}, {}, QString::fromLatin1(SandboxDemo::kConsumerKey), {}, {} });
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_catcher, "open");
}

void WindowFixture::tearDown()
{
    // Leave nothing in the keychain.
    if (m_accounts) {
        for (const QString& name : { kProfile, QStringLiteral("newcomer") })
            waitFor(m_accounts->remove(QStringLiteral("sandbox"), name));
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    qInstallMessageHandler(g_previousHandler);
}

Endpoint WindowFixture::sandboxEndpoint() const
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("sandbox");
    endpoint.baseUrl = m_sandbox->baseUrl();
    return endpoint;
}

std::unique_ptr<MainWindow> WindowFixture::makeWindow(const QProcessEnvironment& environment)
{
    ExplorerServices::Options servicesOptions;
    servicesOptions.environment = environment;
    servicesOptions.cacheDir = m_dir.filePath(QStringLiteral("cache"));
    servicesOptions.offline = true;
    servicesOptions.accounts = m_accounts.get();
    servicesOptions.schemaTimeoutMs = m_settings->schemaTimeoutSeconds() * 1000;
    servicesOptions.callTimeoutMs = m_settings->callTimeoutSeconds() * 1000;
    auto* services = new ExplorerServices(&m_nam, servicesOptions);
    MainWindow::Options options;
    options.startSandbox = [this] {
        SandboxAccess access;
        access.baseUrl = m_sandbox->baseUrl();
        access.credentials = demoApplication();
        access.credentials.consumerKey = QString::fromLatin1(SandboxDemo::kConsumerKey);
        return access;
    };
    auto window = std::make_unique<MainWindow>(services, m_settings.get(), options);
    services->setParent(window.get()); // goes with the window, after its widgets
    return window;
}

std::unique_ptr<MainWindow> WindowFixture::sandboxWindow()
{
    auto window = makeWindow();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        QTest::qFail("the window was never exposed", __FILE__, __LINE__);
    else
        openSandbox(*window);
    return window;
}

void WindowFixture::openSandbox(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    QVERIFY(window.useSandbox());
    QVERIFY(loaded.wait(kTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isResolvingAccount(), kTimeoutMs);
}

LoginDialog* WindowFixture::loginDialog(MainWindow& window)
{
    LoginDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = window.findChild<LoginDialog*>();
                return dialog && dialog->isVisible();
            },
            kTimeoutMs))
        return nullptr;
    return dialog;
}

Credentials WindowFixture::completeLogin(
    MainWindow& window, LoginDialog* dialog, const QString& profile)
{
    dialog->setPollInterval(100);
    auto* request = dialog->findChild<QPushButton*>(QStringLiteral("requestAccessButton"));
    // The dialog probes the keychain first.
    if (!request || !QTest::qWaitFor([request] { return request->isEnabled(); }, kTimeoutMs))
        return {};
    QSignalSpy loggedIn(dialog, &LoginDialog::loggedIn);
    const qsizetype opened = m_catcher.urls.size();
    QTest::mouseClick(request, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return m_catcher.urls.size() > opened; }, kTimeoutMs))
        return {};
    const QUrl url = m_catcher.urls.constLast();
    // The link can be copied: only the validation page's address goes to the clipboard.
    if (auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("copyLinkButton")))
        QTest::mouseClick(copy, Qt::LeftButton);
    if (validate(url) != 200 || !loggedIn.wait(kTimeoutMs))
        return {};
    auto* button = window.findChild<QToolButton*>(QStringLiteral("accountButton"));
    const QString expected = QStringLiteral("Account: ") + profile;
    if (!QTest::qWaitFor(
            [&] { return button->text() == expected && !window.isResolvingAccount(); }, kTimeoutMs))
        return {};
    const AccountResult loaded = waitFor(m_accounts->load(QStringLiteral("sandbox"), profile));
    rememberSecrets(loaded.credentials);
    return loaded.credentials;
}

void WindowFixture::verifyNoSecret(const QString& text, const QString& where)
{
    for (const QString& secret : std::as_const(m_secretsSeen))
        QVERIFY2(!text.contains(secret), qPrintable(where + QStringLiteral(" holds a secret")));
}

int WindowFixture::validate(const QUrl& validationUrl)
{
    return OvhTest::decideOnValidationPage(m_nam, validationUrl, QByteArrayLiteral("validity=0"));
}

Credentials WindowFixture::obtainKey(const CredentialRules& rules)
{
    const Credentials credentials
        = OvhTest::obtainKey(m_nam, m_client, sandboxEndpoint(), demoApplication(), rules);
    rememberSecrets(credentials);
    return credentials;
}

void WindowFixture::saveProfile(const Credentials& credentials)
{
    Profile profile;
    profile.name = kProfile;
    profile.endpoint = QStringLiteral("sandbox");
    profile.applicationKey = credentials.applicationKey;
    const AccountResult saved = waitFor(m_accounts->save(profile, credentials));
    QVERIFY2(saved.isOk(), qPrintable(saved.errorString));
}

void WindowFixture::switchTo(MainWindow& window, const QString& action)
{
    auto* button = window.findChild<AccountButton*>(QStringLiteral("accountButton"));
    QVERIFY(button);
    emit button->menu()->aboutToShow(); // as when the person opens the menu
    auto* entry = window.findChild<QAction*>(action);
    QVERIFY2(entry, qPrintable(action));
    QVERIFY(entry->isEnabled());
    QSignalSpy resolved(&window, &MainWindow::accountResolved);
    entry->trigger();
    if (action.startsWith(QStringLiteral("accountProfile:"))) {
        // The keychain answers later: meanwhile Execute waits and says why.
        QVERIFY(window.isResolvingAccount());
        auto* reason = window.findChild<QLabel*>(QStringLiteral("executeReason"));
        if (window.findChild<QWidget*>(QStringLiteral("parameterForm"))->isVisible()) {
            QCOMPARE(reason->text(), QStringLiteral("Reading the keychain\u2026"));
            QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("executeButton"))->isEnabled());
        }
    }
    // The demo keys and ovh.conf need no keychain: resolved at once.
    QVERIFY(!resolved.isEmpty() || resolved.wait(kTimeoutMs));
}

void WindowFixture::fillRecord(MainWindow& window)
{
    QVERIFY(window.openOperation(QStringLiteral("POST ") + kRecordPath));
    auto* zone = window.findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    QVERIFY(zone);
    zone->clear();
    QTest::keyClicks(zone, QStringLiteral("example.com"));
    auto* fieldType = window.findChild<QComboBox*>(QStringLiteral("field:body.fieldType"));
    fieldType->setCurrentIndex(fieldType->findData(QStringLiteral("TXT")));
    auto* subDomain = window.findChild<QLineEdit*>(QStringLiteral("field:body.subDomain"));
    subDomain->clear();
    QTest::keyClicks(subDomain, QStringLiteral("_check"));
    auto* target = window.findChild<QLineEdit*>(QStringLiteral("field:body.target"));
    target->clear();
    QTest::keyClicks(target, QStringLiteral("hello"));
}

void WindowFixture::execute(MainWindow& window, const QString& operation, const QString& status)
{
    if (!operation.isEmpty())
        QVERIFY(window.openOperation(operation));
    auto* executeButton = window.findChild<QPushButton*>(QStringLiteral("executeButton"));
    QTRY_VERIFY(executeButton->isEnabled());
    auto* statusLabel = window.findChild<QLabel*>(QStringLiteral("resultStatus"));
    QSignalSpy finished(window.findChild<OperationView*>(), &OperationView::callFinished);
    QTest::mouseClick(executeButton, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(statusLabel->text().startsWith(status), qPrintable(statusLabel->text()));
}

void WindowFixture::rememberSecrets(const Credentials& credentials)
{
    for (const QString& secret : { credentials.applicationSecret, credentials.consumerKey }) {
        if (!secret.isEmpty() && !m_secretsSeen.contains(secret))
            m_secretsSeen << secret;
    }
}

void WindowFixture::shot(MainWindow& window, const QString& name)
{
    const QString folder = qEnvironmentVariable("OVH_WINDOW_SHOTS");
    if (folder.isEmpty())
        return;
    const QString suffix = qEnvironmentVariable("OVH_EXPLORER_PALETTE") == QLatin1String("dark")
        ? QStringLiteral("-dark")
        : QString();
    const QSize before = window.size();
    for (const QSize& size : { QSize(1280, 800), QSize(820, 600) }) {
        window.resize(size);
        QTest::qWait(150);
        window.grab().save(QStringLiteral("%1/window-%2-%3x%4%5.png")
                               .arg(folder, name)
                               .arg(size.width())
                               .arg(size.height())
                               .arg(suffix));
    }
    window.resize(before);
}

} // namespace OvhTest
