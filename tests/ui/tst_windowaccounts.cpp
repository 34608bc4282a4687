// The window's accounts against the in-process sandbox and a private keychain
// (support/with-keyring.sh): the account button, switching to a saved profile, the guidance
// after NOT_GRANTED_CALL (a new key with the current rights plus the missing one, the old key
// revoked) and INVALID_CREDENTIAL, logging out, sandbox accounts that last one session, the
// page a newcomer lands on, a call cancelled by an account switch, logging in from the window
// end to end, and sessions that leave no secret in the settings files, the log or the window.
#include "login/logindialog.h"
#include "login/ruleeditor.h"
#include "look/palettes.h"
#include "operation/operationview.h"
#include "operation/resultview.h"
#include "settings/explorersettings.h"
#include "window/accountbutton.h"
#include "window/mainwindow.h"

#include "session/explorerservices.h"

#include "auth/accountstore.h"
#include "auth/credentialrequest.h"
#include "auth/secretstore.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandboxflow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Ovh;

Q_DECLARE_METATYPE(Ovh::CredentialRules)

namespace {

constexpr int kTimeoutMs = 60000;
const QString kRecordPath = QStringLiteral("/domain/zone/{zoneName}/record");
const QString kProfile = QStringLiteral("reader");

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

// Catches the browser the login dialog opens (QDesktopServices::openUrl).
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};

} // namespace

class TestWindowAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoKeysOnSandbox();
    void restrictedProfileGuidesToTheRight();
    void moreRightsReplaceTheKey();
    void logoutForgetsTheKey();
    void revokedKeyGuidesToLogIn();
    void missingSecretsSayWhatToDo();
    void sandboxProfilesLastOneSession();
    void newcomerStartsOnRequestAccess();
    void switchingAccountCancelsTheCall();
    void loginFromTheWindow();
    void sessionLeavesNoSecret();

private:
    std::unique_ptr<MainWindow> makeWindow(
        const QProcessEnvironment& environment = QProcessEnvironment());
    LoginDialog* loginDialog(MainWindow& window);
    // Requests access in `dialog` (as it is filled), validates on the sandbox page, waits for
    // the login and for the window to use the new key; returns that key (from the keychain).
    Credentials completeLogin(MainWindow& window, LoginDialog* dialog, const QString& profile);
    // Fails when `text` holds a secret this test handled.
    void verifyNoSecret(const QString& text, const QString& where);
    void openSandbox(MainWindow& window);
    // A window shown on the sandbox (a failure is recorded when it cannot be).
    std::unique_ptr<MainWindow> sandboxWindow();
    Endpoint sandboxEndpoint() const;
    // A consumer key with `rules` only, validated through the sandbox's page as a person would.
    Credentials obtainKey(const CredentialRules& rules);
    int validate(const QUrl& validationUrl);
    AccountResult wait(AccountJob* job);
    void saveProfile(const Credentials& credentials);
    void switchTo(MainWindow& window, const QString& action);
    void execute(MainWindow& window, const QString& operation, const QString& status);
    void fillRecord(MainWindow& window);
    void rememberSecrets(const Credentials& credentials);
    // OVH_WINDOW_SHOTS=<folder>: saves what the window looks like at the interesting moments,
    // at 1280x800 and 820x600, for a person to review. Nothing otherwise.
    void shot(MainWindow& window, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<ExplorerSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    QNetworkAccessManager m_nam;
    ServerClock* m_clock = nullptr;
    ApiClient* m_client = nullptr;
    Credentials m_restricted; // the key obtained with GET rules only
    QStringList m_secretsSeen; // every secret this test handled
    UrlCatcher m_catcher;
};

void TestWindowAccounts::initTestCase()
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

void TestWindowAccounts::cleanupTestCase()
{
    // Leave nothing in the keychain.
    if (m_accounts) {
        for (const QString& name : { kProfile, QStringLiteral("newcomer") })
            wait(m_accounts->remove(QStringLiteral("sandbox"), name));
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    qInstallMessageHandler(g_previousHandler);
}

Endpoint TestWindowAccounts::sandboxEndpoint() const
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("sandbox");
    endpoint.baseUrl = m_sandbox->baseUrl();
    return endpoint;
}

