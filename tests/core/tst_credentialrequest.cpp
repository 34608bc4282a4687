// The consumer-key flow against the sandbox on 127.0.0.1: request, validate through the
// sandbox's page (as a person's click would), use the key; refused, expired, timed out,
// cancelled; logout; the rule offered after NOT_GRANTED_CALL. The rules themselves:
// tst_accessrules.
#include "auth/authcalls.h"
#include "auth/credentialrequest.h"
#include "base/jsontext.h"
#include "hostileserver.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandboxflow.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Ovh;

Q_DECLARE_METATYPE(Ovh::CredentialRules)

namespace {

Credentials demoApplication()
{
    Credentials credentials;
    credentials.applicationKey = QString::fromLatin1(SandboxDemo::kApplicationKey);
    credentials.applicationSecret = QString::fromLatin1(SandboxDemo::kApplicationSecret);
    return credentials;
}

CredentialRule rule(const char* method, const char* path)
{
    return { QString::fromLatin1(method), QString::fromLatin1(path) };
}

// Makes the sandbox answer the polls like the real API does while a key is pending (and,
// probably, once refused): they carry a consumer key it does not know, so 403
// INVALID_CREDENTIAL.
class RealApiPollsNam final : public QNetworkAccessManager
{
protected:
    QNetworkReply* createRequest(
        Operation operation, const QNetworkRequest& original, QIODevice* data) override
    {
        QNetworkRequest request(original);
        if (request.url().path().endsWith(QLatin1String("/auth/currentCredential")))
            request.setRawHeader("X-Ovh-Consumer", "UnknownConsumerKeyForThisTest000");
        return QNetworkAccessManager::createRequest(operation, request, data);
    }
};

// A server that answers POST /auth/credential with whatever a test plants and every other
// request (the polls) 403.
void plantAnswer(OvhTest::HostileServer& server, const QByteArray& credentialAnswer)
{
    using Mode = OvhTest::HostileServer::Mode;
    server.setDefaultBehaviour(
        { Mode::Serve, 403, R"({"errorCode":"INVALID_CREDENTIAL","message":"no"})", {}, 0 });
    server.setBehaviour(
        QStringLiteral("/1.0/auth/credential"), { Mode::Serve, 200, credentialAnswer, {}, 0 });
}

Endpoint endpointOf(const OvhTest::HostileServer& server)
{
    return *Endpoint::fromUserText(server.url(QStringLiteral("/1.0")).toString());
}

} // namespace

class TestCredentialRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void requestValidateAndUse();
    void ungrantedCallOffersTheRule();
    void refused();
    void expired();
    void timedOut();
    void refusalLooksLikeTimeOutOnRealApi();
    void cancelled();
    void badApplicationKey();
    void noRulesFailsAsynchronously();
    void plantedAnswerRefused_data();
    void plantedAnswerRefused();
    void validationUrls_data();
    void validationUrls();
    void invalidApplicationKeyNeverSent();
    void currentCredentialOfDemoKey();
    void loginCallsOnV2GoToV1();
    void logout();

private:
    Endpoint endpoint() const { return *Endpoint::fromUserText(m_sandbox.baseUrl().toString()); }
    // Runs a request to completion, doing `onUrl` with the validation URL once it is known.
    CredentialRequestResult run(const CredentialRules& rules, CredentialRequest::Options options,
        const std::function<void(const QUrl&)>& onUrl, QList<int>* ticks = nullptr,
        ApiClient* client = nullptr);
    // The sandbox's page: GET shows the form, POST decides. Returns the POST's HTTP status.
    int decide(const QUrl& validationUrl, const QByteArray& form);
    CallResult send(const Credentials& credentials, const QByteArray& method, const QString& path,
        const QByteArray& body = QByteArray());
    Credentials obtainKey(const CredentialRules& rules, qint64 validity = 0);

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    ServerClock* m_clock = nullptr;
    ApiClient* m_client = nullptr;
};

void TestCredentialRequest::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    m_clock = new ServerClock(&m_nam, this);
    m_client = new ApiClient(&m_nam, m_clock, this);
    QSignalSpy synced(m_clock, &ServerClock::synced);
    m_clock->sync(endpoint());
    QVERIFY(synced.wait(10000));
}

