// Issue 15, the language switch: a change of language in File > Settings offers to restart in
// place; the restart writes the tabs, their values and the layout first, waits for the calls
// running, and starts the same program again on the endpoint shown.
#include "look/guidancebar.h"
#include "operation/operationview.h"
#include "settings/explorersettings.h"
#include "settings/settingsdialog.h"
#include "window/languagerestartoffer.h"
#include "window/operationtabs.h"
#include "window/relaunch.h"
#include "window/translations.h"
#include "windowtestcase.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QString kPostRecord = QStringLiteral("POST /domain/zone/{zoneName}/record");
// Set: this test program, started again by Relaunch, writes its arguments and folder there.
constexpr const char* kRecordVariable = "OVH_TEST_RELAUNCH_RECORD";

} // namespace

class TestLanguageRestart : public WindowTestCase
{
    Q_OBJECT

private slots:
    void translateIntoSpeaksTheLanguageChosen();
    void settingsOfferRestartAndTheStateIsWrittenFirst();
    void sameLanguageOffersNothing();
    void withoutRestartTheBarOnlyInforms();
    void restartWaitsForTheCallsRunning();
    void relaunchArguments_data();
    void relaunchArguments();
    void relaunchStartsTheProgramAgain();

private:
    // Opens File > Settings in `window`, picks `languageRow` (System, English, Français), OK.
    void chooseLanguage(MainWindow& window, int languageRow);
};

void TestLanguageRestart::chooseLanguage(MainWindow& window, int languageRow)
{
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog*>()) && dialog->isVisible());
    dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"))->setCurrentIndex(languageRow);
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<SettingsDialog*>() || !dialog->isVisible());
}

void TestLanguageRestart::translateIntoSpeaksTheLanguageChosen()
{
    // The window speaks English (nothing installed); French is asked of its catalogue.
    QCOMPARE(installedLanguage(), QStringLiteral("en"));
    QCOMPARE(translateInto(QStringLiteral("fr"), "Ovh::OperationView", "&Parameters"),
        QStringLiteral("P&aram\u00e8tres"));
    QCOMPARE(translateInto(QStringLiteral("en"), "Ovh::OperationView", "&Parameters"),
        QStringLiteral("&Parameters"));
    // Not in the catalogue: the source, never an empty text.
    QCOMPARE(translateInto(QStringLiteral("fr"), "Ovh::Nowhere", "Nothing here"),
        QStringLiteral("Nothing here"));
    QCOMPARE(QCoreApplication::translate("Ovh::OperationView", "&Parameters"),
        QStringLiteral("&Parameters")); // and the window's own language did not change
}