std::unique_ptr<MainWindow> TestWindowAccounts::makeWindow(const QProcessEnvironment& environment)
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

std::unique_ptr<MainWindow> TestWindowAccounts::sandboxWindow()
{
    auto window = makeWindow();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        QTest::qFail("the window was never exposed", __FILE__, __LINE__);
    else
        openSandbox(*window);
    return window;
}

void TestWindowAccounts::openSandbox(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    QVERIFY(window.useSandbox());
    QVERIFY(loaded.wait(kTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isResolvingAccount(), kTimeoutMs);
}

LoginDialog* TestWindowAccounts::loginDialog(MainWindow& window)
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

Credentials TestWindowAccounts::completeLogin(
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
    const AccountResult loaded = wait(m_accounts->load(QStringLiteral("sandbox"), profile));
    rememberSecrets(loaded.credentials);
    return loaded.credentials;
}

void TestWindowAccounts::verifyNoSecret(const QString& text, const QString& where)
{
    for (const QString& secret : std::as_const(m_secretsSeen))
        QVERIFY2(!text.contains(secret), qPrintable(where + QStringLiteral(" holds a secret")));
}

int TestWindowAccounts::validate(const QUrl& validationUrl)
{
    return OvhTest::decideOnValidationPage(m_nam, validationUrl, QByteArrayLiteral("validity=0"));
}

Credentials TestWindowAccounts::obtainKey(const CredentialRules& rules)
{
    const Credentials credentials
        = OvhTest::obtainKey(m_nam, m_client, sandboxEndpoint(), demoApplication(), rules);
    rememberSecrets(credentials);
    return credentials;
}

AccountResult TestWindowAccounts::wait(AccountJob* job)
{
    QSignalSpy finished(job, &AccountJob::finished);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<AccountResult>();
}

void TestWindowAccounts::saveProfile(const Credentials& credentials)
{
    Profile profile;
    profile.name = kProfile;
    profile.endpoint = QStringLiteral("sandbox");
    profile.applicationKey = credentials.applicationKey;
    const AccountResult saved = wait(m_accounts->save(profile, credentials));
    QVERIFY2(saved.isOk(), qPrintable(saved.errorString));
}

void TestWindowAccounts::switchTo(MainWindow& window, const QString& action)
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

void TestWindowAccounts::fillRecord(MainWindow& window)
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

void TestWindowAccounts::execute(
    MainWindow& window, const QString& operation, const QString& status)
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

void TestWindowAccounts::rememberSecrets(const Credentials& credentials)
{
    for (const QString& secret : { credentials.applicationSecret, credentials.consumerKey }) {
        if (!secret.isEmpty() && !m_secretsSeen.contains(secret))
            m_secretsSeen << secret;
    }
}

void TestWindowAccounts::shot(MainWindow& window, const QString& name)
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

void TestWindowAccounts::demoKeysOnSandbox()
{
    auto window = sandboxWindow();
    if (QTest::currentTestFailed())
        return;
    auto* button = window->findChild<QToolButton*>(QStringLiteral("accountButton"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Sandbox demo keys"));
    QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::Demo);
    // The menu offers the demo keys (checked) and logging in, not logging out of the shared key.
    emit button->menu()->aboutToShow();
    auto* demo = window->findChild<QAction*>(QStringLiteral("accountDemo"));
    QVERIFY(demo && demo->isChecked());
    QVERIFY(window->findChild<QAction*>(QStringLiteral("accountLogin"))->isEnabled());
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("accountLogout"))->isEnabled());
    execute(*window, QStringLiteral("GET /me"), QStringLiteral("200"));
    shot(*window, QStringLiteral("account-demo"));
}

