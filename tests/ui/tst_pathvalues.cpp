// Values that follow you (issue 12, item 6), in the window: a path value typed in one operation
// is offered and filled in the next ones of the same endpoint, never over a value already there
// and never on another endpoint; the calls of the history bring theirs after a restart.
#include "windowtestcase.h"

#include "call/recentvalues.h"
#include "history/historyrecorder.h"
#include "history/recentvaluesfeed.h"
#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "session/callsession.h"
#include "session/explorerservices.h"
#include "window/operationtabs.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QString records = QStringLiteral("GET /domain/zone/{zoneName}/record");
const QString record = QStringLiteral("GET /domain/zone/{zoneName}/record/{id}");
const QString refresh = QStringLiteral("POST /domain/zone/{zoneName}/refresh");
const QString dedicated = QStringLiteral("GET /dedicated/server/{serviceName}");

OperationView* view(MainWindow& window)
{
    return window.operationTabs()->currentView();
}

QLineEdit* field(MainWindow& window, const QString& name)
{
    return view(window)->form()->findChild<QLineEdit*>(QStringLiteral("field:") + name);
}

// What the completer of `name`'s field offers, in order; empty without a completer.
QStringList offered(MainWindow& window, const QString& name)
{
    const QCompleter* completer = field(window, name)->completer();
    const auto* model = completer ? qobject_cast<QStringListModel*>(completer->model()) : nullptr;
    return model ? model->stringList() : QStringList();
}

