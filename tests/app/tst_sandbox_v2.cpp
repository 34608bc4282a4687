// The sandbox's /v2 branch (issue 14 item 7, its v2 part) and `call --all-pages` (item 4):
// cursor pages checked alone, then the branch end to end (documents, signed calls, pages
// through AllPagesJob) and the real ovh-explorer-cli joining the pages.
#include "processrun.h"
#include "testpaths.h"
#include "v2fixtures.h"

#include "call/pagination.h"
#include "net/apiclient.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxv2.h"
#include "session/allpages.h"
#include "session/callsession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ovh;

namespace {

constexpr int kWaitMs = 20000;

QByteArray header(const SandboxReply& reply, const QByteArray& name)
{
    for (const auto& [key, value] : reply.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

} // namespace

class TestSandboxV2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void cursorPages_data();
    void cursorPages();
    void walkEveryPage_data();
    void walkEveryPage();
    void documentsServed();
    void signedAndChecked();
    void allPagesJob();
    void cliAllPages();
    void cliAllPagesRefusesPost();
    void createTokenPage();

private:
    CallResult call(const CallRequest& request);

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CallSession> m_session;
    QTemporaryDir m_cache;
};

void TestSandboxV2::initTestCase()
{
    m_sandbox.setV2SnapshotDir(OvhTest::v2BranchDir());
    QVERIFY(m_sandbox.hasV2());
    QVERIFY(m_sandbox.listen());
    m_client = std::make_unique<ApiClient>(&m_nam, nullptr);
    m_session = std::make_unique<CallSession>(m_client.get());
    Endpoint endpoint;
    endpoint.baseUrl = m_sandbox.v2BaseUrl();
    m_session->setAccount(endpoint, SandboxDemo::credentials());
}

CallResult TestSandboxV2::call(const CallRequest& request)
{
    QSignalSpy finished(m_session.get(), &CallSession::finished);
    if (!m_session->start(request) || !finished.wait(kWaitMs))
        return CallResult();
    return finished.constFirst().constFirst().value<CallResult>();
}

void TestSandboxV2::cursorPages_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("size");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("first"); // first element of the page
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("more");

    QTest::newRow("default size") << 25 << QByteArray() << 200 << 0 << 10 << true;
    QTest::newRow("size 7") << 25 << QByteArray("7") << 200 << 0 << 7 << true;
    QTest::newRow("one page") << 5 << QByteArray("10") << 200 << 0 << 5 << false;
    QTest::newRow("exact fit") << 10 << QByteArray("10") << 200 << 0 << 10 << false;
    QTest::newRow("empty list") << 0 << QByteArray() << 200 << 0 << 0 << false;
    QTest::newRow("size 0") << 25 << QByteArray("0") << 400 << 0 << 0 << false;
    QTest::newRow("size too big") << 25 << QByteArray("1001") << 400 << 0 << 0 << false;
    QTest::newRow("size not a number") << 25 << QByteArray("ten") << 400 << 0 << 0 << false;
    QTest::newRow("size max") << 25 << QByteArray("1000") << 200 << 0 << 25 << false;
}

void TestSandboxV2::cursorPages()
{
    QFETCH(int, count);
    QFETCH(QByteArray, size);
    QFETCH(int, status);
    QFETCH(int, first);
    QFETCH(int, length);
    QFETCH(bool, more);
    const SandboxReply reply = cursorPage(OvhTest::numbers(count), QByteArray(), size);
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QVERIFY(reply.body.contains("X-Pagination-Size"));
        return;
    }
    const QJsonArray page = QJsonDocument::fromJson(reply.body).array();
    QCOMPARE(page.size(), length);
    if (length > 0)
        QCOMPARE(page.first().toInt(), first);
    QCOMPARE(!header(reply, "X-Pagination-Cursor-Next").isEmpty(), more);
}

void TestSandboxV2::walkEveryPage_data()
{
    QTest::addColumn<QByteArray>("badCursor");
    QTest::newRow("garbage") << QByteArray("not-a-cursor!");
    QTest::newRow("offset 0") << QByteArray("offset:0").toBase64(QByteArray::Base64UrlEncoding);
    QTest::newRow("past the end")
        << QByteArray("offset:99").toBase64(QByteArray::Base64UrlEncoding);
    QTest::newRow("negative") << QByteArray("offset:-3").toBase64(QByteArray::Base64UrlEncoding);
}