void TestWindowAccounts::restrictedProfileGuidesToTheRight()
{
    m_restricted = obtainKey({ CredentialRule { QStringLiteral("GET"), QStringLiteral("/*") } });
    QVERIFY(m_restricted.canSign());
    saveProfile(m_restricted);
    if (QTest::currentTestFailed())
        return;
    // Saving made it current, but the window keeps what it resolved until asked again: start
    // on the demo keys, then switch from the menu.
    m_accounts->profiles().setCurrent(QStringLiteral("sandbox"), QString());

    auto window = sandboxWindow();
    if (QTest::currentTestFailed())
        return;
    auto* button = window->findChild<QToolButton*>(QStringLiteral("accountButton"));
    QCOMPARE(button->text(), QStringLiteral("Sandbox demo keys"));
    QVERIFY(window->openOperation(QStringLiteral("GET /me")));
    switchTo(*window, QStringLiteral("accountProfile:") + kProfile);
    QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::Profile);
    QCOMPARE(button->text(), QStringLiteral("Account: reader"));
    QCOMPARE(m_accounts->profiles().currentName(QStringLiteral("sandbox")), kProfile);
    QVERIFY(!button->toolTip().contains(m_restricted.consumerKey));

    // A GET works, a POST is refused: the guidance names the exact right.
    execute(*window, QStringLiteral("GET /me"), QStringLiteral("200"));
    fillRecord(*window);
    execute(*window, QString(), QStringLiteral("403"));
    auto* guidance = window->findChild<QLabel*>(QStringLiteral("resultGuidanceText"));
    QVERIFY(guidance && guidance->isVisible());
    QVERIFY2(guidance->text().contains(QStringLiteral("POST /domain/zone/*/record")),
        qPrintable(guidance->text()));
    QVERIFY2(guidance->text().contains(QStringLiteral("not allowed to call POST ") + kRecordPath),
        qPrintable(guidance->text()));
    auto* request = window->findChild<QPushButton*>(QStringLiteral("resultGuidanceButton"));
    QVERIFY(request->isVisible());
    QCOMPARE(request->text(), QStringLiteral("Request this right\u2026"));
    shot(*window, QStringLiteral("guidance-not-granted"));

    // The button asks the window for the login dialog, on "Request access", with that rule
    // on top of the key's current rights.
    QSignalSpy asked(window->findChild<OperationView*>(), &OperationView::loginRequested);
    QTest::mouseClick(request, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).value<LoginPlan::Page>(), LoginPlan::Page::RequestAccess);
    QCOMPARE(asked.first().at(1).value<CredentialRules>(),
        CredentialRules({ CredentialRule {
            QStringLiteral("POST"), QStringLiteral("/domain/zone/*/record") } }));
    QVERIFY(asked.first().at(2).toBool());
    LoginDialog* dialog = loginDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPage(), LoginDialog::Page::RequestAccess);
    auto* rules = dialog->findChild<RuleEditor*>(QStringLiteral("ruleEditor"));
    QVERIFY(rules);
    QCOMPARE(rules->rules(),
        CredentialRules({ CredentialRule { QStringLiteral("GET"), QStringLiteral("/*") },
            CredentialRule { QStringLiteral("POST"), QStringLiteral("/domain/zone/*/record") } }));
    dialog->reject();
}

