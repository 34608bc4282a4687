#include "history/historypanel.h"

#include "history/historybadgedelegate.h"
#include "history/historymodel.h"
#include "history/historystore.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ovh {

HistoryPanel::HistoryPanel(HistoryStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryModel(store, this))
    , m_filter(new QLineEdit(this))
    , m_filterTimer(new QTimer(this))
    , m_view(new QTreeView(this))
    , m_error(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setAccessibleName(tr("Filter the history"));
    m_filter->setPlaceholderText(tr("Filter: path, values, bodies\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(
        m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilter(m_filter->text()); });
    // Down or Enter in the filter goes to the list.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_filterTimer->isActive()) {
            m_filterTimer->stop();
            m_model->setFilter(m_filter->text());
        }
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->setFocus();
    });

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("History"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // cheap with many rows
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setTextElideMode(Qt::ElideMiddle);
    auto* delegate = new HistoryBadgeDelegate(m_view);
    m_view->setItemDelegateForColumn(HistoryModel::StatusColumn, delegate);
    m_view->setItemDelegateForColumn(HistoryModel::MethodColumn, delegate);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(HistoryModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::MethodColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::PathColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HistoryModel::EndpointColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::TimeColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QAbstractItemView::activated, this, &HistoryPanel::open);

    m_openAction = addAction(tr("&Open"), QStringLiteral("historyOpen"), &HistoryPanel::open);
    m_rerunAction = addAction(tr("&Re-run"), QStringLiteral("historyRerun"), &HistoryPanel::rerun);
    m_copyUrlAction
        = addAction(tr("Copy &URL"), QStringLiteral("historyCopyUrl"), &HistoryPanel::copyUrl);
    m_deleteAction = addAction(
        tr("&Delete Entry"), QStringLiteral("historyDelete"), &HistoryPanel::deleteCurrent);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_clearAction = addAction(
        tr("&Clear History\u2026"), QStringLiteral("historyClear"), &HistoryPanel::clearAll);

    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    connect(m_model, &HistoryModel::failed, this, &HistoryPanel::showError);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : { m_rerunAction, m_copyUrlAction, m_deleteAction, m_clearAction }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &HistoryPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::updateActions);
    updateActions();

    auto* clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, m_model, &HistoryModel::refreshTimes);
    clock->start();
}

QAction* HistoryPanel::addAction(
    const QString& text, const QString& name, void (HistoryPanel::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, slot);
    m_view->addAction(action);
    return action;
}

QSize HistoryPanel::sizeHint() const
{
    return QWidget::sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 64, 0));
}

void HistoryPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void HistoryPanel::onRecorded()
{
    m_model->insertNewer();
    m_clearAction->setEnabled(m_model->rowCount() > 0);
}

void HistoryPanel::onPruned()
{
    if (m_model->isLoaded())
        m_model->reload();
}

void HistoryPanel::showEvent(QShowEvent* event)
{
    m_model->load(); // the first time the dock shows, not when the window is built
    QWidget::showEvent(event);
}

int HistoryPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

std::optional<HistoryEntry> HistoryPanel::currentEntry()
{
    const int row = currentRow();
    if (row < 0)
        return std::nullopt;
    std::optional<HistoryEntry> entry = m_store->entry(m_model->entryAt(row).id);
    if (!entry) {
        showError(m_store->errorString().isEmpty() ? tr("This call is no longer in the history.")
                                                   : m_store->errorString());
    }
    return entry;
}

void HistoryPanel::open()
{
    if (const auto entry = currentEntry())
        emit openRequested(*entry);
}

void HistoryPanel::rerun()
{
    if (const auto entry = currentEntry())
        emit rerunRequested(*entry);
}

void HistoryPanel::copyUrl()
{
    const int row = currentRow();
    if (row >= 0)
        QGuiApplication::clipboard()->setText(m_model->entryAt(row).url);
}

void HistoryPanel::deleteCurrent()
{
    const int row = currentRow();
    if (row >= 0 && m_model->removeEntry(row))
        m_error->hide();
}

void HistoryPanel::clearAll()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Clear History"),
        tr("Forget every call in the history? The window and ovh-explorer-cli share it; this "
           "cannot be undone."),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clearHistoryConfirmation"));
    QPushButton* clear = box->addButton(tr("Clear History"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton* clicked) {
        if (clicked == clear && m_model->clearAll())
            m_error->hide();
    });
    box->open();
}

void HistoryPanel::updateActions()
{
    const bool current = currentRow() >= 0;
    for (QAction* action : { m_openAction, m_rerunAction, m_copyUrlAction, m_deleteAction })
        action->setEnabled(current);
    m_clearAction->setEnabled(m_model->rowCount() > 0);
}

void HistoryPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Ovh
