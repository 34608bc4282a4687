// A recorded call read back for the window: the form's values it gives, and its result.
#include "history/historyentry.h"
#include "history/historystore.h"
#include "historycalls.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;
using namespace HistoryCalls;

class TestHistoryEntry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void formValues_data();
    void formValues();
    void storedResult();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryEntry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryEntry::formValues_data()
{
    QTest::addColumn<QString>("bodyKind");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QByteArray>("requestBody");
    QTest::addColumn<qint64>("requestBodySize"); // 0: the body's size
    QTest::addColumn<QJsonObject>("expected");

    const QJsonObject path { { QStringLiteral("zoneName"), QStringLiteral("example.com") } };
    const QJsonObject query { { QStringLiteral("fieldType"), QStringLiteral("TXT") },
        { QStringLiteral("ttl"), 60 } };
    QTest::newRow("path and query")
        << QStringLiteral("none")
        << QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("query"), query } }
        << QByteArray() << qint64(0)
        << QJsonObject {
               { QStringLiteral("path/zoneName"), QStringLiteral("example.com") },
               { QStringLiteral("query/fieldType"), QStringLiteral("TXT") },
               { QStringLiteral("query/ttl"), 60 },
           };
    const QJsonObject body { { QStringLiteral("subDomain"), QStringLiteral("www") },
        { QStringLiteral("password"), QStringLiteral("[redacted]") },
        { QStringLiteral("target"), QStringLiteral("1.2.3.4") } };
    QTest::newRow("named body parameters, a secret left out")
        << QStringLiteral("parameters")
        << QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("body"), body } }
        << QByteArray(R"({"password":"[redacted]","subDomain":"www","target":"1.2.3.4"})")
        << qint64(0)
        << QJsonObject {
               { QStringLiteral("path/zoneName"), QStringLiteral("example.com") },
               { QStringLiteral("body/subDomain"), QStringLiteral("www") },
               { QStringLiteral("body/target"), QStringLiteral("1.2.3.4") },
           };
    QTest::newRow("a whole body") << QStringLiteral("array") << QJsonObject()
                                  << QByteArray(R"(["a","b"])") << qint64(0)
                                  << QJsonObject { { QStringLiteral("body"),
                                         QJsonArray {
                                             QStringLiteral("a"), QStringLiteral("b") } } };
    QTest::newRow("a whole body holding a secret: left out")
        << QStringLiteral("model") << QJsonObject()
        << QByteArray(R"({"login":"a","password":"[redacted]"})") << qint64(0) << QJsonObject();
    QTest::newRow("raw text") << QStringLiteral("raw") << QJsonObject() << QByteArray(R"({"x": 1})")
                              << qint64(0)
                              << QJsonObject { { QStringLiteral("raw"),
                                     QStringLiteral(R"({"x": 1})") } };
    QTest::newRow("a body kept cut: left out")
        << QStringLiteral("raw") << QJsonObject { { QStringLiteral("path"), path } }
        << QByteArray(R"({"x": )") << qint64(5000)
        << QJsonObject { { QStringLiteral("path/zoneName"), QStringLiteral("example.com") } };
    QTest::newRow("a redacted path value: left out")
        << QStringLiteral("none")
        << QJsonObject { { QStringLiteral("path"),
               QJsonObject { { QStringLiteral("key"), QStringLiteral("[redacted]") } } } }
        << QByteArray() << qint64(0) << QJsonObject();
}

void TestHistoryEntry::formValues()
{
    QFETCH(QString, bodyKind);
    QFETCH(QJsonObject, values);
    QFETCH(QByteArray, requestBody);
    QFETCH(qint64, requestBodySize);
    QFETCH(QJsonObject, expected);
    HistoryEntry call;
    call.method = QStringLiteral("POST");
    call.pathTemplate = QStringLiteral("/domain/zone/{zoneName}/record");
    call.url = QStringLiteral("u");
    call.bodyKind = bodyKind;
    call.values = values;
    call.requestBody = requestBody;
    call.requestBodySize = requestBodySize ? requestBodySize : requestBody.size();
    // Through the store, as the panel reads it.
    HistoryStore store(file());
    const qint64 id = store.add(call);
    QVERIFY(id);
    const auto stored = store.entry(id);
    QVERIFY(stored);
    QCOMPARE(stored->formValues(), expected);
    QCOMPARE(stored->operationKey(), QStringLiteral("POST /domain/zone/{zoneName}/record"));
}

void TestHistoryEntry::storedResult()
{
    HistoryStore store(file());
    HistoryEntry found = entry(QStringLiteral("/domain/zone/{zoneName}/record"),
        QStringLiteral("/domain/zone/example.com/record"), "[1,2,3]");
    HistoryEntry missing = HistoryEntry::fromCall(
        request(QStringLiteral("/me/bill/{billId}"), QStringLiteral("/me/bill/x")),
        answer(404, R"({"class":"Client::NotFound","message":"This bill does not exist"})", "u"),
        QStringLiteral("ovh-eu"), QString(), keys(), HistoryStore::DefaultMaxBodyBytes);
    CallResult timedOut;
    timedOut.failure = CallResult::Failure::Timeout;
    timedOut.errorString = QStringLiteral("No answer within 30 s");
    HistoryEntry late
        = HistoryEntry::fromCall(request(QStringLiteral("/me"), QStringLiteral("/me")), timedOut,
            QStringLiteral("ovh-eu"), QString(), keys(), HistoryStore::DefaultMaxBodyBytes);
    HistoryEntry cut = found;
    cut.responseBodySize = 10 * 1024 * 1024;

    const CallResult ok = store.entry(store.add(found))->toCallResult();
    QCOMPARE(ok.failure, CallResult::Failure::None);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.isSuccess());
    QCOMPARE(ok.body, QByteArray("[1,2,3]"));
    QCOMPARE(ok.json, QJsonValue(QJsonArray { 1, 2, 3 }));
    QCOMPARE(ok.header("x-ovh-queryid"), QByteArray("EU.ext-1.abc"));
    QCOMPARE(ok.queryId, QStringLiteral("EU.ext-1.abc"));
    QCOMPARE(ok.elapsedMs, 42);
    QCOMPARE(ok.request.method, QByteArray("GET"));
    QCOMPARE(
        ok.request.url, QByteArray("https://eu.api.ovh.com/1.0/domain/zone/example.com/record"));

    const CallResult notFound = store.entry(store.add(missing))->toCallResult();
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.error.errorClass, QStringLiteral("Client::NotFound"));
    QCOMPARE(notFound.error.message, QStringLiteral("This bill does not exist"));

    const CallResult noAnswer = store.entry(store.add(late))->toCallResult();
    QCOMPARE(noAnswer.failure, CallResult::Failure::Timeout);
    QCOMPARE(noAnswer.status, 0);
    QCOMPARE(noAnswer.errorString, timedOut.errorString);

    // A body kept cut is shown as text, never parsed as if whole.
    const CallResult partial = store.entry(store.add(cut))->toCallResult();
    QVERIFY(partial.json.isUndefined());
    QCOMPARE(partial.body, QByteArray("[1,2,3]"));
}

QTEST_GUILESS_MAIN(TestHistoryEntry)
#include "tst_historyentry.moc"
