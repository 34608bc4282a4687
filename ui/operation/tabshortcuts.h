#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QTabWidget;
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

// Keyboard ways into tab pages: one action per page, so every tab has a shortcut that Help →
// Keyboard lists (it reads the actions).
class TabShortcuts final
{
    Q_DECLARE_TR_FUNCTIONS(Ovh::TabShortcuts)

public:
    // Adds to `owner` one action per page of `tabs` (as many as `keys`): keys[i] runs `reveal`
    // (e.g. shows the page that holds `tabs`), shows page i and puts the focus in it. `textFormat`
    // names the action, %1 being the tab's title. A hidden or disabled tab's key does nothing.
    static QList<QAction*> add(QWidget* owner, QTabWidget* tabs, const QList<QKeySequence>& keys,
        const QString& textFormat, const std::function<void()>& reveal = {});

    // Alt+1 … Alt+`count` (or with `modifier` instead of Alt).
    static QList<QKeySequence> digits(int count, Qt::KeyboardModifier modifier = Qt::AltModifier);

    // Gives the focus to the first field of `page` a Tab would reach (scroll areas are no field);
    // false when there is none.
    static bool focusFirstIn(QWidget* page);
};

} // namespace Ovh
