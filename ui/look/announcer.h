#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

// Tells screen readers about a status change ("200 OK in 35 ms", an error, "Fetched 120 of
// 300"): `label` takes `spoken` as its accessible name, which AT-SPI sends as an accessible-name
// change (Orca speaks it), and an Alert event is raised on it for the platforms that use those.
// An empty `spoken` clears the name quietly.
void announceStatus(QWidget* label, const QString& spoken);

} // namespace Ovh
