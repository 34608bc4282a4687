#pragma once

#include "auth/accountstore.h"
#include "auth/credentialrequest.h"
#include "auth/ovhconfig.h"
#include "auth/secretstore.h" // AccountStore's QPointer<SecretStore> needs the full type
#include "base/credentials.h"
#include "base/endpoint.h"
#include "login/credentialdialog.h"
#include "login/logindialog.h"
#include "net/schemarepository.h"
#include "schema/operationsearch.h"

#include <QMainWindow>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QSplitter;
class QToolButton;
QT_END_NAMESPACE

namespace Ovh {

class AccountButton;
class ApiClient;
class CredentialDialog;
class CustomEndpointBar;
class ServerClock;
class DiagnosticsDialog;
class EndpointSelector;
class ExplorerSettings;
class GuidanceBar;
class NavigatorPanel;
class OperationView;

// What the window needs from an in-process sandbox the composition root started: where it
// listens and its demo keys, or why it could not start (empty baseUrl).
struct SandboxAccess
{
    QUrl baseUrl;
    Credentials credentials;
    QString error;
};

// The layout shell: wires the endpoint selector, the account button, the navigator (search +
// product tree) and the operation view to one SchemaRepository and one AccountStore. Holds no
// schema or credential logic of its own: it asks AccountStore which keys each endpoint uses
// (again on every endpoint change and account switch) and opens the login dialogs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        QString cacheDir; // empty: SchemaRepository::defaultCacheDir()
        bool offline = false; // never touch the network (cache, then bundled snapshot)
        // The accounts (profiles in the settings, secrets in the keychain), owned by the caller
        // and outliving the window; null: only `config` and `environment`, and no log-in.
        AccountStore* accounts = nullptr;
        // What python-ovh would use when no profile is chosen: the ovh.conf files read at start
        // and the OVH_* variables (empty by default, so tests see none).
        OvhConfig config;
        QProcessEnvironment environment;
        // Starts the "Sandbox (demo)" endpoint on first use (the caller owns the server, which
        // must outlive the window); unset: the Sandbox entry explains it is not available. The
        // sandbox uses its demo keys unless a sandbox profile is chosen.
        std::function<SandboxAccess()> startSandbox;
    };

    // `nam` and `settings` are owned by the caller and must outlive the window.
    MainWindow(QNetworkAccessManager* nam, ExplorerSettings* settings, const Options& options,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    void loadEndpoint(const Endpoint& endpoint);
    // Starts the in-process sandbox (once, through Options::startSandbox) and switches to it.
    // False, with a message in the window, when it cannot listen.
    bool useSandbox();
    // "POST /domain/zone/{zoneName}/record": opened now if loaded, else after the next load.
    // Returns false when the loaded schema has no such operation.
    bool openOperation(const QString& methodAndPath);
    Endpoint endpoint() const { return m_endpoint; }
    bool isLoading() const;
    // Where the keys of the current endpoint come from; never a secret.
    CredentialSource credentialSource() const { return m_source; }
    bool isResolvingAccount() const { return m_resolving; }

signals:
    void schemaLoaded(const Ovh::SchemaSet& schema);
    // The keys of the current endpoint are known (after a switch, a log-in or a log-out).
    void accountResolved(const Ovh::CredentialSource& source);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void onProgress(int done, int total);
    void onLoaded(const SchemaSet& schema);
    void showOperation(const OperationRef& ref);
    void showDiagnostics();
    void showShortcuts();
    void refresh();
    void saveState();
    void restoreState();

    // Accounts.
    bool isSandbox() const;
    QString accountEndpoint() const { return m_endpoint.displayName(); }
    void resolveAccount();
    void onAccountResolved(const AccountResult& result);
    void applyAccount(const Credentials& credentials, const CredentialSource& source);
    void updateAccountButton();
    void showAccountMessage(
        const QString& text, const QString& action, std::function<void()> onAction);
    void hideAccountMessage();
    void chooseProfile(const QString& name);
    // `replacingKey`: the new key replaces the current profile's (more rights): once it is
    // saved under the same profile, the previous key is revoked.
    void openLogin(
        LoginDialog::Page page, const CredentialRules& rules = {}, bool replacingKey = false);
    // "Request this right…": the current key's rules (GET /auth/currentCredential) plus
    // `missing`, in a login that replaces the current key.
    void requestMoreRights(const CredentialRules& missing);
    bool canReplaceKey() const;
    void onLoggedIn(const Profile& profile, const Endpoint& endpoint,
        const std::optional<CredentialInfo>& obtained);
    // "Logged in to sandbox as “reader”: key with no expiry, rights: GET /*."
    static QString loginSummary(const Profile& profile, const CredentialInfo& info);
    void describeLogin(const Profile& profile, const Endpoint& endpoint);
    void revokePreviousKey(
        const Endpoint& endpoint, const Credentials& previous, const QString& profile);
    void showLoginReport();
    void showAccountNote(const QString& text, const char* kind);
    void openLoginFromMenu();
    void showCurrentCredential();
    void logout();
    void forgetConsumerKey(const Endpoint& endpoint, const CredentialSource& source);
    void importAccount(const QString& name);
    void exportAccount(const QString& path);
    void removeAccount(const QString& name);

    QNetworkAccessManager* m_nam;
    ExplorerSettings* m_settings;
    Options m_options;
    SchemaRepository* m_repository;
    ServerClock* m_clock;
    ApiClient* m_client;
    SandboxAccess m_sandbox;
    AccountStore* m_accounts;

    // The keys in use for m_endpoint; never logged nor shown.
    Credentials m_credentials;
    CredentialSource m_source;
    bool m_resolving = false;
    bool m_keyRefused = false; // the last call was answered INVALID_CREDENTIAL
    int m_resolveSerial = 0; // answers for an earlier endpoint or switch are dropped
    std::function<void()> m_accountAction;
    QPointer<LoginDialog> m_loginDialog;
    QPointer<CredentialDialog> m_credentialDialog;
    QPointer<LogoutJob> m_logoutJob;
    QPointer<CurrentCredentialJob> m_rightsJob; // the current rules, for "Request this right…"
    // What the message bar says after a login: what was obtained, and what became of the
    // key it replaced. Never a secret.
    struct LoginReport
    {
        QString summary;
        QString revocation;
        bool problem = false;
    };
    LoginReport m_loginReport;
    int m_loginSerial = 0; // a newer login drops the reports of an older one

    Endpoint m_endpoint;
    QList<Product> m_products;
    Diagnostics m_diagnostics;
    bool m_loaded = false;
    bool m_splitterRestored = false;
    QString m_pendingOperation;
    QString m_currentOperation;

    EndpointSelector* m_endpointSelector;
    CustomEndpointBar* m_customBar;
    QLabel* m_messageBar;
    GuidanceBar* m_accountMessage;
    AccountButton* m_accountButton;
    QSplitter* m_splitter;
    NavigatorPanel* m_navigator;
    OperationView* m_operationView;
    QLabel* m_sourceLabel;
    QProgressBar* m_progress;
    QToolButton* m_stopLoadingButton; // shown with the progress: stops waiting for the network
    QToolButton* m_diagnosticsButton;
    QAction* m_refreshAction = nullptr;
    QPointer<DiagnosticsDialog> m_diagnosticsDialog;
};

} // namespace Ovh
