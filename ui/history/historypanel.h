#pragma once

#include "history/historyentry.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Ovh {

class HistoryModel;
class HistoryStore;

// The History dock's content: the calls newest first, a filter applied as you type, and what
// can be done with a call: open it (double-click, Enter), re-run it, copy its URL, delete it,
// clear the whole history (confirmed). Opening reads the whole entry and hands it to the
// window (openRequested), which shows its operation, values and result. The store is read
// the first time the panel shows: a hidden dock reads nothing.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    static constexpr int FilterDelayMs = 100;

    // `store` is owned by the caller and outlives the panel.
    explicit HistoryPanel(HistoryStore* store, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    // Wide enough for a path beside the badges, endpoint and time.
    QSize sizeHint() const override;
    // Puts the keyboard focus in the filter.
    void focusFilter();

    // A call was recorded: it comes in at the top.
    void onRecorded();
    // Calls were forgotten (retention): the list is read again.
    void onPruned();

    // The actions on the current entry (and Clear), as the buttons and context menu offer them.
    QAction* openAction() const { return m_openAction; }
    QAction* rerunAction() const { return m_rerunAction; }
    QAction* copyUrlAction() const { return m_copyUrlAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* clearAction() const { return m_clearAction; }

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // Show `entry` (whole: values, headers, bodies) in the window; rerun: and send it again.
    void openRequested(const Ovh::HistoryEntry& entry);
    void rerunRequested(const Ovh::HistoryEntry& entry);

private:
    QAction* addAction(const QString& text, const QString& name, void (HistoryPanel::*slot)());
    int currentRow() const;
    std::optional<HistoryEntry> currentEntry();
    void open();
    void rerun();
    void copyUrl();
    void deleteCurrent();
    void clearAll();
    void updateActions();
    void showError(const QString& message);

    HistoryStore* m_store;
    HistoryModel* m_model;
    QLineEdit* m_filter;
    QTimer* m_filterTimer;
    QTreeView* m_view;
    QLabel* m_error;
    QAction* m_openAction;
    QAction* m_rerunAction;
    QAction* m_copyUrlAction;
    QAction* m_deleteAction;
    QAction* m_clearAction;
};

} // namespace Ovh
