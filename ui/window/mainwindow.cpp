#include "window/mainwindow.h"

#include "base/endpointtext.h"
#include "look/guidancebar.h"
#include "look/messagebar.h"
#include "look/palettes.h"
#include "models/searchresultmodel.h"
#include "settings/explorersettings.h"
#include "settings/settingsdialog.h"

#include "history/historydock.h"
#include "history/historyentry.h"
#include "history/historypanel.h"
#include "operation/operationview.h"
#include "saved/savedpanel.h"
#include "window/aboutdialog.h"
#include "window/accountbutton.h"
#include "window/accountpresenter.h"
#include "window/customendpointbar.h"
#include "window/endpointselector.h"
#include "window/firststarthint.h"
#include "window/languagerestartoffer.h"
#include "window/navigatorpanel.h"
#include "window/operationtabs.h"
#include "window/schemastatus.h"
#include "window/shortcutsdialog.h"
#include "window/translations.h"

#include "net/apiclient.h"
#include "net/serverclock.h"
#include "session/accountsession.h"
#include "session/callsession.h"
#include "session/explorerservices.h"
#include "session/otherbranchschema.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace Ovh {

namespace {

QString endpointSetting(const Endpoint& endpoint)
{
    return endpoint.isCustom() ? endpoint.baseUrl.toString() : endpoint.name;
}

} // namespace

