// The v2 branch on the command line (issue 14 items 1-2): --branch, /v2/… paths, the bundled
// v2 snapshot, a v2 server's OpenAPI documents and their cache.
#include "base/endpoint.h"
#include "net/schemafetch.h"
#include "processrun.h"
#include "sandbox/snapshotserver.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

ProcessRun runCli(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OVH_ENDPOINT"));
    return runProcess(binDir() + QLatin1String("/ovh-explorer-cli"), arguments, environment);
}

QJsonObject jsonOf(const QByteArray& out)
{
    return QJsonDocument::fromJson(out).object();
}

QString v2Dir()
{
    return QDir::cleanPath(snapshotDir(QStringLiteral("eu")) + QLatin1String("/../v2"));
}

} // namespace

class TestCliBranch : public QObject
{
    Q_OBJECT

private slots:
    void bundledV2();
    void v2Server();
    void opsAndPaths();
    void badBranch_data();
    void badBranch();
    void schemaUrl();
};

void TestCliBranch::bundledV2()
{
    QTemporaryDir cache;
    const ProcessRun run
        = runCli({ QStringLiteral("schema"), QStringLiteral("--branch"), QStringLiteral("v2"),
            QStringLiteral("--endpoint"), QStringLiteral("ovh-eu"), QStringLiteral("--cache-dir"),
            cache.path(), QStringLiteral("--offline"), QStringLiteral("--json") });
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonObject result = jsonOf(run.out);
    QCOMPARE(result.value(QLatin1String("source")).toString(), QStringLiteral("bundled"));
    QCOMPARE(result.value(QLatin1String("products")).toInt(), 4);
    QCOMPARE(result.value(QLatin1String("operations")).toInt(), 82);
    QCOMPARE(result.value(QLatin1String("endpoint")).toString(), QStringLiteral("ovh-eu"));
}

void TestCliBranch::v2Server()
{
    // A v2 base URL is read as v2: OpenAPI documents, cached, then offline from the cache.
    SnapshotServer server(v2Dir());
    server.setBasePath(QStringLiteral("/v2"));
    QVERIFY(server.listen());
    QTemporaryDir cache;
    const QStringList arguments { QStringLiteral("schema"), QStringLiteral("--endpoint"),
        server.baseUrl().toString(), QStringLiteral("--cache-dir"), cache.path(),
        QStringLiteral("--json") };
    const ProcessRun online = runCli(arguments);
    QVERIFY2(online.ok(), qPrintable(online.describe()));
    QCOMPARE(jsonOf(online.out).value(QLatin1String("operations")).toInt(), 82);
    QCOMPARE(
        jsonOf(online.out).value(QLatin1String("source")).toString(), QStringLiteral("network"));
    QCOMPARE(server.requestCount(QStringLiteral("/iam.json")), 1);
    const ProcessRun offline = runCli(arguments + QStringList { QStringLiteral("--offline") });
    QVERIFY2(offline.ok(), qPrintable(offline.describe()));
    QCOMPARE(jsonOf(offline.out).value(QLatin1String("operations")).toInt(), 82);
    QCOMPARE(
        jsonOf(offline.out).value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    // The same server's URL with --branch v1 is another endpoint: nothing cached for it.
    QVERIFY(server.baseUrl().toString().endsWith(QLatin1String("/v2")));
}

void TestCliBranch::opsAndPaths()
{
    QTemporaryDir cache;
    const QStringList offline { QStringLiteral("--endpoint"), QStringLiteral("ovh-eu"),
        QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("--offline") };
    const ProcessRun ops
        = runCli(QStringList { QStringLiteral("ops"), QStringLiteral("--branch"),
                     QStringLiteral("v2"), QStringLiteral("--filter"), QStringLiteral("policy") }
            + offline);
    QVERIFY2(ops.ok(), qPrintable(ops.describe()));
    static const QRegularExpression listPolicies(
        QStringLiteral("^GET +/iam/policy\t"), QRegularExpression::MultilineOption);
    QVERIFY2(QString::fromUtf8(ops.out).contains(listPolicies), ops.out.constData());
    QVERIFY(!ops.out.contains("/domain"));

    // A path written /v2/… selects the branch, as the wrappers do; query arrays go the
    // OpenAPI way (action=a&action=b).
    const ProcessRun snippet = runCli(
        QStringList { QStringLiteral("snippet"), QStringLiteral("--lang"), QStringLiteral("shell"),
            QStringLiteral("GET"), QStringLiteral("/v2/iam/policy"), QStringLiteral("-p"),
            QStringLiteral("action=a:b/get"), QStringLiteral("-p"), QStringLiteral("action=c"),
            QStringLiteral("--json") }
        + offline);
    QVERIFY2(snippet.ok(), qPrintable(snippet.describe()));
    QCOMPARE(jsonOf(snippet.out).value(QLatin1String("url")).toString(),
        QStringLiteral("https://eu.api.ovh.com/v2/iam/policy?action=a%3Ab%2Fget&action=c"));
    // And /v1/… the v1 branch.
    const ProcessRun v1 = runCli(
        QStringList { QStringLiteral("snippet"), QStringLiteral("--lang"), QStringLiteral("shell"),
            QStringLiteral("GET"), QStringLiteral("/v1/me"), QStringLiteral("--json") }
        + offline);
    QVERIFY2(v1.ok(), qPrintable(v1.describe()));
    QCOMPARE(jsonOf(v1.out).value(QLatin1String("url")).toString(),
        QStringLiteral("https://eu.api.ovh.com/1.0/me"));
}

void TestCliBranch::badBranch_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown branch")
        << QStringList { QStringLiteral("--branch"), QStringLiteral("v3") } << "neither v1 nor v2";
    QTest::newRow("no v2 for kimsufi") << QStringList { QStringLiteral("--branch"),
        QStringLiteral("v2"), QStringLiteral("--endpoint"), QStringLiteral("kimsufi-eu") }
                                       << "kimsufi-eu has no v2 branch";
}

void TestCliBranch::badBranch()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QTemporaryDir cache;
    const ProcessRun run
        = runCli(QStringList { QStringLiteral("schema"), QStringLiteral("--offline"),
                     QStringLiteral("--cache-dir"), cache.path() }
            + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(error.toUtf8()), run.err.constData());
}

void TestCliBranch::schemaUrl()
{
    const Endpoint eu = *Endpoint::byName(u"ovh-eu");
    QCOMPARE(SchemaLoading::productSchemaUrl(eu, QStringLiteral("/iam.json")).toString(),
        QStringLiteral("https://eu.api.ovh.com/1.0/iam.json"));
    QCOMPARE(
        SchemaLoading::productSchemaUrl(*eu.onBranch(ApiBranch::V2), QStringLiteral("/iam.json"))
            .toString(),
        QStringLiteral("https://eu.api.ovh.com/v2/iam.json?format=openapi3"));
}

QTEST_GUILESS_MAIN(TestCliBranch)
#include "tst_cli_branch.moc"
