#include "window/mainwindow.h"

#include "login/credentialdialog.h"
#include "look/guidancebar.h"
#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "window/accountbutton.h"
#include "window/customendpointbar.h"
#include "window/diagnosticsdialog.h"
#include "window/endpointselector.h"
#include "window/navigatorpanel.h"

#include "net/apiclient.h"
#include "net/serverclock.h"
#include "session/callsession.h"
#include "settings/explorersettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Ovh {

namespace {

QString endpointSetting(const Endpoint& endpoint)
{
    return endpoint.isCustom() ? endpoint.baseUrl.toString() : endpoint.name;
}

// Where a login starts: "Request access" (a newcomer needs a consumer key, and enters the
// application there too), unless a consumer key is known without its application: then the
// person has keys to complete. The dialog's other tabs stay one click away.
LoginDialog::Page loginPageFor(const Credentials& credentials)
{
    return credentials.hasApplication() || credentials.consumerKey.isEmpty()
        ? LoginDialog::Page::RequestAccess
        : LoginDialog::Page::HaveKeys;
}

// Why a call failed, for a person (never a secret).
QString failureText(const CallResult& result)
{
    return result.error.isEmpty() ? result.errorString : result.error.summary();
}

// The endpoint answered that the consumer key is not valid (expired, revoked, never validated).
bool keyRefused(const CallResult& result)
{
    return result.failure == CallResult::Failure::None
        && result.error.errorCode == QLatin1String("INVALID_CREDENTIAL");
}

} // namespace

MainWindow::MainWindow(
    QNetworkAccessManager* nam, ExplorerSettings* settings, const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_options(options)
    , m_repository(new SchemaRepository(nam, this))
    , m_clock(new ServerClock(nam, this))
    , m_client(new ApiClient(nam, m_clock, this))
    , m_calls(new CallSession(m_client, m_clock, this))
    , m_accounts(options.accounts)
    , m_endpointSelector(new EndpointSelector(this))
    , m_customBar(new CustomEndpointBar(this))
    , m_messageBar(new MessageBar(MessageBar::Kind::Error, this))
    , m_accountMessage(new GuidanceBar(QStringLiteral("accountMessage"),
          QStringLiteral("accountMessageText"), QStringLiteral("accountMessageButton"), this))
    , m_accountButton(new AccountButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new NavigatorPanel(m_splitter))
    , m_operationView(new OperationView(m_splitter))
    , m_sourceLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stopLoadingButton(new QToolButton(this))
    , m_diagnosticsButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OVH API Explorer"));

    SchemaRepository::Options repositoryOptions;
    repositoryOptions.cacheDir = m_options.cacheDir;
    repositoryOptions.offline = m_options.offline;
    repositoryOptions.timeoutMs = m_settings->schemaTimeoutSeconds() * 1000;
    m_repository->setOptions(repositoryOptions);
    ApiCall::Settings callSettings;
    callSettings.timeoutMs = m_settings->callTimeoutSeconds() * 1000;
    m_client->setSettings(callSettings);
    m_clock->setTimeout(qMin(ServerClock::DefaultTimeoutMs, callSettings.timeoutMs));

    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->hide();

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_operationView);
    m_splitter->setStretchFactor(0, 1); // resizing the window shares the change 1:2
    m_splitter->setStretchFactor(1, 2);
    m_navigator->setMinimumWidth(220);
    m_operationView->setMinimumWidth(320);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_customBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_accountMessage);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_stopLoadingButton->setObjectName(QStringLiteral("stopLoadingButton"));
    m_stopLoadingButton->setText(tr("Stop"));
    m_stopLoadingButton->setToolTip(
        tr("Stop waiting for the server: use the cached or bundled schema for the rest"));
    m_stopLoadingButton->hide();
    connect(
        m_stopLoadingButton, &QToolButton::clicked, m_repository, &SchemaRepository::stopWaiting);
    m_diagnosticsButton->setObjectName(QStringLiteral("diagnosticsButton"));
    m_diagnosticsButton->setAutoRaise(true);
    m_diagnosticsButton->setToolTip(tr("Show what the schema loader reported"));
    m_diagnosticsButton->hide();
    statusBar()->addWidget(m_sourceLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_stopLoadingButton);
    statusBar()->addPermanentWidget(m_diagnosticsButton);

    m_operationView->setCallContext(m_calls, m_settings);
    createActions();

    connect(m_repository, &SchemaRepository::progressChanged, this, &MainWindow::onProgress);
    connect(m_repository, &SchemaRepository::loaded, this, &MainWindow::onLoaded);
    connect(m_navigator, &NavigatorPanel::operationActivated, this, &MainWindow::showOperation);
    connect(m_endpointSelector, &EndpointSelector::endpointChosen, this, &MainWindow::loadEndpoint);
    connect(m_endpointSelector, &EndpointSelector::customRequested, this, [this] {
        m_customBar->open(m_endpoint.isCustom() ? m_endpoint.baseUrl.toString() : QString());
    });
    connect(m_customBar, &CustomEndpointBar::accepted, this, &MainWindow::loadEndpoint);
    connect(m_endpointSelector, &EndpointSelector::sandboxRequested, this, &MainWindow::useSandbox);
    connect(m_diagnosticsButton, &QToolButton::clicked, this, &MainWindow::showDiagnostics);

    connect(
        m_accountButton, &AccountButton::menuAboutToShow, this, &MainWindow::updateAccountButton);
    connect(m_accountButton, &AccountButton::profileChosen, this, &MainWindow::chooseProfile);
    connect(
        m_accountButton, &AccountButton::configChosen, this, [this] { chooseProfile(QString()); });
    connect(
        m_accountButton, &AccountButton::demoChosen, this, [this] { chooseProfile(QString()); });
    connect(m_accountButton, &AccountButton::loginRequested, this, &MainWindow::openLoginFromMenu);
    connect(m_accountButton, &AccountButton::currentCredentialRequested, this,
        &MainWindow::showCurrentCredential);
    connect(m_accountButton, &AccountButton::logoutRequested, this, &MainWindow::logout);
    connect(m_accountButton, &AccountButton::importRequested, this, &MainWindow::importAccount);
    connect(m_accountButton, &AccountButton::exportRequested, this, &MainWindow::exportAccount);
    connect(m_accountButton, &AccountButton::removeRequested, this, &MainWindow::removeAccount);
    connect(m_accountMessage, &GuidanceBar::activated, this, [this] {
        if (m_accountAction)
            m_accountAction();
    });
    // The button follows what the API says of the key, not only what the keychain holds.
    connect(m_operationView, &OperationView::callFinished, this, [this](const CallResult& result) {
        const bool refused = keyRefused(result);
        if (refused != m_keyRefused && (refused || result.isSuccess())) {
            m_keyRefused = refused;
            updateAccountButton();
        }
    });
    connect(m_operationView, &OperationView::loginRequested, this,
        [this](OperationView::LoginPage page, const CredentialRules& rules, bool extendRights) {
            if (extendRights) {
                requestMoreRights(rules);
                return;
            }
            openLogin(page == OperationView::LoginPage::Access ? LoginDialog::Page::RequestAccess
                                                               : LoginDialog::Page::HaveKeys,
                rules);
        });
    updateAccountButton();

    restoreState();
}

