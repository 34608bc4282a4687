#pragma once

#include <QList>
#include <QMultiMap>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace OvhTest {

// The Alt+letter a label answers to ("&Parameters" → Alt+P), empty without one.
QString mnemonicOf(const QString& text);

// "where: label" for each mnemonic key, so a clash names both labels.
using Mnemonics = QMultiMap<QString, QString>;

// The mnemonics a person can reach at once in `window`: the menu bar's titles and every visible
// button, buddy label, checkable group box and tab.
Mnemonics windowMnemonics(QWidget* window);

// Each menu of `window` on its own: its items' letters.
QList<Mnemonics> menuMnemonics(QWidget* window);

// The clashes of `mnemonics`, one line each ("Alt+S → button: &Save | button: &Send"); empty
// when none.
QStringList clashes(const Mnemonics& mnemonics);

// Every visible page of each tab widget in `window` in turn (pages hide each other's letters):
// the clashes on any of them.
QStringList clashesOnEveryPage(QWidget* window);

} // namespace OvhTest
