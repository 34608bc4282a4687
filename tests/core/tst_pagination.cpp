// v2 calls (issue 14 item 4): header parameters built, checked and sent as request headers;
// the cursor of the next page; Retry-After; AllPagesJob over FakeNetwork pages (order, 429,
// loops, limits, cancel).
#include "callfixtures.h"
#include "credentialfixtures.h"
#include "fakenetwork.h"
#include "v2fixtures.h"

#include "call/pagination.h"
#include "net/apiclient.h"
#include "net/retryafter.h"
#include "session/allpages.h"
#include "session/callsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Ovh;
using OvhTest::FakeNetwork;

namespace {

constexpr int kWaitMs = 10000;
const QString kPolicyUrlPath = QStringLiteral("/v2/iam/policy");

CallRequest policyRequest(const QStringList& specs, CallErrors* errors = nullptr)
{
    CallErrors local;
    const CallRequest request = buildCallRequest(OvhTest::v2IamProduct(),
        OvhTest::v2Operation(HttpMethod::Get, OvhTest::kV2PolicyPath), OvhTest::inputs(specs),
        errors ? errors : &local);
    if (!errors && !local.isEmpty())
        qFatal("unexpected errors: %s", qPrintable(local.constFirst().toString()));
    return request;
}

} // namespace

class TestPagination : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void headerParametersBuilt();
    void headerProblems_data();
    void headerProblems();
    void headerParametersSent();
    void cursorParameter();
    void withPageCursor_data();
    void withPageCursor();
    void retryAfter_data();
    void retryAfter();

    void allPagesJoined();
    void allPagesOnePage();
    void throttledPageRetried();
    void throttledTooOften();
    void failedPageKeepsEarlierPages();
    void notAnArray();
    void loopingCursorStops();
    void pageLimit();
    void cancelWhileWaiting();
    void cancelDuringPause();
    void busySessionRefused();

private:
    AllPagesResult runAll(AllPagesJob& job);

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CallSession> m_session;
};

void TestPagination::init()
{
    m_network = std::make_unique<FakeNetwork>();
    // No clock: signed with the local time, no /auth/time call in the recorded requests.
    m_client = std::make_unique<ApiClient>(m_network.get(), nullptr);
    m_session = std::make_unique<CallSession>(m_client.get());
    m_session->setAccount(OvhTest::v2Endpoint(), OvhTest::fullCredentials());
}

void TestPagination::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_network.reset();
}

AllPagesResult TestPagination::runAll(AllPagesJob& job)
{
    QSignalSpy finished(&job, &AllPagesJob::finished);
    if (!job.start())
        return AllPagesResult();
    if (!finished.wait(kWaitMs))
        qFatal("AllPagesJob did not finish");
    return finished.constFirst().constFirst().value<AllPagesResult>();
}

void TestPagination::headerParametersBuilt()
{
    const CallRequest request = policyRequest(
        { QStringLiteral("X-Pagination-Size=2"), QStringLiteral("X-Pagination-Cursor=abc="),
            QStringLiteral("action=a"), QStringLiteral("action=b") });
    QCOMPARE(request.headerParams.size(), 2);
    // Typed like any parameter, sent as text, in schema order.
    const QList<std::pair<QByteArray, QByteArray>> expected { { "X-Pagination-Cursor", "abc=" },
        { "X-Pagination-Size", "2" } };
    QCOMPARE(request.headerItems(), expected);
    // Headers are not part of the URL; the query array goes the OpenAPI way.
    QCOMPARE(request.url(OvhTest::v2Endpoint()).toEncoded(),
        QByteArray("https://eu.api.ovh.com/v2/iam/policy?action=a&action=b"));

    CallErrors errors;
    policyRequest({ QStringLiteral("X-Pagination-Size=two") }, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, QStringLiteral("X-Pagination-Size"));
}

