// CallSession: the one path from a CallRequest to the wire. The clock policy (sync before the
// first call, re-sync once after a refused timestamp), cancel (by hand, on an account switch,
// while waiting for the clock), the guidance read from an answer, and the time limits; all
// against the shared FakeNetwork, so each case sees exactly what went out.
#include "fakenetwork.h"

#include "net/apiclient.h"
#include "net/serverclock.h"
#include "session/callsession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Ovh;
using OvhTest::FakeNetwork;

Q_DECLARE_METATYPE(Ovh::CallRequest)

namespace {

constexpr qint64 kLocalNow = 1'700'000'000;
constexpr int kWaitMs = 10000;

Endpoint endpointAt(const char* base)
{
    return *Endpoint::fromUserText(QString::fromLatin1(base));
}

Credentials keys(const char* consumer = "ck")
{
    Credentials credentials;
    credentials.applicationKey = QStringLiteral("ak");
    credentials.applicationSecret = QStringLiteral("as");
    credentials.consumerKey = QString::fromLatin1(consumer);
    return credentials;
}

CallRequest request(HttpMethod method, const QString& path, const QByteArray& body = {})
{
    CallRequest request;
    request.method = method;
    request.pathTemplate = path;
    request.path = path;
    if (!body.isEmpty()) {
        request.bodyKind = BodyKind::Raw;
        request.bodyBytes = body;
    }
    return request;
}

FakeNetwork::Answer timeAnswer(qint64 time)
{
    return { 200, QByteArray::number(time), {}, false };
}

} // namespace

class TestCallSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void httpCall_data();
    void httpCall();
    void publicCallWithoutKeys_data();
    void publicCallWithoutKeys();
    void syncsBeforeTheFirstCallOnly();
    void clockUnavailableSignsLocally();
    void preparedClockIsNotAskedAgain();
    void timeErrorResyncsOnce();
    void cancelOnAccountSwitch_data();
    void cancelOnAccountSwitch();
    void cancelWhileWaitingForTheClock();
    void oneCallAtATime();
    void guidance_data();
    void guidance();
    void timeouts_data();
    void timeouts();

private:
    // A session on `m_endpoint` with keys(); the client signs with m_clock.
    void makeSession(int callTimeoutMs = 30000);
    CallResult waitForResult(QSignalSpy& finished);

    Endpoint m_endpoint = endpointAt("https://api.test/1.0");
    qint64 m_local = kLocalNow;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ServerClock> m_clock;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CallSession> m_session;
};

void TestCallSession::init()
{
    m_local = kLocalNow;
    m_network = std::make_unique<FakeNetwork>();
    m_network->setAnswer(QStringLiteral("/1.0/auth/time"), timeAnswer(kLocalNow + 600));
    m_network->setAnswer(
        QStringLiteral("/1.0/me"), { 200, R"({"nichandle":"xx1-ovh"})", {}, false });
    m_clock = std::make_unique<ServerClock>(m_network.get(), [this] { return m_local; });
}

void TestCallSession::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_clock.reset();
    m_network.reset();
}

void TestCallSession::makeSession(int callTimeoutMs)
{
    m_client = std::make_unique<ApiClient>(m_network.get(), m_clock.get());
    ApiCall::Settings settings;
    settings.timeoutMs = callTimeoutMs;
    m_client->setSettings(settings);
    m_session = std::make_unique<CallSession>(m_client.get());
    m_session->setAccount(m_endpoint, keys());
}

CallResult TestCallSession::waitForResult(QSignalSpy& finished)
{
    if (finished.isEmpty() && !finished.wait(kWaitMs))
        return CallResult();
    return finished.constFirst().constFirst().value<CallResult>();
}

void TestCallSession::httpCall_data()
{
    QTest::addColumn<CallRequest>("request");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("authenticated");

    QTest::newRow("GET") << request(HttpMethod::Get, QStringLiteral("/me")) << QByteArray("GET")
                         << QByteArray("https://api.test/1.0/me") << QByteArray() << true;
    CallRequest withQuery = request(HttpMethod::Get, QStringLiteral("/domain/zone/{z}/record"));
    withQuery.path = QStringLiteral("/domain/zone/a%20b/record");
    CallField field;
    field.name = QStringLiteral("subDomain");
    field.value = QStringLiteral("w w");
    withQuery.queryParams << field;
    QTest::newRow("query") << withQuery << QByteArray("GET")
                           << QByteArray(
                                  "https://api.test/1.0/domain/zone/a%20b/record?subDomain=w%20w")
                           << QByteArray() << true;
    QTest::newRow("body") << request(HttpMethod::Post, QStringLiteral("/me/contact"), R"({"a":1})")
                          << QByteArray("POST") << QByteArray("https://api.test/1.0/me/contact")
                          << QByteArray(R"({"a":1})") << true;
    CallRequest open = request(HttpMethod::Get, QStringLiteral("/auth/time"));
    open.noAuthentication = true;
    QTest::newRow("public") << open << QByteArray("GET")
                            << QByteArray("https://api.test/1.0/auth/time") << QByteArray()
                            << false;
}