// The value the request would send for path parameter `name`.
QJsonValue sent(MainWindow& window, const QString& name)
{
    for (const CallField& field : view(window)->form()->request().pathParams) {
        if (field.name == name)
            return field.value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void type(MainWindow& window, const QString& name, const QString& text)
{
    QLineEdit* edit = field(window, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// OVH_WINDOW_SHOTS=<folder>: what the window looks like with the completer of `input` open,
// for a person (the popup is a window of its own: drawn in under its line edit).
void shot(MainWindow& window, QLineEdit* input)
{
    const QString folder = qEnvironmentVariable("OVH_WINDOW_SHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(200); // laid out and painted
    QPixmap picture = window.grab();
    QPainter painter(&picture);
    painter.drawPixmap(
        input->mapTo(&window, QPoint(0, input->height())), input->completer()->popup()->grab());
    painter.end();
    picture.save(folder + QStringLiteral("/window-pathvalues-1280x800.png"));
}

} // namespace

class TestPathValues final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void typedValueFollows();
    void completionIsPicked();
    void neverOverTheOperationsMemory();
    void notOnAnotherEndpoint();
    void historyBringsValuesAfterRestart();

private:
    // A window on ovh-eu where example.com was typed in the zone list, now on a record.
    std::unique_ptr<MainWindow> zoneTypedThenRecord();
};

std::unique_ptr<MainWindow> TestPathValues::zoneTypedThenRecord()
{
    auto window = makeWindow();
    waitLoaded(*window);
    if (!window->openOperation(records))
        return window;
    type(*window, QStringLiteral("zoneName"), QStringLiteral("example.com"));
    window->openOperation(record);
    return window;
}

void TestPathValues::typedValueFollows()
{
    // The list → detail move: the zone is there, the record's id (never used) is not.
    auto window = zoneTypedThenRecord();
    QCOMPARE(field(*window, QStringLiteral("zoneName"))->text(), QStringLiteral("example.com"));
    QCOMPARE(sent(*window, QStringLiteral("zoneName")), QJsonValue(QStringLiteral("example.com")));
    QVERIFY(field(*window, QStringLiteral("id"))->text().isEmpty());
    QCOMPARE(offered(*window, QStringLiteral("zoneName")),
        QStringList { QStringLiteral("example.com") });
    // Filled, not typed: the operation's memory does not keep it.
    QVERIFY(!m_settings->formValues(record).contains(QStringLiteral("path/zoneName")));

    // Another zone typed here follows to the next operation, and both are offered.
    type(*window, QStringLiteral("zoneName"), QStringLiteral("other.example"));
    QVERIFY(window->openOperation(refresh));
    QCOMPARE(field(*window, QStringLiteral("zoneName"))->text(), QStringLiteral("other.example"));
    QCOMPARE(offered(*window, QStringLiteral("zoneName")),
        QStringList({ QStringLiteral("other.example"), QStringLiteral("example.com") }));
    // A zone is no dedicated server: nothing filled at another place, nothing typed offered.
    QVERIFY(window->openOperation(dedicated));
    QVERIFY(field(*window, QStringLiteral("serviceName"))->text().isEmpty());
    QVERIFY(offered(*window, QStringLiteral("serviceName")).isEmpty());
}

void TestPathValues::completionIsPicked()
{
    auto window = zoneTypedThenRecord();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    type(*window, QStringLiteral("zoneName"), QStringLiteral("second.example"));
    QVERIFY(window->openOperation(refresh));

    // Typing part of a value used before offers it; picking it is an edit the form hears.
    QLineEdit* zone = field(*window, QStringLiteral("zoneName"));
    zone->setFocus();
    // Down in the empty field shows every value offered.
    zone->clear();
    QCompleter* completer = zone->completer();
    QVERIFY(completer);
    QTest::keyClick(zone, Qt::Key_Down);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 2);
    QTest::keyClick(completer->popup(), Qt::Key_Escape);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QTest::keyClicks(zone, QStringLiteral("com"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("example.com"));
    shot(*window, zone);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(zone->text(), QStringLiteral("example.com"));
    QTRY_COMPARE(
        sent(*window, QStringLiteral("zoneName")), QJsonValue(QStringLiteral("example.com")));
}

void TestPathValues::neverOverTheOperationsMemory()
{
    m_settings->setFormValues(
        record, { { QStringLiteral("path/zoneName"), QStringLiteral("mine.example") } });
    auto window = zoneTypedThenRecord();
    QCOMPARE(field(*window, QStringLiteral("zoneName"))->text(), QStringLiteral("mine.example"));
    QCOMPARE(offered(*window, QStringLiteral("zoneName")),
        QStringList { QStringLiteral("example.com") });
}

void TestPathValues::notOnAnotherEndpoint()
{
    auto window = zoneTypedThenRecord();
    QCOMPARE(field(*window, QStringLiteral("zoneName"))->text(), QStringLiteral("example.com"));

    switchToSandbox(*window);
    QVERIFY(window->openOperation(refresh));
    QVERIFY(field(*window, QStringLiteral("zoneName"))->text().isEmpty());
    QVERIFY(offered(*window, QStringLiteral("zoneName")).isEmpty());

    // Back on ovh-eu, the value is there again.
    waitLoaded(*window);
    QVERIFY(window->openOperation(refresh));
    QCOMPARE(field(*window, QStringLiteral("zoneName"))->text(), QStringLiteral("example.com"));
}

void TestPathValues::historyBringsValuesAfterRestart()
{
    const QString file = m_dir->filePath(QStringLiteral("history.sqlite"));
    {
        // The window's calls recorded as app/main_gui.cpp records them, on their own thread.
        auto window = makeWindow();
        switchToSandbox(*window);
        auto* services = window->findChild<ExplorerServices*>();
        QVERIFY(services);
        HistoryRecorder recorder(file);
        // Each tab calls on a session of its own, watched as main_gui does from its creation:
        // the call goes from a second tab, made after the recorder.
        QObject::connect(services, &ExplorerServices::callSessionCreated, &recorder,
            [&recorder](CallSession* session) { recorder.watch(session); });
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        QVERIFY(window->openOperation(records));
        window->operationTabs()->duplicateCurrent();
        QCOMPARE(window->operationTabs()->count(), 2);
        type(*window, QStringLiteral("zoneName"), QStringLiteral("example.com"));
        auto* execute = view(*window)->findChild<QPushButton*>(QStringLiteral("executeButton"));
        QTRY_VERIFY(execute->isEnabled());
        view(*window)->execute();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kWindowLoadTimeoutMs);
    }
    m_settings->setFormValues(records, {}); // the list's own memory is not what is tested

    // A new window (a restart): only the history knows the zone.
    auto window = makeWindow();
    auto* services = window->findChild<ExplorerServices*>();
    RecentValuesFeed feed(file, services->recentValues());
    QSignalSpy refreshed(&feed, &RecentValuesFeed::refreshed);
    feed.refresh();
    QVERIFY(refreshed.wait());
    switchToSandbox(*window);
    QVERIFY(window->openOperation(record));
    QCOMPARE(field(*window, QStringLiteral("zoneName"))->text(), QStringLiteral("example.com"));
    QCOMPARE(offered(*window, QStringLiteral("zoneName")),
        QStringList { QStringLiteral("example.com") });
}

QTEST_MAIN(TestPathValues)
#include "tst_pathvalues.moc"
