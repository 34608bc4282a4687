// OAuth2 service accounts: the token URL of each region, the token endpoint's answers, and
// ApiCall with a bearer token instead of a signature (one token for concurrent calls, renewed
// before it expires and once after a 401, never in a loop), against the scripted FakeNetwork.
#include "fakenetwork.h"

#include "auth/oauth2token.h"
#include "auth/oauth2tokens.h"
#include "net/apiclient.h"
#include "net/serverclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ovh;
using OvhTest::FakeNetwork;

namespace {

constexpr int kWaitMs = 10000;
const QString kTokenPath = QStringLiteral("/auth/oauth2/token");
const QString kMePath = QStringLiteral("/1.0/me");
const QByteArray kSecret = QByteArrayLiteral("Sekret-Client-0123456789");

Credentials serviceAccount()
{
    Credentials credentials;
    credentials.clientId = QStringLiteral("client-42");
    credentials.clientSecret = QString::fromLatin1(kSecret);
    return credentials;
}

FakeNetwork::Answer tokenAnswer(const QByteArray& token, int expiresIn = 3600)
{
    return { 200,
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + QByteArray::number(expiresIn) + ",\"scope\":\"all\"}",
        {}, false };
}

// The API answers 200 to `accepted` bearer tokens and 401 to any other.
FakeNetwork::Script apiAccepting(const QList<QByteArray>& accepted)
{
    return [accepted](const FakeNetwork::Request& request) -> FakeNetwork::Answer {
        const QByteArray authorization = request.header("Authorization");
        for (const QByteArray& token : accepted) {
            if (authorization == "Bearer " + token)
                return { 200, "{\"nichandle\":\"sa-42\"}", {}, false };
        }
        return { 401, FakeNetwork::ovhError("INVALID_TOKEN", "Invalid token"), {}, false };
    };
}

// A token endpoint that hands out tok-1, tok-2, … one per request.
FakeNetwork::Script countingTokens(int expiresIn = 3600)
{
    auto counter = std::make_shared<int>(0);
    return [counter, expiresIn](const FakeNetwork::Request&) {
        return tokenAnswer("tok-" + QByteArray::number(++*counter), expiresIn);
    };
}

} // namespace

class TestOAuth2Tokens : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tokenUrls_data();
    void tokenUrls();
    void windowSandboxTokenUrl();
    void tokenUrlProblems_data();
    void tokenUrlProblems();
    void answers_data();
    void answers();
    void bearerInsteadOfSignature();
    void oneTokenForConcurrentCalls();
    void renewedBeforeExpiry();
    void renewedOnceAfter401();
    void refusedAfterRenewalStops();
    void garbageTokenAnswerSendsNothing_data();
    void garbageTokenAnswerSendsNothing();
    void tokenUrlOverride();
    void regionWithoutServiceAccounts();

private:
    CallResult run(const Credentials& credentials = serviceAccount());

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ServerClock> m_clock;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OAuth2Tokens> m_tokens;
    Endpoint m_endpoint = *Endpoint::byName(u"ovh-eu");
    qint64 m_nowMs = 1'700'000'000'000;
};

void TestOAuth2Tokens::init()
{
    m_network = std::make_unique<FakeNetwork>();
    m_clock = std::make_unique<ServerClock>(m_network.get());
    m_client = std::make_unique<ApiClient>(m_network.get(), m_clock.get());
    m_tokens = std::make_unique<OAuth2Tokens>(m_network.get());
    m_tokens->setClock([this] { return m_nowMs; });
    m_client->setBearerSource(m_tokens.get());
}

void TestOAuth2Tokens::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_clock.reset();
    m_network.reset();
}

CallResult TestOAuth2Tokens::run(const Credentials& credentials)
{
    ApiCall* call = m_client->send(m_endpoint, credentials,
        HttpCall { "GET", m_endpoint.url(u"/me"), QByteArray(), true, false });
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(kWaitMs))
        return CallResult();
    call->deleteLater();
    return finished.first().first().value<CallResult>();
}

