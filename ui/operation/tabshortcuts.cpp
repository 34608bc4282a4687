#include "operation/tabshortcuts.h"

#include <QAction>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>

namespace Ovh {

QList<QAction*> TabShortcuts::add(QWidget* owner, QTabWidget* tabs, const QList<QKeySequence>& keys,
    const QString& textFormat, const std::function<void()>& reveal)
{
    QList<QAction*> actions;
    const int count = qMin(tabs->count(), int(keys.size()));
    for (int i = 0; i < count; ++i) {
        QString title = tabs->tabText(i);
        title.remove(QLatin1Char('&'));
        auto* action = new QAction(textFormat.arg(title), owner);
        action->setObjectName(QStringLiteral("tabShortcut:%1:%2").arg(tabs->objectName()).arg(i));
        action->setShortcut(keys.at(i));
        // Each open operation has its own actions: only the visible one's keys act.
        action->setShortcutContext(Qt::WindowShortcut);
        owner->addAction(action);
        QWidget* page = tabs->widget(i);
        QObject::connect(action, &QAction::triggered, tabs, [tabs, page, reveal] {
            const int index = tabs->indexOf(page);
            if (index < 0 || !tabs->isTabVisible(index) || !tabs->isTabEnabled(index))
                return;
            if (reveal)
                reveal();
            tabs->setCurrentIndex(index);
            if (!focusFirstIn(page))
                tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
        });
        actions.append(action);
    }
    return actions;
}

QList<QKeySequence> TabShortcuts::digits(int count, Qt::KeyboardModifier modifier)
{
    QList<QKeySequence> keys;
    for (int i = 1; i <= qMin(count, 9); ++i)
        keys.append(QKeySequence(QKeyCombination(modifier, Qt::Key(Qt::Key_0 + i))));
    return keys;
}

bool TabShortcuts::focusFirstIn(QWidget* page)
{
    for (QWidget* widget = page->nextInFocusChain(); widget && widget != page;
         widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && !qobject_cast<QScrollArea*>(widget)
            && widget->isVisibleTo(page) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace Ovh
