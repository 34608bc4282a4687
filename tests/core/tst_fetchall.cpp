// Fetch all (issue 13 item 3): the detail of every id, a bounded number at a time, 429 and
// Retry-After honoured, errors kept per row, cancel, rows in the ids' order.
#include "callfixtures.h"
#include "fakenetwork.h"
#include "net/apiclient.h"
#include "sandbox/sandboxdemo.h"
#include "session/fetchall.h"
#include "session/fetchallplan.h"
#include "settings/explorersettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;
using OvhTest::FakeNetwork;

namespace {

const QString kRecordPath = QStringLiteral("/1.0/domain/zone/example.com/record/");

Endpoint fakeEndpoint()
{
    return *Endpoint::fromUserText(QStringLiteral("http://127.0.0.1:9/1.0"));
}

QJsonArray ids(int first, int count)
{
    QJsonArray array;
    for (int id = first; id < first + count; ++id)
        array.append(id);
    return array;
}

// The plan of GET /domain/zone/example.com/record having answered `answer`.
FetchAllPlan recordPlan(const QJsonValue& answer)
{
    const Product& domain = OvhTest::product(QStringLiteral("domain.json"));
    const Operation* list = OvhTest::findOperation(
        domain, QStringLiteral("GET"), QStringLiteral("/domain/zone/{zoneName}/record"));
    CallErrors errors;
    const CallRequest request = buildCallRequest(
        domain, *list, OvhTest::inputs({ QStringLiteral("zoneName=example.com") }), &errors);
    return FetchAllPlan::of(domain, *list, request, answer);
}

// The record of `id` as the fake API answers it.
FakeNetwork::Answer recordAnswer(const QString& id, bool hold = false)
{
    FakeNetwork::Answer answer;
    answer.body = QStringLiteral("{\"id\":%1,\"fieldType\":\"A\"}").arg(id).toUtf8();
    answer.hold = hold;
    return answer;
}

// Answers every record path with `script(id, attempt)`, `attempt` counting from 1.
void answerRecords(
    FakeNetwork& network, const std::function<FakeNetwork::Answer(const QString&, int)>& script)
{
    auto attempts = std::make_shared<QHash<QString, int>>();
    FakeNetwork::Answer notFound;
    notFound.status = 404;
    network.setDefaultAnswer(notFound);
    for (int id = 1000; id < 1100; ++id) {
        const QString text = QString::number(id);
        network.setAnswer(kRecordPath + text,
            [script, text, attempts](const auto&) { return script(text, ++(*attempts)[text]); });
    }
}

} // namespace

class TestFetchAll : public QObject
{
    Q_OBJECT

private slots:
    void plan();
    void planRefusesWhatIsNotAnIdList();
    void invalidIdIsARowErrorAndNothingSent();
    void concurrencyIsBounded_data();
    void concurrencyIsBounded();
    void rowsComeInIdOrder();
    void errorsStayOnTheirRow();
    void tooManyRequestsWaitsForRetryAfter();
    void tooManyRequestsIsRetriedABoundedNumberOfTimes();
    void cancelStopsEverything();
    void emptyListFinishesLater();
    void concurrencySetting();

private:
    struct Run
    {
        FakeNetwork network;
        ApiClient client { &network, nullptr };
        FetchAll fetch { &client, fakeEndpoint(), SandboxDemo::credentials() };
        QSignalSpy finished { &fetch, &FetchAll::finished };
    };
};

void TestFetchAll::plan()
{
    const FetchAllPlan plan = recordPlan(QJsonArray { 1001, 1002 });
    QVERIFY2(plan.isValid(), qPrintable(plan.error));
    QCOMPARE(plan.detailKey, QStringLiteral("GET /domain/zone/{zoneName}/record/{id}"));
    QCOMPARE(plan.items.size(), 2);
    QCOMPARE(plan.items[1].id, QJsonValue(1002));
    QCOMPARE(plan.items[1].request.path, QStringLiteral("/domain/zone/example.com/record/1002"));
    QVERIFY(plan.items[1].error.isEmpty());
    const Product& domain = OvhTest::product(QStringLiteral("domain.json"));
    const Operation* list = OvhTest::findOperation(
        domain, QStringLiteral("GET"), QStringLiteral("/domain/zone/{zoneName}/record"));
    QCOMPARE(FetchAllPlan::fetchableCount(domain, *list, QJsonArray { 1, 2, 3 }), 3);
    QCOMPARE(FetchAllPlan::fetchableCount(domain, *list, QJsonArray { 1, QJsonObject() }), -1);
}

void TestFetchAll::planRefusesWhatIsNotAnIdList()
{
    QVERIFY(!recordPlan(QJsonObject()).isValid());
    QVERIFY(!recordPlan(QJsonArray { 1001, QJsonArray() }).isValid());
    const Product& me = OvhTest::product(QStringLiteral("me.json"));
    const Operation* getMe
        = OvhTest::findOperation(me, QStringLiteral("GET"), QStringLiteral("/me"));
    QVERIFY(getMe);
    QVERIFY(!FetchAllPlan::of(me, *getMe, CallRequest(), QJsonArray { 1 }).isValid());
    QCOMPARE(FetchAllPlan::fetchableCount(me, *getMe, QJsonArray { 1 }), -1);
}