// ---- Against the sandbox -----------------------------------------------------------------------

CredentialRequestResult TestCredentialRequest::run(const CredentialRules& rules,
    CredentialRequest::Options options, const std::function<void(const QUrl&)>& onUrl,
    QList<int>* ticks, ApiClient* client)
{
    CredentialRequestSpec spec;
    spec.rules = rules;
    CredentialRequest request(
        client ? client : m_client, endpoint(), demoApplication(), spec, options);
    QSignalSpy urls(&request, &CredentialRequest::validationRequired);
    QSignalSpy finished(&request, &CredentialRequest::finished);
    connect(&request, &CredentialRequest::validationRequired, this, onUrl);
    if (ticks)
        connect(&request, &CredentialRequest::waiting, this,
            [ticks](int left) { ticks->append(left); });
    request.start();
    const int waitMs = (options.timeoutSeconds > 0 ? options.timeoutSeconds * 1000 : 0) + 20000;
    if (!finished.wait(waitMs) || finished.size() != 1 || urls.size() > 1)
        return {};
    return finished.first().first().value<CredentialRequestResult>();
}

int TestCredentialRequest::decide(const QUrl& validationUrl, const QByteArray& form)
{
    return OvhTest::decideOnValidationPage(m_nam, validationUrl, form);
}

CallResult TestCredentialRequest::send(const Credentials& credentials, const QByteArray& method,
    const QString& path, const QByteArray& body)
{
    return OvhTest::sendAndWait(m_client, endpoint(), credentials, method, path, body);
}

Credentials TestCredentialRequest::obtainKey(const CredentialRules& rules, qint64 validity)
{
    CredentialRequest::Options options;
    options.pollIntervalMs = 100;
    options.timeoutSeconds = 30;
    const CredentialRequestResult result = run(rules, options,
        [&](const QUrl& url) { decide(url, "validity=" + QByteArray::number(validity)); });
    Credentials credentials = demoApplication();
    if (result.isValidated())
        credentials.consumerKey = result.consumerKey;
    return credentials;
}

