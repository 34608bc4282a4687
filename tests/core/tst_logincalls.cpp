// The log-in's signed calls (the consumer-key polls, GET /auth/currentCredential, POST
// /auth/logout) follow the one server-clock policy of every signed call: the clock is synced
// before the first one, and a refused timestamp re-syncs it for the next. And their lifetime:
// each job is its owner's, so destroying the owner mid-flight leaves nothing behind. All on the
// shared FakeNetwork, so each case sees exactly what went out.
#include "fakenetwork.h"

#include "auth/credentialrequest.h"
#include "net/apiclient.h"
#include "net/serverclock.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Ovh;
using OvhTest::FakeNetwork;

namespace {

constexpr qint64 kLocalNow = 1'700'000'000;
constexpr int kWaitMs = 10000;

Credentials keys()
{
    Credentials credentials;
    credentials.applicationKey = QStringLiteral("ak");
    credentials.applicationSecret = QStringLiteral("as");
    credentials.consumerKey = QStringLiteral("ck");
    return credentials;
}

CredentialRequestSpec anySpec()
{
    CredentialRequestSpec spec;
    spec.rules = { CredentialRule { QStringLiteral("GET"), QStringLiteral("/me") } };
    return spec;
}

QByteArray timestampOf(const FakeNetwork::Request& request)
{
    return request.header("X-Ovh-Timestamp");
}

} // namespace

class TestLoginCalls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pollsResyncAfterARefusedTimestamp();
    void oneCallJobsFollowTheClockPolicy_data();
    void oneCallJobsFollowTheClockPolicy();
    void destroyingTheOwnerMidFlight_data();
    void destroyingTheOwnerMidFlight();

private:
    // The API's clock is `m_serverNow`; a signed call stamped otherwise is refused.
    FakeNetwork::Answer checkTimestamp(const FakeNetwork::Request& request, QByteArray okBody);
    // A job of the row's kind on `owner`, started; its finished() counted by `done`.
    QObject* startJob(const QString& kind, QObject* owner, int* done);

    Endpoint m_endpoint = *Endpoint::fromUserText(QStringLiteral("https://api.test/1.0"));
    qint64 m_serverNow = kLocalNow + 600;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ServerClock> m_clock;
    std::unique_ptr<ApiClient> m_client;
};

void TestLoginCalls::init()
{
    m_serverNow = kLocalNow + 600;
    m_network = std::make_unique<FakeNetwork>();
    m_network->setAnswer(QStringLiteral("/1.0/auth/time"), [this](const FakeNetwork::Request&) {
        return FakeNetwork::Answer { 200, QByteArray::number(m_serverNow), {}, false };
    });
    m_network->setAnswer(QStringLiteral("/1.0/auth/credential"),
        { 200,
            R"({"consumerKey":"ConsumerKeyFromTheApi000000000001",)"
            R"("validationUrl":"https://api.test/auth/?credentialToken=t","state":)"
            R"("pendingValidation"})",
            {}, false });
    m_network->setAnswer(
        QStringLiteral("/1.0/auth/currentCredential"), [this](const FakeNetwork::Request& r) {
            return checkTimestamp(r, R"({"status":"validated","rules":[]})");
        });
    m_network->setAnswer(QStringLiteral("/1.0/auth/logout"),
        [this](const FakeNetwork::Request& r) { return checkTimestamp(r, "null"); });
    m_clock = std::make_unique<ServerClock>(m_network.get(), [] { return kLocalNow; });
    m_client = std::make_unique<ApiClient>(m_network.get(), m_clock.get());
}

void TestLoginCalls::cleanup()
{
    m_client.reset();
    m_clock.reset();
    m_network.reset();
}

FakeNetwork::Answer TestLoginCalls::checkTimestamp(
    const FakeNetwork::Request& request, QByteArray okBody)
{
    if (timestampOf(request) != QByteArray::number(m_serverNow)) {
        return { 400, FakeNetwork::ovhError("QUERY_TIME_OUT", "Query out of time"), {}, false };
    }
    return { 200, std::move(okBody), {}, false };
}

void TestLoginCalls::pollsResyncAfterARefusedTimestamp()
{
    // The server's clock jumps right after its first measurement: the first poll is refused.
    int measured = 0;
    m_network->setAnswer(QStringLiteral("/1.0/auth/time"), [&](const FakeNetwork::Request&) {
        const qint64 now = m_serverNow;
        if (++measured == 1)
            m_serverNow = kLocalNow + 3600;
        return FakeNetwork::Answer { 200, QByteArray::number(now), {}, false };
    });
    CredentialRequest::Options options;
    options.pollIntervalMs = 10;
    options.timeoutSeconds = 5;
    CredentialRequest request(m_client.get(), m_endpoint, keys(), anySpec(), options);
    QSignalSpy finished(&request, &CredentialRequest::finished);
    request.start();
    QVERIFY(finished.wait(kWaitMs));
    const auto result = finished.constFirst().constFirst().value<CredentialRequestResult>();
    QVERIFY2(result.isValidated(), qPrintable(result.errorString));

    // The clock before the first signed call (the POST is unsigned), the refusal, one new
    // measurement, then the poll signed with the new time.
    const QList<FakeNetwork::Request> polls
        = m_network->requestsTo(QStringLiteral("/auth/currentCredential"));
    QCOMPARE(polls.size(), 2);
    QCOMPARE(timestampOf(polls.at(0)), QByteArray::number(kLocalNow + 600));
    QCOMPARE(timestampOf(polls.at(1)), QByteArray::number(kLocalNow + 3600));
    QCOMPARE(m_network->requestsTo(QStringLiteral("/auth/time")).size(), 2);
    QVERIFY(m_network->requests().at(0).url.path().endsWith(QLatin1String("/auth/credential")));
}

