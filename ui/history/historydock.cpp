#include "history/historydock.h"

#include "history/historypanel.h"

#include <QAction>

namespace Ovh {

HistoryDock::HistoryDock(HistoryStore* store, QWidget* parent)
    : QDockWidget(tr("History"), parent)
    , m_panel(new HistoryPanel(store, this))
    , m_showAction(toggleViewAction())
{
    setObjectName(QStringLiteral("historyDock")); // its key in the saved window state
    setWidget(m_panel);
    m_showAction->setText(tr("&History"));
    m_showAction->setObjectName(QStringLiteral("historyAction"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_showAction, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            raise();
            m_panel->focusFilter();
        }
    });
}

} // namespace Ovh