MainWindow::MainWindow(
    ExplorerServices* services, ExplorerSettings* settings, const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_options(options)
    , m_offline(services->isOffline())
    , m_repository(services->repository())
    , m_otherBranch(new OtherBranchSchema(services->repository()->options().cacheDir, this))
    , m_clock(services->clock())
    , m_client(services->client())
    , m_calls(services->calls())
    , m_account(services->account())
    , m_endpointSelector(new EndpointSelector(this))
    , m_customBar(new CustomEndpointBar(this))
    , m_messageBar(new MessageBar(MessageBar::Kind::Error, this))
    , m_accountMessage(new GuidanceBar(QStringLiteral("accountMessage"),
          QStringLiteral("accountMessageText"), QStringLiteral("accountMessageButton"), this))
    , m_firstStartHint(new FirstStartHint(settings, options.firstStart, this))
    , m_accountButton(new AccountButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new NavigatorPanel(m_splitter))
    , m_tabs(new OperationTabs(services, settings, m_splitter))
    , m_savedPanel(new SavedPanel(options.savedRequests, m_navigator))
    , m_schemaStatus(new SchemaStatus(services->repository(), statusBar(), this))
    , m_restartBar(new GuidanceBar(QStringLiteral("restartOffer"),
          QStringLiteral("restartOfferText"), QStringLiteral("restartOfferButton"), this))
    , m_restartOffer(new LanguageRestartOffer(
          m_restartBar, bool(options.restart), [this] { return callsRunning(); }, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OVH API Explorer"));

    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->hide();

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1); // resizing the window shares the change 1:2
    m_splitter->setStretchFactor(1, 2);
    m_navigator->setMinimumWidth(220);
    m_tabs->setMinimumWidth(320);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_customBar);
    layout->addWidget(m_restartBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_accountMessage);
    layout->addWidget(m_firstStartHint);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    if (options.history) {
        m_tabs->setHistory(options.history);
        m_historyDock = new HistoryDock(options.history, this);
        addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
        m_historyDock->hide(); // until asked for, or restored by the saved state
        connect(m_historyDock->panel(), &HistoryPanel::openRequested, this,
            [this](const HistoryEntry& entry) { openFromHistory(entry, false); });
        connect(m_historyDock->panel(), &HistoryPanel::rerunRequested, this,
            [this](const HistoryEntry& entry) { openFromHistory(entry, true); });
    }
    m_navigator->addSection(m_savedPanel);
    m_tabs->setSaveAction(m_savedPanel->saveAction());
    m_savedPanel->setCurrentRequest([this]() -> std::optional<SavedRequest> {
        OperationView* view = m_tabs->currentView();
        if (view->operationKey().isEmpty())
            return std::nullopt;
        return SavedRequest { 0, QString(), view->operationKey(), view->formValues() };
    });
    createActions();

    connect(m_repository, &SchemaRepository::loaded, this, &MainWindow::onLoaded);
    connect(m_navigator, &NavigatorPanel::operationActivated, this, &MainWindow::showOperation);
    // The search covers the other branch too; picking one of its results switches to it.
    connect(
        m_otherBranch, &OtherBranchSchema::loaded, m_navigator, &NavigatorPanel::setOtherBranch);
    connect(m_navigator, &NavigatorPanel::otherBranchOperationActivated, this,
        [this](ApiBranch branch, const QString& operation) {
            if (const std::optional<Endpoint> other = m_endpoint.onBranch(branch)) {
                m_openAfterLoad = operation;
                loadEndpoint(*other);
            }
        });
    connect(m_navigator, &NavigatorPanel::openInNewTabRequested, this,
        [this](const OperationRef& ref) { m_tabs->open(ref, OperationTabs::Placement::NewTab); });
    connect(m_tabs, &OperationTabs::currentOperationChanged, this,
        &MainWindow::onCurrentOperationChanged);
    // Each call sent, from any tab, counts as one more use for the search's ranking (on this
    // endpoint: the ranking of the others stays theirs).
    connect(m_tabs, &OperationTabs::operationCalled, this, [this](const QString& operation) {
        m_usage.addCall(m_endpoint.displayName(), operation, QDateTime::currentDateTimeUtc());
        m_navigator->searchModel()->addCall(operation);
    });
    connect(m_savedPanel, &SavedPanel::openRequested, this, &MainWindow::openSaved);
    connect(m_savedPanel, &SavedPanel::notice, this,
        [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_navigator, &NavigatorPanel::searchAccepted, this,
        [this] { m_tabs->currentView()->focusForm(); });
    connect(m_schemaStatus, &SchemaStatus::retryRequested, this, &MainWindow::refresh);
    connect(m_restartOffer, &LanguageRestartOffer::restartRequested, this, &MainWindow::restart);
    connect(m_tabs, &OperationTabs::callFinished, m_restartOffer, &LanguageRestartOffer::callEnded,
        Qt::QueuedConnection); // once the view that called is idle again
    connect(m_firstStartHint, &FirstStartHint::sandboxRequested, this, &MainWindow::useSandbox);
    connect(m_firstStartHint, &FirstStartHint::loginRequested, m_accountButton,
        &AccountButton::loginRequested);
    connect(m_endpointSelector, &EndpointSelector::endpointChosen, this, &MainWindow::loadEndpoint);
    connect(m_endpointSelector, &EndpointSelector::customRequested, this, [this] {
        m_customBar->open(m_endpoint.isCustom() ? m_endpoint.baseUrl.toString() : QString());
    });
    connect(m_customBar, &CustomEndpointBar::accepted, this, &MainWindow::loadEndpoint);
    connect(m_endpointSelector, &EndpointSelector::sandboxRequested, this, &MainWindow::useSandbox);

    AccountPresenter::Widgets accountWidgets;
    accountWidgets.window = this;
    accountWidgets.button = m_accountButton;
    accountWidgets.message = m_accountMessage;
    accountWidgets.statusBar = statusBar();
    accountWidgets.operations = m_tabs;
    m_accountPresenter = new AccountPresenter(m_account, accountWidgets, this);
    connect(
        m_account, &AccountSession::readingKeychain, this, [this] { m_tabs->setResolving(true); });
    connect(
        m_account, &AccountSession::accountChanged, this, [this](const CredentialSource& source) {
            m_tabs->setResolving(false);
            m_tabs->setAccount(m_endpoint, m_account->credentials(), isSandbox());
            m_firstStartHint->accountResolved(source);
            emit accountResolved(source);
        });

    restoreState();
}

MainWindow::~MainWindow()
{
    // Calls in flight end before the sandbox that answers them goes away.
    m_tabs->cancelAll();
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

    auto* settingsAction = new QAction(tr("&Settings\u2026"), this);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcuts(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcutsAction, &QAction::triggered, this, [this] { showShortcutsDialog(this); });
    auto* aboutAction = new QAction(tr("&About OVH API Explorer"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_refreshAction);
    file->addAction(customAction);
    file->addSeparator();
    file->addAction(m_savedPanel->exportAction());
    file->addAction(m_savedPanel->importAction());
    file->addAction(settingsAction);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(searchAction);
    go->addSeparator();
    go->addActions(m_tabs->tabActions());
    if (m_historyDock) {
        QMenu* view = menuBar()->addMenu(tr("&View"));
        view->addAction(m_historyDock->showAction());
    }
    QMenu* call = menuBar()->addMenu(tr("&Call"));
    m_tabs->placeCallActions(call);
    call->addSeparator();
    call->addAction(m_savedPanel->saveAction());
    // The account button's menu, reachable from the keyboard too (Alt+A).
    menuBar()->addMenu(m_accountButton->menu());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcutsAction);
    help->addAction(aboutAction);

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
    m_endpoint = endpoint;
    m_endpointSelector->setEndpoint(endpoint);
    m_settings->setLastEndpoint(endpointSetting(endpoint));
    m_settings->setApiBranch(apiBranchName(endpoint.branch()));
    m_messageBar->hide();
    setWindowTitle(tr("%1 \u2014 OVH API Explorer").arg(endpoint.displayName()));
    m_schemaStatus->showLoading(endpoint);
    if (!m_loaded || m_schemaEndpoint != endpoint)
        m_navigator->showLoading(endpoint.displayName()); // not the previous endpoint's tree
    m_refreshAction->setEnabled(false);
    // No keys until the account of this endpoint is resolved: never the previous endpoint's.
    m_tabs->setAccount(endpoint, Credentials(), isSandbox());
    m_account->setEndpoint(endpoint);
    applySearchUsage();
    if (!m_offline || isLoopbackHost(endpoint.baseUrl.host())) {
        m_calls->setAccount(endpoint, Credentials());
        m_calls->prepareClock(); // the first call need not wait for it
    }
    m_repository->load(endpoint);
    m_otherBranch->follow(endpoint);
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
        // Sandbox accounts last one session: start on the demo keys.
        m_account->startSandboxSession(m_sandbox.credentials);
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
    return m_tabs->open(methodAndPath, OperationTabs::Placement::Current);
}

bool MainWindow::openOperationInNewTab(const QString& methodAndPath)
{
    return m_tabs->open(methodAndPath, OperationTabs::Placement::NewTab);
}

bool MainWindow::openOperationInOwnTab(const QString& methodAndPath)
{
    return m_tabs->open(methodAndPath, OperationTabs::Placement::OwnTab);
}

void MainWindow::setEndpointUsage(const QHash<QString, QList<OperationUsage>>& byEndpoint)
{
    m_usage.set(byEndpoint);
    applySearchUsage();
}

void MainWindow::applySearchUsage()
{
    SearchResultModel* search = m_navigator->searchModel();
    search->setUsage(m_usage.on(m_endpoint.displayName()));
    const ApiBranch other = m_endpoint.branch() == ApiBranch::V1 ? ApiBranch::V2 : ApiBranch::V1;
    const std::optional<Endpoint> otherEndpoint = m_endpoint.onBranch(other);
    search->setOtherBranchUsage(
        otherEndpoint ? m_usage.on(otherEndpoint->displayName()) : QList<OperationUsage>());
}

void MainWindow::onLoaded(const SchemaSet& schema)
{
    m_refreshAction->setEnabled(true);
    // A failed refresh keeps the schema of this same host; a failed switch must not leave the
    // previous endpoint's operations live against the new one.
    const bool keepShown = m_loaded && m_schemaEndpoint == schema.endpoint;
    m_schemaStatus->showLoaded(schema, keepShown);
    m_navigator->endLoading();
    if (!SchemaStatus::isUsable(schema)) {
        QString reason
            = schema.diagnostics.isEmpty() ? QString() : schema.diagnostics.constLast().message;
        if (!keepShown && m_loaded) {
            // The tabs stay, emptied, with their values: they show again after a Retry.
            m_products.clear();
            m_loaded = false;
            m_navigator->setSchema(m_products);
            m_tabs->setSchema(m_products);
        }
        m_messageBar->setText(keepShown
                ? tr("Could not load the schema of %1 again. %2")
                      .arg(schema.endpoint.displayName(), reason)
                : tr("There is no schema for %1, so nothing can be sent to it: Retry (F5) loads "
                     "it again.\n%2")
                      .arg(schema.endpoint.displayName(), reason)
                      .trimmed());
        m_messageBar->show();
    } else {
        m_products = schema.products;
        m_schemaEndpoint = schema.endpoint;
        m_loaded = true;
        m_navigator->setSchema(m_products);
        m_tabs->setSchema(m_products); // every tab keeps its operation if this schema has it
        if (!m_openAfterLoad.isEmpty())
            openOperation(std::exchange(m_openAfterLoad, QString()));
        if (schema.failedProducts > 0) {
            m_messageBar->setText(
                tr("Some products of %1 could not be loaded (%2); see the diagnostics.")
                    .arg(schema.endpoint.displayName())
                    .arg(schema.failedProducts));
            m_messageBar->show();
        }
    }
    emit schemaLoaded(schema);
}

void MainWindow::showOperation(const OperationRef& ref)
{
    m_tabs->open(ref, OperationTabs::Placement::Current);
}

void MainWindow::onCurrentOperationChanged(const QString& operation)
{
    // Not written to the settings here: each write syncs the whole file from the event loop,
    // on every tab switch. The tabs write it with their values, a moment after.
    if (operation.isEmpty())
        return;
    if (m_loaded)
        m_navigator->showOperation(OperationSearch::locate(m_products, operation));
}

HistoryPanel* MainWindow::historyPanel() const
{
    return m_historyDock ? m_historyDock->panel() : nullptr;
}

void MainWindow::openFromHistory(const HistoryEntry& entry, bool run)
{
    // The form built once, with the entry's values.
    if (!m_loaded
        || !m_tabs->openWithValues(
            entry.operationKey(), entry.formValues(), OperationTabs::Placement::Current)) {
        statusBar()->showMessage(tr("%1 is not in the schema of %2.")
                                     .arg(entry.operationKey(), m_endpoint.displayName()),
            10000);
        return;
    }
    OperationView* view = m_tabs->currentView();
    if (run)
        view->execute();
    else
        view->showStoredResult(entry.toCallResult());
    if (entry.endpoint != endpointUserText(m_endpoint)) {
        statusBar()->showMessage(tr("Recorded on %1; Execute sends to %2.")
                                     .arg(entry.endpoint, endpointUserText(m_endpoint)),
            10000);
    }
}

void MainWindow::openSaved(const SavedRequest& request)
{
    const OperationRef ref = OperationSearch::locate(m_products, request.operation);
    if (!m_loaded || !ref.isValid()) {
        m_messageBar->setText(
            tr("The saved request \u201c%1\u201d needs %2, which is not in the loaded "
               "schema of %3.")
                .arg(request.name, request.operation, m_endpoint.displayName()));
        m_messageBar->show();
        return;
    }
    m_tabs->openWithValues(request.operation, request.values, OperationTabs::Placement::Current);
}

void MainWindow::showAbout()
{
    AboutFacts facts = m_schemaStatus->aboutFacts();
    facts.version = QCoreApplication::applicationVersion();
    facts.cacheDir = m_repository->options().cacheDir.isEmpty()
        ? SchemaRepository::defaultCacheDir()
        : m_repository->options().cacheDir;
    facts.settingsFile = m_settings->store()->fileName();
    auto* dialog = new AboutDialog(facts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, m_endpoint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->show();
}

void MainWindow::applySettings()
{
    applyTheme(m_settings->theme());
    ApiCall::Settings calls = m_client->settings();
    calls.timeoutMs = m_settings->callTimeoutSeconds() * 1000;
    m_client->setSettings(calls);
    m_clock->setTimeout(qMin(ServerClock::DefaultTimeoutMs, calls.timeoutMs)); // as at start
    SchemaRepository::Options schemas = m_repository->options();
    schemas.timeoutMs = m_settings->schemaTimeoutSeconds() * 1000;
    m_repository->setOptions(schemas);
    m_restartOffer->setChosenLanguage(
        chooseLanguage(m_settings->language(), QLocale::system().uiLanguages()));
    emit settingsApplied();
}

bool MainWindow::callsRunning() const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (const OperationView* view = m_tabs->viewAt(i); view && view->isRunning())
            return true;
    }
    return false;
}