MainWindow::~MainWindow()
{
    // Calls in flight end before the sandbox that answers them goes away.
    m_operationView->cancel();
}

void MainWindow::createActions()
{
    m_refreshAction
        = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the schema of this endpoint (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    auto* searchAction = new QAction(tr("&Search Operations"), this);
    searchAction->setObjectName(QStringLiteral("searchAction"));
    searchAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_F) });
    connect(searchAction, &QAction::triggered, m_navigator, &NavigatorPanel::focusSearch);

    auto* customAction = new QAction(tr("&Custom Endpoint URL\u2026"), this);
    connect(customAction, &QAction::triggered, this, [this] {
        m_customBar->open(m_endpoint.isCustom() ? m_endpoint.baseUrl.toString() : QString());
    });

    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcuts(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_refreshAction);
    file->addAction(customAction);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(searchAction);
    QMenu* call = menuBar()->addMenu(tr("&Call"));
    call->addAction(m_operationView->executeAction());
    call->addAction(m_operationView->cancelAction());
    // The account button's menu, reachable from the keyboard too (Alt+A).
    menuBar()->addMenu(m_accountButton->menu());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcutsAction);

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(m_endpointSelector);
    toolBar->addAction(m_refreshAction);
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_accountButton);
}

bool MainWindow::isLoading() const
{
    return m_repository->isLoading();
}

void MainWindow::loadEndpoint(const Endpoint& endpoint)
{
    if (!endpoint.isValid())
        return;
    if (m_endpoint != endpoint && !m_currentOperation.isEmpty())
        m_pendingOperation = m_currentOperation; // keep the same operation open if it exists there
    m_endpoint = endpoint;
    m_endpointSelector->setEndpoint(endpoint);
    m_settings->setLastEndpoint(endpointSetting(endpoint));
    m_messageBar->hide();
    setWindowTitle(tr("%1 \u2014 OVH API Explorer").arg(endpoint.displayName()));
    m_sourceLabel->setText(tr("Loading the schema of %1\u2026").arg(endpoint.displayName()));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stopLoadingButton->show();
    m_refreshAction->setEnabled(false);
    // No keys until the account of this endpoint is resolved: never the previous endpoint's.
    m_credentials = Credentials();
    m_source = CredentialSource();
    m_operationView->setEndpoint(endpoint, m_credentials, isSandbox());
    resolveAccount();
    if (!m_options.offline || isLoopbackHost(endpoint.baseUrl.host()))
        m_calls->prepareClock(); // the first call need not wait for it
    m_repository->load(endpoint);
}

