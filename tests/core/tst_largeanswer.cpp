// ApiClient on large and slow answers (issue 13 item 1): the time to the first byte beside the
// time to the last, and a large body parsed off the calling thread with the same result.
#include "base/jsontext.h"
#include "hostileserver.h"
#include "net/apiclient.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace Ovh;
using OvhTest::HostileServer;

namespace {

CallResult callAndWait(QNetworkAccessManager* nam, const HostileServer& server)
{
    ApiClient client(nam, nullptr);
    const std::optional<Endpoint> endpoint
        = Endpoint::fromUserText(server.url(QStringLiteral("/1.0")).toString());
    if (!endpoint)
        return {};
    // Unsigned, without a key, as a public operation runs.
    const HttpCall call { "GET", server.url(QStringLiteral("/1.0/answer")), {}, false, true };
    ApiCall* job = client.send(*endpoint, Credentials(), call);
    QSignalSpy finished(job, &ApiCall::finished);
    if (!finished.wait(30000))
        return {};
    QTest::qWait(50); // a second finished() would come by now
    [&] { QCOMPARE(finished.size(), 1); }();
    return finished.first().first().value<CallResult>();
}

} // namespace

class TestLargeAnswer : public QObject
{
    Q_OBJECT

private slots:
    void firstByteBeforeLastByte();
    void largeAnswerParsed_data();
    void largeAnswerParsed();
    void largeAnswerWithoutLength_data();
    void largeAnswerWithoutLength();
    void largeAnswersParseApartFromThePool();

private:
    QNetworkAccessManager m_nam;
};

void TestLargeAnswer::firstByteBeforeLastByte()
{
    HostileServer server;
    QVERIFY(server.listen());
    HostileServer::Behaviour drip;
    drip.mode = HostileServer::Mode::Drip;
    drip.body = QByteArray("[1,2,3,4]");
    drip.dripMs = 40; // the headers at once, the 9 bytes over ~360 ms
    server.setDefaultBehaviour(drip);

    const CallResult result = callAndWait(&m_nam, server);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json, QJsonValue(QJsonArray { 1, 2, 3, 4 }));
    QVERIFY2(result.elapsedMs >= 300, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY2(result.firstByteMs >= 0 && result.firstByteMs <= result.elapsedMs - 200,
        qPrintable(QStringLiteral("first byte %1 ms, last %2 ms")
                       .arg(result.firstByteMs)
                       .arg(result.elapsedMs)));
}

void TestLargeAnswer::largeAnswerParsed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("small, parsed inline") << 200 << OvhTest::recordsJson(10);
    QTest::newRow("large, parsed on the pool") << 200 << OvhTest::recordsJson(20000);
    QTest::newRow("large, not JSON") << 200 << QByteArray(2 * ApiCall::InlineParseBytes, 'x');
    QByteArray error(
        "{\"class\":\"Client::BadRequest\",\"message\":\"too big\",\"details\":{\"pad\":\"");
    error += QByteArray(ApiCall::InlineParseBytes, 'p') + "\"}}";
    QTest::newRow("large OVH error") << 400 << error;
}

void TestLargeAnswer::largeAnswerParsed()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    HostileServer server;
    QVERIFY(server.listen());
    HostileServer::Behaviour serve;
    serve.status = status;
    serve.body = body;
    server.setDefaultBehaviour(serve);

    const CallResult result = callAndWait(&m_nam, server);
    QCOMPARE(result.status, status);
    QCOMPARE(result.body, body);
    QCOMPARE(result.json, parseJsonValue(body));
    QVERIFY(result.firstByteMs >= 0 && result.firstByteMs <= result.elapsedMs);
    if (status == 400) {
        QCOMPARE(result.error.errorClass, QStringLiteral("Client::BadRequest"));
        QVERIFY2(result.errorString.endsWith(QStringLiteral("Client::BadRequest: too big")),
            qPrintable(result.errorString));
    }
}

void TestLargeAnswer::largeAnswerWithoutLength_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("complete");
    const QByteArray whole = OvhTest::recordsJson(5000);
    QTest::newRow("whole") << whole << true;
    QTest::newRow("cut in a string") << whole.left(whole.indexOf("www4000") + 3) << false;
    QTest::newRow("cut between objects") << whole.left(whole.indexOf("{\"id\":4000")) << false;
    QTest::newRow("a string holding brackets and escaped quotes")
        << QByteArray("[\"" + QByteArray(ApiCall::InlineParseBytes, '[') + "\\\"]\"]") << true;
    QTest::newRow("cut after an escape")
        << QByteArray("[\"" + QByteArray(ApiCall::InlineParseBytes, 'a') + "\\") << false;
}

void TestLargeAnswer::largeAnswerWithoutLength()
{
    // No length and a close after the body: only the JSON tells whether it was cut short; a
    // large body is checked without a parse on this thread.
    QFETCH(QByteArray, body);
    QFETCH(bool, complete);
    HostileServer server;
    QVERIFY(server.listen());
    HostileServer::Behaviour close;
    close.mode = HostileServer::Mode::CloseDelimited;
    close.body = body;
    server.setDefaultBehaviour(close);

    const CallResult result = callAndWait(&m_nam, server);
    if (complete) {
        QCOMPARE(result.failure, CallResult::Failure::None);
        QCOMPARE(result.body, body);
        QCOMPARE(result.json, parseJsonValue(body));
        QVERIFY(!result.json.isUndefined());
    } else {
        QCOMPARE(result.failure, CallResult::Failure::Network);
        QVERIFY2(result.errorString.contains(QStringLiteral("not complete JSON")),
            qPrintable(result.errorString));
        QVERIFY(result.body.isEmpty());
    }
}

// Large answers parse on a thread of their own, the same one each time: their values come from
// one malloc arena, reused by the next large answer (bench_bigresult: 628 -> 359 MB peak over
// five 30 MB answers), and the work queued on the global pool (indenting the Body, checking the
// answer against its model, copying) never delays the parse nor spreads it over other threads.
void TestLargeAnswer::largeAnswersParseApartFromThePool()
{
    HostileServer server;
    QVERIFY(server.listen());
    HostileServer::Behaviour serve;
    serve.body = OvhTest::recordsJson(5000);
    QVERIFY(serve.body.size() > ApiCall::InlineParseBytes);
    server.setDefaultBehaviour(serve);

    // Every thread of the global pool busy until the end of the test.
    QThreadPool* global = QThreadPool::globalInstance();
    QSemaphore release;
    QSemaphore started;
    for (int i = 0; i < global->maxThreadCount(); ++i) {
        global->start([&] {
            started.release();
            release.acquire();
        });
    }
    QVERIFY(started.tryAcquire(global->maxThreadCount(), 10000));
    QList<CallResult> results;
    for (int run = 0; run < 2; ++run)
        results << callAndWait(&m_nam, server);
    release.release(global->maxThreadCount());
    global->waitForDone();
    for (const CallResult& result : std::as_const(results)) {
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.toArray().size(), 5000);
    }
    QCOMPARE(ApiCall::largeAnswerPool()->maxThreadCount(), 1);
}

QTEST_GUILESS_MAIN(TestLargeAnswer)
#include "tst_largeanswer.moc"
