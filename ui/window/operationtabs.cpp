#include "window/operationtabs.h"

#include "operation/operationview.h"
#include "results/idlinks.h"

#include "session/callsession.h"
#include "session/explorerservices.h"
#include "settings/explorersettings.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <utility>

namespace Ovh {

// One tab: its operation and values, and the view made for it the first time it shows.
class OperationTabs::Page final : public QWidget
{
public:
    explicit Page(QWidget* parent)
        : QWidget(parent)
    { }

    // The page fills the room it is given: the host's layout need not ask every wrapped label
    // below it how tall it would be at this width, which it did on each switch (the page shown
    // again invalidates the host's layout).
    bool hasHeightForWidth() const override { return false; }
    QSize minimumSizeHint() const override
    {
        return view ? view->minimumSizeHint() : QWidget::minimumSizeHint();
    }

    void setView(OperationView* made)
    {
        view = made;
        view->setGeometry(rect());
    }

    OperationView* view = nullptr; // the page's only child, on all of it (no layout to activate
                                   // on each show: it redid the view's height-for-width)
    QString operation;
    QJsonObject values; // the form's values while the view does not show them
    // `values` are the whole form, even when empty (a history entry, a followed id), not a start
    // that the operation's memory may fill.
    bool exactValues = false;
    bool shown = false; // the view shows `operation` from the current schema
    Endpoint shownOn;

    // What the tab holds now: the view's values when it shows the operation.
    QJsonObject currentValues() const
    {
        return shown && view && view->operationKey() == operation && !operation.isEmpty()
            ? view->formValues()
            : values;
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        if (view)
            view->setGeometry(rect());
    }
};

namespace {

// Closes a tab of `tabs` on a middle click, as browsers do.
class MiddleClickCloser final : public QObject
{
public:
    MiddleClickCloser(QTabBar* bar, std::function<void(int)> close)
        : QObject(bar)
        , m_bar(bar)
        , m_close(std::move(close))
    {
        bar->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_bar && event->type() == QEvent::MouseButtonRelease) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            const int index = m_bar->tabAt(mouse->position().toPoint());
            if (mouse->button() == Qt::MiddleButton && index >= 0) {
                m_close(index);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTabBar* m_bar;
    std::function<void(int)> m_close;
};

QAction* makeAction(
    QWidget* owner, const QString& text, const char* name, const QList<QKeySequence>& shortcuts)
{
    auto* action = new QAction(text, owner);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

OperationTabs::OperationTabs(
    ExplorerServices* services, ExplorerSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_settings(settings)
    , m_bar(new QTabBar(this))
    , m_host(new QWidget(this))
    , m_hostLayout(new QVBoxLayout(m_host))
    , m_saveTimer(new QTimer(this))
    , m_splitterState(settings->operationSplitterState())
{
    setObjectName(QStringLiteral("operationTabsPanel"));
    m_bar->setObjectName(QStringLiteral("openOperations"));
    m_bar->setAccessibleName(tr("Open operations"));
    m_bar->setTabsClosable(true);
    m_bar->setMovable(true);
    m_bar->setDocumentMode(true);
    m_bar->setExpanding(false);
    m_bar->setUsesScrollButtons(true);
    m_bar->setElideMode(Qt::ElideNone); // titles are shortened already, the full one in the tip
    m_bar->setAutoHide(true);
    m_bar->setFocusPolicy(Qt::TabFocus);
    m_hostLayout->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_host, 1);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, &OperationTabs::saveTabs);

    m_newTabAction = makeAction(
        this, tr("Open in New &Tab"), "newTabAction", { QKeySequence(Qt::CTRL | Qt::Key_T) });
    m_newTabAction->setToolTip(tr("The current operation and its values in a new tab"));
    m_closeTabAction = makeAction(
        this, tr("&Close Tab"), "closeTabAction", { QKeySequence(Qt::CTRL | Qt::Key_W) });
    m_nextTabAction = makeAction(this, tr("&Next Tab"), "nextTabAction",
        { QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown) });
    m_previousTabAction = makeAction(this, tr("&Previous Tab"), "previousTabAction",
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
            QKeySequence(Qt::CTRL | Qt::Key_PageUp) });
    connect(m_newTabAction, &QAction::triggered, this, &OperationTabs::duplicateCurrent);
    connect(m_closeTabAction, &QAction::triggered, this, [this] { closeTab(currentIndex()); });
    connect(m_nextTabAction, &QAction::triggered, this, [this] { step(1); });
    connect(m_previousTabAction, &QAction::triggered, this, [this] { step(-1); });