bool MainWindow::useSandbox()
{
    if (!m_sandbox.baseUrl.isValid()) {
        if (!m_options.startSandbox) {
            m_messageBar->setText(tr("The sandbox is not available in this build."));
            m_messageBar->show();
            return false;
        }
        SandboxAccess access = m_options.startSandbox();
        if (!access.baseUrl.isValid()) {
            m_messageBar->setText(tr("Could not start the sandbox: %1").arg(access.error));
            m_messageBar->show();
            return false;
        }
        m_sandbox = std::move(access);
        // The sandbox keeps the consumer keys it issues in memory only: a sandbox profile
        // saved by an earlier run holds a key this sandbox never issued. Sandbox accounts
        // last one session: start on the demo keys (a profile logged in from now on works).
        if (m_accounts)
            m_accounts->profiles().setCurrent(sandboxEndpointName(), QString());
    }
    Endpoint endpoint;
    endpoint.name = sandboxEndpointName();
    endpoint.baseUrl = m_sandbox.baseUrl;
    endpoint.bundledSnapshot = QStringLiteral("eu");
    loadEndpoint(endpoint);
    return true;
}

void MainWindow::refresh()
{
    if (m_endpoint.isValid())
        loadEndpoint(m_endpoint);
}

bool MainWindow::openOperation(const QString& methodAndPath)
{
    if (!m_loaded) {
        m_pendingOperation = methodAndPath;
        return true;
    }
    const OperationRef ref = OperationSearch::locate(m_products, methodAndPath);
    if (!ref.isValid())
        return false;
    m_navigator->showOperation(ref);
    showOperation(ref);
    return true;
}

void MainWindow::onProgress(int done, int total)
{
    m_progress->setRange(0, qMax(0, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m products"));
}

void MainWindow::onLoaded(const SchemaSet& schema)
{
    m_progress->hide();
    m_stopLoadingButton->hide();
    m_refreshAction->setEnabled(true);
    if (schema.source == SchemaSource::None || schema.products.isEmpty()) {
        QString reason
            = schema.diagnostics.isEmpty() ? QString() : schema.diagnostics.constLast().message;
        m_messageBar->setText(
            tr("Could not load the schema of %1. %2").arg(schema.endpoint.displayName(), reason));
        m_messageBar->show();
        m_sourceLabel->setText(
            m_loaded ? tr("Still showing the previous schema.") : tr("No schema loaded."));
        m_diagnostics = schema.diagnostics;
    } else {
        m_products = schema.products;
        m_diagnostics = schema.diagnostics;
        m_loaded = true;
        m_navigator->setSchema(m_products);

        QString source;
        switch (schema.source) {
        case SchemaSource::Network:
            source = tr("downloaded from the network");
            break;
        case SchemaSource::Cache:
            source = tr("from the cache");
            break;
        case SchemaSource::Bundled:
            source = tr("from the bundled snapshot");
            break;
        case SchemaSource::None:
            break;
        }
        if (schema.fetchedAt.isValid())
            source += QLatin1Char(' ')
                + tr("(fetched %1)")
                      .arg(
                          QLocale().toString(schema.fetchedAt.toLocalTime(), QLocale::ShortFormat));
        m_sourceLabel->setText(tr("%1 \u00b7 %2 products, %3 operations \u00b7 %4")
                                   .arg(schema.endpoint.displayName())
                                   .arg(schema.products.size())
                                   .arg(schema.operationCount())
                                   .arg(source));
        m_sourceLabel->setToolTip(schema.endpoint.baseUrl.toString());
        if (schema.failedProducts > 0) {
            m_messageBar->setText(
                tr("Some products of %1 could not be loaded (%2); see the diagnostics.")
                    .arg(schema.endpoint.displayName())
                    .arg(schema.failedProducts));
            m_messageBar->show();
        }

        const QString wanted
            = m_pendingOperation.isEmpty() ? m_currentOperation : m_pendingOperation;
        m_pendingOperation.clear();
        m_currentOperation.clear();
        if (wanted.isEmpty() || !openOperation(wanted))
            m_operationView->clear();
    }
    m_diagnosticsButton->setText(tr("Diagnostics: %1").arg(m_diagnostics.size()));
    m_diagnosticsButton->setVisible(!m_diagnostics.isEmpty());
    if (m_diagnosticsDialog)
        m_diagnosticsDialog->setDiagnostics(m_endpoint.displayName(), m_diagnostics);
    emit schemaLoaded(schema);
}

void MainWindow::showOperation(const OperationRef& ref)
{
    const Operation* operation = OperationSearch::resolve(m_products, ref);
    if (!operation)
        return;
    m_operationView->showOperation(m_products.at(ref.product), *operation);
    m_currentOperation = httpMethodName(operation->method) + QLatin1Char(' ') + operation->path;
    m_settings->setLastOperation(m_currentOperation);
}

void MainWindow::showDiagnostics()
{
    if (!m_diagnosticsDialog) {
        m_diagnosticsDialog = new DiagnosticsDialog(this);
        m_diagnosticsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_diagnosticsDialog->setDiagnostics(m_endpoint.displayName(), m_diagnostics);
    m_diagnosticsDialog->show();
    m_diagnosticsDialog->raise();
    m_diagnosticsDialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    // Every action's shortcuts, read from the actions themselves so the list cannot go stale,
    // then the keys that belong to widgets (search box, tabs, form).
    QStringList rows;
    const auto row = [&rows](const QString& keys, const QString& what) {
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys, what.toHtmlEscaped());
    };
    QList<const QAction*> seen;
    const QList<QAction*> actions = findChildren<QAction*>();
    for (const QAction* action : actions) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence& shortcut : shortcuts)
            keys << shortcut.toString(QKeySequence::NativeText).toHtmlEscaped();
        QString what = action->text();
        what.remove(QLatin1Char('&'));
        what.remove(QStringLiteral("\u2026"));
        row(keys.join(QStringLiteral("</b>, <b>")), what);
    }
    row(tr("Enter"), tr("In the search box: open the first (or selected) match"));
    row(tr("Down</b> / <b>Up"), tr("Move between the search box and the matches"));
    row(tr("Esc"), tr("Clear the search"));
    row(tr("Alt+E"), tr("Choose the endpoint"));
    row(tr("Tab</b> / <b>Shift+Tab"), tr("Next / previous field of the form"));
    row(tr("Ctrl+Tab</b> / <b>Ctrl+Shift+Tab"),
        tr("Next / previous tab (Parameters, Result, code, Reference)"));
    row(tr("Alt+P</b>, <b>Alt+R</b>, <b>Alt+N"), tr("The Parameters, Result and Reference tabs"));

    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
        QStringLiteral("<table cellspacing=\"6\">") + rows.join(QString())
            + QStringLiteral("</table>"),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsDialog"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1280, 800);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize());
        resize(size);
    }
    QMainWindow::restoreState(m_settings->windowState());
    const QByteArray splitter = m_settings->mainSplitterState();
    if (!splitter.isEmpty())
        m_splitterRestored = m_splitter->restoreState(splitter);
    m_operationView->restoreSplitterState(m_settings->operationSplitterState());
}

