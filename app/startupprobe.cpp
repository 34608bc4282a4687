#include "startupprobe.h"

#include "operation/operationview.h"
#include "window/mainwindow.h"
#include "window/operationtabs.h"

#include <QApplication>
#include <QDateTime>
#include <QTreeView>

#include <cstdio>

namespace Ovh {

StartupProbe::StartupProbe(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

bool StartupProbe::treeShown() const
{
    const auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("productTree"));
    return tree && tree->isVisible() && tree->model() && tree->model()->rowCount() > 0;
}

bool StartupProbe::operationShown() const
{
    OperationTabs* tabs = m_window->operationTabs();
    const QString operation = tabs->currentOperation();
    const OperationView* view = tabs->viewAt(tabs->currentIndex());
    return operation.isEmpty() || (view && view->operationKey() == operation);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    // An UpdateRequest paints every dirty widget of the window: handled here, then timed.
    if (watched != m_window || event->type() != QEvent::UpdateRequest)
        return false;
    const bool tree = treeShown();
    const bool operation = operationShown();
    if (!tree)
        return false;
    static_cast<QObject*>(m_window)->event(
        event); // the window's own handling (QWidget's is protected)
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_treePainted == 0)
        m_treePainted = now;
    if (operation) {
        m_window->removeEventFilter(this);
        std::printf("%lld %lld\n", m_treePainted, now);
        std::fflush(stdout);
        QApplication::quit();
    }
    return true;
}

} // namespace Ovh