void TestOAuth2Tokens::tokenUrls_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("tokenUrl");
    QTest::newRow("ovh-eu") << "ovh-eu"
                            << "https://www.ovh.com/auth/oauth2/token";
    QTest::newRow("ovh-ca") << "ovh-ca"
                            << "https://ca.ovh.com/auth/oauth2/token";
    QTest::newRow("ovh-us") << "ovh-us"
                            << "https://us.ovhcloud.com/auth/oauth2/token";
    QTest::newRow("kimsufi has none") << "kimsufi-eu"
                                      << "";
    QTest::newRow("soyoustart has none") << "soyoustart-ca"
                                         << "";
    QTest::newRow("custom, its host") << "https://api.example.test:8443/1.0"
                                      << "https://api.example.test:8443/auth/oauth2/token";
    QTest::newRow("sandbox") << "http://127.0.0.1:4321/1.0"
                             << "http://127.0.0.1:4321/auth/oauth2/token";
}

void TestOAuth2Tokens::windowSandboxTokenUrl()
{
    // The window's sandbox endpoint is named (its account list) but not a region: its token
    // URL is on its host, on either branch, so its login dialog's "Service account" works.
    for (const char* path : { "/1.0", "/v2" }) {
        Endpoint sandbox;
        sandbox.name = QStringLiteral("sandbox");
        sandbox.baseUrl = QUrl(QLatin1String("http://127.0.0.1:4321") + QLatin1String(path));
        QCOMPARE(OAuth2::defaultTokenUrl(sandbox).toString(),
            QStringLiteral("http://127.0.0.1:4321/auth/oauth2/token"));
    }
}

void TestOAuth2Tokens::tokenUrls()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, tokenUrl);
    const std::optional<Endpoint> parsed = Endpoint::fromUserText(endpoint);
    QVERIFY(parsed);
    QCOMPARE(OAuth2::defaultTokenUrl(*parsed).toString(), tokenUrl);
}

void TestOAuth2Tokens::tokenUrlProblems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("usable");
    QTest::newRow("https") << "https://auth.example.test/oauth2/token" << true;
    QTest::newRow("http on loopback") << "http://127.0.0.1:8080/auth/oauth2/token" << true;
    QTest::newRow("http elsewhere") << "http://auth.example.test/token" << false;
    QTest::newRow("ftp") << "ftp://auth.example.test/token" << false;
    QTest::newRow("relative") << "/auth/oauth2/token" << false;
    QTest::newRow("user info") << "https://user:pw@auth.example.test/token" << false;
    QTest::newRow("empty") << "" << false;
}

void TestOAuth2Tokens::tokenUrlProblems()
{
    QFETCH(QString, url);
    QFETCH(bool, usable);
    const QString problem = OAuth2::tokenUrlProblem(QUrl(url));
    QCOMPARE(problem.isEmpty(), usable);
    QVERIFY(!problem.contains(QLatin1String("pw@"))); // never echoes a password
}

void TestOAuth2Tokens::answers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("token"); // empty: refused
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<QString>("error"); // part of the message

    QTest::newRow("token")
        << 200 << QByteArray(R"({"access_token":"abc","token_type":"Bearer","expires_in":3600})")
        << QByteArray("abc") << qint64(3600) << QString();
    QTest::newRow("bearer in lower case, lifetime as text")
        << 200 << QByteArray(R"({"access_token":"abc","token_type":"bearer","expires_in":"60"})")
        << QByteArray("abc") << qint64(60) << QString();
    QTest::newRow("no lifetime") << 200
                                 << QByteArray(R"({"access_token":"abc","token_type":"Bearer"})")
                                 << QByteArray("abc") << qint64(0) << QString();
    QTest::newRow("not json") << 200 << QByteArray("<html>maintenance</html>") << QByteArray()
                              << qint64(0) << QStringLiteral("not a JSON object");
    QTest::newRow("empty") << 200 << QByteArray() << QByteArray() << qint64(0)
                           << QStringLiteral("not a JSON object");
    QTest::newRow("array") << 200 << QByteArray("[1,2]") << QByteArray() << qint64(0)
                           << QStringLiteral("not a JSON object");
    QTest::newRow("no token") << 200 << QByteArray(R"({"token_type":"Bearer"})") << QByteArray()
                              << qint64(0) << QStringLiteral("no access_token");
    QTest::newRow("token not a string")
        << 200 << QByteArray(R"({"access_token":42,"token_type":"Bearer"})") << QByteArray()
        << qint64(0) << QStringLiteral("no access_token");
    QTest::newRow("other type") << 200 << QByteArray(R"({"access_token":"abc","token_type":"mac"})")
                                << QByteArray() << qint64(0) << QStringLiteral("'mac', not Bearer");
    QTest::newRow("header injection")
        << 200 << QByteArray("{\"access_token\":\"abc\\r\\nX-Evil: 1\",\"token_type\":\"Bearer\"}")
        << QByteArray() << qint64(0) << QStringLiteral("cannot be sent in a header");
    QTest::newRow("negative lifetime")
        << 200 << QByteArray(R"({"access_token":"abc","token_type":"Bearer","expires_in":-5})")
        << QByteArray() << qint64(0) << QStringLiteral("invalid expires_in");
    QTest::newRow("lifetime not a number")
        << 200 << QByteArray(R"({"access_token":"abc","token_type":"Bearer","expires_in":"soon"})")
        << QByteArray() << qint64(0) << QStringLiteral("invalid expires_in");
    QTest::newRow("invalid client")
        << 401 << QByteArray(R"({"error":"invalid_client","error_description":"bad secret"})")
        << QByteArray() << qint64(0) << QStringLiteral("HTTP 401: invalid_client: bad secret");
    QTest::newRow("server error page") << 500 << QByteArray("<html>oops</html>") << QByteArray()
                                       << qint64(0) << QStringLiteral("answered HTTP 500");
}

