// Keyboard only (issue 15 item 5): a key for every operation and result tab, listed by Help →
// Keyboard; no key doing two things; mnemonics that do not clash in English or French; Escape
// closing the dialogs; and the whole journey (search, form, Execute, Python snippet copied)
// without a mouse.
#include "mnemonics.h"
#include "windowtestcase.h"

#include "operation/snippetview.h"
#include "window/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Ovh;
using namespace OvhTest;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

QString focusName()
{
    return focused() ? focused()->objectName() : QStringLiteral("(nothing)");
}

// Presses `key` where the focus is, as a keyboard does.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused();
    QVERIFY2(target, "nothing has the focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

bool focusIsIn(QWidget* widget)
{
    return focused() && (focused() == widget || widget->isAncestorOf(focused()));
}

} // namespace

class TestKeyboard final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void tabKeysShowEachTab();
    void shortcutsDialogListsTheTabKeys();
    void noKeyDoesTwoThings();
    void clashCheckFindsAPlantedClash();
    void mnemonicsDoNotClash_data();
    void mnemonicsDoNotClash();
    void escapeClosesDialogs_data();
    void escapeClosesDialogs();
    void keyboardOnlyJourney();
    void tabOrderIsLogical();

private:
    std::unique_ptr<MainWindow> shownWindow();
};

std::unique_ptr<MainWindow> TestKeyboard::shownWindow()
{
    auto window = makeWindow();
    window->resize(1280, 800);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window is not active: keys may go nowhere");
    waitLoaded(*window);
    return window;
}

void TestKeyboard::tabKeysShowEachTab()
{
    auto window = shownWindow();
    QVERIFY(window->openOperation(QStringLiteral("GET ") + kRecordPath));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    auto* resultTabs = window->findChild<QTabWidget*>(QStringLiteral("resultTabs"));
    QVERIFY(tabs && resultTabs);
    QCOMPARE(tabs->count(), 6);
    // Alt+1 … Alt+6: Parameters, Result, Python, PHP, More code, Reference; backwards too.
    for (int i : { 5, 4, 3, 2, 1, 0, 2 }) {
        press(Qt::Key_1 + i, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), i);
        // The focus goes into the page shown, so Tab goes on from there.
        QVERIFY2(focusIsIn(tabs->widget(i)) || focusIsIn(tabs->tabBar()), qPrintable(focusName()));
    }
    // Ctrl+1 … Ctrl+5: the answer's Body, Tree, Table, Headers, Request sent, from any tab.
    QCOMPARE(resultTabs->count(), 5);
    for (int i : { 1, 3, 4, 0 }) {
        press(Qt::Key_0, Qt::AltModifier); // nothing: no tenth tab, and no harm
        press(Qt::Key_1, Qt::AltModifier);
        press(Qt::Key_1 + i, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window->findChild<QWidget*>(QStringLiteral("resultView")));
        QCOMPARE(resultTabs->currentIndex(), i);
    }
    // The Table tab shows only for an array of objects: its key does nothing while it is hidden.
    QVERIFY(!resultTabs->isTabVisible(2));
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(resultTabs->currentIndex(), 0);
}

void TestKeyboard::shortcutsDialogListsTheTabKeys()
{
    auto window = shownWindow();
    QVERIFY(window->openOperation(QStringLiteral("GET ") + kRecordPath));
    const QList<ShortcutRow> rows = ShortcutsDialog::rows(window.get());
    const auto listed = [&rows](const QString& keys, const QString& what) {
        for (const ShortcutRow& row : rows) {
            if (row.keys == keys && row.what.contains(what))
                return true;
        }
        return false;
    };
    const auto native = [](const QKeyCombination& key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        const QString title = tabs->tabText(i).remove(QLatin1Char('&'));
        QVERIFY2(listed(native(Qt::ALT | Qt::Key(Qt::Key_1 + i)), title), qPrintable(title));
    }
    auto* resultTabs = window->findChild<QTabWidget*>(QStringLiteral("resultTabs"));
    for (int i = 0; i < resultTabs->count(); ++i) {
        const QString title = resultTabs->tabText(i).remove(QLatin1Char('&'));
        QVERIFY2(listed(native(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), title), qPrintable(title));
    }
    // Each open operation has its own tab keys: listed once all the same.
    QVERIFY(window->openOperationInNewTab(QStringLiteral("GET /me")));
    const QList<ShortcutRow> again = ShortcutsDialog::rows(window.get());
    QCOMPARE(again.size(), rows.size());
    // And the dialog shows these rows, closes with Escape.
    window->findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("shortcutsDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QAbstractItemView*>()->model()->rowCount(), rows.size());
}

void TestKeyboard::noKeyDoesTwoThings()
{
    auto window = shownWindow();
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));
    QHash<QString, QString> owner; // key → what it does
    const QList<QAction*> actions = window->findChildren<QAction*>();
    int keys = 0;
    for (const QAction* action : actions) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence& shortcut : shortcuts) {
            const QString key = shortcut.toString(QKeySequence::PortableText);
            const QString what = action->text().remove(QLatin1Char('&'));
            // A widget-scoped key (Delete in the history list) acts only there.
            if (action->shortcutContext() == Qt::WidgetShortcut)
                continue;
            QVERIFY2(!owner.contains(key) || owner.value(key) == what,
                qPrintable(key + QStringLiteral(": ") + owner.value(key) + QStringLiteral(" and ")
                    + what));
            owner.insert(key, what);
            ++keys;
        }
    }
    QVERIFY(keys >= 20);
}