void TestFetchAll::invalidIdIsARowErrorAndNothingSent()
{
    Run run;
    answerRecords(run.network, [](const QString& id, int) { return recordAnswer(id); });
    const FetchAllPlan plan = recordPlan(QJsonArray { 1001, QStringLiteral("abc"), 1003 });
    QVERIFY(plan.isValid());
    QVERIFY(!plan.items[1].error.isEmpty());
    QVERIFY(run.fetch.start(plan.items));
    QVERIFY(run.finished.wait(10000));
    const ObjectRows rows = run.fetch.rows();
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[1].object.isUndefined());
    QVERIFY(!rows[1].error.isEmpty());
    QCOMPARE(rows[2].object.toObject().value(QLatin1String("id")).toInt(), 1003);
    QCOMPARE(run.network.requests().size(), 2);
    QCOMPARE(run.fetch.failed(), 1);
}

void TestFetchAll::concurrencyIsBounded_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("count");
    QTest::newRow("one at a time") << 1 << 5;
    QTest::newRow("default") << FetchAll::Settings::DefaultConcurrency << 30;
    QTest::newRow("more than ids") << 16 << 10;
}

void TestFetchAll::concurrencyIsBounded()
{
    QFETCH(int, concurrency);
    QFETCH(int, count);
    Run run;
    answerRecords(run.network, [](const QString& id, int) { return recordAnswer(id, true); });
    FetchAll::Settings settings;
    settings.concurrency = concurrency;
    run.fetch.setSettings(settings);
    QSignalSpy progress(&run.fetch, &FetchAll::progress);
    QVERIFY(run.fetch.start(recordPlan(ids(1001, count)).items));
    int answered = 0;
    while (answered < count) {
        const int expected = qMin(concurrency, count - answered);
        // Exactly `expected` in flight: never more, and the free slots are used.
        QTRY_COMPARE_WITH_TIMEOUT(run.network.heldCount(), expected, 10000);
        QCoreApplication::processEvents();
        QCOMPARE(run.network.heldCount(), expected);
        QCOMPARE(run.fetch.inFlight(), expected);
        run.network.release();
        answered += expected;
        QTRY_COMPARE_WITH_TIMEOUT(run.fetch.done(), answered, 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(run.finished.size(), 1, 10000);
    QCOMPARE(run.finished.first().at(1).toBool(), false);
    QCOMPARE(progress.size(), count);
    QCOMPARE(progress.last().at(0).toInt(), count);
    QCOMPARE(run.network.requests().size(), count);
}

void TestFetchAll::rowsComeInIdOrder()
{
    Run run;
    // The first ids answer last.
    answerRecords(run.network, [](const QString& id, int) {
        return recordAnswer(id, id == QLatin1String("1001") || id == QLatin1String("1002"));
    });
    QVERIFY(run.fetch.start(recordPlan(ids(1001, 12)).items));
    QTRY_COMPARE_WITH_TIMEOUT(run.fetch.done(), 10, 10000);
    run.network.release();
    QTRY_COMPARE_WITH_TIMEOUT(run.finished.size(), 1, 10000);
    const ObjectRows rows = run.finished.first().first().value<ObjectRows>();
    QCOMPARE(rows.size(), 12);
    for (int index = 0; index < rows.size(); ++index) {
        QCOMPARE(rows[index].id, QJsonValue(1001 + index));
        QCOMPARE(rows[index].object.toObject().value(QLatin1String("id")).toInt(), 1001 + index);
        QVERIFY(rows[index].error.isEmpty());
    }
}

void TestFetchAll::errorsStayOnTheirRow()
{
    Run run;
    answerRecords(run.network, [](const QString& id, int) {
        FakeNetwork::Answer answer = recordAnswer(id);
        if (id == QLatin1String("1002")) {
            answer.status = 404;
            answer.body
                = R"({"class":"Client::NotFound","message":"The requested object (id = 1002) does not exist"})";
        } else if (id == QLatin1String("1004")) {
            answer.status = 500;
            answer.body
                = R"({"class":"Server::InternalServerError","message":"Internal server error"})";
        }
        return answer;
    });
    QVERIFY(run.fetch.start(recordPlan(ids(1001, 6)).items));
    QVERIFY(run.finished.wait(10000));
    const ObjectRows rows = run.fetch.rows();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(run.fetch.failed(), 2);
    for (int index = 0; index < rows.size(); ++index) {
        const bool failing = index == 1 || index == 3;
        QCOMPARE(rows[index].error.isEmpty(), !failing);
        QCOMPARE(rows[index].object.isUndefined(), failing);
    }
    QVERIFY2(rows[1].error.contains(QLatin1String("404")), qPrintable(rows[1].error));
    QVERIFY2(rows[1].error.contains(QLatin1String("does not exist")), qPrintable(rows[1].error));
    QVERIFY2(rows[3].error.contains(QLatin1String("500")), qPrintable(rows[3].error));
}

void TestFetchAll::tooManyRequestsWaitsForRetryAfter()
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt; // when 1003 was asked, ms
    answerRecords(run.network, [&](const QString& id, int attempt) {
        FakeNetwork::Answer answer = recordAnswer(id);
        if (id == QLatin1String("1003")) {
            sentAt.append(clock.elapsed());
            if (attempt == 1) {
                answer.status = 429;
                answer.body
                    = R"({"class":"Client::TooManyRequests","message":"Too many requests"})";
                answer.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            }
        }
        return answer;
    });
    QSignalSpy throttled(&run.fetch, &FetchAll::throttled);
    QVERIFY(run.fetch.start(recordPlan(ids(1001, 8)).items));
    QVERIFY(run.finished.wait(20000));
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().first().toLongLong(), 1000);
    QCOMPARE(run.fetch.retries(), 1);
    QCOMPARE(run.fetch.failed(), 0);
    QCOMPARE(sentAt.size(), 2);
    QVERIFY2(sentAt[1] - sentAt[0] >= 950, qPrintable(QString::number(sentAt[1] - sentAt[0])));
    QCOMPARE(run.fetch.rows()[2].object.toObject().value(QLatin1String("id")).toInt(), 1003);
    QCOMPARE(run.network.requests().size(), 9);
}