    // The tabs of the last session, their views made when they show.
    m_restoring = true;
    const OpenTabs open = m_settings->openTabs();
    for (const OpenTabs::Tab& tab : open.tabs)
        addPage(tab.operation, tab.values, false);
    if (m_pages.isEmpty())
        addPage(QString(), QJsonObject(), false);
    m_bar->setCurrentIndex(qBound(0, open.current, int(m_pages.size()) - 1));
    m_restoring = false;

    connect(m_bar, &QTabBar::currentChanged, this, &OperationTabs::onCurrentChanged);
    connect(m_bar, &QTabBar::tabCloseRequested, this, &OperationTabs::closeTab);
    connect(m_bar, &QTabBar::tabMoved, this, [this](int from, int to) {
        m_pages.move(from, to);
        onStructureChanged();
    });
    new MiddleClickCloser(m_bar, [this](int index) { closeTab(index); });
    onCurrentChanged();
}

OperationTabs::~OperationTabs()
{
    cancelAll();
    if (m_saveTimer->isActive())
        saveTabs();
}

QList<QAction*> OperationTabs::tabActions() const
{
    return { m_newTabAction, m_closeTabAction, m_nextTabAction, m_previousTabAction };
}

QString OperationTabs::tabTitle(const QString& operation)
{
    const qsizetype space = operation.indexOf(QLatin1Char(' '));
    const QString method = operation.left(space);
    const QString path = operation.mid(space + 1);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() <= 3)
        return operation;
    return method + QLatin1String(" /") + parts.at(0) + QLatin1Char('/') + parts.at(1)
        + QStringLiteral("/\u2026/") + parts.constLast();
}

int OperationTabs::count() const
{
    return int(m_pages.size());
}

int OperationTabs::currentIndex() const
{
    return m_bar->currentIndex();
}

void OperationTabs::setCurrentIndex(int index)
{
    m_bar->setCurrentIndex(index);
}

OperationTabs::Page* OperationTabs::pageAt(int index) const
{
    return m_pages.value(index);
}

QString OperationTabs::operationAt(int index) const
{
    const Page* page = pageAt(index);
    return page ? page->operation : QString();
}

OperationView* OperationTabs::viewAt(int index) const
{
    const Page* page = pageAt(index);
    return page ? page->view : nullptr;
}

OperationView* OperationTabs::currentView()
{
    return realize(currentPage());
}

int OperationTabs::findOperation(const QString& operation) const
{
    for (int i = 0; i < count(); ++i) {
        if (pageAt(i)->operation == operation)
            return i;
    }
    return -1;
}

OperationTabs::Page* OperationTabs::addPage(
    const QString& operation, const QJsonObject& values, bool exactValues)
{
    auto* page = new Page(m_host);
    page->hide();
    page->operation = operation;
    page->values = values;
    page->exactValues = exactValues;
    m_hostLayout->addWidget(page);
    m_pages.append(page); // before the bar's first tab makes it current
    m_bar->addTab(QString());
    updateTitle(page);
    return page;
}

OperationView* OperationTabs::realize(Page* page)
{
    if (!page->view) {
        auto* view = new OperationView(page);
        view->setCallContext(m_services->createCallSession(view), m_settings);
        view->setRecentValues(m_services->recentValues());
        view->setHistory(m_history);
        view->setEndpoint(m_endpoint, m_credentials, m_demo);
        view->setResolving(m_resolving);
        if (!m_splitterState.isEmpty())
            view->restoreSplitterState(m_splitterState);
        connect(view, &OperationView::callFinished, this, &OperationTabs::callFinished);
        connect(view, &OperationView::callFinished, this,
            [this, view] { emit operationCalled(view->operationKey()); });
        connect(view, &OperationView::loginRequested, this, &OperationTabs::loginRequested);
        connect(view, &OperationView::openOperationRequested, this,
            [this](const QString& operation, const QJsonObject& values, bool newTab) {
                openWithValues(operation, values, newTab ? Placement::NewTab : Placement::Current);
            });
        // A call running in a tab shows on the tab, seen from the others.
        connect(view->cancelAction(), &QAction::enabledChanged, page,
            [this, page] { updateTitle(page); });
        addStar(view);
        page->setView(view);
        view->show(); // now: the tab is on screen already
    }
    if (!page->shown)
        showOn(page);
    return page->view;
}

