#include "base/jsontext.h"
#include "hostileserver.h"
#include "net/apiclient.h"
#include "sandbox/snapshotserver.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Ovh;

namespace {

Credentials demoCredentials()
{
    Credentials credentials;
    credentials.applicationKey = QStringLiteral("app-key");
    credentials.applicationSecret = QStringLiteral("app-secret");
    credentials.consumerKey = QStringLiteral("consumer-key");
    return credentials;
}

CallResult waitFor(ApiCall* call)
{
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20000))
        return {};
    [&] { QCOMPARE(finished.size(), 1); }();
    return finished.first().first().value<CallResult>();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void signedGet();
    void unsignedCall();
    void postBody();
    void httpErrors_data();
    void httpErrors();
    void missingCredentials_data();
    void missingCredentials();
    void networkFailures();
    void cancel();
    void errorShapes_data();
    void errorShapes();
    void scalarJson_data();
    void scalarJson();
    void hostileAnswers_data();
    void hostileAnswers();
    void deadlineBeforeSending();
    void everyErrorStatusIsAnAnswer_data();
    void everyErrorStatusIsAnAnswer();

private:
    std::unique_ptr<SnapshotServer> m_server;
    QNetworkAccessManager m_nam;
};

void TestApiClient::init()
{
    m_server = std::make_unique<SnapshotServer>(OvhTest::dataFile(QStringLiteral("synthetic/1.0")));
    QVERIFY(m_server->listen());
}

void TestApiClient::signedGet()
{
    ApiClient client(&m_nam, nullptr);
    const QUrl url(m_server->baseUrl().toString() + QStringLiteral("/alpha.json"));
    const qint64 before = systemUnixTime();
    const CallResult result
        = waitFor(client.send(*Endpoint::fromUserText(m_server->baseUrl().toString()),
            demoCredentials(), { "GET", url, {}, true }));
    QCOMPARE(result.failure, CallResult::Failure::None);
    QCOMPARE(result.status, 200);
    QVERIFY(result.isSuccess());
    QVERIFY(result.json.isObject());
    QCOMPARE(result.json.toObject().value(QLatin1String("resourcePath")).toString(),
        QStringLiteral("/alpha"));
    QVERIFY(result.elapsedMs >= 0);

    // The server got a signature over the URL as sent, which a verifier can recompute.
    const QByteArray timestamp
        = m_server->lastRequestHeader(QStringLiteral("/alpha.json"), "X-Ovh-Timestamp");
    QVERIFY(timestamp.toLongLong() >= before);
    QCOMPARE(m_server->lastRequestHeader(QStringLiteral("/alpha.json"), "X-Ovh-Application"),
        QByteArray("app-key"));
    QCOMPARE(m_server->lastRequestHeader(QStringLiteral("/alpha.json"), "X-Ovh-Consumer"),
        QByteArray("consumer-key"));
    const QByteArray expected = RequestSigner::signature(
        "app-secret", "consumer-key", "GET", url.toEncoded(), QByteArray(), timestamp.toLongLong());
    QCOMPARE(
        m_server->lastRequestHeader(QStringLiteral("/alpha.json"), "X-Ovh-Signature"), expected);

    // What is shown to the user never holds the signature or the consumer key.
    QCOMPARE(result.request.method, QByteArray("GET"));
    QCOMPARE(result.request.url, url.toEncoded());
    bool sawRedacted = false;
    for (const auto& [name, value] : result.request.headers) {
        QVERIFY(!value.contains("consumer-key"));
        QVERIFY(!value.contains("app-secret"));
        if (name == "X-Ovh-Signature") {
            QCOMPARE(value, QByteArray("<redacted>"));
            sawRedacted = true;
        }
    }
    QVERIFY(sawRedacted);
}