void TestKeyboard::clashCheckFindsAPlantedClash()
{
    // The check below must be able to fail: two buttons on one letter, and a tab that is hidden.
    QDialog dialog;
    auto* save = new QPushButton(QStringLiteral("&Save"), &dialog);
    auto* send = new QPushButton(QStringLiteral("&Send"), &dialog);
    auto* tabs = new QTabWidget(&dialog);
    tabs->addTab(new QWidget, QStringLiteral("&Body"));
    tabs->addTab(new QWidget, QStringLiteral("&Both"));
    tabs->setTabVisible(1, false);
    save->move(0, 0);
    send->move(0, 40);
    tabs->move(0, 80);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList found = clashesOnEveryPage(&dialog);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QStringLiteral("Alt+S")), qPrintable(found.first()));
    send->setText(QStringLiteral("Se&nd"));
    QVERIFY(clashesOnEveryPage(&dialog).isEmpty());
}

void TestKeyboard::mnemonicsDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    // Until every French message is translated, the French run checks the English letters of
    // the messages left: the test compares whatever the catalogue holds.
    QTest::newRow("French") << QStringLiteral(":/i18n/ovh-explorer_fr.qm");
}

void TestKeyboard::mnemonicsDoNotClash()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(language));
        QCoreApplication::installTranslator(&translator);
    }
    const auto cleanup
        = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    auto window = shownWindow();
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));
    QStringList found = clashesOnEveryPage(window.get());
    for (const Mnemonics& menu : menuMnemonics(window.get()))
        found << clashes(menu);
    // The dialogs, each over the window.
    for (const char* action : { "settingsAction", "aboutAction", "shortcutsAction" }) {
        window->findChild<QAction*>(QString::fromLatin1(action))->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            || (dialog = window->findChild<QDialog*>(QString(), Qt::FindDirectChildrenOnly)));
        QTRY_VERIFY(dialog->isVisible());
        for (const QString& line : clashesOnEveryPage(dialog))
            found << QString::fromLatin1(action) + QStringLiteral(": ") + line;
        dialog->reject();
        delete dialog;
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestKeyboard::escapeClosesDialogs_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("settings") << QStringLiteral("settingsAction");
    QTest::newRow("about") << QStringLiteral("aboutAction");
    QTest::newRow("keyboard") << QStringLiteral("shortcutsAction");
}

void TestKeyboard::escapeClosesDialogs()
{
    QFETCH(QString, action);
    auto window = shownWindow();
    window->findChild<QAction*>(action)->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY(
        (dialog = window->findChild<QDialog*>(QString(), Qt::FindDirectChildrenOnly)) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    dialog->activateWindow();
    QTRY_VERIFY(focused() && focused()->window() == dialog);
    const QPointer<QDialog> watched(dialog);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!watched || !watched->isVisible());
}