void OperationTabs::setSaveAction(QAction* save)
{
    m_saveAction = save;
    for (int i = 0; i < count(); ++i) {
        if (OperationView* view = viewAt(i))
            addStar(view);
    }
}

void OperationTabs::addStar(OperationView* view)
{
    if (m_saveAction && !view->findChild<QToolButton*>(QStringLiteral("saveRequestButton")))
        view->addExecuteBarAction(m_saveAction)->setObjectName(QStringLiteral("saveRequestButton"));
}

void OperationTabs::showOn(Page* page)
{
    if (!m_hasSchema || !page->view)
        return;
    page->shown = true;
    page->shownOn = m_endpoint;
    const OperationRef ref = page->operation.isEmpty()
        ? OperationRef()
        : OperationSearch::locate(m_products, page->operation);
    const Operation* operation
        = ref.isValid() ? OperationSearch::resolve(m_products, ref) : nullptr;
    if (!operation) {
        page->view->clear(); // its values wait in the page for a schema that has it
        updateTitle(page);
        return;
    }
    page->view->setApiLinkableKeys(m_apiKeys);
    if (page->values.isEmpty() && !page->exactValues)
        page->view->showOperation(m_products.at(ref.product), *operation);
    else // the form built once, with the tab's values
        page->view->showOperation(m_products.at(ref.product), *operation, page->values);
    page->values = QJsonObject();
    page->exactValues = false;
    for (const auto& kept : std::as_const(m_keptResults)) {
        if (kept.first == page->operation)
            page->view->showStoredResult(kept.second);
    }
    updateTitle(page);
}

void OperationTabs::updateTitle(Page* page)
{
    const int index = int(m_pages.indexOf(page));
    if (index < 0 || index >= m_bar->count())
        return;
    if (page->operation.isEmpty()) {
        m_bar->setTabText(index, tr("New Tab"));
        m_bar->setTabToolTip(index, tr("Pick an operation in the tree"));
    } else {
        m_bar->setTabText(index, tabTitle(page->operation));
        const bool missing = page->shown && page->view && page->view->operationKey().isEmpty();
        m_bar->setTabToolTip(index,
            missing
                ? tr("%1 (not in the schema of %2)").arg(page->operation, m_endpoint.displayName())
                : page->operation);
    }
    const bool running = page->view && page->view->isRunning();
    m_bar->setTabIcon(index, running ? style()->standardIcon(QStyle::SP_BrowserReload) : QIcon());
}

void OperationTabs::setSchema(const QList<Product>& products)
{
    m_products = products;
    m_apiKeys = std::make_shared<const ApiLinkableKeys>(products);
    const bool first = !m_warmUpPlanned;
    m_hasSchema = true;
    if (!m_warmUpPlanned && !products.isEmpty()) {
        m_warmUpPlanned = true;
        QTimer::singleShot(WarmUpDelayMs, this, &OperationTabs::warmUp);
    }
    for (int i = 0; i < count(); ++i) {
        Page* page = pageAt(i);
        if (page->view && page->shown) {
            // The same operation on the same endpoint: its values, result and call stay.
            if (page->shownOn == m_endpoint && !page->operation.isEmpty()
                && page->view->operationKey() == page->operation
                && OperationSearch::locate(m_products, page->operation).isValid())
                continue;
            page->values = page->currentValues();
        }
        page->shown = false;
    }
    // At start the tree shows first: the current tab's form (tens of milliseconds for a big
    // operation) is built right after the window's next paint. Asking for the view sooner
    // (currentView()) builds it then.
    if (first && !products.isEmpty() && window()->isVisible()) {
        window()->installEventFilter(this);
        // A window not painted (hidden behind others, on another desktop) gets it all the same.
        QTimer::singleShot(FormAfterPaintMaxMs, this, [this] {
            window()->removeEventFilter(this);
            currentView();
        });
    } else
        currentView();
    emit currentOperationChanged(currentOperation());
}