void TestApiClient::unsignedCall()
{
    ApiClient client(&m_nam, nullptr);
    Credentials onlyApplication;
    onlyApplication.applicationKey = QStringLiteral("app-key");
    const CallResult result = waitFor(
        client.send(*Endpoint::fromUserText(m_server->baseUrl().toString()), onlyApplication,
            { "GET", QUrl(m_server->baseUrl().toString() + QStringLiteral("/delta.json")), {},
                false }));
    QCOMPARE(result.status, 200);
    QCOMPARE(m_server->lastRequestHeader(QStringLiteral("/delta.json"), "X-Ovh-Application"),
        QByteArray("app-key"));
    QVERIFY(
        m_server->lastRequestHeader(QStringLiteral("/delta.json"), "X-Ovh-Signature").isEmpty());
    QVERIFY(m_server->lastRequestHeader(QStringLiteral("/delta.json"), "X-Ovh-Consumer").isEmpty());
}

void TestApiClient::postBody()
{
    // The snapshot server only serves GET; what matters here is what was sent and signed.
    ApiClient client(&m_nam, nullptr);
    const QByteArray body = R"({"name":"caf\u00e9 \"x\""})";
    const CallResult result = waitFor(
        client.send(*Endpoint::fromUserText(m_server->baseUrl().toString()), demoCredentials(),
            { "POST", QUrl(m_server->baseUrl().toString() + QStringLiteral("/alpha.json")), body,
                true }));
    QCOMPARE(result.failure, CallResult::Failure::None);
    QCOMPARE(result.request.body, body);
    QCOMPARE(m_server->lastRequestHeader(QStringLiteral("/alpha.json"), "Content-Type"),
        QByteArray("application/json"));
}

void TestApiClient::httpErrors_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<int>("failStatus");
    QTest::addColumn<int>("status");
    QTest::newRow("not found") << "/nope.json" << 0 << 404;
    QTest::newRow("server error") << "/alpha.json" << 500 << 500;
    QTest::newRow("forbidden") << "/alpha.json" << 403 << 403;
}

void TestApiClient::httpErrors()
{
    QFETCH(QString, relative);
    QFETCH(int, failStatus);
    QFETCH(int, status);
    if (failStatus)
        m_server->setFailure(relative, failStatus);
    ApiClient client(&m_nam, nullptr);
    const CallResult result = waitFor(
        client.send(*Endpoint::fromUserText(m_server->baseUrl().toString()), demoCredentials(),
            { "GET", QUrl(m_server->baseUrl().toString() + relative), {}, true }));
    QCOMPARE(result.failure, CallResult::Failure::None); // an answer, just not a 2xx
    QCOMPARE(result.status, status);
    QVERIFY(!result.isSuccess());
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY2(result.errorString.startsWith(QStringLiteral("HTTP %1").arg(status)),
        qPrintable(result.errorString));
    QVERIFY(result.errorString.contains(result.error.message));
}

void TestApiClient::missingCredentials_data()
{
    QTest::addColumn<QString>("blank");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<QString>("message");
    QTest::newRow("consumer key") << "consumer" << true << "consumer";
    QTest::newRow("secret") << "secret" << true << "secret";
    QTest::newRow("application key, unsigned") << "application" << false << "application key";
}

void TestApiClient::missingCredentials()
{
    QFETCH(QString, blank);
    QFETCH(bool, authenticated);
    QFETCH(QString, message);
    Credentials credentials = demoCredentials();
    if (blank == QLatin1String("consumer"))
        credentials.consumerKey.clear();
    else if (blank == QLatin1String("secret"))
        credentials.applicationSecret.clear();
    else
        credentials.applicationKey.clear();
    ApiClient client(&m_nam, nullptr);
    const CallResult result
        = waitFor(client.send(*Endpoint::fromUserText(m_server->baseUrl().toString()), credentials,
            { "GET", QUrl(m_server->baseUrl().toString() + QStringLiteral("/alpha.json")), {},
                authenticated }));
    QCOMPARE(result.failure, CallResult::Failure::MissingCredentials);
    QVERIFY2(
        result.errorString.contains(message, Qt::CaseInsensitive), qPrintable(result.errorString));
    QCOMPARE(m_server->requestCount(), 0); // nothing was sent
}