void MainWindow::saveState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(QMainWindow::saveState());
    m_settings->setMainSplitterState(m_splitter->saveState());
    const QByteArray operationSplitter = m_operationView->splitterState();
    if (!operationSplitter.isEmpty())
        m_settings->setOperationSplitterState(operationSplitter);
    if (m_endpoint.isValid())
        m_settings->setLastEndpoint(endpointSetting(m_endpoint));
    if (!m_currentOperation.isEmpty())
        m_settings->setLastOperation(m_currentOperation);
    m_settings->sync();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_splitterRestored)
        return;
    // First run: about a third for the navigator, whatever the window size.
    m_splitterRestored = true;
    const int total = m_splitter->width();
    const int left = qBound(240, total * 34 / 100, 460);
    m_splitter->setSizes({ left, qMax(1, total - left) });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

// ---- Accounts ------------------------------------------------------------------------------

bool MainWindow::isSandbox() const
{
    return m_endpoint.name == sandboxEndpointName();
}

void MainWindow::resolveAccount()
{
    if (!m_endpoint.isValid())
        return;
    const int serial = ++m_resolveSerial;
    const QString endpoint = accountEndpoint();
    hideAccountMessage();
    if (m_rightsJob) {
        // Asked for the previous account's rights: not this one's.
        m_rightsJob->disconnect(this);
        m_rightsJob->abort();
        m_rightsJob->deleteLater();
    }
    const bool profileChosen
        = m_accounts && !m_accounts->profiles().currentName(endpoint).isEmpty();
    if (isSandbox() && !profileChosen) {
        CredentialSource demo;
        demo.kind = CredentialSource::Kind::Demo;
        demo.description = tr("the sandbox's demo keys");
        applyAccount(m_sandbox.credentials, demo);
        return;
    }
    if (!m_accounts) {
        CredentialSource source;
        const Credentials credentials = AccountStore::fromConfigAndEnvironment(
            endpoint, m_options.config, m_options.environment, &source.description);
        source.kind = credentials.isEmpty() ? CredentialSource::Kind::None
                                            : CredentialSource::Kind::ConfigOrEnvironment;
        applyAccount(credentials, source);
        return;
    }
    // The keychain may take a while (or ask the person to unlock it): Execute waits meanwhile.
    m_resolving = true;
    m_operationView->setResolving(true);
    updateAccountButton();
    AccountJob* job = m_accounts->resolve(endpoint, m_options.config, m_options.environment);
    connect(job, &AccountJob::finished, this, [this, serial](const AccountResult& result) {
        if (serial == m_resolveSerial)
            onAccountResolved(result);
    });
}