// Following the cursors gives every element once, in order; a cursor it did not give is a 400.
void TestSandboxV2::walkEveryPage()
{
    QFETCH(QByteArray, badCursor);
    QJsonArray all;
    QByteArray cursor;
    int pages = 0;
    do {
        const SandboxReply reply = cursorPage(OvhTest::numbers(23), cursor, "5");
        QCOMPARE(reply.status, 200);
        const QJsonArray page = QJsonDocument::fromJson(reply.body).array();
        for (const QJsonValue& value : page)
            all.append(value);
        cursor = header(reply, "X-Pagination-Cursor-Next");
        ++pages;
    } while (!cursor.isEmpty() && pages < 100);
    QCOMPARE(pages, 5);
    QCOMPARE(all, OvhTest::numbers(23));

    const SandboxReply refused = cursorPage(OvhTest::numbers(23), badCursor, "5");
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("X-Pagination-Cursor"));
}

void TestSandboxV2::documentsServed()
{
    QNetworkReply* reply
        = m_nam.get(QNetworkRequest(QUrl(m_sandbox.v2BaseUrl().toString() + QLatin1Char('/'))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    const QJsonObject index = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    // The index names this branch's base URL, as the API's does.
    QCOMPARE(index.value(QLatin1String("basePath")).toString(), m_sandbox.v2BaseUrl().toString());
    QCOMPARE(index.value(QLatin1String("apis")).toArray().size(), 1);
    // v1 is still where it was.
    QVERIFY(m_sandbox.baseUrl().path() == QLatin1String("/1.0"));
}

void TestSandboxV2::signedAndChecked()
{
    const Product& product = OvhTest::v2IamProduct();
    CallErrors errors;
    CallValues values;
    values.addText(
        QStringLiteral("policyId"), QStringLiteral("6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d"));
    const CallRequest get = buildCallRequest(product,
        OvhTest::v2Operation(HttpMethod::Get, QStringLiteral("/iam/policy/{policyId}")), values,
        &errors);
    QVERIFY(errors.isEmpty());
    CallResult result = call(get);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.toObject().value(QLatin1String("name")).isString(), true);

    // Checked like v1: keys, then the schema.
    Endpoint endpoint;
    endpoint.baseUrl = m_sandbox.v2BaseUrl();
    Credentials wrong = SandboxDemo::credentials();
    wrong.consumerKey = QStringLiteral("UnknownConsumerKey00000000000000");
    m_session->setAccount(endpoint, wrong);
    result = call(get);
    m_session->setAccount(endpoint, SandboxDemo::credentials());
    QCOMPARE(result.status, 403);

    CallRequest missing = get;
    missing.path = QStringLiteral("/iam/nothing");
    result = call(missing);
    QCOMPARE(result.status, 404);

    // A bad cursor is the client's error.
    CallRequest paged = withPageCursor(
        buildCallRequest(product, OvhTest::v2Operation(HttpMethod::Get, OvhTest::kV2PolicyPath),
            CallValues(), &errors),
        QStringLiteral("bogus"));
    result = call(paged);
    QCOMPARE(result.status, 400);
}

void TestSandboxV2::allPagesJob()
{
    CallErrors errors;
    CallValues values;
    values.addText(QStringLiteral("X-Pagination-Size"), QStringLiteral("10"));
    const CallRequest first = buildCallRequest(OvhTest::v2IamProduct(),
        OvhTest::v2Operation(HttpMethod::Get, OvhTest::kV2PolicyPath), values, &errors);
    QVERIFY(errors.isEmpty());
    AllPagesJob job(m_session.get(), first);
    QSignalSpy finished(&job, &AllPagesJob::finished);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(job.start());
    QVERIFY(finished.wait(kWaitMs));
    qInfo("All pages: 3 pages, 25 items from the sandbox in %lld ms", timer.elapsed());
    const auto result = finished.constFirst().constFirst().value<AllPagesResult>();
    QVERIFY2(result.isComplete(), qPrintable(result.errorString));
    QCOMPARE(result.pages, 3);
    QCOMPARE(result.items.size(), SandboxV2Branch::DemoListSize);
    QSet<QString> ids;
    for (const QJsonValue& item : result.items)
        ids.insert(item.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), SandboxV2Branch::DemoListSize); // each its own
}

