// The window's accounts against the in-process sandbox and a private keychain
// (support/with-keyring.sh): what the window shows and where its buttons lead. The decisions
// behind it (precedence, the login page, key refused, logout, request-right, sandbox sessions)
// are tst_accountsession's, widget-free. Here: the account button and its menu, the guidance
// after NOT_GRANTED_CALL leading to a key that replaces the old one, INVALID_CREDENTIAL,
// logging out, missing secrets, the page a newcomer lands on, a call cancelled by an account
// switch, logging in from the window end to end, and sessions that leave no secret in the
// settings files, the log or the window.
#include "windowfixture.h"

#include "auth/accessrules.h"
#include "auth/credentialadvice.h"
#include "login/ruleeditor.h"
#include "operation/operationview.h"
#include "operation/resultview.h"
#include "sandbox/sandboxdemo.h"
#include "window/accountbutton.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace Ovh;
using namespace OvhTest;

Q_DECLARE_METATYPE(Ovh::CredentialRules)

class TestWindowAccounts final : public WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void demoKeysOnSandbox();
    void notGrantedLeadsToAReplacingKey();
    void logoutForgetsTheKey();
    void revokedKeyGuidesToLogIn();
    void missingSecretsSayWhatToDo();
    void newcomerStartsOnRequestAccess();
    void switchingAccountCancelsTheCall();
    void loginFromTheWindow();
    void sessionLeavesNoSecret();

private:
    Credentials m_restricted; // a read-only key: logged out, then refused
};

void TestWindowAccounts::demoKeysOnSandbox()
{
    auto window = sandboxWindow();
    if (QTest::currentTestFailed())
        return;
    auto* button = window->findChild<QToolButton*>(QStringLiteral("accountButton"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Sandbox demo keys"));
    QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::Demo);
    // The tip names whose keys they are, not "the keys of the sandbox's demo keys".
    QVERIFY2(button->toolTip().count(QStringLiteral("keys")) == 1, qPrintable(button->toolTip()));
    // The menu offers the demo keys (checked) and logging in, not logging out of the shared key.
    emit button->menu()->aboutToShow();
    auto* demo = window->findChild<QAction*>(QStringLiteral("accountDemo"));
    QVERIFY(demo && demo->isChecked());
    QVERIFY(window->findChild<QAction*>(QStringLiteral("accountLogin"))->isEnabled());
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("accountLogout"))->isEnabled());
    execute(*window, QStringLiteral("GET /me"), QStringLiteral("200"));
    shot(*window, QStringLiteral("account-demo"));
}

void TestWindowAccounts::notGrantedLeadsToAReplacingKey()
{
    // A read-only key in the profile; a POST is refused; "Request this right…" asks for a key
    // with GET /* and the POST, which replaces (and revokes) the read-only one.
    const Credentials readOnly
        = obtainKey({ CredentialRule { QStringLiteral("GET"), QStringLiteral("/*") } });
    QVERIFY(readOnly.canSign());
    saveProfile(readOnly);
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
    QVERIFY(!button->toolTip().contains(readOnly.consumerKey));

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
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("profileName"))->currentText(), kProfile);

    // Logged in: the message bar says what was obtained, and that the old key is gone.
    const Credentials replacement = completeLogin(*window, dialog, kProfile);
    QVERIFY(replacement.canSign());
    QVERIFY(replacement.consumerKey != readOnly.consumerKey);
    auto* message = window->findChild<QLabel*>(QStringLiteral("accountMessageText"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible()
            && message->text().contains(
                QStringLiteral("previous key of \u201creader\u201d is revoked")),
        kWindowTimeoutMs);
    QVERIFY2(message->text().startsWith(
                 QStringLiteral("Logged in to sandbox as \u201creader\u201d: key with no expiry, "
                                "rights: GET /*, POST /domain/zone/*/record.")),
        qPrintable(message->text()));
    verifyNoSecret(message->text(), QStringLiteral("the message bar"));
    // The same POST now goes through (the revocation itself: tst_accountsession).
    execute(*window, QString(), QStringLiteral("200"));
}

void TestWindowAccounts::logoutForgetsTheKey()
{
    m_restricted = obtainKey({ CredentialRule { QStringLiteral("GET"), QStringLiteral("/*") } });
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
    QVERIFY(resolved.wait(kWindowTimeoutMs));
    QCOMPARE(window->statusBar()->currentMessage(),
        QStringLiteral("Logged out of sandbox: the consumer key is revoked and forgotten"));

    // The button and Execute say so (what the keychain keeps: tst_accountsession).
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

void TestWindowAccounts::newcomerStartsOnRequestAccess()
{
    const auto loadEu = [this](MainWindow& window) {
        QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
        window.loadEndpoint(*Endpoint::byName(u"ovh-eu"));
        QVERIFY(loaded.wait(kWindowTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isResolvingAccount(), kWindowTimeoutMs);
        QVERIFY(window.openOperation(QStringLiteral("GET /me")));
    };
    {
        // Nothing known for ovh-eu: both ways in land on "Request access" (the page for each
        // kind of keys: tst_accountsession's loginPage table).
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
        // Choosing the sandbox again in the same window is the same session: the profile stays
        // (a new sandbox session would start on the demo keys).
        openSandbox(*window);
        QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::Profile);
        QCOMPARE(m_accounts->profiles().currentName(QStringLiteral("sandbox")), kProfile);
        execute(*window, QStringLiteral("GET /me"), QStringLiteral("200"));
        fillRecord(*window);
        execute(*window, QString(), QStringLiteral("200"));
        // The Python tab shows the call as a script: placeholders, never the keys.
        window->findChild<OperationView*>()->showSnippet(SnippetLanguage::Python);
        QSignalSpy resolved(window.get(), &MainWindow::accountResolved);
        emit window->findChild<AccountButton*>()->logoutRequested(); // confirmed
        QVERIFY(resolved.wait(kWindowTimeoutMs));
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
    const QStringList log = loggedMessages();
    QVERIFY(!log.isEmpty()); // the handler did see the session's messages
    for (const QString& line : log) {
        for (const QString& secret : std::as_const(m_secretsSeen))
            QVERIFY2(!line.contains(secret), "a secret was logged");
    }
}

QTEST_MAIN(TestWindowAccounts)
#include "tst_windowaccounts.moc"