void TestOAuth2Tokens::answers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, token);
    QFETCH(qint64, expiresIn);
    QFETCH(QString, error);
    QString message;
    const std::optional<OAuth2::Token> parsed = OAuth2::parseAnswer(status, body, &message);
    QCOMPARE(parsed.has_value(), !token.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->accessToken, token);
        QCOMPARE(parsed->expiresInSeconds, expiresIn);
    } else {
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

void TestOAuth2Tokens::bearerInsteadOfSignature()
{
    m_network->setAnswer(kTokenPath, tokenAnswer("tok-1"));
    m_network->setAnswer(kMePath, apiAccepting({ "tok-1" }));
    // A service account wins over signing keys given with it.
    Credentials both = serviceAccount();
    both.applicationKey = QStringLiteral("ak");
    both.applicationSecret = QStringLiteral("as");
    both.consumerKey = QStringLiteral("ck");
    const CallResult result = run(both);
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));

    const QList<FakeNetwork::Request> tokenRequests = m_network->requestsTo(kTokenPath);
    QCOMPARE(tokenRequests.size(), 1);
    const FakeNetwork::Request& token = tokenRequests.first();
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.url.toString(), QStringLiteral("https://www.ovh.com/auth/oauth2/token"));
    QCOMPARE(token.body, QByteArray("grant_type=client_credentials&scope=all"));
    QCOMPARE(token.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(token.header("Authorization"),
        QByteArray("Basic " + QByteArray("client-42:" + kSecret).toBase64()));

    const QList<FakeNetwork::Request> calls = m_network->requestsTo(QStringLiteral("/me"));
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().header("Authorization"), QByteArray("Bearer tok-1"));
    QVERIFY(calls.first().header("X-Ovh-Signature").isEmpty());
    QVERIFY(calls.first().header("X-Ovh-Consumer").isEmpty());
    QVERIFY(m_network->requestsTo(QStringLiteral("/auth/time")).isEmpty()); // no clock needed

    // What the window shows and the history keeps: the token redacted, no secret anywhere.
    bool sawAuthorization = false;
    for (const auto& [name, value] : result.request.headers) {
        QVERIFY(!value.contains("tok-1"));
        QVERIFY(!value.contains(kSecret));
        sawAuthorization = sawAuthorization || name == "Authorization";
    }
    QVERIFY(sawAuthorization);
}

void TestOAuth2Tokens::oneTokenForConcurrentCalls()
{
    m_network->setAnswer(kTokenPath, countingTokens());
    m_network->setAnswer(kMePath, apiAccepting({ "tok-1" }));
    QList<ApiCall*> calls;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (int i = 0; i < 3; ++i) {
        calls << m_client->send(m_endpoint, serviceAccount(),
            HttpCall { "GET", m_endpoint.url(u"/me"), QByteArray(), true, false });
        spies << std::make_shared<QSignalSpy>(calls.last(), &ApiCall::finished);
    }
    for (const auto& spy : spies) {
        QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, kWaitMs);
        QVERIFY(spy->first().first().value<CallResult>().isSuccess());
    }
    QCOMPARE(m_network->requestsTo(kTokenPath).size(), 1);
    QCOMPARE(m_tokens->requestCount(), 1);
    qDeleteAll(calls);
}

