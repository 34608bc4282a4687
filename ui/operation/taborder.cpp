#include "operation/taborder.h"

#include <QScrollArea>
#include <QWidget>

namespace Ovh {

namespace {

bool isTabStop(const QWidget* widget)
{
    return !widget->focusProxy() && !qobject_cast<const QScrollArea*>(widget)
        && (widget->focusPolicy() & Qt::TabFocus);
}

void link(QWidgetList chain)
{
    chain.removeAll(nullptr);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace

QWidgetList tabStopsIn(QWidget* container)
{
    QWidgetList stops;
    QWidget* window = container->window();
    for (QWidget* widget = window->nextInFocusChain(); widget && widget != window;
         widget = widget->nextInFocusChain()) {
        if (container->isAncestorOf(widget) && isTabStop(widget))
            stops.append(widget);
    }
    return stops;
}

void chainTabOrder(QWidget* before, QWidget* container, QWidget* after)
{
    link(QWidgetList { before } + tabStopsIn(container) + QWidgetList { after });
}

void insertTabStops(QWidget* previous, QWidget* made)
{
    if (previous)
        link(QWidgetList { previous } + tabStopsIn(made));
}

QWidget* previousTabStop(QWidget* widget)
{
    for (QWidget* before = widget->previousInFocusChain(); before && before != widget;
         before = before->previousInFocusChain()) {
        if (isTabStop(before) && !before->isWindow())
            return before;
    }
    return nullptr;
}

} // namespace Ovh
