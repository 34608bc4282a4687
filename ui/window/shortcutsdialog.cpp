#include "window/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ovh {

QList<ShortcutRow> ShortcutsDialog::rows(const QWidget* window)
{
    QList<ShortcutRow> rows;
    QStringList seen;
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        if (shortcuts.isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& shortcut : shortcuts)
            keys << shortcut.toString(QKeySequence::NativeText);
        QString what = action->text();
        what.remove(QLatin1Char('&'));
        what.remove(QStringLiteral("\u2026"));
        const QString id = what + QLatin1Char('\n') + keys.join(QLatin1Char(','));
        if (seen.contains(id))
            continue;
        seen.append(id);
        rows.append({ keys.join(QStringLiteral(", ")), what });
    }
    // The letters of the fields and tabs on show, in the language shown.
    const auto addMnemonic = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        QString what = text;
        what.remove(QLatin1Char('&'));
        what.remove(QRegularExpression(QStringLiteral("\\s*[:\u2026]$")));
        const QString id = what + QLatin1Char('\n') + key.toString();
        if (key.isEmpty() || seen.contains(id))
            return;
        seen.append(id);
        rows.append({ key.toString(QKeySequence::NativeText), what });
    };
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
            addMnemonic(label->text());
        if (const auto* bar = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < bar->count(); ++i)
                addMnemonic(bar->tabText(i));
        }
    }
    // The widgets' own keys: not actions, so listed here.
    const QList<ShortcutRow> widgetKeys {
        { tr("Enter"), tr("In the search box: open the first (or selected) match") },
        { tr("Down, Up"), tr("Move between the search box and the matches") },
        { tr("Esc"), tr("Clear the search; close a dialog, the find bar or a menu") },
        { tr("Tab, Shift+Tab"), tr("Next / previous field of the form") },
        { tr("Ctrl+F"),
            tr("In a result body: find in it (Enter / Shift+Enter: next / previous match)") },
        { tr("Ctrl+Enter"), tr("In the tree or the matches: open in a new tab") },
        { tr("Middle click"),
            tr("In the tree or the matches: open in a new tab; on a tab: close it") },
        { tr("Alt+underlined letter"), tr("The button, field or tab whose letter is underlined") },
    };
    rows.append(widgetKeys);
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget* window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<ShortcutRow> list = rows(window);
    auto* table = new QTableWidget(int(list.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({ tr("Keys"), tr("Action") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    QFont bold = table->font();
    bold.setBold(true);
    for (int row = 0; row < list.size(); ++row) {
        auto* keys = new QTableWidgetItem(list.at(row).keys);
        keys->setFont(bold);
        table->setItem(row, 0, keys);
        table->setItem(row, 1, new QTableWidgetItem(list.at(row).what));
    }
    table->resizeColumnToContents(0);
    table->horizontalHeader()->setStretchLastSection(true);
    // Rows follow the wrapped text as the dialog is resized.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

void showShortcutsDialog(QWidget* window)
{
    auto* dialog = new ShortcutsDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Ovh
