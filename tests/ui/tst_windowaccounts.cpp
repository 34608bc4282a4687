// The window's accounts against the in-process sandbox and a private keychain
// (support/with-keyring.sh): the account button, switching to a saved profile, the guidance
// after NOT_GRANTED_CALL and INVALID_CREDENTIAL, logging out, and a whole session that leaves
// no secret in the settings files nor in the log.
#include "accountbutton.h"
#include "explorersettings.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "operationview.h"
#include "palettes.h"

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
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
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

} // namespace

class TestWindowAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoKeysOnSandbox();
    void restrictedProfileGuidesToTheRight();
    void logoutForgetsTheKey();
    void revokedKeyGuidesToLogIn();
    void missingSecretsSayWhatToDo();
    void sessionLeavesNoSecret();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void openSandbox(MainWindow& window);
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
}

void TestWindowAccounts::cleanupTestCase()
{
    // Leave nothing in the keychain.
    if (m_accounts)
        wait(m_accounts->remove(QStringLiteral("sandbox"), kProfile));
    qInstallMessageHandler(g_previousHandler);
}

Endpoint TestWindowAccounts::sandboxEndpoint() const
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("sandbox");
    endpoint.baseUrl = m_sandbox->baseUrl();
    return endpoint;
}

std::unique_ptr<MainWindow> TestWindowAccounts::makeWindow()
{
    MainWindow::Options options;
    options.cacheDir = m_dir.filePath(QStringLiteral("cache"));
    options.offline = true;
    options.accounts = m_accounts.get();
    options.startSandbox = [this] {
        SandboxAccess access;
        access.baseUrl = m_sandbox->baseUrl();
        access.credentials = demoApplication();
        access.credentials.consumerKey = QString::fromLatin1(SandboxDemo::kConsumerKey);
        return access;
    };
    return std::make_unique<MainWindow>(&m_nam, m_settings.get(), options);
}

void TestWindowAccounts::openSandbox(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    QVERIFY(window.useSandbox());
    QVERIFY(loaded.wait(kTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isResolvingAccount(), kTimeoutMs);
}

int TestWindowAccounts::validate(const QUrl& validationUrl)
{
    return OvhTest::decideOnValidationPage(m_nam, validationUrl, QByteArrayLiteral("validity=0"));
}

Credentials TestWindowAccounts::obtainKey(const CredentialRules& rules)
{
    CredentialRequestSpec spec;
    spec.rules = rules;
    CredentialRequest::Options options;
    options.pollIntervalMs = 100;
    options.timeoutSeconds = 30;
    CredentialRequest request(m_client, sandboxEndpoint(), demoApplication(), spec, options);
    connect(&request, &CredentialRequest::validationRequired, this,
        [this](const QUrl& url) { validate(url); });
    QSignalSpy finished(&request, &CredentialRequest::finished);
    request.start();
    if (!finished.wait(40000))
        return {};
    const auto result = finished.first().first().value<CredentialRequestResult>();
    if (!result.isValidated())
        return {};
    Credentials credentials = demoApplication();
    credentials.consumerKey = result.consumerKey;
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
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    openSandbox(*window);
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

    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    openSandbox(*window);
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

    // The button asks the window for the login dialog, on "Request access", with that rule.
    QSignalSpy asked(window->findChild<OperationView*>(), &OperationView::loginRequested);
    QTest::mouseClick(request, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(
        asked.first().at(0).value<OperationView::LoginPage>(), OperationView::LoginPage::Access);
    QCOMPARE(asked.first().at(1).value<CredentialRules>(),
        CredentialRules({ CredentialRule {
            QStringLiteral("POST"), QStringLiteral("/domain/zone/*/record") } }));
    LoginDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<LoginDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentPage(), LoginDialog::Page::RequestAccess);
    dialog->reject();
}

void TestWindowAccounts::logoutForgetsTheKey()
{
    QVERIFY(m_restricted.canSign());
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    openSandbox(*window); // the profile is still the sandbox's current one
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
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    openSandbox(*window);
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
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    openSandbox(*window);
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
    QCOMPARE(dialog->currentPage(), LoginDialog::Page::HaveKeys);
    dialog->reject();
    // Back to the demo keys: the message goes.
    switchTo(*window, QStringLiteral("accountDemo"));
    QCOMPARE(button->text(), QStringLiteral("Sandbox demo keys"));
    QVERIFY(!message->isVisible());
}

void TestWindowAccounts::sessionLeavesNoSecret()
{
    {
        // Log in (a fresh key saved into the profile, as the login dialog does), call, log out.
        const Credentials fresh = obtainKey(AccessRules::fullAccess());
        QVERIFY(fresh.canSign());
        saveProfile(fresh);
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        openSandbox(*window);
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
