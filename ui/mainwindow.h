#pragma once

#include "auth/credentials.h"
#include "net/endpoint.h"
#include "net/schemarepository.h"
#include "schema/operationsearch.h"

#include <QMainWindow>
#include <QPointer>
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

class ApiClient;
class CustomEndpointBar;
class ServerClock;
class DiagnosticsDialog;
class EndpointSelector;
class ExplorerSettings;
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

// The layout shell: wires the endpoint selector, the navigator (search + product tree) and
// the operation view to one SchemaRepository. Holds no schema logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        QString cacheDir;    // empty: SchemaRepository::defaultCacheDir()
        bool offline = false; // never touch the network (cache, then bundled snapshot)
        // The keys for an endpoint (ovh.conf and environment); none when unset. The Sandbox
        // always uses its demo keys.
        std::function<Credentials(const Endpoint&)> credentials;
        // Starts the "Sandbox (demo)" endpoint on first use (the caller owns the server, which
        // must outlive the window); unset: the Sandbox entry explains it is not available.
        std::function<SandboxAccess()> startSandbox;
    };

    // `nam` and `settings` are owned by the caller and must outlive the window.
    MainWindow(QNetworkAccessManager* nam, ExplorerSettings* settings, const Options& options,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    void loadEndpoint(const Endpoint& endpoint);
    // Starts the in-process sandbox (once, through Options::startSandbox) and switches to it. False, with a message in the
    // window, when it cannot listen.
    bool useSandbox();
    // "POST /domain/zone/{zoneName}/record": opened now if loaded, else after the next load.
    // Returns false when the loaded schema has no such operation.
    bool openOperation(const QString& methodAndPath);
    Endpoint endpoint() const { return m_endpoint; }
    bool isLoading() const;

signals:
    void schemaLoaded(const Ovh::SchemaSet& schema);

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
    Credentials credentialsFor(const Endpoint& endpoint) const;

    QNetworkAccessManager* m_nam;
    ExplorerSettings* m_settings;
    Options m_options;
    SchemaRepository* m_repository;
    ServerClock* m_clock;
    ApiClient* m_client;
    SandboxAccess m_sandbox;

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
    QSplitter* m_splitter;
    NavigatorPanel* m_navigator;
    OperationView* m_operationView;
    QLabel* m_sourceLabel;
    QProgressBar* m_progress;
    QToolButton* m_diagnosticsButton;
    QAction* m_refreshAction = nullptr;
    QPointer<DiagnosticsDialog> m_diagnosticsDialog;
};

} // namespace Ovh