void TestPagination::headerProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // a word of the message; empty: none

    QTest::newRow("cursor") << QStringLiteral("X-Pagination-Cursor")
                            << QStringLiteral("eyJvIjoxMH0=") << QString();
    QTest::newRow("tab inside") << QStringLiteral("X-Note") << QStringLiteral("a\tb") << QString();
    QTest::newRow("line feed") << QStringLiteral("X-Note") << QStringLiteral("a\nX-Evil: 1")
                               << QStringLiteral("line breaks");
    QTest::newRow("carriage return")
        << QStringLiteral("X-Note") << QStringLiteral("a\rb") << QStringLiteral("line breaks");
    QTest::newRow("nul") << QStringLiteral("X-Note") << QString(QChar(0))
                         << QStringLiteral("control");
    QTest::newRow("signature") << QStringLiteral("X-Ovh-Signature") << QStringLiteral("$1$x")
                               << QStringLiteral("set by the explorer");
    QTest::newRow("authorization") << QStringLiteral("Authorization") << QStringLiteral("Bearer x")
                                   << QStringLiteral("set by the explorer");
    QTest::newRow("host") << QStringLiteral("Host") << QStringLiteral("evil")
                          << QStringLiteral("set by the explorer");
    QTest::newRow("space in name")
        << QStringLiteral("X Note") << QStringLiteral("a") << QStringLiteral("cannot be the name");
    QTest::newRow("colon in name")
        << QStringLiteral("X:Note") << QStringLiteral("a") << QStringLiteral("cannot be the name");
    QTest::newRow("non-ascii name")
        << QStringLiteral("X-Noté") << QStringLiteral("a") << QStringLiteral("cannot be the name");
}

void TestPagination::headerProblems()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const QString message = headerParameterProblem(name, value);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestPagination::headerParametersSent()
{
    // A value with a line break is refused while building: nothing could be sent.
    CallErrors errors;
    policyRequest({ QStringLiteral("X-Pagination-Cursor=a\r\nX-Ovh-Consumer: stolen") }, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, QStringLiteral("X-Pagination-Cursor"));

    m_network->setAnswer(kPolicyUrlPath, FakeNetwork::Answer { 200, "[]", {}, false });
    const CallRequest request = policyRequest(
        { QStringLiteral("X-Pagination-Cursor=c1"), QStringLiteral("X-Pagination-Size=50") });
    const HttpCall call = CallSession::httpCall(request, OvhTest::v2Endpoint());
    QCOMPARE(call.headers.size(), 2);
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    QVERIFY(m_session->start(request));
    QVERIFY(finished.wait(kWaitMs));
    const FakeNetwork::Request sent = m_network->requests().constLast();
    QCOMPARE(sent.header("X-Pagination-Cursor"), QByteArray("c1"));
    QCOMPARE(sent.header("X-Pagination-Size"), QByteArray("50"));
    QVERIFY(!sent.header("X-Ovh-Signature").isEmpty()); // signed as any call
    // The Request sent tab shows them too.
    const CallResult result = finished.constFirst().constFirst().value<CallResult>();
    bool shown = false;
    for (const auto& [name, value] : result.request.headers)
        shown = shown || (name == "X-Pagination-Cursor" && value == "c1");
    QVERIFY(shown);
}

void TestPagination::cursorParameter()
{
    QVERIFY(takesPageCursor(OvhTest::v2Operation(HttpMethod::Get, OvhTest::kV2PolicyPath)));
    QVERIFY(!takesPageCursor(OvhTest::v2Operation(HttpMethod::Post, OvhTest::kV2PolicyPath)));
    QVERIFY(!takesPageCursor(
        OvhTest::v2Operation(HttpMethod::Get, QStringLiteral("/iam/policy/{policyId}"))));
    QCOMPARE(
        pageCursorParameter(OvhTest::v2Operation(HttpMethod::Get, OvhTest::kV2PolicyPath))->name,
        QStringLiteral("X-Pagination-Cursor"));
}

void TestPagination::withPageCursor_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::newRow("no headers yet") << QStringList { QStringLiteral("details=true") };
    QTest::newRow("size kept") << QStringList { QStringLiteral("X-Pagination-Size=3") };
    QTest::newRow("cursor replaced") << QStringList { QStringLiteral("X-Pagination-Cursor=old"),
        QStringLiteral("X-Pagination-Size=3") };
}

void TestPagination::withPageCursor()
{
    QFETCH(QStringList, specs);
    const CallRequest first = policyRequest(specs);
    const CallRequest next = Ovh::withPageCursor(first, QStringLiteral("n3xt"));
    QCOMPARE(next.url(OvhTest::v2Endpoint()), first.url(OvhTest::v2Endpoint()));
    QCOMPARE(next.bodyBytes, first.bodyBytes);
    int cursors = 0;
    for (const auto& [name, value] : next.headerItems()) {
        if (name.compare("X-Pagination-Cursor", Qt::CaseInsensitive) == 0) {
            ++cursors;
            QCOMPARE(value, QByteArray("n3xt"));
        } else {
            QVERIFY(first.headerItems().contains(std::pair { name, value }));
        }
    }
    QCOMPARE(cursors, 1);
}

void TestPagination::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("ms"); // -1: none

    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 2 ") << qint64(2000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("date") << QByteArray("Mon, 07 Dec 2026 01:00:10 GMT") << qint64(10000);
    QTest::newRow("date passed") << QByteArray("Mon, 07 Dec 2026 00:59:00 GMT") << qint64(0);
}

