#pragma once

#include "auth/accountstore.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "history/endpointusage.h"
#include "net/schemarepository.h"
#include "saved/savedrequest.h"
#include "schema/operationsearch.h"

#include <QMainWindow>
#include <QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QSplitter;
QT_END_NAMESPACE

namespace Ovh {

class AccountButton;
class AccountPresenter;
class AccountSession;
class ApiClient;
class CallSession;
class CustomEndpointBar;
class EndpointSelector;
class ExplorerServices;
class ExplorerSettings;
class FirstStartHint;
class GuidanceBar;
class HistoryDock;
class HistoryPanel;
class HistoryStore;
struct HistoryEntry;
class LanguageRestartOffer;
class MessageBar;
class NavigatorPanel;
class OperationTabs;
class SavedPanel;
class SavedRequestStore;
class OtherBranchSchema;
class SchemaRepository;
class SchemaStatus;
class ServerClock;

// What the window needs from an in-process sandbox the composition root started: where it
// listens and its demo keys, or why it could not start (empty baseUrl).
struct SandboxAccess
{
    QUrl baseUrl;
    Credentials credentials;
    QString error;
};

// Where the first window goes when no geometry was saved: 1280x800 at most, within 90% of the
// screen's available area (the frame and title bar, unknown before it shows, need the rest),
// centred in it.
QRect firstWindowGeometry(const QRect& available);

// The layout shell: wires the endpoint selector, the account button, the navigator (search +
// product tree) and the operation view to the services the composition root hands in (one
// SchemaRepository, one AccountSession). Holds no schema or credential logic of its own: the
// AccountSession decides which keys each endpoint uses, the AccountPresenter words it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        // Starts the "Sandbox (demo)" endpoint on first use (the caller owns the server, which
        // must outlive the window); unset: the Sandbox entry explains it is not available. The
        // sandbox uses its demo keys unless a sandbox profile is chosen.
        std::function<SandboxAccess()> startSandbox;
        // The history the History dock shows (owned by the caller, outliving the window);
        // null: no History dock.
        HistoryStore* history = nullptr;
        // The saved requests (owned by the caller, outliving the window); null: none.
        SavedRequestStore* savedRequests = nullptr;
        // Nothing was ever recorded: a hint points to the Sandbox and to Log in (until
        // dismissed) while the endpoint has no keys.
        bool firstStart = false;
        // Starts the program again (the caller quits and relaunches it) once the window saved
        // its state: offered after a change of language. Unset: the language changes at the
        // next start.
        std::function<void()> restart;
    };

    // `services` and `settings` are owned by the caller and must outlive the window.
    MainWindow(ExplorerServices* services, ExplorerSettings* settings, const Options& options,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    void loadEndpoint(const Endpoint& endpoint);
    // Starts the in-process sandbox (once, through Options::startSandbox) and switches to it.
    // False, with a message in the window, when it cannot listen.
    bool useSandbox();
    // "POST /domain/zone/{zoneName}/record": opened now if loaded, else after the next load.
    // Returns false when the loaded schema has no such operation. In the tab that shows it
    // already, else in the current tab (in a new one when a call runs there).
    bool openOperation(const QString& methodAndPath);
    // The same in a new tab (the current one when it is empty).
    bool openOperationInNewTab(const QString& methodAndPath);
    // The tab that shows it already, else a new one: `ovh-explorer 'GET /me'` twice makes one tab.
    bool openOperationInOwnTab(const QString& methodAndPath);
    OperationTabs* operationTabs() const { return m_tabs; }
    // How much each operation was used on each endpoint (HistoryStore::usageByEndpoint()): the
    // search ranks first those used most on the endpoint shown, and counts each call the window
    // sends on top.
    void setEndpointUsage(const QHash<QString, QList<OperationUsage>>& byEndpoint);
    Endpoint endpoint() const { return m_endpoint; }
    bool isLoading() const;
    // Where the keys of the current endpoint come from; never a secret.
    CredentialSource credentialSource() const;
    bool isResolvingAccount() const;
    // Null without Options::history.
    HistoryPanel* historyPanel() const;

signals:
    void schemaLoaded(const Ovh::SchemaSet& schema);
    // The keys of the current endpoint are known (after a switch, a log-in or a log-out).
    void accountResolved(const Ovh::CredentialSource& source);
    // File > Settings wrote its values (the window applied the look and deadlines already);
    // the composition root applies the rest (the history's limits).
    void settingsApplied();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    // The search ranks by the history of this endpoint, and of its other branch for those rows.
    void applySearchUsage();
    void onLoaded(const SchemaSet& schema);
    void showOperation(const OperationRef& ref);
    void onCurrentOperationChanged(const QString& operation);
    void openSaved(const SavedRequest& request);
    void showAbout();
    // Shows the operation of `entry` with its values, then its recorded result or (run) a new
    // call.
    void openFromHistory(const HistoryEntry& entry, bool run);
    void showSettings();
    void applySettings();
    void refresh();
    void saveState();
    void restoreState();
    void restart();
    bool callsRunning() const;

    bool isSandbox() const;

    ExplorerSettings* m_settings;
    Options m_options;
    EndpointUsage m_usage;
    bool m_offline;
    SchemaRepository* m_repository;
    OtherBranchSchema* m_otherBranch; // for the search over both branches
    QString m_openAfterLoad; // "GET /iam/policy": a search result of the other branch, picked
    ServerClock* m_clock;
    ApiClient* m_client;
    CallSession* m_calls;
    AccountSession* m_account;
    SandboxAccess m_sandbox;

    Endpoint m_endpoint;
    QList<Product> m_products;
    Endpoint m_schemaEndpoint; // whose schema m_products is
    bool m_loaded = false;
    bool m_splitterRestored = false;

    EndpointSelector* m_endpointSelector;
    CustomEndpointBar* m_customBar;
    MessageBar* m_messageBar;
    GuidanceBar* m_accountMessage;
    FirstStartHint* m_firstStartHint;
    AccountButton* m_accountButton;
    AccountPresenter* m_accountPresenter = nullptr;
    QSplitter* m_splitter;
    NavigatorPanel* m_navigator;
    OperationTabs* m_tabs;
    SavedPanel* m_savedPanel;
    SchemaStatus* m_schemaStatus;
    QAction* m_refreshAction = nullptr;
    HistoryDock* m_historyDock = nullptr;
    GuidanceBar* m_restartBar;
    LanguageRestartOffer* m_restartOffer;
};

} // namespace Ovh
