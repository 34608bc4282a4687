#include "hostileserver.h"
#include "net/serverclock.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Ovh;

namespace {

constexpr qint64 LocalTime = 1700000000;

// A tiny HTTP/1.1 responder on 127.0.0.1: answers GET /1.0/auth/time with whatever the test
// set, or never answers at all.
class TimeServer : public QObject
{
public:
    TimeServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    Endpoint endpoint() const
    {
        return *Endpoint::fromUserText(
            QStringLiteral("http://127.0.0.1:%1/1.0").arg(m_server.serverPort()));
    }

    int status = 200;
    QByteArray body;
    bool hang = false;
    int requests = 0;
    QByteArray lastTarget;

    void answerTime(qint64 serverTime)
    {
        status = 200;
        body = QByteArray::number(serverTime);
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        lastTarget = buffer.left(buffer.indexOf("\r\n")).split(' ').value(1);
        buffer.clear();
        if (hang)
            return;
        const bool known = lastTarget == "/1.0/auth/time";
        const int code = known ? status : 404;
        const QByteArray payload = known ? body : QByteArray("{\"message\":\"not found\"}");
        socket->write("HTTP/1.1 " + QByteArray::number(code) + " Whatever\r\n"
            + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestServerClock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void neverSynced();
    void delta_data();
    void delta();
    void failures_data();
    void failures();
    void timeout();
    void connectionRefused();
    void invalidateAndResync();
    void concurrentSyncsShareOneRequest();
    void periodicResync();
    void perEndpoint();
    void clockForSigner();
    void destroyedWhileSyncing();
    void hostileAnswers_data();
    void hostileAnswers();
    void redirectOnTheSameOrigin();
    void deadlineAndCancel();

private:
    qint64 m_local = LocalTime;
    QNetworkAccessManager m_nam;
};

void TestServerClock::init()
{
    m_local = LocalTime;
}

void TestServerClock::neverSynced()
{
    ServerClock clock(&m_nam, [this] { return m_local; });
    const Endpoint eu = *Endpoint::byName(u"ovh-eu");
    QVERIFY(!clock.isSynced(eu));
    QVERIFY(!clock.isSyncing(eu));
    QCOMPARE(clock.delta(eu), 0);
    QCOMPARE(clock.now(eu), LocalTime);
    m_local += 10;
    QCOMPARE(clock.now(eu), LocalTime + 10);
}

void TestServerClock::delta_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::newRow("in step") << qint64(0);
    QTest::newRow("server one hour ahead") << qint64(3600);
    QTest::newRow("server one hour behind") << qint64(-3600);
    QTest::newRow("a few seconds") << qint64(7);
}

void TestServerClock::delta()
{
    QFETCH(qint64, skew);
    TimeServer server;
    QVERIFY(server.listen());
    server.answerTime(LocalTime + skew);
    const Endpoint endpoint = server.endpoint();

    ServerClock clock(&m_nam, [this] { return m_local; });
    QSignalSpy synced(&clock, &ServerClock::synced);
    QSignalSpy failed(&clock, &ServerClock::syncFailed);
    clock.sync(endpoint);
    QVERIFY(clock.isSyncing(endpoint));
    QVERIFY(synced.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(synced.count(), 1);
    QCOMPARE(synced.at(0).at(0).value<Endpoint>(), endpoint);
    QCOMPARE(synced.at(0).at(1).toLongLong(), skew);
    QCOMPARE(server.lastTarget, QByteArray("/1.0/auth/time"));

    QVERIFY(clock.isSynced(endpoint));
    QVERIFY(!clock.isSyncing(endpoint));
    QCOMPARE(clock.delta(endpoint), skew);
    QCOMPARE(clock.now(endpoint), LocalTime + skew);
    m_local += 100; // the delta stays, the local clock moves on
    QCOMPARE(clock.now(endpoint), LocalTime + 100 + skew);
}

void TestServerClock::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("not a number") << 200 << QByteArray("abc")
                                  << QStringLiteral("expected a Unix time in seconds, got 'abc'");
    QTest::newRow("fraction") << 200 << QByteArray("1700000000.5")
                              << QStringLiteral("expected a Unix time");
    QTest::newRow("empty body") << 200 << QByteArray() << QStringLiteral("expected a Unix time");
    QTest::newRow("json object") << 200 << QByteArray(R"({"time":1700000000})")
                                 << QStringLiteral("expected a Unix time");
    QTest::newRow("negative") << 200 << QByteArray("-5") << QStringLiteral("expected a Unix time");
    QTest::newRow("too long") << 200 << QByteArray(200, '1') << QStringLiteral("too long");
    QTest::newRow("HTTP 500 with a number")
        << 500 << QByteArray("1700000000") << QStringLiteral("HTTP 500");
    QTest::newRow("HTTP 404") << 404 << QByteArray() << QStringLiteral("HTTP 404");
}

void TestServerClock::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);