void TestSandboxV2::cliAllPages()
{
    const QStringList arguments { QStringLiteral("call"), QStringLiteral("GET"),
        OvhTest::kV2PolicyPath, QStringLiteral("--all-pages"), QStringLiteral("-p"),
        QStringLiteral("X-Pagination-Size=4"), QStringLiteral("--endpoint"),
        m_sandbox.v2BaseUrl().toString(), QStringLiteral("--cache-dir"), m_cache.path(),
        QStringLiteral("--config"), OvhTest::dataFile(QStringLiteral("empty-ovh.conf")),
        QStringLiteral("--app-key"), QString::fromLatin1(SandboxDemo::kApplicationKey),
        QStringLiteral("--app-secret"), QString::fromLatin1(SandboxDemo::kApplicationSecret),
        QStringLiteral("--consumer-key"), QString::fromLatin1(SandboxDemo::kConsumerKey),
        QStringLiteral("--no-history") };
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("OVH_")))
            environment.remove(name);
    }
    const OvhTest::ProcessRun run = OvhTest::runProcess(
        OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"), arguments, environment);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonArray items = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(items.size(), SandboxV2Branch::DemoListSize);
    QVERIFY2(run.err.contains("7 pages, 25 items"), run.err.constData());

    // --json: the pages' count and the joined items in one object.
    const OvhTest::ProcessRun json
        = OvhTest::runProcess(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
            arguments + QStringList { QStringLiteral("--json") }, environment);
    QVERIFY2(json.ok(), qPrintable(json.describe()));
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(QLatin1String("pages")).toInt(), 7);
    QCOMPARE(object.value(QLatin1String("complete")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("items")).toArray(), items);
}

void TestSandboxV2::cliAllPagesRefusesPost()
{
    const OvhTest::ProcessRun run
        = OvhTest::runProcess(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
            { QStringLiteral("call"), QStringLiteral("POST"), OvhTest::kV2PolicyPath,
                QStringLiteral("--all-pages"), QStringLiteral("--endpoint"),
                m_sandbox.v2BaseUrl().toString(), QStringLiteral("--cache-dir"), m_cache.path(),
                QStringLiteral("--offline") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("GET only"), run.err.constData());
}

// The code tabs' "create the keys" link works on the sandbox: a consumer key with exactly the
// rights of the link.
void TestSandboxV2::createTokenPage()
{
    QUrl page = m_sandbox.baseUrl();
    page.setPath(QStringLiteral("/createToken/"));
    page.setQuery(QStringLiteral("GET=/me"));
    QNetworkReply* reply = m_nam.get(QNetworkRequest(page));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    const QByteArray html = reply->readAll();
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(html.contains(QByteArray("OVH_APPLICATION_KEY=" + SandboxDemo::applicationKey())));
    const qsizetype at = html.indexOf("OVH_CONSUMER_KEY=");
    QVERIFY(at > 0);
    const QByteArray consumerKey = html.mid(at + 17, 32);

    ApiClient client(&m_nam, nullptr);
    CallSession session(&client);
    Endpoint endpoint;
    endpoint.baseUrl = m_sandbox.baseUrl();
    Credentials keys = SandboxDemo::credentials();
    keys.consumerKey = QString::fromLatin1(consumerKey);
    session.setAccount(endpoint, keys);
    auto send = [&session](const QString& path) {
        CallRequest request;
        request.method = HttpMethod::Get;
        request.pathTemplate = path;
        request.path = path;
        QSignalSpy done(&session, &CallSession::finished);
        if (!session.start(request) || !done.wait(kWaitMs))
            return 0;
        return done.constFirst().constFirst().value<CallResult>().status;
    };
    QCOMPARE(send(QStringLiteral("/me")), 200);
    QCOMPARE(send(QStringLiteral("/domain")), 403); // not asked for
}

QTEST_GUILESS_MAIN(TestSandboxV2)
#include "tst_sandbox_v2.moc"