void TestOAuth2Tokens::renewedBeforeExpiry()
{
    m_network->setAnswer(kTokenPath, countingTokens(120));
    m_network->setAnswer(kMePath, apiAccepting({ "tok-1", "tok-2" }));
    QVERIFY(run().isSuccess());
    m_nowMs += 59 * 1000; // 61 s left: still good
    QVERIFY(run().isSuccess());
    QCOMPARE(m_network->requestsTo(kTokenPath).size(), 1);
    m_nowMs += 2 * 1000; // under a minute left: renewed before it runs out
    QVERIFY(run().isSuccess());
    QCOMPARE(m_network->requestsTo(kTokenPath).size(), 2);
    QCOMPARE(m_network->requestsTo(QStringLiteral("/me")).last().header("Authorization"),
        QByteArray("Bearer tok-2"));
}

void TestOAuth2Tokens::renewedOnceAfter401()
{
    m_network->setAnswer(kTokenPath, countingTokens());
    m_network->setAnswer(kMePath, apiAccepting({ "tok-2" })); // tok-1 was revoked
    const CallResult result = run();
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QCOMPARE(m_network->requestsTo(kTokenPath).size(), 2);
    QCOMPARE(m_network->requestsTo(QStringLiteral("/me")).size(), 2);
    // The renewed token is kept for the next call.
    QVERIFY(run().isSuccess());
    QCOMPARE(m_network->requestsTo(kTokenPath).size(), 2);
}

void TestOAuth2Tokens::refusedAfterRenewalStops()
{
    m_network->setAnswer(kTokenPath, countingTokens());
    m_network->setAnswer(kMePath, apiAccepting({}));
    const CallResult result = run();
    QCOMPARE(result.status, 401);
    QVERIFY2(result.errorString.contains(QLatin1String("a new OAuth2 token was refused too")),
        qPrintable(result.errorString));
    // One renewal, then the answer: no loop.
    QCOMPARE(m_network->requestsTo(kTokenPath).size(), 2);
    QCOMPARE(m_network->requestsTo(QStringLiteral("/me")).size(), 2);
}

void TestOAuth2Tokens::garbageTokenAnswerSendsNothing_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("html") << 200 << QByteArray("<html>hi</html>")
                          << QStringLiteral("not a JSON object");
    QTest::newRow("wrong secret") << 401 << QByteArray(R"({"error":"invalid_client"})")
                                  << QStringLiteral("invalid_client");
}

void TestOAuth2Tokens::garbageTokenAnswerSendsNothing()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    m_network->setAnswer(kTokenPath, FakeNetwork::Answer { status, body, {}, false });
    m_network->setAnswer(kMePath, apiAccepting({}));
    const CallResult result = run();
    QCOMPARE(result.failure, CallResult::Failure::MissingCredentials);
    QVERIFY2(result.errorString.contains(error), qPrintable(result.errorString));
    QVERIFY(result.errorString.contains(QLatin1String("https://www.ovh.com/auth/oauth2/token")));
    QVERIFY(!result.errorString.contains(QString::fromLatin1(kSecret)));
    QVERIFY(m_network->requestsTo(QStringLiteral("/me")).isEmpty());
    QCOMPARE(m_network->requestsTo(kTokenPath).size(), 1);
}

void TestOAuth2Tokens::tokenUrlOverride()
{
    m_tokens->setTokenUrl(m_endpoint, QUrl(QStringLiteral("https://sso.example.test/token")));
    m_network->setAnswer(QStringLiteral("/token"), tokenAnswer("tok-x"));
    m_network->setAnswer(kMePath, apiAccepting({ "tok-x" }));
    QVERIFY(run().isSuccess());
    QCOMPARE(m_network->requestsTo(QStringLiteral("/token")).first().url.host(),
        QStringLiteral("sso.example.test"));
}

void TestOAuth2Tokens::regionWithoutServiceAccounts()
{
    m_endpoint = *Endpoint::byName(u"kimsufi-eu");
    const CallResult result = run();
    QCOMPARE(result.failure, CallResult::Failure::MissingCredentials);
    QVERIFY2(result.errorString.contains(QLatin1String("kimsufi-eu has no OAuth2")),
        qPrintable(result.errorString));
    QVERIFY(m_network->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestOAuth2Tokens)
#include "tst_oauth2tokens.moc"
