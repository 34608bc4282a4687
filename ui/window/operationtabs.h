#pragma once

#include "auth/credentialrequest.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "net/callresult.h"
#include "schema/operationsearch.h"
#include "schema/schema.h"
#include "session/accountsession.h"

#include <QByteArray>
#include <QPair>
#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QTabBar;
class QTimer;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Ovh {

class ApiLinkableKeys;
class ExplorerServices;
class HistoryStore;
class ExplorerSettings;
class OperationView;

// The operations open in the window, one tab each, each with its own OperationView: its form
// values, its last result and its call (a call in a background tab keeps running, on a call
// session of its own). A tab's view is made the first time the tab shows, so restored tabs
// cost nothing until looked at. There is always one tab: closing the last one empties it
// (the view's placeholder), and the tab bar shows only from two tabs on. Only the current
// tab's view is shown; the others are hidden beside it rather than stacked in a QTabWidget,
// whose switch walks every widget of every tab (tens of milliseconds with 20 tabs). The tabs and
// their values are kept in the settings (ExplorerSettings::openTabs, and the current one as
// lastOperation) a moment after they change, never on the switch itself. An operation a tab leaves
// takes its last result along: it shows again when the operation comes back (in any tab, on the
// same endpoint, for this session).
class OperationTabs final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationTabs)

public:
    enum class Placement : quint8 {
        Current, // the tab that shows it already, else the current tab instead of its operation
        NewTab, // a new tab (the current one when it is empty)
        OwnTab, // the tab that shows it already, else a new tab (a link from outside)
    };

    // `services` (call sessions) and `settings` are owned by the caller and outlive the tabs.
    OperationTabs(
        ExplorerServices* services, ExplorerSettings* settings, QWidget* parent = nullptr);
    ~OperationTabs() override;

    // The schema the tabs' operations are shown from. A tab whose operation it lacks stays,
    // empty, with its values, until a schema has it again; a tab already showing its
    // operation on the same endpoint keeps its view as it is (values, result, call).
    void setSchema(const QList<Product>& products);
    // Where calls go and with which keys, for every tab (see OperationView::setEndpoint).
    void setAccount(const Endpoint& endpoint, const Credentials& credentials, bool demo);
    void setResolving(bool resolving);
    // The history each tab's "Compare with…" reads (owned by the caller, outliving the tabs).
    void setHistory(HistoryStore* history) { m_history = history; }
    // The star beside each tab's Execute: `save` (Save Request…, owned by the caller).
    void setSaveAction(QAction* save);

    // "POST /domain/zone/{zoneName}/record": shown now if a schema is there, else when it
    // comes. False when the schema has no such operation.
    bool open(const QString& methodAndPath, Placement placement);
    void open(const OperationRef& ref, Placement placement);
    // `methodAndPath` with exactly the form values `values` (OperationView::formValues()'s format),
    // the form built once: an id followed from a result, a history entry, a saved request.
    // Current: in the current tab (a new one while a call runs there).
    bool openWithValues(
        const QString& methodAndPath, const QJsonObject& values, Placement placement);
    // The current operation with its current values in a new tab (Ctrl+T).
    void duplicateCurrent();
    // Closes the tab (its call is cancelled); the last tab is emptied instead.
    void closeTab(int index);
    void cancelAll();

    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    // "GET /me"; empty for an empty tab.
    QString operationAt(int index) const;
    QString currentOperation() const { return operationAt(currentIndex()); }
    // The view of the current tab (made now if it was not yet): never null.
    OperationView* currentView();
    // Null until the tab has shown once.
    OperationView* viewAt(int index) const;
    QTabBar* tabBar() const { return m_bar; }
    // The warm-up after the first schema has run (see warmUp()).
    bool isWarm() const { return m_warm; }

    // Writes the tabs and their values to the settings now (else a moment after each change).
    void saveTabs();

    // Keeps the current view's Execute and Cancel in `menu` (each view has its own).
    void placeCallActions(QMenu* menu);
    // Ctrl+T, Ctrl+W, Ctrl+Tab (Ctrl+PgDown), Ctrl+Shift+Tab (Ctrl+PgUp).
    QList<QAction*> tabActions() const;

    // "GET /domain/zone/…/record": the method and the path's first two and last parts.
    static QString tabTitle(const QString& operation);

signals:
    // The current tab changed, or its operation did ("": an empty tab).
    void currentOperationChanged(const QString& operation);
    // From any tab's view.
    void callFinished(const Ovh::CallResult& result);
    // A call of `operation` ("POST /domain/zone/{zoneName}/record") ended, in any tab.
    void operationCalled(const QString& operation);
    void loginRequested(
        Ovh::LoginPlan::Page page, const Ovh::CredentialRules& rules, bool extendRights);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    class Page;

    Page* pageAt(int index) const;
    Page* currentPage() const { return pageAt(currentIndex()); }
    // `exactValues`: the values are the whole form (else the operation's memory fills an empty
    // one).
    Page* addPage(const QString& operation, const QJsonObject& values, bool exactValues);
    int findOperation(const QString& operation) const;
    // Makes the page's view if needed and shows its operation from the current schema.
    OperationView* realize(Page* page);
    void addStar(OperationView* view);
    void showOn(Page* page);
    void setOperation(
        Page* page, const QString& operation, const QJsonObject& values, bool exactValues);
    void updateTitle(Page* page);
    void onCurrentChanged();
    void onStructureChanged();
    void step(int delta);
    void keepResult(const Page* page);
    // Once, a moment after the first schema: an operation and its code shown and painted off
    // screen in a view of its own, then dropped, so that the first one the person opens does not
    // pay for the fonts, glyphs and widget code met for the first time (tens of milliseconds).
    void warmUp();

    static constexpr int MaxKeptResults = 32;
    static constexpr int WarmUpDelayMs = 300; // after the tree painted, before a person acts
    static constexpr int FormAfterPaintMaxMs = 200; // at start, the form waits for a paint
    static constexpr qsizetype MaxKeptBodyBytes = 4 * 1024 * 1024;

    ExplorerServices* m_services;
    ExplorerSettings* m_settings;
    QTabBar* m_bar;
    QWidget* m_host; // the pages, the current one shown
    QVBoxLayout* m_hostLayout;
    QList<Page*> m_pages; // in the tab bar's order
    Page* m_shown = nullptr;
    QTimer* m_saveTimer; // one write for a burst of changes, off the tab switch
    QList<Product> m_products;
    std::shared_ptr<const ApiLinkableKeys> m_apiKeys; // of m_products, made at the first link
    bool m_hasSchema = false;
    bool m_warmUpPlanned = false;
    bool m_warm = false;
    Endpoint m_endpoint;
    Credentials m_credentials;
    bool m_demo = false;
    bool m_resolving = false;
    bool m_restoring = false;
    QByteArray m_splitterState;
    HistoryStore* m_history = nullptr;
    QPointer<QAction> m_saveAction;
    QList<QPair<QString, CallResult>> m_keptResults; // newest last
    QString m_reportedOperation;
    bool m_reported = false;

    QPointer<QMenu> m_callMenu;
    QPointer<OperationView> m_menuView;
    QAction* m_newTabAction;
    QAction* m_closeTabAction;
    QAction* m_nextTabAction;
    QAction* m_previousTabAction;
};

} // namespace Ovh