void TestCallSession::httpCall()
{
    QFETCH(CallRequest, request);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, body);
    QFETCH(bool, authenticated);

    const HttpCall call = CallSession::httpCall(request, m_endpoint);
    QCOMPARE(call.method, method);
    QCOMPARE(call.url.toEncoded(), url);
    QCOMPARE(call.body, body);
    QCOMPARE(call.authenticated, authenticated);

    // What reaches the wire is that call, signed or not as it says.
    makeSession();
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QVERIFY(m_session->start(request));
    waitForResult(finished);
    const FakeNetwork::Request sent = m_network->requests().constLast();
    QCOMPARE(sent.method, method);
    QCOMPARE(sent.url.toEncoded(), url);
    QCOMPARE(sent.body, body);
    QCOMPARE(sent.header("X-Ovh-Signature").isEmpty(), !authenticated);
    QCOMPARE(sent.header("X-Ovh-Application"), QByteArray("ak"));
}

void TestCallSession::publicCallWithoutKeys_data()
{
    QTest::addColumn<QString>("applicationKey");
    QTest::newRow("no keys at all") << QString();
    QTest::newRow("an application key") << QStringLiteral("ak");
}

void TestCallSession::publicCallWithoutKeys()
{
    // As on OVH's console: a noAuthentication operation goes out with whatever keys there are.
    QFETCH(QString, applicationKey);
    makeSession();
    Credentials credentials;
    credentials.applicationKey = applicationKey;
    m_session->setAccount(m_endpoint, credentials);
    CallRequest open = request(HttpMethod::Get, QStringLiteral("/me"));
    open.noAuthentication = true;
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QVERIFY(m_session->start(open));
    const CallResult result = waitForResult(finished);
    QCOMPARE(result.failure, CallResult::Failure::None);
    QCOMPARE(result.status, 200);
    QCOMPARE(m_network->requestsTo(QStringLiteral("/1.0/me")).size(), 1);
    const FakeNetwork::Request sent = m_network->requests().constLast();
    QCOMPARE(sent.header("X-Ovh-Application"), applicationKey.toLatin1());
    const bool applicationHeader = std::any_of(sent.headers.cbegin(), sent.headers.cend(),
        [](const auto& header) { return header.first == "X-Ovh-Application"; });
    QCOMPARE(applicationHeader, !applicationKey.isEmpty()); // no empty header either
    QVERIFY(sent.header("X-Ovh-Signature").isEmpty());
    QVERIFY(sent.header("X-Ovh-Consumer").isEmpty());
}

void TestCallSession::syncsBeforeTheFirstCallOnly()
{
    makeSession();
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QSignalSpy unavailable(m_session.get(), &CallSession::clockUnavailable);
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QVERIFY(waitForResult(finished).isSuccess());

    // The clock first, then the call signed with the server's time.
    QCOMPARE(m_network->requests().size(), 2);
    QVERIFY(m_network->requests().at(0).url.path().endsWith(QLatin1String("/auth/time")));
    const FakeNetwork::Request call = m_network->requests().at(1);
    QCOMPARE(call.header("X-Ovh-Timestamp"), QByteArray::number(kLocalNow + 600));
    QVERIFY(unavailable.isEmpty());

    // The next call goes at once: the clock is synced.
    finished.clear();
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QVERIFY(waitForResult(finished).isSuccess());
    QCOMPARE(m_network->requestsTo(QStringLiteral("/auth/time")).size(), 1);
    QCOMPARE(m_network->requests().size(), 3);

    // Another endpoint: its own clock, synced before its first call.
    m_network->setAnswer(QStringLiteral("/2.0/auth/time"), timeAnswer(kLocalNow - 30));
    m_network->setAnswer(QStringLiteral("/2.0/me"), { 200, "{}", {}, false });
    m_session->setAccount(endpointAt("https://api.test/2.0"), keys());
    finished.clear();
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QVERIFY(waitForResult(finished).isSuccess());
    QCOMPARE(m_network->requestsTo(QStringLiteral("/2.0/auth/time")).size(), 1);
    QCOMPARE(m_network->requests().constLast().header("X-Ovh-Timestamp"),
        QByteArray::number(kLocalNow - 30));
}