void TestLanguageRestart::settingsOfferRestartAndTheStateIsWrittenFirst()
{
    // What the composition root's hook finds written when it is called.
    OpenTabs tabsAtRestart;
    QByteArray geometryAtRestart;
    int restarts = 0;
    m_restart = [&] {
        ++restarts;
        tabsAtRestart = m_settings->openTabs();
        geometryAtRestart = m_settings->windowGeometry();
    };
    auto window = makeWindow();
    window->resize(1100, 700);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    QVERIFY(window->openOperation(kPostRecord));
    QVERIFY(window->openOperationInNewTab(QStringLiteral("GET /me")));
    window->operationTabs()->setCurrentIndex(0);
    auto* zone = window->operationTabs()->currentView()->findChild<QLineEdit*>(
        QStringLiteral("field:zoneName"));
    QVERIFY(zone);
    // Typed just before: the tabs' own saving (a second after a change) has not run yet.
    QTest::keyClicks(zone, QStringLiteral("restart.example"));

    auto* bar = window->findChild<GuidanceBar*>(QStringLiteral("restartOffer"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    chooseLanguage(*window, 2); // Français
    QCOMPARE(m_settings->language(), QStringLiteral("fr"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QStringLiteral("Restart to show the window in French")),
        qPrintable(bar->text()));
    // Said in French too, as the catalogue says it (the source until it is translated).
    QVERIFY(bar->text().contains(
        translateInto(QStringLiteral("fr"), "Ovh::LanguageRestartOffer",
            "Restart to show the window in %1: your tabs, their values and the layout come back.")
            .arg(translateInto(QStringLiteral("fr"), "Ovh::LanguageRestartOffer", "French"))));
    QPushButton* restart = bar->button();
    QVERIFY(restart->isVisible());
    QCOMPARE(restart->text(), QStringLiteral("Restart now"));
    QCOMPARE(restarts, 0);

    QTest::mouseClick(restart, Qt::LeftButton);
    QCOMPARE(restarts, 1);
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(tabsAtRestart.tabs.size(), 2);
    QCOMPARE(tabsAtRestart.current, 0);
    QCOMPARE(tabsAtRestart.tabs.at(0).operation, kPostRecord);
    QCOMPARE(tabsAtRestart.tabs.at(0).values.value(QStringLiteral("path/zoneName")).toString(),
        QStringLiteral("restart.example"));
    QCOMPARE(tabsAtRestart.tabs.at(1).operation, QStringLiteral("GET /me"));
    QVERIFY(!geometryAtRestart.isEmpty());

    // The window the new process makes from those settings: the same tabs, values and size.
    m_restart = nullptr;
    window.reset();
    auto again = makeWindow();
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    waitLoaded(*again);
    QCOMPARE(again->size(), QSize(1100, 700));
    OperationTabs* tabs = again->operationTabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentView()->operationKey(), kPostRecord);
    QCOMPARE(tabs->currentView()->findChild<QLineEdit*>(QStringLiteral("field:zoneName"))->text(),
        QStringLiteral("restart.example"));
    QCOMPARE(tabs->operationAt(1), QStringLiteral("GET /me"));
}

void TestLanguageRestart::sameLanguageOffersNothing()
{
    int restarts = 0;
    m_restart = [&restarts] { ++restarts; };
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* bar = window->findChild<GuidanceBar*>(QStringLiteral("restartOffer"));
    chooseLanguage(*window, 2);
    QVERIFY(bar->isVisible());
    // Back to the language the window speaks: nothing to restart for.
    chooseLanguage(*window, 1);
    QVERIFY(!bar->isVisible());
    QCOMPARE(restarts, 0);
    QVERIFY(window->isVisible());
}

void TestLanguageRestart::withoutRestartTheBarOnlyInforms()
{
    auto window = makeWindow(); // no Options::restart
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    chooseLanguage(*window, 2);
    auto* bar = window->findChild<GuidanceBar*>(QStringLiteral("restartOffer"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QStringLiteral("The window shows French from its next start.")),
        qPrintable(bar->text()));
    QVERIFY(!bar->button()->isVisible());
}

void TestLanguageRestart::restartWaitsForTheCallsRunning()
{
    GuidanceBar bar(QStringLiteral("bar"), QStringLiteral("text"), QStringLiteral("button"));
    bool running = true;
    LanguageRestartOffer offer(&bar, true, [&running] { return running; });
    QSignalSpy restart(&offer, &LanguageRestartOffer::restartRequested);
    offer.setChosenLanguage(QStringLiteral("fr"));
    QVERIFY(!bar.isHidden());
    QTest::mouseClick(bar.button(), Qt::LeftButton);
    QCOMPARE(restart.size(), 0);
    QVERIFY(offer.isWaitingForCalls());
    QVERIFY2(bar.text().startsWith(QStringLiteral(
                 "The window restarts in French once the calls running have ended.")),
        qPrintable(bar.text()));
    QVERIFY(bar.button()->isHidden());
    offer.callEnded(); // one of two ended
    QCOMPARE(restart.size(), 0);
    running = false;
    offer.callEnded();
    QCOMPARE(restart.size(), 1);
    QVERIFY(!offer.isWaitingForCalls());
    offer.callEnded(); // once only
    QCOMPARE(restart.size(), 1);
    // Choosing the window's language again drops a waiting restart.
    running = true;
    offer.restartNow();
    offer.setChosenLanguage(QStringLiteral("en"));
    QVERIFY(bar.isHidden());
    running = false;
    offer.callEnded();
    QCOMPARE(restart.size(), 1);
}

void TestLanguageRestart::relaunchArguments_data()
{
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QStringList>("expected");

    const QString program = QStringLiteral("/usr/bin/ovh-explorer");
    QTest::newRow("bare") << QStringList { program } << QStringList { program } << QStringList()
                          << QStringLiteral("ovh-eu")
                          << QStringList { QStringLiteral("--endpoint"), QStringLiteral("ovh-eu") };
    // The endpoint shown now, not the one of the start; no OPERATION (the tabs come back).
    const QStringList ours { program, QStringLiteral("--offline"), QStringLiteral("-E"),
        QStringLiteral("ovh-ca"), QStringLiteral("GET /me") };
    QTest::newRow("endpoint and operation replaced")
        << ours << ours << QStringList { QStringLiteral("--offline") }
        << QStringLiteral("ovh-eu/v2")
        << QStringList { QStringLiteral("--offline"), QStringLiteral("--endpoint"),
               QStringLiteral("ovh-eu/v2") };
    // Qt's own options, which QApplication took out, are given again, first.
    QTest::newRow("Qt's options kept")
        << QStringList { program, QStringLiteral("-style"), QStringLiteral("fusion"),
               QStringLiteral("--cache-dir"), QStringLiteral("/tmp/c"), QStringLiteral("-reverse") }
        << QStringList { program, QStringLiteral("--cache-dir"), QStringLiteral("/tmp/c") }
        << QStringList { QStringLiteral("--cache-dir"), QStringLiteral("/tmp/c") }
        << QStringLiteral("sandbox")
        << QStringList { QStringLiteral("-style"), QStringLiteral("fusion"),
               QStringLiteral("-reverse"), QStringLiteral("--cache-dir"), QStringLiteral("/tmp/c"),
               QStringLiteral("--endpoint"), QStringLiteral("sandbox") };
    // A value of ours equal to a Qt option's name stays ours (order decides).
    QTest::newRow("same word twice")
        << QStringList { program, QStringLiteral("-platform"), QStringLiteral("offscreen"),
               QStringLiteral("--cache-dir"), QStringLiteral("offscreen") }
        << QStringList { program, QStringLiteral("--cache-dir"), QStringLiteral("offscreen") }
        << QStringList { QStringLiteral("--cache-dir"), QStringLiteral("offscreen") }
        << QStringLiteral("https://eu.api.ovh.com/1.0")
        << QStringList { QStringLiteral("-platform"), QStringLiteral("offscreen"),
               QStringLiteral("--cache-dir"), QStringLiteral("offscreen"),
               QStringLiteral("--endpoint"), QStringLiteral("https://eu.api.ovh.com/1.0") };
}

void TestLanguageRestart::relaunchArguments()
{
    QFETCH(QStringList, given);
    QFETCH(QStringList, left);
    QFETCH(QStringList, kept);
    QFETCH(QString, endpoint);
    QFETCH(QStringList, expected);
    Relaunch relaunch(given);
    relaunch.setLeft(left);
    relaunch.setKept(kept);
    QCOMPARE(relaunch.arguments(endpoint), expected);
    QVERIFY(!relaunch.isRequested()); // nothing starts when it goes
}

void TestLanguageRestart::relaunchStartsTheProgramAgain()
{
    const QString record = m_dir->filePath(QStringLiteral("relaunched.txt"));
    qputenv(kRecordVariable, QFile::encodeName(record));
    const QString folder = QDir::currentPath();
    {
        // This test program stands in for ovh-explorer: started again, it writes what it got.
        Relaunch relaunch({ QStringLiteral("tst_languagerestart"), QStringLiteral("-reverse"),
            QStringLiteral("--offline") });
        relaunch.setLeft({ QStringLiteral("tst_languagerestart"), QStringLiteral("--offline") });
        relaunch.setKept({ QStringLiteral("--offline") });
        relaunch.request(QStringLiteral("ovh-eu/v2"));
        QVERIFY(relaunch.isRequested());
        QVERIFY(!QFile::exists(record)); // not before the composition root ends
    }
    qunsetenv(kRecordVariable);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record + QStringLiteral(".done")), 20000);
    QFile file(record);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), folder);
    QCOMPARE(lines.mid(1, 4),
        (QStringList { QStringLiteral("-reverse"), QStringLiteral("--offline"),
            QStringLiteral("--endpoint"), QStringLiteral("ovh-eu/v2") }));
}

int main(int argc, char* argv[])
{
    // Started again by relaunchStartsTheProgramAgain: record and stop, no QApplication.
    if (const QByteArray record = qgetenv(kRecordVariable); !record.isEmpty()) {
        QFile file(QFile::decodeName(record));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QStringList lines { QDir::currentPath() };
        for (int i = 1; i < argc; ++i)
            lines << QString::fromLocal8Bit(argv[i]);
        file.write(lines.join(QLatin1Char('\n')).toUtf8());
        file.close();
        QFile done(file.fileName() + QStringLiteral(".done"));
        return done.open(QIODevice::WriteOnly) ? 0 : 1;
    }
    QApplication app(argc, argv);
    TestLanguageRestart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languagerestart.moc"