bool OperationTabs::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == window() && event->type() == QEvent::UpdateRequest) {
        watched->removeEventFilter(this);
        // Queued: it runs once this paint is done.
        QMetaObject::invokeMethod(
            this, [this] { currentView(); }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void OperationTabs::warmUp()
{
    // An operation with path and body parameters: most kinds of field, the code tabs.
    for (const Product& product : std::as_const(m_products)) {
        for (const ApiPath& path : product.paths) {
            for (const Operation& operation : path.operations) {
                const auto has = [&operation](ParamLocation location) {
                    return std::any_of(operation.parameters.begin(), operation.parameters.end(),
                        [location](const Parameter& p) { return p.location == location; });
                };
                if (!has(ParamLocation::Path) || !has(ParamLocation::Body))
                    continue;
                OperationView view;
                view.setAttribute(Qt::WA_DontShowOnScreen);
                view.resize(size());
                view.showOperation(product, operation);
                view.grab(); // the form: laid out and painted
                // The code: the monospace font, in its weights. (No stored result: its status is
                // announced to screen readers.)
                view.showSnippet(SnippetLanguage::Python);
                view.grab();
                m_warm = true;
                return;
            }
        }
    }
}

void OperationTabs::keepResult(const Page* page)
{
    if (!page->view || page->operation.isEmpty() || page->view->operationKey() != page->operation)
        return;
    const std::optional<CallResult> result = page->view->lastResult();
    if (!result || result->body.size() > MaxKeptBodyBytes)
        return;
    m_keptResults.removeIf([page](const auto& kept) { return kept.first == page->operation; });
    m_keptResults.append({ page->operation, *result });
    if (m_keptResults.size() > MaxKeptResults)
        m_keptResults.removeFirst();
}

void OperationTabs::setAccount(const Endpoint& endpoint, const Credentials& credentials, bool demo)
{
    if (endpoint != m_endpoint)
        m_keptResults.clear(); // the answers of another endpoint
    m_endpoint = endpoint;
    m_credentials = credentials;
    m_demo = demo;
    for (int i = 0; i < count(); ++i) {
        if (OperationView* view = viewAt(i))
            view->setEndpoint(endpoint, credentials, demo);
    }
}

void OperationTabs::setResolving(bool resolving)
{
    m_resolving = resolving;
    for (int i = 0; i < count(); ++i) {
        if (OperationView* view = viewAt(i))
            view->setResolving(resolving);
    }
}

bool OperationTabs::open(const QString& methodAndPath, Placement placement)
{
    if (m_hasSchema && !OperationSearch::locate(m_products, methodAndPath).isValid())
        return false;
    Page* current = currentPage();
    if (placement != Placement::NewTab) {
        const int existing = findOperation(methodAndPath);
        if (existing >= 0) {
            m_bar->setCurrentIndex(existing);
            currentView(); // shown now, also when it was current already (at start, see setSchema)
            return true;
        }
    }
    if (placement == Placement::Current) {
        // A call running here keeps running: the operation goes to a new tab instead.
        if (!current->view || !current->view->isRunning()) {
            setOperation(current, methodAndPath, QJsonObject(), false);
            return true;
        }
    }
    if (current->operation.isEmpty()) {
        setOperation(current, methodAndPath, QJsonObject(), false);
        return true;
    }
    addPage(methodAndPath, QJsonObject(), false);
    m_bar->setCurrentIndex(count() - 1);
    return true;
}

bool OperationTabs::openWithValues(
    const QString& methodAndPath, const QJsonObject& values, Placement placement)
{
    if (m_hasSchema && !OperationSearch::locate(m_products, methodAndPath).isValid())
        return false;
    // A result kept for the operation answered other values: it would pass for this one's.
    m_keptResults.removeIf([&](const auto& kept) { return kept.first == methodAndPath; });
    Page* current = currentPage();
    // Values are the point here: the current tab takes them, even when it shows the operation
    // already, unless a call runs in it (that call keeps running, the values go to a new tab).
    const bool busy = current->view && current->view->isRunning();
    if ((placement == Placement::Current && !busy) || current->operation.isEmpty()) {
        setOperation(current, methodAndPath, values, true);
        return true;
    }
    addPage(methodAndPath, values, true);
    m_bar->setCurrentIndex(count() - 1);
    return true;
}

void OperationTabs::open(const OperationRef& ref, Placement placement)
{
    if (const Operation* operation = OperationSearch::resolve(m_products, ref))
        open(httpMethodName(operation->method) + QLatin1Char(' ') + operation->path, placement);
}

void OperationTabs::duplicateCurrent()
{
    const Page* current = currentPage();
    if (current->operation.isEmpty())
        return; // an empty tab is a new tab already
    addPage(current->operation, current->currentValues(), true);
    m_bar->setCurrentIndex(count() - 1);
}

void OperationTabs::setOperation(
    Page* page, const QString& operation, const QJsonObject& values, bool exactValues)
{
    keepResult(page);
    page->operation = operation;
    page->values = values;
    page->exactValues = exactValues;
    page->shown = false;
    if (page == currentPage())
        realize(page);
    updateTitle(page);
    onStructureChanged();
}

void OperationTabs::closeTab(int index)
{
    Page* page = pageAt(index);
    if (!page)
        return;
    if (count() == 1) {
        setOperation(page, QString(), QJsonObject(), false);
        return;
    }
    if (page->view)
        page->view->cancel();
    keepResult(page);
    m_pages.removeAt(index); // before the bar makes another current
    if (m_shown == page)
        m_shown = nullptr;
    page->hide();
    m_bar->removeTab(index);
    page->deleteLater();
    onStructureChanged();
}

void OperationTabs::cancelAll()
{
    for (int i = 0; i < count(); ++i) {
        if (OperationView* view = viewAt(i))
            view->cancel();
    }
}

void OperationTabs::step(int delta)
{
    const int total = count();
    if (total > 1)
        m_bar->setCurrentIndex((currentIndex() + delta + total) % total);
}

void OperationTabs::placeCallActions(QMenu* menu)
{
    m_callMenu = menu;
    m_menuView = nullptr;
    onCurrentChanged();
}

void OperationTabs::onCurrentChanged()
{
    Page* page = currentPage();
    if (m_restoring || !page)
        return;
    // The splitter where the person left it, in the tabs made from now on.
    if (m_menuView && !m_menuView->splitterState().isEmpty())
        m_splitterState = m_menuView->splitterState();
    if (m_shown != page) {
        if (m_shown)
            m_shown->hide();
        m_shown = page;
        page->show();
    }
    OperationView* view = realize(page);
    // Only the current view's actions in the menu: the same shortcut twice would fire neither.
    if (m_callMenu && view != m_menuView) {
        if (m_menuView) {
            m_callMenu->removeAction(m_menuView->executeAction());
            m_callMenu->removeAction(m_menuView->cancelAction());
        }
        const QList<QAction*> others = m_callMenu->actions();
        m_callMenu->insertActions(others.isEmpty() ? nullptr : others.constFirst(),
            { view->executeAction(), view->cancelAction() });
    }
    m_menuView = view;
    onStructureChanged();
}

void OperationTabs::onStructureChanged()
{
    if (m_restoring)
        return;
    const QString operation = currentOperation();
    if (!m_reported || operation != m_reportedOperation) {
        m_reported = true;
        m_reportedOperation = operation;
        emit currentOperationChanged(operation);
    }
    m_saveTimer->start();
}

void OperationTabs::saveTabs()
{
    m_saveTimer->stop();
    OpenTabs open;
    for (int i = 0; i < count(); ++i) {
        const Page* page = pageAt(i);
        if (page->operation.isEmpty())
            continue;
        if (i == currentIndex())
            open.current = int(open.tabs.size());
        open.tabs.append({ page->operation, page->currentValues() });
    }
    m_settings->setOpenTabs(open);
    if (!currentOperation().isEmpty())
        m_settings->setLastOperation(currentOperation());
    if (m_menuView && !m_menuView->splitterState().isEmpty())
        m_settings->setOperationSplitterState(m_menuView->splitterState());
}

} // namespace Ovh