void TestCallSession::clockUnavailableSignsLocally()
{
    m_network->setAnswer(QStringLiteral("/1.0/auth/time"), { 500, "oops", {}, false });
    makeSession();
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QSignalSpy unavailable(m_session.get(), &CallSession::clockUnavailable);
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QVERIFY(waitForResult(finished).isSuccess());
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(unavailable.constFirst().constFirst().toString().contains(QLatin1String("500")));
    QCOMPARE(
        m_network->requests().constLast().header("X-Ovh-Timestamp"), QByteArray::number(kLocalNow));

    // Tried once: the next call does not wait for the clock again (nor warn again).
    finished.clear();
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QVERIFY(waitForResult(finished).isSuccess());
    QCOMPARE(m_network->requestsTo(QStringLiteral("/auth/time")).size(), 1);
    QCOMPARE(unavailable.size(), 1);
}

void TestCallSession::preparedClockIsNotAskedAgain()
{
    makeSession();
    QSignalSpy synced(m_clock.get(), &ServerClock::synced);
    m_session->prepareClock();
    m_session->prepareClock(); // one measurement, however often asked
    QVERIFY(synced.wait(kWaitMs));
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QVERIFY(waitForResult(finished).isSuccess());
    QCOMPARE(m_network->requestsTo(QStringLiteral("/auth/time")).size(), 1);
    QCOMPARE(m_network->requests().constLast().header("X-Ovh-Timestamp"),
        QByteArray::number(kLocalNow + 600));
}

void TestCallSession::timeErrorResyncsOnce()
{
    // The server's clock jumps after the first measurement; the API refuses the stale time.
    qint64 serverNow = kLocalNow + 600;
    m_network->setAnswer(QStringLiteral("/1.0/auth/time"),
        [&serverNow](const FakeNetwork::Request&) { return timeAnswer(serverNow); });
    m_network->setAnswer(QStringLiteral("/1.0/me"), [&serverNow](const FakeNetwork::Request& r) {
        if (r.header("X-Ovh-Timestamp").toLongLong() != serverNow)
            return FakeNetwork::Answer { 400,
                FakeNetwork::ovhError("QUERY_TIME_OUT", "Query out of time"), {}, false };
        return FakeNetwork::Answer { 200, "{}", {}, false };
    });
    makeSession();
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QVERIFY(waitForResult(finished).isSuccess());

    serverNow = kLocalNow + 3600;
    finished.clear();
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    const CallResult refused = waitForResult(finished);
    QVERIFY(refused.isTimeError());
    // One new measurement, started by the refusal itself.
    QCOMPARE(m_network->requestsTo(QStringLiteral("/auth/time")).size(), 2);
    QVERIFY(!m_clock->isSynced(m_endpoint));

    // The next call waits for it and is signed with the new time.
    finished.clear();
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QVERIFY(waitForResult(finished).isSuccess());
    QCOMPARE(m_network->requestsTo(QStringLiteral("/auth/time")).size(), 2);
    QCOMPARE(m_network->requests().constLast().header("X-Ovh-Timestamp"),
        QByteArray::number(kLocalNow + 3600));
}

void TestCallSession::cancelOnAccountSwitch_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("consumerKey");
    QTest::addColumn<bool>("cancelled");

    QTest::newRow("same account") << QStringLiteral("https://api.test/1.0") << "ck" << false;
    QTest::newRow("other keys, same endpoint")
        << QStringLiteral("https://api.test/1.0") << "ck2" << true;
    QTest::newRow("other endpoint") << QStringLiteral("https://api.test/2.0") << "ck" << true;
}

void TestCallSession::cancelOnAccountSwitch()
{
    QFETCH(QString, base);
    QFETCH(QString, consumerKey);
    QFETCH(bool, cancelled);

    m_network->setAnswer(QStringLiteral("/1.0/me"), { 200, "{}", {}, true });
    makeSession();
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_network->heldCount(), 1, kWaitMs);
    QVERIFY(m_session->isRunning());

    m_session->setAccount(*Endpoint::fromUserText(base), keys(qPrintable(consumerKey)));
    if (cancelled) {
        const CallResult result = waitForResult(finished);
        QCOMPARE(result.failure, CallResult::Failure::Cancelled);
        QVERIFY(!m_session->isRunning());
    } else {
        QVERIFY(m_session->isRunning());
        m_network->release();
        QVERIFY(waitForResult(finished).isSuccess());
    }
    QCOMPARE(finished.size(), 1);
}

