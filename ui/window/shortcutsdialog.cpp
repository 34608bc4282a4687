#include "window/shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMessageBox>
#include <QStringList>

namespace Ovh {

void showShortcutsDialog(QWidget* window)
{
    // Every action's shortcuts, read from the actions themselves so the list cannot go stale,
    // then the keys that belong to widgets (search box, tabs, form).
    QStringList rows;
    const auto row = [&rows](const QString& keys, const QString& what) {
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys, what.toHtmlEscaped());
    };
    QStringList seen; // each tab's view has its own Execute: one row for them all
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        const QString id = action->text() + QKeySequence::listToString(action->shortcuts());
        if (action->shortcuts().isEmpty() || seen.contains(id))
            continue;
        seen.append(id);
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence& shortcut : shortcuts)
            keys << shortcut.toString(QKeySequence::NativeText).toHtmlEscaped();
        QString what = action->text();
        what.remove(QLatin1Char('&'));
        what.remove(QStringLiteral("\u2026"));
        row(keys.join(QStringLiteral("</b>, <b>")), what);
    }
    row(QCoreApplication::translate("Ovh::MainWindow", "Enter"),
        QCoreApplication::translate(
            "Ovh::MainWindow", "In the search box: open the first (or selected) match"));
    row(QCoreApplication::translate("Ovh::MainWindow", "Down</b> / <b>Up"),
        QCoreApplication::translate(
            "Ovh::MainWindow", "Move between the search box and the matches"));
    row(QCoreApplication::translate("Ovh::MainWindow", "Ctrl+F"),
        QCoreApplication::translate("Ovh::MainWindow",
            "In a result body: find in it (Enter / Shift+Enter: next / previous match)"));
    row(QCoreApplication::translate("Ovh::MainWindow", "Esc"),
        QCoreApplication::translate("Ovh::MainWindow", "Clear the search"));
    row(QCoreApplication::translate("Ovh::MainWindow", "Alt+E"),
        QCoreApplication::translate("Ovh::MainWindow", "Choose the endpoint"));
    row(QCoreApplication::translate("Ovh::MainWindow", "Tab</b> / <b>Shift+Tab"),
        QCoreApplication::translate("Ovh::MainWindow", "Next / previous field of the form"));
    row(QCoreApplication::translate("Ovh::MainWindow", "Middle click"),
        QCoreApplication::translate("Ovh::MainWindow",
            "In the tree or the matches: open in a new tab (Ctrl+Enter there too); on a tab: "
            "close it"));
    row(QCoreApplication::translate("Ovh::MainWindow", "Alt+P</b>, <b>Alt+R</b>, <b>Alt+N"),
        QCoreApplication::translate(
            "Ovh::MainWindow", "The Parameters, Result and Reference tabs"));

    auto* box = new QMessageBox(QMessageBox::NoIcon,
        QCoreApplication::translate("Ovh::MainWindow", "Keyboard Shortcuts"),
        QStringLiteral("<table cellspacing=\"6\">") + rows.join(QString())
            + QStringLiteral("</table>"),
        QMessageBox::Close, window);
    box->setObjectName(QStringLiteral("shortcutsDialog"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Ovh