void MainWindow::onAccountResolved(const AccountResult& result)
{
    if (result.isOk()) {
        applyAccount(result.credentials, result.source);
        return;
    }
    // No silent fallback to other keys: say what happened and what to do.
    CredentialSource source = result.source;
    const QString profile = !source.profileName.isEmpty() ? source.profileName
        : !result.profile.name.isEmpty()                  ? result.profile.name
                                         : m_accounts->profiles().currentName(accountEndpoint());
    if (source.kind == CredentialSource::Kind::None && !profile.isEmpty()) {
        source.kind = CredentialSource::Kind::Profile;
        source.profileName = profile;
    }
    applyAccount(Credentials(), source);
    switch (result.status) {
    case AccountResult::Status::KeychainUnavailable:
        showAccountMessage(
            tr("The keychain is not available, so the keys of the account \u201c%1\u201d cannot be "
               "read. "
               "Start or unlock your desktop's keychain (GNOME Keyring, KWallet) and try "
               "again, or log in again and keep the keys in an ovh.conf file (mode 0600).")
                .arg(profile),
            tr("Try again"), [this] { resolveAccount(); });
        break;
    case AccountResult::Status::NotFound:
        showAccountMessage(tr("The keys of the account \u201c%1\u201d are no longer in the "
                              "keychain. Log in again, or "
                              "choose another account in the account menu.")
                               .arg(profile),
            tr("Log in\u2026"), [this] { openLogin(loginPageFor(m_credentials)); });
        break;
    case AccountResult::Status::Failed:
    case AccountResult::Status::Ok:
        showAccountMessage(tr("Could not read the keys of the account \u201c%1\u201d: %2. Try "
                              "again, or log in again.")
                               .arg(profile, result.errorString),
            tr("Try again"), [this] { resolveAccount(); });
        break;
    }
}

void MainWindow::applyAccount(const Credentials& credentials, const CredentialSource& source)
{
    m_credentials = credentials;
    m_source = source;
    m_resolving = false;
    m_keyRefused = false;
    m_operationView->setResolving(false);
    m_operationView->setEndpoint(m_endpoint, m_credentials, isSandbox());
    updateAccountButton();
    emit accountResolved(m_source);
}

void MainWindow::updateAccountButton()
{
    AccountButton::State state;
    state.endpoint = accountEndpoint();
    if (m_accounts && m_endpoint.isValid()) {
        state.profiles = m_accounts->profiles().profiles(state.endpoint);
        state.currentProfile = m_accounts->profiles().currentName(state.endpoint);
    }
    state.source = m_source;
    state.resolving = m_resolving;
    state.canSign = m_credentials.canSign();
    state.keyRefused = m_keyRefused;
    // Real keys make no sense against the local sandbox.
    state.configHasKeys = m_endpoint.isValid() && !isSandbox()
        && !AccountStore::fromConfigAndEnvironment(
            state.endpoint, m_options.config, m_options.environment)
                .isEmpty();
    state.demoAvailable = isSandbox();
    state.accountsAvailable = m_accounts != nullptr;
    m_accountButton->setState(state);
}

void MainWindow::showAccountMessage(
    const QString& text, const QString& action, std::function<void()> onAction)
{
    m_accountAction = std::move(onAction);
    m_accountMessage->showGuidance(text, action, MessageBar::Kind::Error);
}

void MainWindow::hideAccountMessage()
{
    m_accountAction = nullptr;
    m_accountMessage->clear();
}

void MainWindow::chooseProfile(const QString& name)
{
    if (!m_accounts || !m_endpoint.isValid())
        return;
    m_accounts->profiles().setCurrent(accountEndpoint(), name);
    resolveAccount();
}

void MainWindow::openLoginFromMenu()
{
    // The application is known (logged out, or the demo application), or nothing is known
    // yet: ask for a consumer key. Only a lone consumer key starts from the keys.
    openLogin(loginPageFor(m_credentials));
}

bool MainWindow::canReplaceKey() const
{
    // Only a profile's key is replaced (and the old one revoked): ovh.conf and the environment
    // belong to the person, and the demo key is shared.
    return m_source.kind == CredentialSource::Kind::Profile && m_credentials.canSign()
        && !m_resolving;
}

