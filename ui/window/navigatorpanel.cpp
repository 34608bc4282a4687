#include "window/navigatorpanel.h"

#include "look/badgedelegate.h"
#include "look/keytext.h"
#include "models/itemroles.h"
#include "models/producttreemodel.h"
#include "models/searchresultmodel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ovh {

NavigatorPanel::NavigatorPanel(QWidget* parent)
    : QWidget(parent)
    , m_searchEdit(new QLineEdit(this))
    , m_matchLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(m_stack))
    , m_results(new QListView(m_stack))
    , m_loadingPage(new QLabel(m_stack))
    , m_loadingTimer(new QTimer(this))
    , m_treeModel(new ProductTreeModel(this))
    , m_searchModel(new SearchResultModel(this))
{
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search operations"));
    m_searchEdit->setPlaceholderText(tr("Search operations (Ctrl+K)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(
        tr("Type words of a path, a description or a parameter name.\n"
           "%1 opens the first match, %2 opens it in a new tab, %3 moves into the list, %4 "
           "clears.")
            .arg(keyText(Qt::Key_Enter), keyText(Qt::CTRL | Qt::Key_Enter), keyText(Qt::Key_Down),
                keyText(Qt::Key_Escape)));
    m_searchEdit->installEventFilter(this);

    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setVisible(false);
    m_matchLabel->setIndent(2);

    auto* delegate = new BadgeDelegate(this);
    m_tree->setObjectName(QStringLiteral("productTree"));
    m_tree->setAccessibleName(tr("Products and operations"));
    m_tree->setModel(m_treeModel);
    m_tree->setItemDelegate(delegate);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_searchModel);
    m_results->setItemDelegate(delegate);
    m_results->setUniformItemSizes(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the delegate elides
    m_results->setAlternatingRowColors(true);
    m_results->installEventFilter(this);
    m_results->viewport()->installEventFilter(this);
    m_tree->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this);

    m_loadingPage->setObjectName(QStringLiteral("schemaLoadingPage"));
    m_loadingPage->setAlignment(Qt::AlignCenter);
    m_loadingPage->setWordWrap(true);
    m_loadingPage->setEnabled(false); // greyed, like a placeholder
    m_loadingTimer->setSingleShot(true);
    m_loadingTimer->setInterval(LoadingDelayMs);
    connect(m_loadingTimer, &QTimer::timeout, this, &NavigatorPanel::showCurrentPage);

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_results);
    m_stack->addWidget(m_loadingPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_matchLabel);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_tree);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &NavigatorPanel::onQueryChanged);
    // An index built after the query was typed brings its matches in a reset of their own.
    connect(m_searchModel, &QAbstractItemModel::modelReset, this, &NavigatorPanel::onMatchesReset);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &NavigatorPanel::openFirstMatch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { onTreeCurrentChanged(current); });
    // Browsing the matches opens those of this branch; a match of the other branch opens (and
    // moves the window to its branch) only when picked: Enter, a click, or Enter in the search.
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            if (!m_searchModel->otherBranchMatch(current.row()))
                openResult(current);
        });
    // A click on the current row opens it again (e.g. after browsing elsewhere).
    connect(m_results, &QListView::activated, this,
        [this](const QModelIndex& index) { openResult(index); });
    connect(m_tree, &QTreeView::activated, this,
        [this](const QModelIndex& index) { onTreeCurrentChanged(index); });
}

void NavigatorPanel::setSchema(const QList<Product>& products)
{
    m_loading = false;
    m_loadingTimer->stop();
    m_treeModel->setSchema(products);
    m_searchModel->setSchema(products);
    onQueryChanged(m_searchEdit->text());
}

void NavigatorPanel::setOtherBranch(ApiBranch branch, const QList<Product>& products)
{
    m_searchModel->setOtherBranch(branch, products);
    onQueryChanged(m_searchEdit->text()); // the count of matches
}

void NavigatorPanel::showLoading(const QString& endpointName)
{
    m_loading = true;
    m_loadingPage->setText(tr("Loading the operations of %1\u2026").arg(endpointName));
    m_loadingTimer->start();
}

void NavigatorPanel::endLoading()
{
    m_loading = false;
    m_loadingTimer->stop();
    showCurrentPage();
}

bool NavigatorPanel::isShowingLoading() const
{
    return m_stack->currentWidget() == m_loadingPage;
}

void NavigatorPanel::showCurrentPage()
{
    const bool searching = !m_searchModel->query().isEmpty();
    QWidget* const focus = QApplication::focusWidget();
    if (m_loading && !m_loadingTimer->isActive()) {
        if (!isShowingLoading())
            m_focusBeforeLoading = focus && m_stack->isAncestorOf(focus);
        m_stack->setCurrentWidget(m_loadingPage);
    } else if (!m_loading || !isShowingLoading()) {
        QWidget* const page = searching ? static_cast<QWidget*>(m_results) : m_tree;
        const bool wasLoading = isShowingLoading();
        m_stack->setCurrentWidget(page);
        if (wasLoading && m_focusBeforeLoading && (!focus || !focus->isVisible()))
            page->setFocus(Qt::OtherFocusReason);
    }
    m_matchLabel->setVisible(searching && !isShowingLoading());
}

