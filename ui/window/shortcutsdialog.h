#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QList>
#include <QString>

namespace Ovh {

// One line of Help → Keyboard: the keys as the platform writes them, and what they do.
struct ShortcutRow
{
    QString keys; // "Ctrl+K, Ctrl+F"
    QString what; // "Search Operations"
};

// Help → Keyboard: every action's shortcuts under `window`, read from the actions themselves so
// the list cannot go stale (the tab keys are actions too), then the keys that belong to widgets
// (search box, form, result body). Non-modal; deletes itself when closed.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget* window);

    // What the dialog lists for `window`: its actions' shortcuts (one row per text and keys, so
    // the Execute of each open operation is listed once), then the widgets' own keys.
    static QList<ShortcutRow> rows(const QWidget* window);
};

void showShortcutsDialog(QWidget* window);

} // namespace Ovh