void MainWindow::requestMoreRights(const CredentialRules& missing)
{
    if (!m_accounts || !m_endpoint.isValid())
        return;
    if (!m_credentials.canSign() || m_resolving) {
        openLogin(LoginDialog::Page::RequestAccess, missing);
        return;
    }
    if (m_rightsJob) {
        m_rightsJob->disconnect(this);
        m_rightsJob->abort();
        m_rightsJob->deleteLater();
    }
    const bool replacing = canReplaceKey();
    const int serial = m_resolveSerial;
    auto* job = new CurrentCredentialJob(m_client, m_endpoint, m_credentials, this);
    m_rightsJob = job;
    statusBar()->showMessage(tr("Reading the rights of the current key\u2026"));
    connect(job, &CurrentCredentialJob::finished, this,
        [this, job, serial, replacing, missing](
            const CallResult& result, const std::optional<CredentialInfo>& info) {
            job->deleteLater();
            if (serial != m_resolveSerial)
                return; // the account changed meanwhile
            statusBar()->clearMessage();
            if (info && !info->rules.isEmpty()) {
                openLogin(LoginDialog::Page::RequestAccess,
                    AccessRules::normalized(info->rules + missing), replacing);
                return;
            }
            // Without the current rules, a replacing key would silently lose them: request the
            // missing right alone, as a key that does not replace the current one.
            openLogin(LoginDialog::Page::RequestAccess, missing, false);
            showAccountNote(
                tr("Could not read the rights of the current key (%1): only the missing right "
                   "\u201c%2\u201d is pre-filled. Add the other rights you still need before "
                   "requesting the new key; the current key is kept.")
                    .arg(info ? tr("it lists none") : failureText(result),
                        AccessRules::toText(missing)),
                MessageBar::Kind::Warning);
        });
    job->start();
}

