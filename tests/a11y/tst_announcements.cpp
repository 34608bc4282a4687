// Status changes reach screen readers as Alert events (issue 15 item 4): the answer ("200 OK in
// 35 ms"), the message bars, the end of Fetch all. The offscreen platform reports accessibility
// inactive, so Qt hands no event to an update handler; it does hand every event to the
// accessibility bridges it loads, as it does on a desktop. This test links one such bridge (a
// static plugin) that records the Alerts with the name the object had when it was raised.
#include "operationviewtestcase.h"
#include "recordform.h"

#include "look/messagebar.h"
#include "operation/parameterform.h"
#include "results/fetchallbar.h"
#include "sandbox/demoaccount.h"
#include "sandbox/demorecords.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxthrottle.h"

#include <QAccessible>
#include <QAccessibleBridge>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QtPlugin>

using namespace Ovh;
using namespace OvhTest;

namespace {

struct Heard
{
    QPointer<QObject> object;
    QAccessible::Event type;
    QString name; // the accessible name when the event came
};

QList<Heard>& heard()
{
    static QList<Heard> events;
    return events;
}

// What a platform's screen-reader bridge is given: every event, here kept.
class RecordingBridge final : public QAccessibleBridge
{
public:
    void setRootObject(QAccessibleInterface* /*root*/) override { }
    void notifyAccessibilityUpdate(QAccessibleEvent* event) override
    {
        QAccessibleInterface* iface = event->accessibleInterface();
        heard().append(
            { event->object(), event->type(), iface ? iface->text(QAccessible::Name) : QString() });
    }
};

// The names `object` had at each Alert raised on it since the last clear, in order.
QStringList alertsOn(const QObject* object)
{
    QStringList names;
    for (const Heard& event : std::as_const(heard())) {
        if (event.type == QAccessible::Alert && event.object == object)
            names << event.name;
    }
    return names;
}

QString accessibleName(QObject* object)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

int eventsOn(const QObject* object, QAccessible::Event type)
{
    int count = 0;
    for (const Heard& event : std::as_const(heard()))
        count += event.type == type && event.object == object ? 1 : 0;
    return count;
}

} // namespace

class RecordingBridgePlugin final : public QAccessibleBridgePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QAccessibleBridgeFactoryInterface_iid FILE "recordingbridge.json")

public:
    // Qt keeps the bridges it creates to the end and never deletes them: one that lives as long.
    QAccessibleBridge* create(const QString& /*key*/) override
    {
        static RecordingBridge bridge;
        return &bridge;
    }
};

Q_IMPORT_PLUGIN(RecordingBridgePlugin)

class TestAnnouncements final : public OperationViewTestCase
{
    Q_OBJECT

private slots:
    void bridgeTellsAlertsFromNameChanges();
    void messageBarIsAnAlert_data();
    void messageBarIsAnAlert();
    void callStatusIsAnAlert();
    void errorAnswerIsAnAlert();
    void endOfFetchAllIsAnAlert();
};

void TestAnnouncements::bridgeTellsAlertsFromNameChanges()
{
    heard().clear();
    // The recorder itself: a name change alone is no Alert (what the announcer would send if it
    // stopped raising one), an explicit Alert is.
    QLabel label;
    label.setAccessibleName(QStringLiteral("quiet"));
    QCOMPARE(eventsOn(&label, QAccessible::NameChanged), 1);
    QVERIFY(alertsOn(&label).isEmpty());
    QAccessibleEvent alert(&label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    QCOMPARE(alertsOn(&label), QStringList { QStringLiteral("quiet") });
}

void TestAnnouncements::messageBarIsAnAlert_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("info") << int(MessageBar::Kind::Info);
    QTest::newRow("success") << int(MessageBar::Kind::Success);
    QTest::newRow("warning") << int(MessageBar::Kind::Warning);
    QTest::newRow("error") << int(MessageBar::Kind::Error);
}

void TestAnnouncements::messageBarIsAnAlert()
{
    heard().clear();
    QFETCH(int, kind);
    MessageBar bar;
    const QString text = QStringLiteral("Saved to requests.json");
    bar.showMessage(text, MessageBar::Kind(kind));
    QCOMPARE(alertsOn(&bar), QStringList { text });
    // The same message again (its name does not change): said again.
    bar.showMessage(text, MessageBar::Kind(kind));
    QCOMPARE(alertsOn(&bar), (QStringList { text, text }));
    // Hiding the bar says nothing.
    bar.showMessage(QString(), MessageBar::Kind(kind));
    QCOMPARE(alertsOn(&bar).size(), 2);
}