void TestKeyboard::keyboardOnlyJourney()
{
    auto window = shownWindow();
    switchToSandbox(*window);
    // The search, from anywhere: Ctrl+K, a few words, Enter opens the first match.
    window->findChild<QWidget*>(QStringLiteral("endpointCombo"))->setFocus();
    press(Qt::Key_K, Qt::ControlModifier);
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("post zone record"));
    QTRY_VERIFY(searchIndexed(*window)); // the matches come once the index is built
    // Down into the matches until the one wanted, then Enter.
    auto* results = window->findChild<QAbstractItemView*>(QStringLiteral("searchResults"));
    const QString wanted = QStringLiteral("POST ") + kRecordPath + QStringLiteral(" ");
    press(Qt::Key_Down);
    for (int i = 0; i < 10 && !results->currentIndex().data().toString().startsWith(wanted); ++i)
        press(Qt::Key_Down);
    QVERIFY2(results->currentIndex().data().toString().startsWith(wanted),
        qPrintable(results->currentIndex().data().toString()));
    press(Qt::Key_Return);
    auto* zone = window->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    QTRY_VERIFY(zone && zone->isVisible());
    // Enter in the matches opens the operation and puts the keyboard on its first field.
    QTRY_VERIFY2(zone->hasFocus(), qPrintable(focusName()));

    // The fields in their order, by typing.
    QTest::keyClicks(focused(), QStringLiteral("example.com"));
    press(Qt::Key_Tab);
    auto* type = window->findChild<QComboBox*>(QStringLiteral("field:body.fieldType"));
    QVERIFY2(focusIsIn(type), qPrintable(focusName()));
    QTest::keyClicks(focused(), QStringLiteral("TXT"));
    QCOMPARE(type->currentText(), QStringLiteral("TXT"));
    press(Qt::Key_Tab);
    QVERIFY2(focusIsIn(window->findChild<QWidget*>(QStringLiteral("field:body.subDomain"))),
        qPrintable(focusName()));
    QTest::keyClicks(focused(), QStringLiteral("_keys"));
    press(Qt::Key_Tab);
    QVERIFY2(focusIsIn(window->findChild<QWidget*>(QStringLiteral("field:body.target"))),
        qPrintable(focusName()));
    QTest::keyClicks(focused(), QStringLiteral("by keyboard"));

    // Tab on to Execute (past the optional fields), Space presses it.
    auto* execute = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    QTRY_VERIFY(execute->isEnabled());
    QStringList walked;
    for (int i = 0; i < 12 && !execute->hasFocus(); ++i) {
        press(Qt::Key_Tab);
        walked << focusName();
    }
    QVERIFY2(execute->hasFocus(), qPrintable(walked.join(QStringLiteral(", "))));
    press(Qt::Key_Space);
    auto* status = window->findChild<QLabel*>(QStringLiteral("resultStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().startsWith(QStringLiteral("200")), 10000);

    // The Python tab by its key, Tab to its Copy button, Space.
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    press(Qt::Key_3, Qt::AltModifier);
    auto* python = window->findChild<SnippetView*>(QStringLiteral("snippet:python"));
    QCOMPARE(tabs->currentWidget(), python);
    auto* copy = window->findChild<QPushButton*>(QStringLiteral("snippetCopy:python"));
    walked.clear();
    for (int i = 0; i < 6 && !copy->hasFocus(); ++i) {
        press(Qt::Key_Tab);
        walked << focusName();
    }
    QVERIFY2(copy->hasFocus(), qPrintable(walked.join(QStringLiteral(", "))));
    QGuiApplication::clipboard()->clear();
    press(Qt::Key_Space);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied,
        window->findChild<QPlainTextEdit*>(QStringLiteral("snippetText:python"))->toPlainText());
    QVERIFY2(copied.contains(QStringLiteral("/domain/zone/example.com/record"))
            && copied.contains(QStringLiteral("by keyboard"))
            && copied.contains(QStringLiteral("_keys")),
        qPrintable(copied));
}

void TestKeyboard::tabOrderIsLogical()
{
    auto window = shownWindow();
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));
    press(Qt::Key_K, Qt::ControlModifier);
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTRY_VERIFY(search->hasFocus());
    // Tab from the search box through the window, in the order things are on screen: the
    // tree, the operation's tabs, its fields in order, then the Execute bar (without keys its
    // Log in button, Execute being disabled; the journey below Tabs to Execute itself).
    QStringList walked { focusName() };
    for (int i = 0; i < 20; ++i) {
        press(Qt::Key_Tab);
        walked << focusName();
    }
    const QStringList expected { QStringLiteral("searchEdit"), QStringLiteral("productTree"),
        QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("field:zoneName"),
        QStringLiteral("field:body.fieldType"), QStringLiteral("field:body.subDomain"),
        QStringLiteral("field:body.target"), QStringLiteral("credentialsLoginButton") };
    qsizetype at = 0;
    for (const QString& name : expected) {
        const qsizetype next = walked.indexOf(name, at);
        QVERIFY2(next >= at,
            qPrintable(name + QStringLiteral(" not reached in order: ")
                + walked.join(QStringLiteral(", "))));
        at = next;
    }
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