void TestWindowAccounts::moreRightsReplaceTheKey()
{
    // A read-only key in the profile; a POST is refused; "Request this right…" asks for a key
    // with GET /* and the POST, which replaces (and revokes) the read-only one.
    const Credentials readOnly
        = obtainKey({ CredentialRule { QStringLiteral("GET"), QStringLiteral("/*") } });
    QVERIFY(readOnly.canSign());
    auto window = sandboxWindow();
    if (QTest::currentTestFailed())
        return;
    saveProfile(readOnly); // logged in during this session
    if (QTest::currentTestFailed())
        return;
    switchTo(*window, QStringLiteral("accountProfile:") + kProfile);
    fillRecord(*window);
    execute(*window, QString(), QStringLiteral("403"));
    auto* request = window->findChild<QPushButton*>(QStringLiteral("resultGuidanceButton"));
    QVERIFY(request->isVisible());
    QTest::mouseClick(request, Qt::LeftButton);
    LoginDialog* dialog = loginDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPage(), LoginDialog::Page::RequestAccess);
    QCOMPARE(dialog->findChild<RuleEditor*>(QStringLiteral("ruleEditor"))->rules(),
        CredentialRules({ CredentialRule { QStringLiteral("GET"), QStringLiteral("/*") },
            CredentialRule { QStringLiteral("POST"), QStringLiteral("/domain/zone/*/record") } }));
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("profileName"))->currentText(), kProfile);

    const Credentials replacement = completeLogin(*window, dialog, kProfile);
    QVERIFY(replacement.canSign());
    QVERIFY(replacement.consumerKey != readOnly.consumerKey);
    // The message bar says what was obtained, and that the old key is gone.
    auto* message = window->findChild<QLabel*>(QStringLiteral("accountMessageText"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible()
            && message->text().contains(
                QStringLiteral("previous key of \u201creader\u201d is revoked")),
        kTimeoutMs);
    QVERIFY2(message->text().startsWith(
                 QStringLiteral("Logged in to sandbox as \u201creader\u201d: key with no expiry, "
                                "rights: GET /*, POST /domain/zone/*/record.")),
        qPrintable(message->text()));
    verifyNoSecret(message->text(), QStringLiteral("the message bar"));

    // The same POST now goes through.
    execute(*window, QString(), QStringLiteral("200"));
    // And the read-only key no longer opens anything.
    const CallResult old
        = OvhTest::sendAndWait(m_client, sandboxEndpoint(), readOnly, "GET", QStringLiteral("/me"));
    QCOMPARE(old.error.errorCode, QStringLiteral("INVALID_CREDENTIAL"));
    const CallResult current = OvhTest::sendAndWait(
        m_client, sandboxEndpoint(), replacement, "GET", QStringLiteral("/me"));
    QCOMPARE(current.status, 200);
}

void TestWindowAccounts::logoutForgetsTheKey()
{
    QVERIFY(m_restricted.canSign());
    auto window = sandboxWindow();
    if (QTest::currentTestFailed())
        return;
    saveProfile(m_restricted);
    switchTo(*window, QStringLiteral("accountProfile:") + kProfile);
    auto* button = window->findChild<QToolButton*>(QStringLiteral("accountButton"));
    QCOMPARE(button->text(), QStringLiteral("Account: reader"));

    emit button->menu()->aboutToShow();
    auto* logout = window->findChild<QAction*>(QStringLiteral("accountLogout"));
    QVERIFY(logout && logout->isEnabled());
    logout->trigger();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY(
        (confirm = window->findChild<QMessageBox*>(QStringLiteral("logoutConfirm"))) != nullptr);
    QPushButton* yes = nullptr;
    for (QAbstractButton* each : confirm->buttons()) {
        if (confirm->buttonRole(each) == QMessageBox::AcceptRole)
            yes = qobject_cast<QPushButton*>(each);
    }
    QVERIFY(yes);
    QSignalSpy resolved(window.get(), &MainWindow::accountResolved);
    QTest::mouseClick(yes, Qt::LeftButton);
    QVERIFY(resolved.wait(kTimeoutMs));
    QCOMPARE(window->statusBar()->currentMessage(),
        QStringLiteral("Logged out of sandbox: the consumer key is revoked and forgotten"));

    // Gone from the keychain; the application key and secret stay for the next log-in.
    const AccountResult loaded = wait(m_accounts->load(QStringLiteral("sandbox"), kProfile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    QVERIFY(loaded.credentials.consumerKey.isEmpty());
    QCOMPARE(loaded.credentials.applicationSecret, m_restricted.applicationSecret);
    // The button and Execute say so.
    QVERIFY2(
        button->text().startsWith(QStringLiteral("Not logged in")), qPrintable(button->text()));
    QVERIFY(window->openOperation(QStringLiteral("GET /me")));
    auto* reason = window->findChild<QLabel*>(QStringLiteral("executeReason"));
    QVERIFY2(reason->text().contains(QStringLiteral("Not logged in")), qPrintable(reason->text()));
    QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("executeButton"))->isEnabled());
    auto* message = window->findChild<QLabel*>(QStringLiteral("credentialsMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Not logged in to sandbox"))
            && message->text().contains(QStringLiteral("Sandbox demo keys")),
        qPrintable(message->text()));
    auto* login = window->findChild<QPushButton*>(QStringLiteral("credentialsLoginButton"));
    QVERIFY(login->isVisible());
    shot(*window, QStringLiteral("logged-out"));
    QTest::mouseClick(login, Qt::LeftButton);
    LoginDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<LoginDialog*>()) != nullptr);
    QCOMPARE(dialog->currentPage(), LoginDialog::Page::RequestAccess); // the application is known
    dialog->reject();

    // And revoked on the server.
    ApiCall* call = m_client->send(sandboxEndpoint(), m_restricted,
        HttpCall { "GET", sandboxEndpoint().url(u"/me"), QByteArray(), true });
    QSignalSpy answered(call, &ApiCall::finished);
    QVERIFY(answered.wait(10000));
    QCOMPARE(answered.first().first().value<CallResult>().error.errorCode,
        QStringLiteral("INVALID_CREDENTIAL"));
    call->deleteLater();
}

