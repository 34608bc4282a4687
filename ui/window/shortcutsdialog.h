#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

// "Keyboard Shortcuts": every action's shortcuts under `window`, read from the actions
// themselves so the list cannot go stale, then the keys that belong to widgets. Opens a
// non-modal box that deletes itself.
void showShortcutsDialog(QWidget* window);

} // namespace Ovh