void TestApiClient::networkFailures()
{
    ApiClient client(&m_nam, nullptr);

    // A server that accepts and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    client.setSettings({ 300, 64 * 1024 * 1024 });
    const QString silentBase = QStringLiteral("http://127.0.0.1:%1/1.0").arg(silent.serverPort());
    CallResult result = waitFor(client.send(*Endpoint::fromUserText(silentBase), demoCredentials(),
        { "GET", QUrl(silentBase + QStringLiteral("/me")), {}, true }));
    QCOMPARE(result.failure, CallResult::Failure::Timeout);
    QVERIFY(result.errorString.contains(QLatin1String("300 ms")));

    // Nobody listening.
    const quint16 port = silent.serverPort();
    silent.close();
    const QString closedBase = QStringLiteral("http://127.0.0.1:%1/1.0").arg(port);
    result = waitFor(client.send(*Endpoint::fromUserText(closedBase), demoCredentials(),
        { "GET", QUrl(closedBase + QStringLiteral("/me")), {}, true }));
    QCOMPARE(result.failure, CallResult::Failure::Network);
    QVERIFY(!result.errorString.isEmpty());

    // Too large.
    client.setSettings({ 30000, 100 });
    result = waitFor(client.send(*Endpoint::fromUserText(m_server->baseUrl().toString()),
        demoCredentials(),
        { "GET", QUrl(m_server->baseUrl().toString() + QStringLiteral("/alpha.json")), {}, true }));
    QCOMPARE(result.failure, CallResult::Failure::TooLarge);
}

void TestApiClient::cancel()
{
    m_server->setDelay(2000);
    ApiClient client(&m_nam, nullptr);
    ApiCall* call = client.send(*Endpoint::fromUserText(m_server->baseUrl().toString()),
        demoCredentials(),
        { "GET", QUrl(m_server->baseUrl().toString() + QStringLiteral("/alpha.json")), {}, true });
    QSignalSpy finished(call, &ApiCall::finished);
    QTest::qWait(100);
    QVERIFY(call->isRunning());
    call->abort();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<CallResult>().failure, CallResult::Failure::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestApiClient::errorShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("summary");
    QTest::newRow("errorCode shape") << QByteArray(
        R"({"errorCode":"INVALID_SIGNATURE","httpCode":"400 Bad Request","message":"Invalid signature"})")
                                     << "INVALID_SIGNATURE: Invalid signature";
    QTest::newRow("class shape") << QByteArray(
        R"({"class":"Client::NotFound","message":"The requested object (zoneName = x) does not exist","details":{"zoneName":"x"}})")
                                 << "Client::NotFound: The requested object (zoneName = x) does "
                                    "not exist";
    QTest::newRow("message only") << QByteArray(R"({"message":"Oops"})") << "Oops";
    QTest::newRow("html") << QByteArray("<html>502</html>") << "";
    QTest::newRow("array") << QByteArray("[1]") << "";
}

void TestApiClient::errorShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, summary);
    const OvhError error = parseOvhError(body);
    QCOMPARE(error.summary(), summary);
    if (body.contains("details"))
        QCOMPARE(error.details.value(QLatin1String("zoneName")).toString(), QStringLiteral("x"));
    if (body.contains("httpCode"))
        QCOMPARE(error.httpCode, QStringLiteral("400 Bad Request"));
}

void TestApiClient::scalarJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("type");
    QTest::newRow("number") << QByteArray("1712345678") << int(QJsonValue::Double);
    QTest::newRow("string") << QByteArray("\"ok\"") << int(QJsonValue::String);
    QTest::newRow("null") << QByteArray("null") << int(QJsonValue::Null);
    QTest::newRow("bool") << QByteArray(" true\n") << int(QJsonValue::Bool);
    QTest::newRow("object") << QByteArray("{}") << int(QJsonValue::Object);
    QTest::newRow("empty") << QByteArray("") << int(QJsonValue::Undefined);
    QTest::newRow("two values") << QByteArray("1,2") << int(QJsonValue::Undefined);
    QTest::newRow("garbage") << QByteArray("nope") << int(QJsonValue::Undefined);
}

void TestApiClient::scalarJson()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, type);
    QCOMPARE(int(parseJsonValue(bytes).type()), type);
}

using Mode = OvhTest::HostileServer::Mode;