    TimeServer server;
    QVERIFY(server.listen());
    server.status = status;
    server.body = body;
    const Endpoint endpoint = server.endpoint();

    ServerClock clock(&m_nam, [this] { return m_local; });
    QSignalSpy synced(&clock, &ServerClock::synced);
    QSignalSpy failed(&clock, &ServerClock::syncFailed);
    clock.sync(endpoint);
    QVERIFY(failed.wait(10000));
    QCOMPARE(synced.count(), 0);
    QCOMPARE(failed.at(0).at(0).value<Endpoint>(), endpoint);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("/1.0/auth/time")), qPrintable(message));
    QVERIFY(!clock.isSynced(endpoint));
    QVERIFY(!clock.isSyncing(endpoint));
    QCOMPARE(clock.delta(endpoint), 0);
    QCOMPARE(clock.now(endpoint), LocalTime);
}

void TestServerClock::timeout()
{
    TimeServer server;
    QVERIFY(server.listen());
    server.hang = true;
    ServerClock clock(&m_nam, [this] { return m_local; });
    clock.setTimeout(300);
    QSignalSpy failed(&clock, &ServerClock::syncFailed);
    clock.sync(server.endpoint());
    QVERIFY(failed.wait(10000));
    QCOMPARE(server.requests, 1);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(
        message.contains(QStringLiteral("no complete answer within 300 ms")), qPrintable(message));
    QVERIFY(!clock.isSyncing(server.endpoint()));
}

void TestServerClock::connectionRefused()
{
    Endpoint endpoint;
    {
        TimeServer closed;
        QVERIFY(closed.listen());
        endpoint = closed.endpoint();
    } // nothing listens on that port any more
    ServerClock clock(&m_nam, [this] { return m_local; });
    QSignalSpy failed(&clock, &ServerClock::syncFailed);
    clock.sync(endpoint);
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QVERIFY(!clock.isSynced(endpoint));
}

void TestServerClock::invalidateAndResync()
{
    TimeServer server;
    QVERIFY(server.listen());
    server.answerTime(LocalTime + 3600);
    const Endpoint endpoint = server.endpoint();
    ServerClock clock(&m_nam, [this] { return m_local; });
    QSignalSpy synced(&clock, &ServerClock::synced);
    clock.sync(endpoint);
    QVERIFY(synced.wait(10000));
    QCOMPARE(clock.delta(endpoint), 3600);

    // The server's clock was corrected meanwhile; a QUERY_TIME_OUT makes the caller invalidate.
    server.answerTime(LocalTime - 60);
    clock.invalidate(endpoint);
    QVERIFY(!clock.isSynced(endpoint));
    QVERIFY(clock.isSyncing(endpoint));
    QCOMPARE(clock.delta(endpoint), 3600); // best guess until the new answer
    QVERIFY(synced.wait(10000));
    QCOMPARE(synced.count(), 2);
    QCOMPARE(synced.at(1).at(1).toLongLong(), -60);
    QVERIFY(clock.isSynced(endpoint));
    QCOMPARE(clock.now(endpoint), LocalTime - 60);
    QCOMPARE(server.requests, 2);

    // An explicit sync() re-measures too.
    server.answerTime(LocalTime + 1);
    clock.sync(endpoint);
    QVERIFY(synced.wait(10000));
    QCOMPARE(clock.delta(endpoint), 1);
}

