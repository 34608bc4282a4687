#pragma once

#include <QWidgetList>

namespace Ovh {

// The Tab order of widgets made after the window: Qt appends a new widget to the end of its
// window's focus chain, so a field made late (the form, an array's new element, a nested model
// opened) would be reached last, after the rest of the window. These put them in their place.

// The widgets of `container` that Tab stops at (not focus proxies' owners nor scroll areas), in
// the window's focus chain order.
QWidgetList tabStopsIn(QWidget* container);

// Puts the tab stops of `container`, in their order, between `before` and `after`.
void chainTabOrder(QWidget* before, QWidget* container, QWidget* after);

// Puts the tab stops of `made`, just made, in their order, right after `previous`: what came
// after `previous` now comes after them. A null `previous` leaves them where they are.
void insertTabStops(QWidget* previous, QWidget* made);

// The tab stop a Shift+Tab from `widget` reaches (disabled and hidden ones included, as they
// keep their place); null when there is none.
QWidget* previousTabStop(QWidget* widget);

} // namespace Ovh