void TestFetchAll::tooManyRequestsIsRetriedABoundedNumberOfTimes()
{
    Run run;
    answerRecords(run.network, [](const QString& id, int) {
        FakeNetwork::Answer answer = recordAnswer(id);
        if (id == QLatin1String("1002")) {
            answer.status = 429;
            answer.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        }
        return answer;
    });
    FetchAll::Settings settings;
    settings.maxRetries = 2;
    run.fetch.setSettings(settings);
    QVERIFY(run.fetch.start(recordPlan(ids(1001, 4)).items));
    QVERIFY(run.finished.wait(10000));
    QCOMPARE(run.finished.first().at(1).toBool(), false);
    QCOMPARE(run.network.requestsTo(QStringLiteral("/record/1002")).size(), 3);
    const ObjectRows rows = run.fetch.rows();
    QVERIFY2(rows[1].error.contains(QLatin1String("429")), qPrintable(rows[1].error));
    QCOMPARE(run.fetch.failed(), 1);
    QCOMPARE(rows[3].object.toObject().value(QLatin1String("id")).toInt(), 1004);
}

void TestFetchAll::cancelStopsEverything()
{
    Run run;
    answerRecords(run.network, [](const QString& id, int) { return recordAnswer(id, true); });
    QVERIFY(run.fetch.start(recordPlan(ids(1001, 20)).items));
    QTRY_COMPARE_WITH_TIMEOUT(run.network.heldCount(), 4, 10000);
    run.fetch.cancel();
    QCOMPARE(run.finished.size(), 1); // before cancel() returned
    QCOMPARE(run.finished.first().at(1).toBool(), true);
    QVERIFY(!run.fetch.isRunning());
    const ObjectRows rows = run.fetch.rows();
    QCOMPARE(rows.size(), 20);
    for (const ObjectRow& row : rows)
        QVERIFY(!row.error.isEmpty());
    // Nothing more is sent, and a late answer changes nothing.
    run.network.release();
    QTest::qWait(100);
    QCOMPARE(run.network.requests().size(), 4);
    QCOMPARE(run.finished.size(), 1);
}

void TestFetchAll::emptyListFinishesLater()
{
    Run run;
    QVERIFY(run.fetch.start({}));
    QCOMPARE(run.finished.size(), 0);
    QVERIFY(run.finished.wait(5000));
    QCOMPARE(run.fetch.rows().size(), 0);
}

void TestFetchAll::concurrencySetting()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        ExplorerSettings settings(file);
        QCOMPARE(settings.fetchAllConcurrency(), 4);
        settings.setFetchAllConcurrency(40);
        QCOMPARE(settings.fetchAllConcurrency(), ExplorerSettings::MaxFetchAllConcurrency);
        settings.setFetchAllConcurrency(0);
        QCOMPARE(settings.fetchAllConcurrency(), 1);
        settings.setFetchAllConcurrency(8);
    }
    QCOMPARE(ExplorerSettings(file).fetchAllConcurrency(), 8);
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("calls/fetchAllConcurrency"), QStringLiteral("lots"));
    }
    QCOMPARE(ExplorerSettings(file).fetchAllConcurrency(), 4);
    // The job clamps what it is given too.
    FetchAll fetch(nullptr, fakeEndpoint(), SandboxDemo::credentials());
    FetchAll::Settings settings;
    settings.concurrency = 0;
    fetch.setSettings(settings);
    QCOMPARE(fetch.settings().concurrency, 1);
    QVERIFY(!fetch.start({})); // no client: nothing starts
}

QTEST_GUILESS_MAIN(TestFetchAll)
#include "tst_fetchall.moc"