void TestPagination::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, ms);
    CallResult result;
    result.status = 429;
    if (!header.isNull())
        result.headers.append({ "Retry-After", header });
    const QDateTime now(QDate(2026, 12, 7), QTime(1, 0), Qt::UTC);
    const std::optional<qint64> wait = retryAfterMs(result, now);
    QCOMPARE(wait.value_or(-1), ms);
    QVERIFY(isThrottled(result));
}

void TestPagination::allPagesJoined()
{
    m_network->setAnswer(kPolicyUrlPath, OvhTest::numberPages(3, 4));
    AllPagesJob job(m_session.get(), policyRequest({ QStringLiteral("X-Pagination-Size=4") }));
    QSignalSpy progressed(&job, &AllPagesJob::progressed);
    const AllPagesResult result = runAll(job);
    QCOMPARE(result.outcome, AllPagesResult::Outcome::Complete);
    QVERIFY(result.errorString.isEmpty());
    QCOMPARE(result.pages, 3);
    QCOMPARE(result.items, OvhTest::numbers(12));
    QCOMPARE(progressed.size(), 3);
    QCOMPARE(progressed.constLast().at(1).toInt(), 12);
    // The cursors asked for, in order; the size kept on every page.
    const QList<FakeNetwork::Request> sent = m_network->requests();
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(0).header("X-Pagination-Cursor"), QByteArray());
    QCOMPARE(sent.at(1).header("X-Pagination-Cursor"), QByteArray("c1"));
    QCOMPARE(sent.at(2).header("X-Pagination-Cursor"), QByteArray("c2"));
    for (const FakeNetwork::Request& request : sent)
        QCOMPARE(request.header("X-Pagination-Size"), QByteArray("4"));
    QVERIFY(!job.isRunning());
}

void TestPagination::allPagesOnePage()
{
    m_network->setAnswer(kPolicyUrlPath, OvhTest::numberPages(1, 2));
    AllPagesJob job(m_session.get(), policyRequest({}));
    const AllPagesResult result = runAll(job);
    QVERIFY(result.isComplete());
    QCOMPARE(result.pages, 1);
    QCOMPARE(result.items, OvhTest::numbers(2));
}

void TestPagination::throttledPageRetried()
{
    // Page 2 is refused twice with 429 (Retry-After 0), then served.
    int refusals = 0;
    const FakeNetwork::Script pages = OvhTest::numberPages(3, 2);
    m_network->setAnswer(kPolicyUrlPath, [&](const FakeNetwork::Request& request) {
        if (request.header("X-Pagination-Cursor") == "c1" && refusals < 2) {
            ++refusals;
            return FakeNetwork::Answer { 429,
                FakeNetwork::ovhError("TOO_MANY_REQUESTS", "Too many requests"),
                { { "Retry-After", "0" } }, false };
        }
        return pages(request);
    });
    AllPagesJob job(m_session.get(), policyRequest({}));
    QSignalSpy throttled(&job, &AllPagesJob::throttled);
    const AllPagesResult result = runAll(job);
    QCOMPARE(result.outcome, AllPagesResult::Outcome::Complete);
    QCOMPARE(result.items, OvhTest::numbers(6));
    QCOMPARE(throttled.size(), 2);
    QCOMPARE(throttled.constFirst().constFirst().toLongLong(), qint64(0));
    QCOMPARE(m_network->requests().size(), 5);
}

void TestPagination::throttledTooOften()
{
    m_network->setAnswer(kPolicyUrlPath,
        FakeNetwork::Answer { 429, FakeNetwork::ovhError("TOO_MANY_REQUESTS", "slow down"),
            { { "Retry-After", "0" } }, false });
    AllPagesJob::Limits limits;
    limits.maxRetries = 2;
    AllPagesJob job(m_session.get(), policyRequest({}), limits);
    const AllPagesResult result = runAll(job);
    QCOMPARE(result.outcome, AllPagesResult::Outcome::Failed);
    QCOMPARE(result.last.status, 429);
    QVERIFY2(result.errorString.contains(QStringLiteral("page 1")), qPrintable(result.errorString));
    QCOMPARE(m_network->requests().size(), 3); // the first try and two retries, no more
}