void TestWindowAccounts::revokedKeyGuidesToLogIn()
{
    // The revoked key back in the profile, as when it was revoked elsewhere or expired.
    QVERIFY(m_restricted.canSign());
    saveProfile(m_restricted);
    auto window = sandboxWindow();
    if (QTest::currentTestFailed())
        return;
    switchTo(*window, QStringLiteral("accountProfile:") + kProfile);
    QCOMPARE(window->findChild<QToolButton*>(QStringLiteral("accountButton"))->text(),
        QStringLiteral("Account: reader"));
    execute(*window, QStringLiteral("GET /me"), QStringLiteral("403"));
    auto* guidance = window->findChild<QLabel*>(QStringLiteral("resultGuidanceText"));
    QVERIFY(guidance->isVisible());
    QVERIFY2(guidance->text().contains(
                 QStringLiteral("Your consumer key is no longer valid (expired or revoked)")),
        qPrintable(guidance->text()));
    // The account button says it too.
    QCOMPARE(window->findChild<QToolButton*>(QStringLiteral("accountButton"))->text(),
        QStringLiteral("reader: key refused"));
    auto* again = window->findChild<QPushButton*>(QStringLiteral("resultGuidanceButton"));
    QCOMPARE(again->text(), QStringLiteral("Log in again\u2026"));
    shot(*window, QStringLiteral("guidance-invalid-credential"));
    QTest::mouseClick(again, Qt::LeftButton);
    LoginDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<LoginDialog*>()) != nullptr);
    QCOMPARE(dialog->currentPage(), LoginDialog::Page::RequestAccess);
    dialog->reject();
}

void TestWindowAccounts::missingSecretsSayWhatToDo()
{
    // The profile is there, its secrets are gone from the keychain (removed by hand, another
    // machine's settings…): no silent fallback, a message with the way out.
    saveProfile(m_restricted);
    SecretJob* removal = m_secrets->remove(QStringLiteral("sandbox"), kProfile);
    QSignalSpy removed(removal, &SecretJob::finished);
    QVERIFY(removed.wait(20000));
    auto window = sandboxWindow();
    if (QTest::currentTestFailed())
        return;
    switchTo(*window, QStringLiteral("accountProfile:") + kProfile);
    auto* message = window->findChild<QLabel*>(QStringLiteral("accountMessageText"));
    QTRY_VERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("no longer in the keychain")),
        qPrintable(message->text()));
    auto* button = window->findChild<QToolButton*>(QStringLiteral("accountButton"));
    QCOMPARE(button->text(), QStringLiteral("Not logged in (reader)"));
    auto* login = window->findChild<QPushButton*>(QStringLiteral("accountMessageButton"));
    QVERIFY(login->isVisible());
    shot(*window, QStringLiteral("keychain-missing"));
    QTest::mouseClick(login, Qt::LeftButton);
    LoginDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<LoginDialog*>()) != nullptr);
    // No consumer key is known: a new one is requested (a person with keys switches tab).
    QCOMPARE(dialog->currentPage(), LoginDialog::Page::RequestAccess);
    dialog->reject();
    // Back to the demo keys: the message goes.
    switchTo(*window, QStringLiteral("accountDemo"));
    QCOMPARE(button->text(), QStringLiteral("Sandbox demo keys"));
    QVERIFY(!message->isVisible());
}

