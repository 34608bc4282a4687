#include "mnemonics.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>

namespace OvhTest {

namespace {

void addMnemonic(Mnemonics* into, const QString& text, const QString& where)
{
    const QString key = mnemonicOf(text);
    if (!key.isEmpty())
        into->insert(key, where + QStringLiteral(": ") + text);
}

} // namespace

QString mnemonicOf(const QString& text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
}

Mnemonics windowMnemonics(QWidget* window)
{
    Mnemonics found;
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window)) {
        const QList<QAction*> menus = mainWindow->menuBar()->actions();
        for (const QAction* menu : menus)
            addMnemonic(&found, menu->text(), QStringLiteral("menu bar"));
    }
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        const QString where = QString::fromLatin1(widget->metaObject()->className())
            + QLatin1Char(' ') + widget->objectName();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            addMnemonic(&found, button->text(), where);
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            addMnemonic(&found, label->text(), where);
        else if (auto* group = qobject_cast<QGroupBox*>(widget); group && group->isCheckable())
            addMnemonic(&found, group->title(), where);
        else if (auto* bar = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i))
                    addMnemonic(&found, bar->tabText(i), where);
            }
        }
    }
    return found;
}

QList<Mnemonics> menuMnemonics(QWidget* window)
{
    QList<Mnemonics> all;
    const QList<QMenu*> menus = window->findChildren<QMenu*>();
    for (QMenu* menu : menus) {
        Mnemonics found;
        const QList<QAction*> actions = menu->actions();
        for (const QAction* action : actions) {
            if (action->isVisible() && !action->isSeparator())
                addMnemonic(&found, action->text(), menu->title());
        }
        all.append(found);
    }
    return all;
}

QStringList clashes(const Mnemonics& mnemonics)
{
    QStringList lines;
    const QList<QString> keys = mnemonics.uniqueKeys();
    for (const QString& key : keys) {
        const QStringList labels = mnemonics.values(key);
        if (labels.size() > 1)
            lines << key + QStringLiteral(" \u2192 ") + labels.join(QStringLiteral(" | "));
    }
    return lines;
}

QStringList clashesOnEveryPage(QWidget* window)
{
    QStringList lines = clashes(windowMnemonics(window));
    const QList<QTabWidget*> tabWidgets = window->findChildren<QTabWidget*>();
    for (QTabWidget* tabs : tabWidgets) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            for (const QString& line : clashes(windowMnemonics(window))) {
                if (!lines.contains(line))
                    lines << line;
            }
        }
        tabs->setCurrentIndex(current);
    }
    return lines;
}

} // namespace OvhTest