void TestCredentialRequest::requestValidateAndUse()
{
    CredentialRequest::Options options;
    options.pollIntervalMs = 150;
    options.timeoutSeconds = 30;
    QList<int> ticks;
    QUrl seen;
    int decided = 0;
    const CredentialRules rules = CredentialRules { rule("GET", "/me") }
        + AccessRules::recursive(QStringLiteral("GET"), QStringLiteral("/domain"));
    const CredentialRequestResult result = run(
        rules, options,
        [&](const QUrl& url) {
            seen = url;
            decided = decide(url, "validity=3600");
        },
        &ticks);

    QCOMPARE(decided, 200);
    QCOMPARE(result.outcome, CredentialRequestResult::Outcome::Validated);
    QVERIFY(result.errorString.isEmpty());
    QCOMPARE(result.validationUrl, seen);
    QVERIFY(seen.toString().contains(QLatin1String("/auth/?credentialToken=")));
    QCOMPARE(result.consumerKey.size(), 32);
    QVERIFY(result.info);
    QCOMPARE(result.info->status, CredentialStatus::Validated);
    QCOMPARE(result.info->rules, rules);
    QVERIFY(result.info->hasExpiry());
    const qint64 left = *result.info->secondsLeft(QDateTime::currentDateTimeUtc());
    QVERIFY2(left > 3500 && left <= 3600, qPrintable(QString::number(left)));
    QVERIFY(!ticks.isEmpty());
    QVERIFY(ticks.first() <= 30 && ticks.first() > 0);

    // The key works for exactly what it grants.
    Credentials credentials = demoApplication();
    credentials.consumerKey = result.consumerKey;
    CallResult me = send(credentials, "GET", QStringLiteral("/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.toObject().value(QLatin1String("nichandle")).toString(),
        QString::fromLatin1(SandboxDemo::kNichandle));
    QCOMPARE(send(credentials, "GET", QStringLiteral("/domain")).status, 200);
    const CallResult put = send(credentials, "PUT", QStringLiteral("/me"), "{}");
    QCOMPARE(put.status, 403);
    QCOMPARE(put.error.errorCode, QStringLiteral("NOT_GRANTED_CALL"));
}

void TestCredentialRequest::ungrantedCallOffersTheRule()
{
    const Credentials readOnly = obtainKey(AccessRules::readOnly());
    QVERIFY(readOnly.canSign());
    const QString zone = QString::fromLatin1(SandboxDemo::kZone);
    const QString templatePath = QStringLiteral("/domain/zone/{zoneName}/record");
    const QString path = QStringLiteral("/domain/zone/%1/record").arg(zone);
    const QByteArray body = R"({"fieldType":"TXT","subDomain":"x","target":"hello"})";

    const CallResult refused = send(readOnly, "POST", path, body);
    QCOMPARE(refused.status, 403);
    const auto offered = AccessRules::missingRule(refused, QStringLiteral("POST"), templatePath);
    QVERIFY(offered);
    QCOMPARE(offered->toString(), QStringLiteral("POST /domain/zone/*/record"));
    // Nothing to offer for other answers.
    QVERIFY(!AccessRules::missingRule(send(readOnly, "GET", QStringLiteral("/me")),
        QStringLiteral("GET"), QStringLiteral("/me")));

    // A key with exactly that rule passes where the first one was refused, and only there.
    const Credentials exact = obtainKey({ *offered });
    QVERIFY(exact.canSign());
    const CallResult granted = send(exact, "POST", path, body);
    QVERIFY2(granted.isSuccess(), qPrintable(granted.errorString));
    const CallResult other = send(exact, "GET", QStringLiteral("/me"));
    QCOMPARE(other.error.errorCode, QStringLiteral("NOT_GRANTED_CALL"));
}

void TestCredentialRequest::refused()
{
    CredentialRequest::Options options;
    options.pollIntervalMs = 100;
    options.timeoutSeconds = 30;
    int decided = 0;
    const CredentialRequestResult result = run(AccessRules::fullAccess(), options,
        [&](const QUrl& url) { decided = decide(url, "action=refuse"); });
    QCOMPARE(decided, 200);
    QCOMPARE(result.outcome, CredentialRequestResult::Outcome::Refused);
    QVERIFY(!result.errorString.isEmpty());
    QCOMPARE(result.info->status, CredentialStatus::Refused);

    Credentials credentials = demoApplication();
    credentials.consumerKey = result.consumerKey;
    QCOMPARE(send(credentials, "GET", QStringLiteral("/me")).error.errorCode,
        QStringLiteral("INVALID_CREDENTIAL"));
}

void TestCredentialRequest::expired()
{
    // Validated for one second, first looked at 2.5 s later: expired before any use.
    CredentialRequest::Options options;
    options.pollIntervalMs = 2500;
    options.timeoutSeconds = 30;
    const CredentialRequestResult result = run(AccessRules::readOnly(), options,
        [&](const QUrl& url) { QCOMPARE(decide(url, "validity=1"), 200); });
    QCOMPARE(result.outcome, CredentialRequestResult::Outcome::Expired);
    QVERIFY(result.errorString.contains(QLatin1String("expired")));

    Credentials credentials = demoApplication();
    credentials.consumerKey = result.consumerKey;
    QCOMPARE(send(credentials, "GET", QStringLiteral("/me")).error.errorCode,
        QStringLiteral("INVALID_CREDENTIAL"));
    CurrentCredentialJob job(m_client, endpoint(), credentials);
    QSignalSpy finished(&job, &CurrentCredentialJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    const auto info = finished.first().at(1).value<std::optional<CredentialInfo>>();
    QVERIFY(info);
    QCOMPARE(info->status, CredentialStatus::Expired);
}

void TestCredentialRequest::timedOut()
{
    CredentialRequest::Options options;
    options.pollIntervalMs = 200;
    options.timeoutSeconds = 2;
    QList<int> ticks;
    QElapsedTimer timer;
    timer.start();
    const CredentialRequestResult result = run(
        AccessRules::readOnly(), options, [](const QUrl&) {}, &ticks);
    QCOMPARE(result.outcome, CredentialRequestResult::Outcome::TimedOut);
    QVERIFY(timer.elapsed() >= 1900);
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(result.errorString.contains(QLatin1String("2 s")));
    QVERIFY(result.info);
    QCOMPARE(result.info->status, CredentialStatus::PendingValidation);
    QVERIFY(ticks.contains(2));
    QVERIFY(ticks.contains(1));
    // The sandbox said "pendingValidation": no hint of a refusal.
    QVERIFY(result.pendingPolls > 0);
    QCOMPARE(result.invalidCredentialPolls, 0);
    QVERIFY(!result.mayHaveBeenRefused());
    QVERIFY(!result.errorString.contains(QLatin1String("refused")));
}

void TestCredentialRequest::refusalLooksLikeTimeOutOnRealApi()
{
    RealApiPollsNam nam;
    ServerClock clock(&nam);
    ApiClient client(&nam, &clock);
    QSignalSpy synced(&clock, &ServerClock::synced);
    clock.sync(endpoint());
    QVERIFY(synced.wait(10000));

    CredentialRequest::Options options;
    options.pollIntervalMs = 100;
    options.timeoutSeconds = 1;
    int decided = 0;
    const CredentialRequestResult result = run(
        AccessRules::readOnly(), options,
        [&](const QUrl& url) { decided = decide(url, "action=refuse"); }, nullptr, &client);
    QCOMPARE(decided, 200);
    // Still pending as far as the flow can tell, but the result says it may be a refusal.
    QCOMPARE(result.outcome, CredentialRequestResult::Outcome::TimedOut);
    QVERIFY(result.invalidCredentialPolls > 0);
    QCOMPARE(result.pendingPolls, 0);
    QVERIFY(result.mayHaveBeenRefused());
    QVERIFY2(
        result.errorString.contains(QLatin1String("within 1 s")), qPrintable(result.errorString));
    QVERIFY(result.errorString.contains(QLatin1String("refused")));
    QVERIFY(!result.errorString.contains(result.consumerKey));
}

void TestCredentialRequest::cancelled()
{
    CredentialRequestSpec spec;
    spec.rules = AccessRules::readOnly();
    CredentialRequest request(m_client, endpoint(), demoApplication(), spec);
    QSignalSpy finished(&request, &CredentialRequest::finished);
    connect(&request, &CredentialRequest::validationRequired, &request, &CredentialRequest::cancel);
    request.start();
    QVERIFY(finished.wait(10000));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<CredentialRequestResult>();
    QCOMPARE(result.outcome, CredentialRequestResult::Outcome::Cancelled);
    QVERIFY(!request.isRunning());
}

void TestCredentialRequest::badApplicationKey()
{
    Credentials application;
    application.applicationKey = QStringLiteral("NoSuchAppKey0001");
    application.applicationSecret = QStringLiteral("whatever");
    CredentialRequestSpec spec;
    spec.rules = AccessRules::readOnly();
    CredentialRequest request(m_client, endpoint(), application, spec);
    QSignalSpy finished(&request, &CredentialRequest::finished);
    QSignalSpy urls(&request, &CredentialRequest::validationRequired);
    request.start();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<CredentialRequestResult>();
    QCOMPARE(result.outcome, CredentialRequestResult::Outcome::Failed);
    QCOMPARE(result.lastCall.error.errorCode, QStringLiteral("INVALID_KEY"));
    QVERIFY(result.errorString.contains(QLatin1String("INVALID_KEY")));
    QVERIFY(!result.errorString.contains(application.applicationSecret));
    QCOMPARE(urls.size(), 0);
}

void TestCredentialRequest::noRulesFailsAsynchronously()
{
    CredentialRequest request(m_client, endpoint(), demoApplication(), CredentialRequestSpec());
    QSignalSpy finished(&request, &CredentialRequest::finished);
    request.start();
    QCOMPARE(finished.size(), 0); // never from inside start()
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<CredentialRequestResult>().outcome,
        CredentialRequestResult::Outcome::Failed);
}

void TestCredentialRequest::plantedAnswerRefused_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("message");

    const QByteArray url = R"("validationUrl":"https://eu.api.ovh.com/auth/?credentialToken=t")";
    QTest::newRow("consumer key with CRLF")
        << QByteArray(R"({"consumerKey":"evilCK\r\nX-Injected: 1",)" + url + "}")
        << QStringLiteral("the server answered a consumer key that cannot be used: contains a "
                          "carriage return (U+000D) at character 7");
    QTest::newRow("consumer key with a lone CR")
        << QByteArray(R"({"consumerKey":"evilCK\rX-Injected: 1",)" + url + "}")
        << QStringLiteral("contains a carriage return (U+000D) at character 7");
    QTest::newRow("consumer key with a space")
        << QByteArray(R"({"consumerKey":"CK ",)" + url + "}")
        << QStringLiteral("contains a space (U+0020) at character 3");
    QTest::newRow("consumer key not ASCII")
        << QByteArray(R"({"consumerKey":"CK\u00e9",)" + url + "}")
        << QStringLiteral("contains a non-ASCII character (U+00E9) at character 3");
    QTest::newRow("javascript validation URL")
        << QByteArray(R"x({"consumerKey":"CK1","validationUrl":"javascript:alert(1)"})x")
        << QStringLiteral("the server answered a validation URL that will not be opened: "
                          "javascript:alert(1) (only https, or http on a loopback address, is "
                          "opened)");
    QTest::newRow("file validation URL")
        << QByteArray(R"({"consumerKey":"CK1","validationUrl":"file:///etc/passwd"})")
        << QStringLiteral("will not be opened: file:///etc/passwd");
    QTest::newRow("plain http elsewhere")
        << QByteArray(R"({"consumerKey":"CK1","validationUrl":"http://evil.example/auth"})")
        << QStringLiteral("will not be opened: http://evil.example/auth");
    QTest::newRow("custom scheme")
        << QByteArray(R"({"consumerKey":"CK1","validationUrl":"ms-settings:x"})")
        << QStringLiteral("will not be opened: ms-settings:x");
}

void TestCredentialRequest::plantedAnswerRefused()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, message);

    OvhTest::HostileServer server;
    plantAnswer(server, answer);
    QVERIFY(server.listen());
    ApiClient client(&m_nam, nullptr);
    CredentialRequestSpec spec;
    spec.rules = AccessRules::readOnly();
    CredentialRequest::Options options;
    options.pollIntervalMs = 50;
    options.timeoutSeconds = 2;
    CredentialRequest request(&client, endpointOf(server), demoApplication(), spec, options);
    QSignalSpy finished(&request, &CredentialRequest::finished);
    QSignalSpy urls(&request, &CredentialRequest::validationRequired);
    request.start();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<CredentialRequestResult>();
    QCOMPARE(result.outcome, CredentialRequestResult::Outcome::Failed);
    QVERIFY2(result.errorString.contains(message), qPrintable(result.errorString));
    QVERIFY2(!result.errorString.contains(QLatin1String("evilCK")), qPrintable(result.errorString));
    QCOMPARE(urls.size(), 0); // nothing to open
    QVERIFY(result.consumerKey.isEmpty());
    // Nothing was sent with the planted key: the credential request was the last call.
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst(), QByteArray("POST /1.0/auth/credential"));
}

