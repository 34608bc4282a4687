#pragma once

#include "loginfixture.h"

#include "auth/accountstore.h"
#include "auth/secretstore.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "login/logindialog.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "sandbox/sandbox.h"
#include "settings/explorersettings.h"
#include "window/mainwindow.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace OvhTest {

inline constexpr int kWindowTimeoutMs = 60000;

// What the window's account tests share: the in-process sandbox, settings under a private
// XDG_CONFIG_HOME, a private keychain, windows made the way main_gui makes them, every message
// the process logs, and the steps a person takes (switching account, filling and executing the
// zone record, logging in through the dialog). Test classes derive from it.
class WindowFixture : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowFixture)

public:
    WindowFixture() = default;
    ~WindowFixture() override = default;

protected:
    // From initTestCase and cleanupTestCase (QVERIFY inside).
    void setUp();
    void tearDown();

    std::unique_ptr<Ovh::MainWindow> makeWindow(
        const QProcessEnvironment& environment = QProcessEnvironment());
    Ovh::LoginDialog* loginDialog(Ovh::MainWindow& window);
    // Requests access in `dialog` (as it is filled), validates on the sandbox page, waits for
    // the login and for the window to use the new key; returns that key (from the keychain).
    Ovh::Credentials completeLogin(
        Ovh::MainWindow& window, Ovh::LoginDialog* dialog, const QString& profile);
    // Fails when `text` holds a secret this test handled.
    void verifyNoSecret(const QString& text, const QString& where);
    void openSandbox(Ovh::MainWindow& window);
    // A window shown on the sandbox (a failure is recorded when it cannot be).
    std::unique_ptr<Ovh::MainWindow> sandboxWindow();
    Ovh::Endpoint sandboxEndpoint() const;
    // A consumer key with `rules` only, validated through the sandbox's page as a person would.
    Ovh::Credentials obtainKey(const Ovh::CredentialRules& rules);
    int validate(const QUrl& validationUrl);
    // Saves `credentials` as the sandbox profile kProfile.
    void saveProfile(const Ovh::Credentials& credentials);
    void switchTo(Ovh::MainWindow& window, const QString& action);
    void execute(Ovh::MainWindow& window, const QString& operation, const QString& status);
    void fillRecord(Ovh::MainWindow& window);
    void rememberSecrets(const Ovh::Credentials& credentials);
    // OVH_WINDOW_SHOTS=<folder>: saves what the window looks like at the interesting moments,
    // at 1280x800 and 820x600, for a person to review. Nothing otherwise.
    void shot(Ovh::MainWindow& window, const QString& name);
    // Every message the process logged since setUp().
    static QStringList loggedMessages();

    static const QString kRecordPath;
    static const QString kProfile;

    QTemporaryDir m_dir;
    std::unique_ptr<Ovh::Sandbox> m_sandbox;
    std::unique_ptr<Ovh::ExplorerSettings> m_settings;
    std::unique_ptr<Ovh::SecretStore> m_secrets;
    std::unique_ptr<Ovh::AccountStore> m_accounts;
    QNetworkAccessManager m_nam;
    Ovh::ServerClock* m_clock = nullptr;
    Ovh::ApiClient* m_client = nullptr;
    QStringList m_secretsSeen; // every secret this test handled
    UrlCatcher m_catcher;
};

} // namespace OvhTest