void MainWindow::openLogin(LoginDialog::Page page, const CredentialRules& rules, bool replacingKey)
{
    if (!m_accounts || !m_endpoint.isValid())
        return;
    replacingKey = replacingKey && canReplaceKey();
    if (m_loginDialog)
        m_loginDialog->reject(); // one login at a time, for the latest request
    LoginDialog::Request request;
    request.endpoint = m_endpoint;
    request.profileName = m_source.kind == CredentialSource::Kind::Profile
        ? m_source.profileName
        : m_accounts->profiles().currentName(accountEndpoint());
    request.prefill.applicationKey = m_credentials.applicationKey;
    request.prefill.applicationSecret = m_credentials.applicationSecret;
    request.rules = rules;
    if (m_operationView->form()->hasOperation()) {
        const CallRequest operation = m_operationView->form()->request();
        request.operationMethod = operation.methodName();
        request.operationPath = operation.pathTemplate;
    }
    request.page = page;
    request.demo = isSandbox();
    request.replacingKey = replacingKey;
    auto* dialog = new LoginDialog(m_accounts, m_client, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Endpoint endpoint = m_endpoint;
    if (replacingKey) {
        // The key being replaced, kept in memory only until the dialog goes: revoked once the
        // new one is saved in its place, so that it does not stay valid unnoticed.
        const Credentials previous = m_credentials;
        const QString previousProfile = m_source.profileName;
        connect(dialog, &LoginDialog::loggedIn, this,
            [this, dialog, endpoint, previous, previousProfile](const Profile& profile) {
                onLoggedIn(profile, endpoint, dialog->obtainedCredential());
                if (profile.endpoint == endpoint.displayName() && profile.name == previousProfile) {
                    revokePreviousKey(endpoint, previous, previousProfile);
                    return;
                }
                m_loginReport.revocation
                    = tr("The previous key stays in the account \u201c%1\u201d.")
                          .arg(previousProfile);
                showLoginReport();
            });
    } else {
        connect(
            dialog, &LoginDialog::loggedIn, this, [this, dialog, endpoint](const Profile& profile) {
                onLoggedIn(profile, endpoint, dialog->obtainedCredential());
            });
    }
    m_loginDialog = dialog;
    dialog->open();
}

void MainWindow::onLoggedIn(
    const Profile& profile, const Endpoint& endpoint, const std::optional<CredentialInfo>& obtained)
{
    statusBar()->showMessage(
        tr("Logged in to %1 as \u201c%2\u201d.").arg(profile.endpoint, profile.name), 10000);
    if (profile.endpoint == accountEndpoint())
        resolveAccount();
    else
        updateAccountButton();
    ++m_loginSerial;
    m_loginReport = LoginReport();
    m_loginReport.summary
        = tr("Logged in to %1 as \u201c%2\u201d.").arg(profile.endpoint, profile.name);
    if (obtained) {
        m_loginReport.summary = loginSummary(profile, *obtained);
        showLoginReport();
        return;
    }
    // The dialog could not say what the key may do: ask the endpoint.
    showLoginReport();
    describeLogin(profile, endpoint);
}

QString MainWindow::loginSummary(const Profile& profile, const CredentialInfo& info)
{
    const QString validity = info.hasExpiry()
        ? tr("key valid until %1")
              .arg(QLocale().toString(info.expiration.toLocalTime(), QLocale::ShortFormat))
        : tr("key with no expiry");
    QString text
        = tr("Logged in to %1 as \u201c%2\u201d: %3, rights: %4")
              .arg(profile.endpoint, profile.name, validity, AccessRules::toText(info.rules));
    if (!info.allowedIPs.isEmpty())
        text += tr(", only from %1").arg(info.allowedIPs.join(QLatin1String(", ")));
    return text + QLatin1Char('.');
}

void MainWindow::describeLogin(const Profile& profile, const Endpoint& endpoint)
{
    // What was obtained, as the API describes the new key: read back from where the dialog
    // saved it, then GET /auth/currentCredential.
    const int serial = m_loginSerial;
    const QString prefix
        = tr("Logged in to %1 as \u201c%2\u201d").arg(profile.endpoint, profile.name);
    const auto report = [this, serial](const QString& summary) {
        if (serial != m_loginSerial)
            return;
        m_loginReport.summary = summary;
        showLoginReport();
    };
    AccountJob* load = m_accounts->load(profile.endpoint, profile.name);
    connect(load, &AccountJob::finished, this,
        [this, endpoint, profile, prefix, report](const AccountResult& loaded) {
            if (!loaded.isOk() || !loaded.credentials.canSign()) {
                report(
                    prefix + tr(" (could not read the new key back: %1).").arg(loaded.errorString));
                return;
            }
            auto* job = new CurrentCredentialJob(m_client, endpoint, loaded.credentials, this);
            connect(job, &CurrentCredentialJob::finished, this,
                [job, endpoint, profile, prefix, report](
                    const CallResult& result, const std::optional<CredentialInfo>& info) {
                    job->deleteLater();
                    if (!info) {
                        report(prefix
                            + tr(" (could not ask %1 about the new key: %2).")
                                  .arg(endpoint.displayName(), failureText(result)));
                        return;
                    }
                    report(loginSummary(profile, *info));
                });
            job->start();
        });
}

void MainWindow::revokePreviousKey(
    const Endpoint& endpoint, const Credentials& previous, const QString& profile)
{
    const int serial = m_loginSerial;
    auto* job = new LogoutJob(m_client, endpoint, previous, this);
    connect(job, &LogoutJob::finished, this,
        [this, job, serial, endpoint, profile](const CallResult& result) {
            job->deleteLater();
            if (serial != m_loginSerial)
                return;
            // A key that is already invalid is as good as revoked.
            const bool revoked = result.isSuccess() || keyRefused(result);
            if (revoked) {
                m_loginReport.revocation
                    = tr("The previous key of \u201c%1\u201d is revoked: the new key replaces it.")
                          .arg(profile);
            } else {
                m_loginReport.problem = true;
                m_loginReport.revocation
                    = tr("Could not revoke the previous key of \u201c%1\u201d (%2): it stays valid "
                         "on %3 until it expires. Revoke it from your account's API keys.")
                          .arg(profile, failureText(result), endpoint.displayName());
            }
            showLoginReport();
        });
    job->start();
}

void MainWindow::showLoginReport()
{
    QStringList parts;
    for (const QString& part : { m_loginReport.summary, m_loginReport.revocation }) {
        if (!part.isEmpty())
            parts << part;
    }
    showAccountNote(parts.join(QLatin1Char(' ')),
        m_loginReport.problem ? MessageBar::Kind::Warning : MessageBar::Kind::Info);
}

void MainWindow::showAccountNote(const QString& text, MessageBar::Kind kind)
{
    m_accountAction = nullptr;
    m_accountMessage->showGuidance(text, QString(), kind);
}

void MainWindow::showCurrentCredential()
{
    if (!m_credentials.canSign() || m_resolving)
        return;
    if (m_credentialDialog) {
        m_credentialDialog->raise();
        m_credentialDialog->activateWindow();
        return;
    }
    const QString profile = m_source.kind == CredentialSource::Kind::Profile ? m_source.profileName
                                                                             : m_source.description;
    auto* dialog = new CredentialDialog(m_client, m_endpoint, m_credentials, profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialDialog::logoutRequested, this, [this, dialog] {
        dialog->accept();
        logout();
    });
    connect(dialog, &CredentialDialog::requestRightsRequested, this,
        [this, dialog](const CredentialRules& current) {
            dialog->accept();
            openLogin(LoginDialog::Page::RequestAccess, current, true);
        });
    m_credentialDialog = dialog;
    dialog->open();
}

void MainWindow::logout()
{
    // The demo key is shared by every sandbox session: it is never revoked.
    if (!m_credentials.canSign() || m_source.kind == CredentialSource::Kind::Demo || m_logoutJob)
        return;
    const Endpoint endpoint = m_endpoint;
    const CredentialSource source = m_source;
    auto* job = new LogoutJob(m_client, endpoint, m_credentials, this);
    m_logoutJob = job;
    statusBar()->showMessage(tr("Logging out of %1\u2026").arg(endpoint.displayName()));
    connect(
        job, &LogoutJob::finished, this, [this, job, endpoint, source](const CallResult& result) {
            job->deleteLater();
            // A key that is already invalid is as good as revoked.
            const bool revoked = result.isSuccess() || keyRefused(result);
            if (!revoked) {
                statusBar()->clearMessage();
                showAccountMessage(
                    tr("Could not log out of %1: %2. The consumer key is still valid and kept.")
                        .arg(endpoint.displayName(), failureText(result)),
                    tr("Try again"), [this] { logout(); });
                return;
            }
            forgetConsumerKey(endpoint, source);
        });
    job->start();
}

void MainWindow::forgetConsumerKey(const Endpoint& endpoint, const CredentialSource& source)
{
    const QString name = endpoint.displayName();
    if (source.kind == CredentialSource::Kind::Profile && m_accounts) {
        AccountJob* job = m_accounts->forgetConsumerKey(name, source.profileName);
        connect(
            job, &AccountJob::finished, this, [this, endpoint, name](const AccountResult& result) {
                if (!result.isOk()) {
                    statusBar()->clearMessage();
                    showAccountMessage(
                        tr("The consumer key of %1 is revoked, but could not be removed from the "
                           "keychain: %2")
                            .arg(name, result.errorString),
                        tr("Try again"), [this, endpoint, profile = result.profile.name] {
                            CredentialSource again;
                            again.kind = CredentialSource::Kind::Profile;
                            again.profileName = profile;
                            forgetConsumerKey(endpoint, again);
                        });
                    return;
                }
                statusBar()->showMessage(
                    tr("Logged out of %1: the consumer key is revoked and forgotten").arg(name),
                    15000);
                if (endpoint == m_endpoint)
                    resolveAccount();
            });
        return;
    }
    // ovh.conf and the environment belong to the person: the window does not edit them.
    statusBar()->showMessage(
        tr("Logged out of %1: the consumer key is revoked; remove it from %2 too")
            .arg(name, source.description),
        15000);
    if (endpoint == m_endpoint) {
        Credentials kept = m_credentials;
        kept.consumerKey.clear();
        applyAccount(kept, source);
    }
}

void MainWindow::importAccount(const QString& name)
{
    if (!m_accounts || !m_endpoint.isValid())
        return;
    const QString endpoint = accountEndpoint();
    QString description;
    const Credentials credentials = AccountStore::fromConfigAndEnvironment(
        endpoint, m_options.config, m_options.environment, &description);
    if (credentials.applicationKey.isEmpty()) {
        showAccountMessage(tr("Nothing to import: %1 holds no application key for %2.")
                               .arg(description.isEmpty() ? tr("ovh.conf") : description, endpoint),
            QString(), nullptr);
        return;
    }
    Profile profile;
    profile.name = name;
    profile.endpoint = endpoint;
    profile.applicationKey = credentials.applicationKey;
    AccountJob* job = m_accounts->save(profile, credentials);
    connect(job, &AccountJob::finished, this,
        [this, name, endpoint, description](const AccountResult& result) {
            if (result.status == AccountResult::Status::KeychainUnavailable) {
                showAccountMessage(
                    tr("The keychain is not available: nothing was imported. The window keeps "
                       "using %1 directly; or log in and keep the keys in an ovh.conf file "
                       "(mode 0600).")
                        .arg(description),
                    tr("Log in\u2026"), [this] { openLogin(LoginDialog::Page::HaveKeys); });
                return;
            }
            if (!result.isOk()) {
                showAccountMessage(tr("Could not import the account \u201c%1\u201d: %2")
                                       .arg(name, result.errorString),
                    QString(), nullptr);
                return;
            }
            statusBar()->showMessage(
                tr("Imported %1 into the account \u201c%2\u201d (secrets in the keychain).")
                    .arg(description, name),
                10000);
            if (endpoint == accountEndpoint())
                resolveAccount();
        });
}

void MainWindow::exportAccount(const QString& path)
{
    if (!m_accounts || m_source.kind != CredentialSource::Kind::Profile)
        return;
    const QString profile = m_source.profileName;
    AccountJob* job = m_accounts->exportToFile(accountEndpoint(), profile, path);
    connect(job, &AccountJob::finished, this, [this, profile, path](const AccountResult& result) {
        if (!result.isOk()) {
            showAccountMessage(
                tr("Could not export the account \u201c%1\u201d to %2: %3")
                    .arg(profile, QDir::toNativeSeparators(path), result.errorString),
                QString(), nullptr);
            return;
        }
        statusBar()->showMessage(tr("Wrote the keys of %1 to %2 (readable only by you).")
                                     .arg(profile, QDir::toNativeSeparators(path)),
            10000);
    });
}

void MainWindow::removeAccount(const QString& name)
{
    if (!m_accounts || !m_endpoint.isValid())
        return;
    const QString endpoint = accountEndpoint();
    AccountJob* job = m_accounts->remove(endpoint, name);
    connect(job, &AccountJob::finished, this, [this, name, endpoint](const AccountResult& result) {
        if (!result.isOk()) {
            showAccountMessage(
                tr("Could not remove the account \u201c%1\u201d: %2").arg(name, result.errorString),
                QString(), nullptr);
            return;
        }
        statusBar()->showMessage(
            tr("Removed the account \u201c%1\u201d of %2.").arg(name, endpoint), 10000);
        if (endpoint == accountEndpoint())
            resolveAccount();
    });
}

} // namespace Ovh
