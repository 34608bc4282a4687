// The window's words under a translation (issue 15 item 1): counts take the plural form of the
// language ("1 ligne", "2 lignes"), units after a number too, key names are Qt's own in the
// language ("Ctrl+Entrée"), and one English word with two meanings gets two translations. A
// table translator stands for the French .qm, so the test holds whatever fr.ts says.
#include "tabletranslator.h"

#include "base/endpoint.h"
#include "login/credentialdialog.h"
#include "operation/findbar.h"
#include "operation/operationview.h"
#include "operation/resultview.h"
#include "results/objecttableview.h"
#include "settings/explorersettings.h"
#include "settings/settingsdialog.h"
#include "window/navigatorpanel.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Ovh;
using namespace OvhTest;

class TestTranslatedText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tableRowCount_data();
    void tableRowCount();
    void spinBoxUnitsAgree_data();
    void spinBoxUnitsAgree();
    void typingKeepsTheUnit();
    void keyNamesAreQts();
    void unknownStatusAndDate();

private:
    TableTranslator m_translator;
};

void TestTranslatedText::initTestCase()
{
    m_translator.add("Ovh::ObjectTableView", "%n row(s)", QStringLiteral("%n ligne|%n lignes"));
    m_translator.add("Ovh::ObjectTableView", "%1 of %2", QStringLiteral("%1 sur %2"));
    m_translator.add("Ovh::SettingsDialog", " day(s)", QStringLiteral("\u00a0jour|\u00a0jours"));
    m_translator.add("Ovh::SettingsDialog", " call(s)", QStringLiteral("\u00a0appel|\u00a0appels"));
    // Qt names the keys under QShortcut (qtbase_fr.qm).
    m_translator.add("QShortcut", "Enter", QStringLiteral("Entrée"));
    m_translator.add("QShortcut", "Esc", QStringLiteral("Échap"));
    m_translator.add("QShortcut", "Down", QStringLiteral("Bas"));
    m_translator.add("QShortcut", "Shift", QStringLiteral("Maj"));
    m_translator.add("Ovh::CredentialDialog", "unknown", QStringLiteral("inconnu"), "status");
    m_translator.add("Ovh::CredentialDialog", "unknown", QStringLiteral("inconnue"), "date");
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslatedText::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTranslatedText::tableRowCount_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << 0 << QStringLiteral("0 ligne");
    QTest::newRow("1") << 1 << QStringLiteral("1 ligne");
    QTest::newRow("2") << 2 << QStringLiteral("2 lignes");
    QTest::newRow("31") << 31 << QStringLiteral("31 lignes");
}

void TestTranslatedText::tableRowCount()
{
    QFETCH(int, rows);
    QFETCH(QString, expected);
    ObjectRows objects;
    for (int i = 0; i < rows; ++i)
        objects.append({ QJsonValue(i), QJsonObject { { QStringLiteral("id"), i } }, QString() });
    ObjectTableView view;
    view.setRows(objects);
    QCOMPARE(view.rowCount(), rows);
    auto* count = view.findChild<QLabel*>(QStringLiteral("tableCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), expected);
    if (rows == 0)
        return;
    view.filterEdit()->setText(QStringLiteral("no such text anywhere"));
    QCOMPARE(count->text(), QStringLiteral("0 sur ") + expected);
}

void TestTranslatedText::spinBoxUnitsAgree_data()
{
    QTest::addColumn<QString>("spin");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 day") << "keepDaysSpin" << 1 << QStringLiteral("1\u00a0jour");
    QTest::newRow("2 days") << "keepDaysSpin" << 2 << QStringLiteral("2\u00a0jours");
    QTest::newRow("1 call kept") << "maxEntriesSpin" << 1 << QStringLiteral("1\u00a0appel");
    QTest::newRow("5 calls kept") << "maxEntriesSpin" << 5 << QStringLiteral("5\u00a0appels");
    QTest::newRow("1 call at once")
        << "fetchAllConcurrencySpin" << 1 << QStringLiteral("1\u00a0appel");
    QTest::newRow("8 calls at once")
        << "fetchAllConcurrencySpin" << 8 << QStringLiteral("8\u00a0appels");
}

void TestTranslatedText::spinBoxUnitsAgree()
{
    QFETCH(QString, spin);
    QFETCH(int, value);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    ExplorerSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    SettingsDialog dialog(&settings, *Endpoint::byName(u"ovh-eu"));
    auto* box = dialog.findChild<QSpinBox*>(spin);
    QVERIFY(box);
    box->setValue(value);
    QCOMPARE(box->text(), expected);
}

// The unit changes under the cursor while a number is typed: the number typed stays whole.
void TestTranslatedText::typingKeepsTheUnit()
{
    QTemporaryDir dir;
    ExplorerSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    SettingsDialog dialog(&settings, *Endpoint::byName(u"ovh-eu"));
    dialog.show();
    auto* box = dialog.findChild<QSpinBox*>(QStringLiteral("keepDaysSpin"));
    QVERIFY(box);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("1"));
    QCOMPARE(box->value(), 1);
    QCOMPARE(box->text(), QStringLiteral("1\u00a0jour"));
    QTest::keyClicks(box, QStringLiteral("2"));
    QCOMPARE(box->value(), 12);
    QCOMPARE(box->text(), QStringLiteral("12\u00a0jours"));
}

void TestTranslatedText::keyNamesAreQts()
{
    ResultView result;
    const QString placeholder
        = result.findChild<QLabel*>(QStringLiteral("resultPlaceholder"))->text();
    QVERIFY2(placeholder.contains(QStringLiteral("(Ctrl+Entrée)")), qPrintable(placeholder));

    OperationView operation;
    const QString execute
        = operation.findChild<QPushButton*>(QStringLiteral("executeButton"))->toolTip();
    QVERIFY2(execute.contains(QStringLiteral("(Ctrl+Entrée)")), qPrintable(execute));

    QPlainTextEdit body;
    FindBar find(&body);
    const auto tip = [&find](const char* name) {
        return find.findChild<QToolButton*>(QString::fromLatin1(name))->toolTip();
    };
    QVERIFY2(tip("findPrevious").contains(QStringLiteral("(Maj+Entrée)")),
        qPrintable(tip("findPrevious")));
    QVERIFY2(tip("findNext").contains(QStringLiteral("(Entrée)")), qPrintable(tip("findNext")));
    QVERIFY2(tip("findClose").contains(QStringLiteral("(Échap)")), qPrintable(tip("findClose")));

    NavigatorPanel navigator;
    const QString search = navigator.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->toolTip();
    for (const QString& key : { QStringLiteral("Entrée opens"), QStringLiteral("Ctrl+Entrée"),
             QStringLiteral("Bas moves"), QStringLiteral("Échap clears") })
        QVERIFY2(search.contains(key), qPrintable(search));
}

// "unknown" is a status in one place, a date in another: French says "inconnu", "inconnue".
void TestTranslatedText::unknownStatusAndDate()
{
    QCOMPARE(CredentialDialog::statusText(CredentialStatus::Unknown), QStringLiteral("inconnu"));
    // No keys to ask about: the status shown is the status's word.
    CredentialDialog dialog(nullptr, *Endpoint::byName(u"ovh-eu"), Credentials(), QString());
    dialog.refresh();
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("credentialStatus"))->text(),
        QStringLiteral("inconnu"));
}

QTEST_MAIN(TestTranslatedText)
#include "tst_translatedtext.moc"