void TestServerClock::concurrentSyncsShareOneRequest()
{
    TimeServer server;
    QVERIFY(server.listen());
    server.answerTime(LocalTime + 42);
    ServerClock clock(&m_nam, [this] { return m_local; });
    QSignalSpy synced(&clock, &ServerClock::synced);
    clock.sync(server.endpoint());
    clock.sync(server.endpoint());
    clock.invalidate(server.endpoint());
    QVERIFY(synced.wait(10000));
    QTest::qWait(100);
    QCOMPARE(synced.count(), 1);
    QCOMPARE(server.requests, 1);
}

void TestServerClock::periodicResync()
{
    TimeServer server;
    QVERIFY(server.listen());
    server.answerTime(LocalTime + 5);
    ServerClock clock(&m_nam, [this] { return m_local; });
    QCOMPARE(clock.syncInterval(), ServerClock::DefaultSyncIntervalMs);
    QSignalSpy synced(&clock, &ServerClock::synced);
    clock.sync(server.endpoint());
    QVERIFY(synced.wait(10000));

    server.answerTime(LocalTime + 9);
    clock.setSyncInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 2, 10000);
    QCOMPARE(clock.delta(server.endpoint()), 9);

    clock.setSyncInterval(0); // off: no more requests
    QTest::qWait(50); // let a request already on its way finish
    const int requests = server.requests;
    QTest::qWait(400);
    QCOMPARE(server.requests, requests);
}

void TestServerClock::perEndpoint()
{
    TimeServer ahead;
    TimeServer behind;
    QVERIFY(ahead.listen());
    QVERIFY(behind.listen());
    ahead.answerTime(LocalTime + 100);
    behind.answerTime(LocalTime - 100);
    ServerClock clock(&m_nam, [this] { return m_local; });
    QSignalSpy synced(&clock, &ServerClock::synced);
    clock.sync(ahead.endpoint());
    clock.sync(behind.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 10000);
    QCOMPARE(clock.delta(ahead.endpoint()), 100);
    QCOMPARE(clock.delta(behind.endpoint()), -100);
    QCOMPARE(clock.delta(*Endpoint::byName(u"ovh-eu")), 0);
}

void TestServerClock::clockForSigner()
{
    TimeServer server;
    QVERIFY(server.listen());
    server.answerTime(LocalTime + 3600);
    auto clock = std::make_unique<ServerClock>(&m_nam, [this] { return m_local; });
    const UnixClock bound = clock->clockFor(server.endpoint());
    QCOMPARE(bound(), LocalTime);
    QSignalSpy synced(clock.get(), &ServerClock::synced);
    clock->sync(server.endpoint());
    QVERIFY(synced.wait(10000));
    QCOMPARE(bound(), LocalTime + 3600);

    // The signer signs with the server's time.
    const RequestSigner signer(
        QStringLiteral("ak"), QStringLiteral("as"), QStringLiteral("ck"), bound);
    QCOMPARE(signer.currentTimestamp(), LocalTime + 3600);

    clock.reset(); // a bound clock outliving the ServerClock falls back to the local time
    QCOMPARE(bound(), LocalTime);
}

void TestServerClock::destroyedWhileSyncing()
{
    TimeServer server;
    QVERIFY(server.listen());
    server.hang = true;
    auto clock = std::make_unique<ServerClock>(&m_nam, [this] { return m_local; });
    QSignalSpy failed(clock.get(), &ServerClock::syncFailed);
    clock->sync(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(server.requests, 1, 10000);
    clock.reset();
    QTest::qWait(50);
    QCOMPARE(failed.count(), 0);
}

using Mode = OvhTest::HostileServer::Mode;

void TestServerClock::hostileAnswers_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("messagePart");
    auto row = [](const char* name, Mode mode, const char* message) {
        QTest::newRow(name) << int(mode) << QString::fromUtf8(message);
    };
    row("endless chunked", Mode::EndlessChunked, "answer too large: more than 65536 bytes");
    row("endless without length", Mode::EndlessUnframed, "more than 65536 bytes");
    row("huge Content-Length", Mode::HugeLength, "announced");
    row("one byte every 300 ms", Mode::Drip, "no complete answer within 1000 ms");
    row("body shorter than Content-Length", Mode::ShortBody, "cut short");
    // Half of "1700000000" is still a number: Qt 6.4 sometimes takes the reset for the end of
    // the chunked body, and then the number is implausible.
    row("reset after the headers", Mode::ResetAfterHeaders, "cut short|expected a Unix time");
    row("invalid gzip", Mode::BadGzip, "not valid 'gzip' data");
    row("redirect to another origin", Mode::Redirect, "refused");
}