void TestPagination::failedPageKeepsEarlierPages()
{
    const FakeNetwork::Script pages = OvhTest::numberPages(3, 2);
    m_network->setAnswer(kPolicyUrlPath, [&](const FakeNetwork::Request& request) {
        if (request.header("X-Pagination-Cursor") == "c2")
            return FakeNetwork::Answer { 403,
                FakeNetwork::ovhError("NOT_GRANTED_CALL", "This call has not been granted"), {},
                false };
        return pages(request);
    });
    AllPagesJob job(m_session.get(), policyRequest({}));
    const AllPagesResult result = runAll(job);
    QCOMPARE(result.outcome, AllPagesResult::Outcome::Failed);
    QCOMPARE(result.pages, 2);
    QCOMPARE(result.items, OvhTest::numbers(4));
    QCOMPARE(result.last.status, 403);
    QVERIFY2(result.errorString.contains(QStringLiteral("page 3"))
            && result.errorString.contains(QStringLiteral("not been granted")),
        qPrintable(result.errorString));
}

void TestPagination::notAnArray()
{
    m_network->setAnswer(kPolicyUrlPath, FakeNetwork::Answer { 200, R"({"id":"x"})", {}, false });
    AllPagesJob job(m_session.get(), policyRequest({}));
    const AllPagesResult result = runAll(job);
    QCOMPARE(result.outcome, AllPagesResult::Outcome::Failed);
    QVERIFY(result.items.isEmpty());
    QVERIFY2(result.errorString.contains(QStringLiteral("not a JSON array")),
        qPrintable(result.errorString));
}

void TestPagination::loopingCursorStops()
{
    // A server that always says "next: c1".
    m_network->setAnswer(kPolicyUrlPath,
        FakeNetwork::Answer { 200, "[1]", { { "X-Pagination-Cursor-Next", "c1" } }, false });
    AllPagesJob job(m_session.get(), policyRequest({}));
    const AllPagesResult result = runAll(job);
    QCOMPARE(result.outcome, AllPagesResult::Outcome::Failed);
    QCOMPARE(result.pages, 2);
    QCOMPARE(m_network->requests().size(), 2);
    QVERIFY2(result.errorString.contains(QStringLiteral("again")), qPrintable(result.errorString));
}

void TestPagination::pageLimit()
{
    m_network->setAnswer(kPolicyUrlPath, OvhTest::numberPages(100, 1));
    AllPagesJob::Limits limits;
    limits.maxPages = 5;
    AllPagesJob job(m_session.get(), policyRequest({}), limits);
    const AllPagesResult result = runAll(job);
    QCOMPARE(result.outcome, AllPagesResult::Outcome::PageLimit);
    QCOMPARE(result.pages, 5);
    QCOMPARE(result.items, OvhTest::numbers(5));
    QCOMPARE(m_network->requests().size(), 5);
}

void TestPagination::cancelWhileWaiting()
{
    FakeNetwork::Answer held { 200, "[1]", { { "X-Pagination-Cursor-Next", "c1" } }, true };
    m_network->setAnswer(kPolicyUrlPath, held);
    AllPagesJob job(m_session.get(), policyRequest({}));
    QSignalSpy finished(&job, &AllPagesJob::finished);
    QVERIFY(job.start());
    QTRY_COMPARE_WITH_TIMEOUT(m_network->heldCount(), 1, kWaitMs);
    job.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    const auto result = finished.constFirst().constFirst().value<AllPagesResult>();
    QCOMPARE(result.outcome, AllPagesResult::Outcome::Cancelled);
    QVERIFY(!m_session->isRunning());
    QCOMPARE(m_network->requests().size(), 1);
}

void TestPagination::cancelDuringPause()
{
    m_network->setAnswer(
        kPolicyUrlPath, FakeNetwork::Answer { 429, "{}", { { "Retry-After", "30" } }, false });
    AllPagesJob job(m_session.get(), policyRequest({}));
    QSignalSpy finished(&job, &AllPagesJob::finished);
    QSignalSpy throttled(&job, &AllPagesJob::throttled);
    QVERIFY(job.start());
    QVERIFY(throttled.wait(kWaitMs));
    QCOMPARE(throttled.constFirst().constFirst().toLongLong(), qint64(30000));
    job.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(finished.constFirst().constFirst().value<AllPagesResult>().outcome,
        AllPagesResult::Outcome::Cancelled);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestPagination::busySessionRefused()
{
    m_network->setAnswer(kPolicyUrlPath, FakeNetwork::Answer { 200, "[]", {}, true });
    QVERIFY(m_session->start(policyRequest({})));
    AllPagesJob job(m_session.get(), policyRequest({}));
    QVERIFY(!job.start());
    QVERIFY(!job.isRunning());
    m_session->cancel();
}

QTEST_GUILESS_MAIN(TestPagination)
#include "tst_pagination.moc"