void NavigatorPanel::showOperation(const OperationRef& ref)
{
    const QModelIndex index = m_treeModel->indexOf(ref);
    if (!index.isValid() || index == m_tree->currentIndex())
        return; // already there (just picked): no jump
    m_syncing = true;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_syncing = false;
}

void NavigatorPanel::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void NavigatorPanel::clearSearch()
{
    m_searchEdit->clear();
}

bool NavigatorPanel::handleNewTab(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::ShortcutOverride || type == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrlEnter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
        if (!ctrlEnter || (watched != m_tree && watched != m_results && watched != m_searchEdit))
            return false;
        if (type == QEvent::ShortcutOverride) {
            event->accept(); // a key press here, not the window's Execute
            return true;
        }
        OperationRef ref = searchTarget();
        if (watched == m_tree)
            ref = m_treeModel->operationRef(m_tree->currentIndex());
        if (ref.isValid())
            emit openInNewTabRequested(ref);
        return true;
    }
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease
        && type != QEvent::MouseButtonDblClick)
        return false;
    const auto* mouse = static_cast<QMouseEvent*>(event);
    const bool onTree = watched == m_tree->viewport();
    if (mouse->button() != Qt::MiddleButton || (!onTree && watched != m_results->viewport()))
        return false;
    // Only the release opens; the press would make the row current (and open it here).
    if (type == QEvent::MouseButtonRelease) {
        const QPoint at = mouse->position().toPoint();
        const OperationRef ref = onTree ? m_treeModel->operationRef(m_tree->indexAt(at))
                                        : m_searchModel->operationRef(m_results->indexAt(at).row());
        if (ref.isValid())
            emit openInNewTabRequested(ref);
    }
    return true;
}

OperationRef NavigatorPanel::searchTarget() const
{
    const QModelIndex current = m_results->currentIndex();
    return m_searchModel->operationRef(current.isValid() ? current.row() : 0);
}

void NavigatorPanel::addSection(QWidget* section)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_stack), section);
}

bool NavigatorPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (handleNewTab(watched, event))
        return true;
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    // Enter on an operation in the matches or the tree opens it and goes on to its form.
    const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (enter && watched == m_results) {
        openFirstMatch();
        return true;
    }
    if (enter && watched == m_tree && m_treeModel->operationRef(m_tree->currentIndex()).isValid()) {
        onTreeCurrentChanged(m_tree->currentIndex());
        emit searchAccepted();
        return true;
    }
    if (watched == m_searchEdit) {
        if (key->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            clearSearch();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            QAbstractItemView* view = m_stack->currentWidget() == m_results
                ? static_cast<QAbstractItemView*>(m_results)
                : static_cast<QAbstractItemView*>(m_tree);
            view->setFocus(Qt::TabFocusReason);
            if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
                view->setCurrentIndex(view->model()->index(0, 0));
            return true;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Escape) {
            focusSearch();
            return true;
        }
        if (key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
            focusSearch();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NavigatorPanel::onQueryChanged(const QString& text)
{
    m_openWhenIndexed = false; // the Enter was for another query
    m_searchModel->setQuery(text);
    showCurrentPage();
    updateMatchLabel();
}

void NavigatorPanel::onMatchesReset()
{
    updateMatchLabel();
    if (m_openWhenIndexed && !m_searchModel->isIndexing()) {
        m_openWhenIndexed = false;
        openFirstMatch();
    }
}

void NavigatorPanel::updateMatchLabel()
{
    if (m_searchModel->query().isEmpty())
        return; // hidden
    const int count = m_searchModel->rowCount();
    // While an index is built the matches are not all there: not "no match" yet.
    if (m_searchModel->isIndexing()) {
        m_matchLabel->setText(count == 0 ? tr("Indexing the operations\u2026")
                                         : tr("Matches so far: %1, indexing\u2026").arg(count));
    } else {
        m_matchLabel->setText(
            count == 0 ? tr("No operation matches") : tr("Matches: %1").arg(count));
    }
}

void NavigatorPanel::openFirstMatch()
{
    if (m_searchModel->rowCount() == 0) {
        // Typed and entered before the index was built: its matches are on their way.
        m_openWhenIndexed = m_searchModel->isIndexing() && !m_searchModel->query().isEmpty();
        return;
    }
    const QModelIndex current = m_results->currentIndex();
    const QModelIndex target = current.isValid() ? current : m_searchModel->index(0, 0);
    if (current != target)
        m_results->setCurrentIndex(target); // opens a match of this branch (currentChanged)
    if (current == target || m_searchModel->otherBranchMatch(target.row()))
        openResult(target);
    emit searchAccepted();
}

void NavigatorPanel::onTreeCurrentChanged(const QModelIndex& current)
{
    if (m_syncing)
        return;
    const OperationRef ref = m_treeModel->operationRef(current);
    if (ref.isValid())
        emit operationActivated(ref);
}

void NavigatorPanel::openResult(const QModelIndex& index)
{
    const OperationRef ref = m_searchModel->operationRef(index.row());
    if (!ref.isValid()) {
        if (const auto other = m_searchModel->otherBranchMatch(index.row()))
            emit otherBranchOperationActivated(other->branch, other->operation);
        return;
    }
    showOperation(ref);
    emit operationActivated(ref);
}

} // namespace Ovh