void TestWindowAccounts::sandboxProfilesLastOneSession()
{
    // The sandbox keeps the keys it issues in memory: a sandbox profile of an earlier run holds
    // a key the next run's sandbox never issued. Two windows in sequence over the same settings
    // and keychain stand for two runs.
    const Credentials fresh
        = obtainKey({ CredentialRule { QStringLiteral("GET"), QStringLiteral("/*") } });
    QVERIFY(fresh.canSign());
    {
        auto first = makeWindow();
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first.get()));
        openSandbox(*first);
        saveProfile(fresh); // logged in during the session: works as usual
        switchTo(*first, QStringLiteral("accountProfile:") + kProfile);
        QCOMPARE(first->credentialSource().kind, CredentialSource::Kind::Profile);
        execute(*first, QStringLiteral("GET /me"), QStringLiteral("200"));
        first->close();
    }
    QCOMPARE(m_accounts->profiles().currentName(QStringLiteral("sandbox")), kProfile);

    auto second = makeWindow();
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second.get()));
    openSandbox(*second);
    QCOMPARE(second->credentialSource().kind, CredentialSource::Kind::Demo);
    QCOMPARE(second->findChild<QToolButton*>(QStringLiteral("accountButton"))->text(),
        QStringLiteral("Sandbox demo keys"));
    QVERIFY(m_accounts->profiles().currentName(QStringLiteral("sandbox")).isEmpty());
    execute(*second, QStringLiteral("GET /me"), QStringLiteral("200"));
    // Starting the sandbox again in the same window changes nothing: it is the same session.
    saveProfile(fresh);
    switchTo(*second, QStringLiteral("accountProfile:") + kProfile);
    QVERIFY(second->useSandbox());
    QTRY_VERIFY_WITH_TIMEOUT(!second->isResolvingAccount(), kTimeoutMs);
    QCOMPARE(second->credentialSource().kind, CredentialSource::Kind::Profile);
    QCOMPARE(m_accounts->profiles().currentName(QStringLiteral("sandbox")), kProfile);
}

void TestWindowAccounts::newcomerStartsOnRequestAccess()
{
    const auto loadEu = [this](MainWindow& window) {
        QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
        window.loadEndpoint(*Endpoint::byName(u"ovh-eu"));
        QVERIFY(loaded.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isResolvingAccount(), kTimeoutMs);
        QVERIFY(window.openOperation(QStringLiteral("GET /me")));
    };
    {
        // Nothing known for ovh-eu: both ways in land on "Request access".
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        loadEu(*window);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::None);
        auto* login = window->findChild<QPushButton*>(QStringLiteral("credentialsLoginButton"));
        QVERIFY(login && login->isVisible());
        QTest::mouseClick(login, Qt::LeftButton);
        LoginDialog* dialog = loginDialog(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->currentPage(), LoginDialog::Page::RequestAccess);
        dialog->reject();
        QTRY_VERIFY(!window->findChild<LoginDialog*>());

        auto* button = window->findChild<AccountButton*>(QStringLiteral("accountButton"));
        emit button->menu()->aboutToShow();
        auto* menuLogin = window->findChild<QAction*>(QStringLiteral("accountLogin"));
        QVERIFY(menuLogin && menuLogin->isEnabled());
        menuLogin->trigger();
        dialog = loginDialog(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->currentPage(), LoginDialog::Page::RequestAccess);
        dialog->reject();
    }
    {
        // A consumer key without its application: the person has keys to complete.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OVH_ENDPOINT"), QStringLiteral("ovh-eu"));
        environment.insert(QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("NewcomerCk0001"));
        m_secretsSeen << QStringLiteral("NewcomerCk0001");
        auto window = makeWindow(environment);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        loadEu(*window);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::ConfigOrEnvironment);
        auto* login = window->findChild<QPushButton*>(QStringLiteral("credentialsLoginButton"));
        QVERIFY(login && login->isVisible());
        QTest::mouseClick(login, Qt::LeftButton);
        LoginDialog* dialog = loginDialog(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->currentPage(), LoginDialog::Page::HaveKeys);
        dialog->reject();
    }
}

