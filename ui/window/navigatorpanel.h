#pragma once

#include "base/endpoint.h"
#include "schema/operationsearch.h"
#include "schema/schema.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QStackedWidget;
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Ovh {

class ProductTreeModel;
class SearchResultModel;

// The left panel: the search box over the product tree; while a query is typed, the tree is
// replaced by the flat list of matches. Emits operationActivated() when the user picks one, and
// openInNewTabRequested() for a middle click or Ctrl+Enter on one (in the search box: the
// first or selected match). While another endpoint's schema loads (showLoading()), a moment
// later the tree and search give way to a "Loading…" page: never the previous endpoint's tree.
// A keystroke never waits for the search index being built: until it is, the line under the
// search box says so (rather than "no match"), and the matches come when it is in place.
class NavigatorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorPanel)

public:
    explicit NavigatorPanel(QWidget* parent = nullptr);

    // Shows the tree of `products` (ends the loading state).
    void setSchema(const QList<Product>& products);
    // The other API branch's products, searched too (with a branch badge); empty: none.
    void setOtherBranch(Ovh::ApiBranch branch, const QList<Ovh::Product>& products);
    // The schema of `endpointName` is loading: after LoadingDelayMs (a load from the cache is
    // over by then: no flash), the tree and search results make way for a loading page.
    void showLoading(const QString& endpointName);
    // The load ended (schema or not): the tree or search results again.
    void endLoading();
    bool isShowingLoading() const;
    static constexpr int LoadingDelayMs = 250;
    // Selects the operation in the tree (expanding its parents) without emitting.
    void showOperation(const OperationRef& ref);
    void focusSearch();
    void clearSearch();
    // Puts `section` (the saved requests) between the search box and the tree; takes it.
    void addSection(QWidget* section);

    ProductTreeModel* treeModel() const { return m_treeModel; }
    SearchResultModel* searchModel() const { return m_searchModel; }

signals:
    void operationActivated(const Ovh::OperationRef& ref);
    void openInNewTabRequested(const Ovh::OperationRef& ref);
    // A search result of the other API branch was picked: "GET /iam/policy" on `branch`.
    void otherBranchOperationActivated(Ovh::ApiBranch branch, const QString& operation);
    // Enter in the search, the matches or the tree opened an operation: the keyboard goes on to
    // its form.
    void searchAccepted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Middle click or Ctrl+Enter: true when `event` was one (and is handled).
    bool handleNewTab(QObject* watched, QEvent* event);
    OperationRef searchTarget() const;
    void onQueryChanged(const QString& text);
    // After a reset of the matches: the count of matches, or that the search is still
    // indexing; an Enter pressed while indexing opens the first match once all are there.
    void onMatchesReset();
    void updateMatchLabel();
    void showCurrentPage();
    void openFirstMatch();
    void onTreeCurrentChanged(const QModelIndex& current);
    // Opens a match; one of the other branch moves the window to that branch.
    void openResult(const QModelIndex& index);

    QLineEdit* m_searchEdit;
    QLabel* m_matchLabel;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    QListView* m_results;
    QLabel* m_loadingPage;
    QTimer* m_loadingTimer;
    bool m_loading = false;
    // The tree or results had the keyboard when the loading page hid them: it goes back to them.
    bool m_focusBeforeLoading = false;
    ProductTreeModel* m_treeModel;
    SearchResultModel* m_searchModel;
    bool m_syncing = false;
    // Enter was pressed before the index was built: the first match opens once it is.
    bool m_openWhenIndexed = false;
};

} // namespace Ovh