void TestCallSession::cancelWhileWaitingForTheClock()
{
    m_network->setAnswer(QStringLiteral("/1.0/auth/time"), { 200, "0", {}, true });
    makeSession();
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QVERIFY(m_session->start(request(HttpMethod::Delete, QStringLiteral("/me/contact/1"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_network->heldCount(), 1, kWaitMs);
    m_session->cancel();
    const CallResult result = waitForResult(finished);
    QCOMPARE(result.failure, CallResult::Failure::Cancelled);
    // The result says what would have gone, and nothing did.
    QCOMPARE(result.request.method, QByteArray("DELETE"));
    QCOMPARE(result.request.url, QByteArray("https://api.test/1.0/me/contact/1"));
    m_network->release();
    QTest::qWait(50); // the clock's late answer must not send the cancelled call
    QCOMPARE(m_network->requests().size(), 1);
    QCOMPARE(finished.size(), 1);
}

void TestCallSession::oneCallAtATime()
{
    m_network->setAnswer(QStringLiteral("/1.0/me"), { 200, "{}", {}, true });
    makeSession();
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    QVERIFY(!m_session->start(request(HttpMethod::Post, QStringLiteral("/me"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_network->heldCount(), 1, kWaitMs);
    m_network->release();
    QVERIFY(waitForResult(finished).isSuccess());
    QCOMPARE(m_session->request().method, HttpMethod::Get);
    QCOMPARE(m_network->requestsTo(QStringLiteral("/me")).size(), 1);
}

void TestCallSession::guidance_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("errorCode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("rule");

    using Kind = CallGuidance::Kind;
    QTest::newRow("success") << 200 << QByteArray() << int(Kind::None) << QString();
    QTest::newRow("key expired") << 403 << QByteArray("INVALID_CREDENTIAL") << int(Kind::KeyInvalid)
                                 << QString();
    QTest::newRow("right missing")
        << 403 << QByteArray("NOT_GRANTED_CALL") << int(Kind::RightMissing)
        << QStringLiteral("PUT /domain/zone/*/record/*");
    QTest::newRow("application unknown")
        << 403 << QByteArray("INVALID_KEY") << int(Kind::ApplicationUnknown) << QString();
    QTest::newRow("other refusal")
        << 404 << QByteArray("NOT_FOUND") << int(Kind::None) << QString();
    QTest::newRow("server error") << 500 << QByteArray() << int(Kind::None) << QString();
}

void TestCallSession::guidance()
{
    QFETCH(int, status);
    QFETCH(QByteArray, errorCode);
    QFETCH(int, kind);
    QFETCH(QString, rule);

    const QString path = QStringLiteral("/1.0/domain/zone/example.com/record/42");
    m_network->setAnswer(path,
        { status, errorCode.isEmpty() ? QByteArray("{}") : FakeNetwork::ovhError(errorCode, "no"),
            {}, false });
    makeSession();
    CallRequest put = request(HttpMethod::Put,
        QStringLiteral("/domain/zone/{zoneName}/record/{id}"), R"({"target":"1.2.3.4"})");
    put.path = QStringLiteral("/domain/zone/example.com/record/42");
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QVERIFY(m_session->start(put));
    QVERIFY(finished.wait(kWaitMs));
    const auto guidance = finished.constFirst().at(1).value<CallGuidance>();
    QCOMPARE(int(guidance.kind), kind);
    QCOMPARE(
        guidance.kind == CallGuidance::Kind::RightMissing ? guidance.rule.toString() : QString(),
        rule);
    // The same reading as the pure function's.
    const CallResult result = finished.constFirst().constFirst().value<CallResult>();
    QCOMPARE(int(CallGuidance::of(result, put).kind), kind);

    // A transport failure says nothing about the keys, whatever the body.
    CallResult cut = result;
    cut.failure = CallResult::Failure::Network;
    QCOMPARE(CallGuidance::of(cut, put).kind, CallGuidance::Kind::None);
}

void TestCallSession::timeouts_data()
{
    QTest::addColumn<bool>("clockHangs");
    QTest::addColumn<bool>("callHangs");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("warnings");

    // The clock's own limit, then the call goes with the local time.
    QTest::newRow("clock never answers") << true << false << int(CallResult::Failure::None) << 1;
    QTest::newRow("call never answers") << false << true << int(CallResult::Failure::Timeout) << 0;
}

void TestCallSession::timeouts()
{
    QFETCH(bool, clockHangs);
    QFETCH(bool, callHangs);
    QFETCH(int, failure);
    QFETCH(int, warnings);

    if (clockHangs)
        m_network->setAnswer(QStringLiteral("/1.0/auth/time"), { 200, "0", {}, true });
    else
        m_network->setAnswer(QStringLiteral("/1.0/auth/time"), timeAnswer(kLocalNow + 600));
    m_network->setAnswer(QStringLiteral("/1.0/me"), { 200, "{}", {}, callHangs });
    m_clock->setTimeout(300);
    makeSession(300);
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QSignalSpy unavailable(m_session.get(), &CallSession::clockUnavailable);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_session->start(request(HttpMethod::Get, QStringLiteral("/me"))));
    const CallResult result = waitForResult(finished);
    QCOMPARE(int(result.failure), failure);
    QCOMPARE(unavailable.size(), warnings);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!m_session->isRunning());
}

QTEST_GUILESS_MAIN(TestCallSession)
#include "tst_callsession.moc"