void TestWindowAccounts::switchingAccountCancelsTheCall()
{
    // A POST signed with a read-only key is on its way when the person switches to the demo
    // keys: its refusal must not show as the demo keys' (no guidance, no "key refused").
    const Credentials readOnly
        = obtainKey({ CredentialRule { QStringLiteral("GET"), QStringLiteral("/*") } });
    QVERIFY(readOnly.canSign());
    auto window = sandboxWindow();
    if (QTest::currentTestFailed())
        return;
    saveProfile(readOnly);
    switchTo(*window, QStringLiteral("accountProfile:") + kProfile);
    fillRecord(*window);
    auto* button = window->findChild<AccountButton*>(QStringLiteral("accountButton"));
    emit button->menu()->aboutToShow();
    QPointer<QAction> demo = window->findChild<QAction*>(QStringLiteral("accountDemo"));
    QVERIFY(demo);
    bool switched = false;
    // While the sandbox holds the POST (before answering it), the account changes.
    const auto connection = connect(
        m_sandbox.get(), &Sandbox::requestReceived, this, [&](const SandboxRequestRecord& record) {
            if (switched || record.method != "POST" || !record.path.endsWith(u"/record"))
                return;
            switched = true;
            if (demo)
                demo->trigger();
        });
    auto* executeButton = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    QTRY_VERIFY(executeButton->isEnabled());
    QSignalSpy finished(window->findChild<OperationView*>(), &OperationView::callFinished);
    QTest::mouseClick(executeButton, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    disconnect(connection);
    QVERIFY(switched);
    QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::Demo);
    QCOMPARE(finished.first().first().value<CallResult>().failure, CallResult::Failure::Cancelled);
    QTest::qWait(300); // whatever the sandbox still sends is ignored
    QCOMPARE(finished.count(), 1);
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("resultGuidanceText"))->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Sandbox demo keys"));
    // The demo keys may POST: the same call now goes through.
    execute(*window, QString(), QStringLiteral("200"));
}

void TestWindowAccounts::loginFromTheWindow()
{
    // What "Log in" promises, from the window: the menu, the dialog on "Request access", the
    // application key and secret, the read-only preset, validation in the browser, the new
    // profile in the button, a call signed with the new key; and no secret left anywhere.
    QGuiApplication::clipboard()->clear();
    auto window = sandboxWindow();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window->openOperation(QStringLiteral("GET /me")));
    auto* button = window->findChild<AccountButton*>(QStringLiteral("accountButton"));
    emit button->menu()->aboutToShow();
    auto* menuLogin = window->findChild<QAction*>(QStringLiteral("accountLogin"));
    QVERIFY(menuLogin && menuLogin->isEnabled());
    menuLogin->trigger();
    LoginDialog* dialog = loginDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPage(), LoginDialog::Page::RequestAccess);

    const Credentials demoKeys = SandboxDemo::credentials();
    auto* appKey = dialog->findChild<QLineEdit*>(QStringLiteral("requestAppKey"));
    auto* appSecret = dialog->findChild<QLineEdit*>(QStringLiteral("requestAppSecret"));
    QVERIFY(appKey && appSecret);
    appKey->clear();
    QTest::keyClicks(appKey, demoKeys.applicationKey);
    appSecret->clear();
    QTest::keyClicks(appSecret, demoKeys.applicationSecret);
    auto* preset = dialog->findChild<QComboBox*>(QStringLiteral("rulePreset"));
    QVERIFY(preset);
    preset->setCurrentIndex(preset->findData(int(CredentialAdvice::RulePreset::ReadOnly)));
    QCOMPARE(dialog->findChild<RuleEditor*>(QStringLiteral("ruleEditor"))->rules(),
        AccessRules::readOnly());
    auto* profile = dialog->findChild<QComboBox*>(QStringLiteral("profileName"));
    QVERIFY(profile);
    profile->setCurrentText(QStringLiteral("newcomer"));

    const Credentials obtained = completeLogin(*window, dialog, QStringLiteral("newcomer"));
    QVERIFY(obtained.canSign());
    QVERIFY(obtained.consumerKey != demoKeys.consumerKey);
    QTRY_VERIFY(!window->findChild<LoginDialog*>()); // closed (and gone)
    QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::Profile);
    QCOMPARE(window->credentialSource().profileName, QStringLiteral("newcomer"));
    auto* message = window->findChild<QLabel*>(QStringLiteral("accountMessageText"));
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(),
        QStringLiteral("Logged in to sandbox as \u201cnewcomer\u201d: key with no expiry, rights: "
                       "GET /*."));

    // GET /me goes out signed with the new key.
    QByteArray usedKey;
    const auto connection = connect(m_sandbox.get(), &Sandbox::requestReceived, this,
        [&usedKey](const SandboxRequestRecord& record) {
            if (record.path == QLatin1String("/me"))
                usedKey = record.header("X-Ovh-Consumer");
        });
    execute(*window, QStringLiteral("GET /me"), QStringLiteral("200"));
    disconnect(connection);
    QCOMPARE(QString::fromLatin1(usedKey), obtained.consumerKey);

    // No secret in what the window shows or hands out.
    auto* result = window->findChild<ResultView*>(QStringLiteral("resultView"));
    QVERIFY(result);
    verifyNoSecret(result->bodyText(), QStringLiteral("the result body"));
    for (const char* name : { "resultBody", "resultHeaders", "resultRequest" }) {
        auto* view = window->findChild<QPlainTextEdit*>(QString::fromLatin1(name));
        QVERIFY2(view, name);
        verifyNoSecret(view->toPlainText(), QString::fromLatin1(name));
    }
    QVERIFY(!window->findChild<QPlainTextEdit*>(QStringLiteral("resultRequest"))
                 ->toPlainText()
                 .isEmpty());
    verifyNoSecret(window->windowTitle(), QStringLiteral("the window title"));
    verifyNoSecret(button->text() + button->toolTip(), QStringLiteral("the account button"));
    verifyNoSecret(message->text(), QStringLiteral("the message bar"));
    verifyNoSecret(window->statusBar()->currentMessage(), QStringLiteral("the status bar"));
    QVERIFY(!QGuiApplication::clipboard()->text().isEmpty()); // the validation link was copied
    verifyNoSecret(QGuiApplication::clipboard()->text(), QStringLiteral("the clipboard"));
    window->close();
    m_settings->sync();
}

