#pragma once

#include <QDockWidget>

namespace Ovh {

class HistoryPanel;
class HistoryStore;

// The History dock (View → History, Ctrl+H): the panel of the calls made, in a dock whose
// place and visibility the window's saved state remembers. Showing it from the shortcut puts
// the focus in its filter.
class HistoryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDock)

public:
    // `store` is owned by the caller and outlives the dock.
    explicit HistoryDock(HistoryStore* store, QWidget* parent = nullptr);

    HistoryPanel* panel() const { return m_panel; }
    // Shows / hides the dock (checkable, Ctrl+H), for the View menu.
    QAction* showAction() const { return m_showAction; }

private:
    HistoryPanel* m_panel;
    QAction* m_showAction;
};

} // namespace Ovh