void TestAnnouncements::callStatusIsAnAlert()
{
    heard().clear();
    auto view = makeView();
    openRecordForm(*view);
    typeRecord(view->form(), QStringLiteral("TXT"), QStringLiteral("said-aloud"));
    auto* status = child<QLabel>(view.get(), QStringLiteral("resultStatus"));
    const QRegularExpression done(QStringLiteral("^200 OK in \\d+ ms$"));
    for (int call = 1; call <= 2; ++call) {
        QSignalSpy finished(view.get(), &OperationView::callFinished);
        QTRY_VERIFY(view->executeAction()->isEnabled());
        view->executeAction()->trigger();
        QCOMPARE(accessibleName(status), QStringLiteral("Sending\u2026"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        // "Sending…", then the answer, at each call: the second is said even if its words are
        // the first's. The sentence carries the time the label beside shows.
        const QStringList said = alertsOn(status);
        QCOMPARE(said.size(), 2 * call);
        QCOMPARE(said.at(2 * call - 2), QStringLiteral("Sending\u2026"));
        QVERIFY2(done.match(said.last()).hasMatch(), qPrintable(said.join(QStringLiteral(", "))));
        QVERIFY2(said.last().endsWith(
                     child<QLabel>(view.get(), QStringLiteral("resultElapsed"))->text()),
            qPrintable(said.last()));
        QCOMPARE(accessibleName(status), said.last());
    }
}

void TestAnnouncements::errorAnswerIsAnAlert()
{
    heard().clear();
    auto view = makeView();
    openRecordForm(*view);
    typeRecord(view->form(), QStringLiteral("TXT"), QStringLiteral("nowhere"));
    auto* zone = child<QLineEdit>(view->form(), QStringLiteral("field:zoneName"));
    zone->clear();
    QTest::keyClicks(zone, QStringLiteral("nosuchzone.example"));
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    view->execute();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    auto* status = child<QLabel>(view.get(), QStringLiteral("resultStatus"));
    const QStringList statusSaid = alertsOn(status);
    QVERIFY2(
        !statusSaid.isEmpty() && statusSaid.last().startsWith(QStringLiteral("404 Not Found in ")),
        qPrintable(statusSaid.join(QStringLiteral(", "))));
    QCOMPARE(accessibleName(status), statusSaid.last());
    auto* message = child<MessageBar>(view.get(), QStringLiteral("resultMessage"));
    QVERIFY(message->isVisible());
    const QStringList said = alertsOn(message);
    QCOMPARE(said, QStringList { message->text() });
    QCOMPARE(accessibleName(message), message->text());
    QVERIFY2(said.first().contains(QStringLiteral("NotFound")), qPrintable(said.first()));
}

void TestAnnouncements::endOfFetchAllIsAnAlert()
{
    heard().clear();
    const QString zone = QString::fromLatin1(SandboxDemo::kZone);
    if (m_sandbox->account().records(zone).size() < 12)
        QVERIFY(seedDemoRecords(m_sandbox->account(), zone, 12));
    m_sandbox->throttle().configure(0, 0);
    auto view = makeView();
    openRecordForm(*view, HttpMethod::Get);
    auto* zoneField = child<QLineEdit>(view->form(), QStringLiteral("field:zoneName"));
    zoneField->clear();
    QTest::keyClicks(zoneField, zone);
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    QTRY_VERIFY(view->executeAction()->isEnabled());
    view->executeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

    auto* bar = child<FetchAllBar>(view.get(), QStringLiteral("fetchAllBar"));
    auto* text = child<QLabel>(view.get(), QStringLiteral("fetchAllText"));
    QSignalSpy fetched(bar, &FetchAllBar::rowsFetched);
    heard().clear();
    QTest::mouseClick(
        child<QPushButton>(view.get(), QStringLiteral("fetchAllButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 20000);
    // The progress is not said at every step; the end is, once.
    const QStringList said = alertsOn(text);
    const int total = int(m_sandbox->account().records(zone).size());
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().startsWith(QStringLiteral("Fetched %1 of %1 in ").arg(total)),
        qPrintable(said.first()));
    QCOMPARE(said.first(), text->text());
}

QTEST_MAIN(TestAnnouncements)
#include "tst_announcements.moc"