void MainWindow::restart()
{
    // Everything a restart brings back is written before the composition root quits.
    saveState();
    if (m_options.restart)
        m_options.restart();
    close();
}

QRect firstWindowGeometry(const QRect& available)
{
    const QSize size = QSize(1280, 800).boundedTo(available.size() * 0.9);
    return QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            setGeometry(firstWindowGeometry(screen->availableGeometry()));
        else
            resize(1280, 800);
    }
    QMainWindow::restoreState(m_settings->windowState());
    const QByteArray splitter = m_settings->mainSplitterState();
    if (!splitter.isEmpty())
        m_splitterRestored = m_splitter->restoreState(splitter);
}

void MainWindow::saveState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(QMainWindow::saveState());
    m_settings->setMainSplitterState(m_splitter->saveState());
    m_tabs->saveTabs(); // with the operation splitter's position and the last operation
    if (m_endpoint.isValid())
        m_settings->setLastEndpoint(endpointSetting(m_endpoint));
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

bool MainWindow::isSandbox() const
{
    return m_endpoint.name == sandboxEndpointName();
}

CredentialSource MainWindow::credentialSource() const
{
    return m_account->source();
}

bool MainWindow::isResolvingAccount() const
{
    return m_account->isResolving();
}

} // namespace Ovh