void TestLoginCalls::oneCallJobsFollowTheClockPolicy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("GET /auth/currentCredential") << QStringLiteral("current");
    QTest::newRow("POST /auth/logout") << QStringLiteral("logout");
}

void TestLoginCalls::oneCallJobsFollowTheClockPolicy()
{
    QFETCH(QString, kind);
    const QString path = kind == QLatin1String("current") ? QStringLiteral("/currentCredential")
                                                          : QStringLiteral("/logout");
    QObject owner;
    int done = 0;
    // A fresh clock: measured first, then the call is signed with the server's time.
    startJob(kind, &owner, &done);
    QTRY_COMPARE_WITH_TIMEOUT(done, 1, kWaitMs);
    QCOMPARE(m_network->requests().size(), 2);
    QVERIFY(m_network->requests().at(0).url.path().endsWith(QLatin1String("/auth/time")));
    QCOMPARE(timestampOf(m_network->requests().at(1)), QByteArray::number(kLocalNow + 600));
    QCOMPARE(m_network->requests().at(1).url.path(), QStringLiteral("/1.0/auth") + path);

    // The server's clock moves: the next call is refused, and that refusal starts a new
    // measurement, which the call after it waits for.
    m_serverNow = kLocalNow + 3600;
    startJob(kind, &owner, &done);
    QTRY_COMPARE_WITH_TIMEOUT(done, 2, kWaitMs);
    startJob(kind, &owner, &done);
    QTRY_COMPARE_WITH_TIMEOUT(done, 3, kWaitMs);
    QCOMPARE(m_network->requestsTo(QStringLiteral("/auth/time")).size(), 2);
    const FakeNetwork::Request last = m_network->requests().constLast();
    QCOMPARE(last.url.path(), QStringLiteral("/1.0/auth") + path);
    QCOMPARE(timestampOf(last), QByteArray::number(kLocalNow + 3600));
    QVERIFY(m_clock->isSynced(m_endpoint));
}

QObject* TestLoginCalls::startJob(const QString& kind, QObject* owner, int* done)
{
    if (kind == QLatin1String("current")) {
        auto* job = new CurrentCredentialJob(m_client.get(), m_endpoint, keys(), owner);
        connect(job, &CurrentCredentialJob::finished, owner, [done] { ++*done; });
        job->start();
        return job;
    }
    if (kind == QLatin1String("logout")) {
        auto* job = new LogoutJob(m_client.get(), m_endpoint, keys(), owner);
        connect(job, &LogoutJob::finished, owner, [done] { ++*done; });
        job->start();
        return job;
    }
    CredentialRequest::Options options;
    options.pollIntervalMs = 10;
    auto* job
        = new CredentialRequest(m_client.get(), m_endpoint, keys(), anySpec(), options, owner);
    connect(job, &CredentialRequest::finished, owner, [done] { ++*done; });
    job->start();
    return job;
}

void TestLoginCalls::destroyingTheOwnerMidFlight_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("heldPath");
    QTest::newRow("current credential")
        << QStringLiteral("current") << "/1.0/auth/currentCredential";
    QTest::newRow("logout") << QStringLiteral("logout") << "/1.0/auth/logout";
    QTest::newRow("consumer-key request") << QStringLiteral("request") << "/1.0/auth/credential";
    QTest::newRow("consumer-key poll")
        << QStringLiteral("request") << "/1.0/auth/currentCredential";
    QTest::newRow("waiting for the clock") << QStringLiteral("current") << "/1.0/auth/time";
}

void TestLoginCalls::destroyingTheOwnerMidFlight()
{
    QFETCH(QString, kind);
    QFETCH(QString, heldPath);
    m_network->setAnswer(heldPath, { 200, "{}", {}, true });
    auto owner = std::make_unique<QObject>();
    int done = 0;
    QPointer<QObject> job = startJob(kind, owner.get(), &done);
    QTRY_COMPARE_WITH_TIMEOUT(m_network->heldCount(), 1, kWaitMs);
    owner.reset(); // mid-flight: the job goes with its owner, and its call with it
    QVERIFY(job.isNull());
    m_network->release();
    QTest::qWait(50); // late answers must reach nothing
    QCOMPARE(done, 0);
    // Nothing left behind with the client: each call was its job's.
    QCOMPARE(m_client->findChildren<ApiCall*>().size(), 0);
}

QTEST_GUILESS_MAIN(TestLoginCalls)
#include "tst_logincalls.moc"