void TestCredentialRequest::validationUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("opened");
    QTest::newRow("https") << QStringLiteral("https://eu.api.ovh.com/auth/?credentialToken=x")
                           << true;
    QTest::newRow("HTTPS upper case") << QStringLiteral("HTTPS://ca.api.ovh.com/auth/") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080/auth/") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/auth/") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/auth/") << true;
    QTest::newRow("http elsewhere") << QStringLiteral("http://eu.api.ovh.com/auth/") << false;
    QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.evil.example/") << false;
    QTest::newRow("https without host") << QStringLiteral("https:///auth") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>") << false;
}

void TestCredentialRequest::validationUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, opened);
    const QString problem = validationUrlProblem(QUrl(url));
    QVERIFY2(problem.isEmpty() == opened, qPrintable(problem));
}

void TestCredentialRequest::invalidApplicationKeyNeverSent()
{
    // Even unsigned, the application key is a header: a CR in it is refused before sending.
    OvhTest::HostileServer server;
    plantAnswer(server, R"({"consumerKey":"CK1","validationUrl":"https://x.example/"})");
    QVERIFY(server.listen());
    ApiClient client(&m_nam, nullptr);
    Credentials application = demoApplication();
    application.applicationKey += QStringLiteral("\rX-Injected: 1");
    QVERIFY(!application.hasApplication());
    ApiCall* call = client.send(endpointOf(server), application,
        AuthCalls::requestCredential(endpointOf(server), CredentialRequestSpec()));
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<CallResult>();
    QCOMPARE(result.failure, CallResult::Failure::MissingCredentials);
    QVERIFY2(result.errorString.contains(QLatin1String("application_key: contains a carriage "
                                                       "return")),
        qPrintable(result.errorString));
    QCOMPARE(server.requests().size(), 0);
}

void TestCredentialRequest::currentCredentialOfDemoKey()
{
    Credentials credentials = demoApplication();
    credentials.consumerKey = QString::fromLatin1(SandboxDemo::kConsumerKey);
    CurrentCredentialJob job(m_client, endpoint(), credentials);
    QSignalSpy finished(&job, &CurrentCredentialJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    const auto call = finished.first().at(0).value<CallResult>();
    const auto info = finished.first().at(1).value<std::optional<CredentialInfo>>();
    QCOMPARE(call.status, 200);
    QVERIFY(info);
    QCOMPARE(info->status, CredentialStatus::Validated);
    QCOMPARE(info->applicationId, SandboxDemo::kApplicationId);
    QCOMPARE(info->rules, AccessRules::fullAccess());
    QVERIFY(!info->hasExpiry());
    QVERIFY(info->creation.isValid());
}

void TestCredentialRequest::loginCallsOnV2GoToV1()
{
    // /auth/* lives on /1.0 only: while the window is on v2, the login calls still go there
    // (the sandbox's /v2 answers the clock only, as the API does).
    const std::optional<Endpoint> v2 = endpoint().onBranch(ApiBranch::V2);
    QVERIFY(v2);
    QCOMPARE(v2->branch(), ApiBranch::V2);
    const QString v1Base = endpoint().baseUrl.toString();
    QCOMPARE(AuthCalls::requestCredential(*v2, {}).url.toString(),
        v1Base + QLatin1String("/auth/credential"));
    QCOMPARE(AuthCalls::currentCredential(*v2).url.toString(),
        v1Base + QLatin1String("/auth/currentCredential"));
    QCOMPARE(AuthCalls::logout(*v2).url.toString(), v1Base + QLatin1String("/auth/logout"));
    const Endpoint eu = *Endpoint::fromUserText(QStringLiteral("ovh-eu/v2"));
    QCOMPARE(AuthCalls::currentCredential(eu).url.toString(),
        QStringLiteral("https://eu.api.ovh.com/1.0/auth/currentCredential"));

    Credentials credentials = demoApplication();
    credentials.consumerKey = QString::fromLatin1(SandboxDemo::kConsumerKey);
    CurrentCredentialJob job(m_client, *v2, credentials);
    QSignalSpy finished(&job, &CurrentCredentialJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<CallResult>().status, 200);
    QVERIFY(finished.first().at(1).value<std::optional<CredentialInfo>>());
}

void TestCredentialRequest::logout()
{
    const Credentials credentials = obtainKey(AccessRules::readOnly());
    QVERIFY(credentials.canSign());
    QCOMPARE(send(credentials, "GET", QStringLiteral("/me")).status, 200);

    LogoutJob job(m_client, endpoint(), credentials);
    QSignalSpy finished(&job, &LogoutJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<CallResult>().isSuccess());

    const CallResult after = send(credentials, "GET", QStringLiteral("/me"));
    QCOMPARE(after.status, 403);
    QCOMPARE(after.error.errorCode, QStringLiteral("INVALID_CREDENTIAL"));
    CurrentCredentialJob check(m_client, endpoint(), credentials);
    QSignalSpy checked(&check, &CurrentCredentialJob::finished);
    check.start();
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.first().at(1).value<std::optional<CredentialInfo>>()->status,
        CredentialStatus::Expired);
}

QTEST_GUILESS_MAIN(TestCredentialRequest)
#include "tst_credentialrequest.moc"