void TestServerClock::hostileAnswers()
{
    QFETCH(int, mode);
    QFETCH(QString, messagePart);

    OvhTest::HostileServer elsewhere; // a valid time on another origin
    QVERIFY(elsewhere.listen());
    elsewhere.setDefaultBehaviour({ Mode::Serve, 200, "1700000000", {}, 0 });
    OvhTest::HostileServer server;
    QVERIFY(server.listen());
    OvhTest::HostileServer::Behaviour behaviour;
    behaviour.mode = Mode(mode);
    behaviour.body = "1700000000";
    behaviour.dripMs = 300;
    behaviour.location = elsewhere.url(QStringLiteral("/1.0/auth/time")).toEncoded();
    server.setDefaultBehaviour(behaviour);
    const Endpoint endpoint
        = *Endpoint::fromUserText(server.url(QStringLiteral("/1.0")).toString());

    ServerClock clock(&m_nam, [this] { return m_local; });
    clock.setTimeout(1000);
    QSignalSpy synced(&clock, &ServerClock::synced);
    QSignalSpy failed(&clock, &ServerClock::syncFailed);
    QElapsedTimer timer;
    timer.start();
    clock.sync(endpoint);
    QVERIFY(failed.wait(10000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(synced.count(), 0);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(QRegularExpression(messagePart)), qPrintable(message));
    QVERIFY(!clock.isSynced(endpoint));
    QCOMPARE(clock.delta(endpoint), 0);
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestServerClock::redirectOnTheSameOrigin()
{
    OvhTest::HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(QStringLiteral("/1.0/auth/time"),
        { Mode::Redirect, 302, {}, server.url(QStringLiteral("/v1/auth/time")).toEncoded(), 0 });
    server.setBehaviour(QStringLiteral("/v1/auth/time"),
        { Mode::Serve, 200, QByteArray::number(LocalTime + 60), {}, 0 });
    const Endpoint endpoint
        = *Endpoint::fromUserText(server.url(QStringLiteral("/1.0")).toString());
    ServerClock clock(&m_nam, [this] { return m_local; });
    QSignalSpy synced(&clock, &ServerClock::synced);
    clock.sync(endpoint);
    QVERIFY(synced.wait(10000));
    QCOMPARE(synced.at(0).at(1).toLongLong(), 60);
}

void TestServerClock::deadlineAndCancel()
{
    TimeServer server;
    QVERIFY(server.listen());
    server.hang = true;
    ServerClock clock(&m_nam, [this] { return m_local; });
    QSignalSpy failed(&clock, &ServerClock::syncFailed);

    // The caller's deadline wins over the clock's own timeout.
    QElapsedTimer timer;
    timer.start();
    clock.sync(server.endpoint(), QDeadlineTimer(300));
    QVERIFY(failed.wait(10000));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("within 300 ms")),
        qPrintable(failed.at(0).at(1).toString()));

    clock.sync(server.endpoint());
    QVERIFY(clock.isSyncing(server.endpoint()));
    clock.cancel(server.endpoint());
    QTRY_COMPARE(failed.count(), 2);
    QVERIFY(failed.at(1).at(1).toString().contains(QLatin1String("cancelled")));
    QVERIFY(!clock.isSyncing(server.endpoint()));
}

QTEST_GUILESS_MAIN(TestServerClock)
#include "tst_serverclock.moc"
