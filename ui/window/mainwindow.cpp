#include "window/mainwindow.h"

#include "look/guidancebar.h"
#include "look/messagebar.h"
#include "settings/explorersettings.h"

#include "operation/operationview.h"
#include "window/aboutdialog.h"
#include "window/accountbutton.h"
#include "window/accountpresenter.h"
#include "window/customendpointbar.h"
#include "window/endpointselector.h"
#include "window/navigatorpanel.h"
#include "window/schemastatus.h"
#include "window/shortcutsdialog.h"

#include "net/apiclient.h"
#include "net/serverclock.h"
#include "session/accountsession.h"
#include "session/callsession.h"
#include "session/explorerservices.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
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
    , m_clock(services->clock())
    , m_client(services->client())
    , m_calls(services->calls())
    , m_account(services->account())
    , m_endpointSelector(new EndpointSelector(this))
    , m_customBar(new CustomEndpointBar(this))
    , m_messageBar(new MessageBar(MessageBar::Kind::Error, this))
    , m_accountMessage(new GuidanceBar(QStringLiteral("accountMessage"),
          QStringLiteral("accountMessageText"), QStringLiteral("accountMessageButton"), this))
    , m_accountButton(new AccountButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new NavigatorPanel(m_splitter))
    , m_operationView(new OperationView(m_splitter))
    , m_schemaStatus(new SchemaStatus(services->repository(), statusBar(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OVH API Explorer"));

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

    m_operationView->setCallContext(m_calls, m_settings);
    m_operationView->setRecentValues(services->recentValues());
    createActions();

    connect(m_repository, &SchemaRepository::loaded, this, &MainWindow::onLoaded);
    connect(m_navigator, &NavigatorPanel::operationActivated, this, &MainWindow::showOperation);
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
    accountWidgets.operation = m_operationView;
    m_accountPresenter = new AccountPresenter(m_account, accountWidgets, this);
    connect(m_account, &AccountSession::readingKeychain, this,
        [this] { m_operationView->setResolving(true); });
    connect(
        m_account, &AccountSession::accountChanged, this, [this](const CredentialSource& source) {
            m_operationView->setResolving(false);
            m_operationView->setEndpoint(m_endpoint, m_account->credentials(), isSandbox());
            emit accountResolved(source);
        });

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
    connect(shortcutsAction, &QAction::triggered, this, [this] { showShortcutsDialog(this); });
    auto* aboutAction = new QAction(tr("&About OVH API Explorer"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

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
    if (m_endpoint != endpoint && !m_currentOperation.isEmpty())
        m_pendingOperation = m_currentOperation; // keep the same operation open if it exists there
    m_endpoint = endpoint;
    m_endpointSelector->setEndpoint(endpoint);
    m_settings->setLastEndpoint(endpointSetting(endpoint));
    m_messageBar->hide();
    setWindowTitle(tr("%1 \u2014 OVH API Explorer").arg(endpoint.displayName()));
    m_schemaStatus->showLoading(endpoint);
    m_refreshAction->setEnabled(false);
    // No keys until the account of this endpoint is resolved: never the previous endpoint's.
    m_operationView->setEndpoint(endpoint, Credentials(), isSandbox());
    m_account->setEndpoint(endpoint);
    if (!m_offline || isLoopbackHost(endpoint.baseUrl.host()))
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

void MainWindow::onLoaded(const SchemaSet& schema)
{
    m_refreshAction->setEnabled(true);
    m_schemaStatus->showLoaded(schema, m_loaded);
    if (!SchemaStatus::isUsable(schema)) {
        QString reason
            = schema.diagnostics.isEmpty() ? QString() : schema.diagnostics.constLast().message;
        m_messageBar->setText(
            tr("Could not load the schema of %1. %2").arg(schema.endpoint.displayName(), reason));
        m_messageBar->show();
    } else {
        m_products = schema.products;
        m_loaded = true;
        m_navigator->setSchema(m_products);
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