void TestApiClient::hostileAnswers_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("message");
    auto row = [](const char* name, Mode mode, CallResult::Failure failure, const char* message) {
        QTest::newRow(name) << int(mode) << int(failure) << QString::fromUtf8(message);
    };
    // Cut short: each of these was a success with a partial body before.
    row("body shorter than Content-Length", Mode::ShortBody, CallResult::Failure::Network,
        "cut short");
    row("reset after the headers", Mode::ResetAfterHeaders, CallResult::Failure::Network,
        "cut short");
    row("invalid gzip", Mode::BadGzip, CallResult::Failure::Network, "not valid 'gzip' data");
    // Bounded: by the bytes read, by the announced length, by a deadline data cannot reset.
    row("endless chunked", Mode::EndlessChunked, CallResult::Failure::TooLarge, "more than");
    row("endless without length", Mode::EndlessUnframed, CallResult::Failure::TooLarge,
        "more than");
    row("huge Content-Length", Mode::HugeLength, CallResult::Failure::TooLarge, "announced");
    row("one byte every 100 ms", Mode::Drip, CallResult::Failure::Timeout, "within 1500 ms");
}

void TestApiClient::hostileAnswers()
{
    QFETCH(int, mode);
    QFETCH(int, failure);
    QFETCH(QString, message);

    OvhTest::HostileServer server;
    QVERIFY(server.listen());
    OvhTest::HostileServer::Behaviour behaviour;
    behaviour.mode = Mode(mode);
    behaviour.body = "[\"" + QByteArray(200, 'a') + "\"]";
    behaviour.dripMs = 100;
    server.setDefaultBehaviour(behaviour);

    ApiClient client(&m_nam, nullptr);
    client.setSettings({ 1500, 1024 * 1024 });
    const QString base = server.url(QStringLiteral("/1.0")).toString();
    QElapsedTimer timer;
    timer.start();
    const CallResult result = waitFor(client.send(*Endpoint::fromUserText(base), demoCredentials(),
        { "GET", QUrl(base + QStringLiteral("/me")), {}, true }));
    QCOMPARE(int(result.failure), failure);
    QVERIFY2(result.errorString.contains(message), qPrintable(result.errorString));
    QVERIFY(!result.isSuccess());
    // Never a partial body passed off as the answer.
    QVERIFY(result.body.isEmpty());
    QVERIFY(result.json.isUndefined());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestApiClient::deadlineBeforeSending()
{
    ApiClient client(&m_nam, nullptr);
    ApiCall::Settings settings;
    settings.deadline = QDeadlineTimer(0);
    client.setSettings(settings);
    const CallResult result = waitFor(
        client.send(*Endpoint::fromUserText(m_server->baseUrl().toString()), demoCredentials(),
            { "GET", QUrl(m_server->baseUrl().toString() + QStringLiteral("/me")), {}, true }));
    QCOMPARE(result.failure, CallResult::Failure::Timeout);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestApiClient::everyErrorStatusIsAnAnswer_data()
{
    QTest::addColumn<int>("status");
    for (const int status :
        { 400, 401, 403, 404, 405, 407, 409, 410, 418, 429, 500, 501, 503, 599 })
        QTest::addRow("HTTP %d", status) << status;
}

void TestApiClient::everyErrorStatusIsAnAnswer()
{
    // Qt flags these statuses as errors too; the answer is still whole and is the result.
    QFETCH(int, status);
    OvhTest::HostileServer server;
    QVERIFY(server.listen());
    server.setDefaultBehaviour(
        { Mode::Serve, status, R"({"errorCode":"SOME_CODE","message":"refused"})", {}, 0 });
    ApiClient client(&m_nam, nullptr);
    const QString base = server.url(QStringLiteral("/1.0")).toString();
    const CallResult result = waitFor(client.send(*Endpoint::fromUserText(base), demoCredentials(),
        { "GET", QUrl(base + QStringLiteral("/me")), {}, true }));
    QCOMPARE(result.failure, CallResult::Failure::None);
    QCOMPARE(result.status, status);
    QCOMPARE(result.error.errorCode, QStringLiteral("SOME_CODE"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