void TestWindowAccounts::sessionLeavesNoSecret()
{
    {
        // Log in (a fresh key saved into the profile, as the login dialog does), call, log out.
        const Credentials fresh = obtainKey(AccessRules::fullAccess());
        QVERIFY(fresh.canSign());
        saveProfile(fresh);
        auto window = sandboxWindow();
        if (QTest::currentTestFailed())
            return;
        switchTo(*window, QStringLiteral("accountProfile:") + kProfile);
        QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::Profile);
        execute(*window, QStringLiteral("GET /me"), QStringLiteral("200"));
        fillRecord(*window);
        execute(*window, QString(), QStringLiteral("200"));
        // The Python tab shows the call as a script: placeholders, never the keys.
        window->findChild<OperationView*>()->showSnippet(SnippetLanguage::Python);
        QSignalSpy resolved(window.get(), &MainWindow::accountResolved);
        emit window->findChild<AccountButton*>()->logoutRequested(); // confirmed
        QVERIFY(resolved.wait(kTimeoutMs));
        QVERIFY(window->statusBar()->currentMessage().startsWith(
            QStringLiteral("Logged out of sandbox")));
        window->close();
    }
    m_settings->sync();

    // No file under the settings folder holds a secret.
    QStringList files;
    QDirIterator it(m_dir.filePath(QStringLiteral("config")), QDir::Files | QDir::Hidden,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    QVERIFY2(!files.isEmpty(), "the settings were not written where expected");
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString& secret : std::as_const(m_secretsSeen))
            QVERIFY2(!bytes.contains(secret.toUtf8()),
                qPrintable(path + QStringLiteral(" holds a secret")));
    }
    // Nor any message the process logged.
    QMutexLocker lock(&g_logMutex);
    QVERIFY(!g_log.isEmpty()); // the handler did see the session's messages
    for (const QString& line : std::as_const(g_log)) {
        for (const QString& secret : std::as_const(m_secretsSeen))
            QVERIFY2(!line.contains(secret), "a secret was logged");
    }
}

QTEST_MAIN(TestWindowAccounts)
#include "tst_windowaccounts.moc"
