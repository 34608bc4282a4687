// `call` with an OAuth2 service account, end to end: the real ovh-explorer-cli process against
// the sandbox's token endpoint, given by --client-id/--client-secret, OVH_CLIENT_* or ovh.conf;
// a refused client, a refused token after renewal, a bad --token-url; no secret in the history.
#include "processrun.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxoauth2.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ovh;

namespace {

QStringList serviceAccountFlags(const QByteArray& secret = SandboxDemo::kClientSecret)
{
    return { QStringLiteral("--client-id"), QString::fromLatin1(SandboxDemo::kClientId),
        QStringLiteral("--client-secret"), QString::fromLatin1(secret) };
}

} // namespace

class TestCliOAuth2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void flags();
    void environmentAndConfig_data();
    void environmentAndConfig();
    void wrongSecretSendsNothing();
    void refusedTokenStopsAfterOneRenewal();
    void badTokenUrl_data();
    void badTokenUrl();
    void secretsNeverInHistory();

private:
    OvhTest::ProcessRun call(const QStringList& arguments,
        const QProcessEnvironment& variables = QProcessEnvironment(),
        const QString& config = OvhTest::dataFile(QStringLiteral("empty-ovh.conf")));
    int handled(const QByteArray& request) const { return int(m_handled.count(request)); }

    Sandbox m_sandbox;
    QTemporaryDir m_cache;
    std::unique_ptr<QTemporaryDir> m_data;
    QList<QByteArray> m_handled; // "METHOD path" of every answer
    QList<QByteArray> m_bearers; // Authorization headers of the API calls
};

void TestCliOAuth2::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    connect(&m_sandbox, &Sandbox::requestHandled, this,
        [this](const QByteArray& method, const QByteArray& path, int, const QByteArray&) {
            m_handled.append(method + ' ' + path);
        });
    connect(
        &m_sandbox, &Sandbox::requestReceived, this, [this](const SandboxRequestRecord& request) {
            if (!request.header("Authorization").isEmpty())
                m_bearers.append(request.header("Authorization"));
        });
}

void TestCliOAuth2::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_handled.clear();
    m_bearers.clear();
    m_sandbox.oauth2().setLifetime(SandboxTokenIssuer::kDefaultLifetimeSeconds);
}

OvhTest::ProcessRun TestCliOAuth2::call(
    const QStringList& arguments, const QProcessEnvironment& variables, const QString& config)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("OVH_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_data->path());
    for (const QString& name : variables.keys())
        environment.insert(name, variables.value(name));
    return OvhTest::runProcess(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
        QStringList { QStringLiteral("call") } + arguments
            + QStringList { QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
                QStringLiteral("--cache-dir"), m_cache.path(), QStringLiteral("--config"), config },
        environment);
}

void TestCliOAuth2::flags()
{
    const OvhTest::ProcessRun run = call(
        QStringList { QStringLiteral("GET"), QStringLiteral("/me"), QStringLiteral("--json") }
        + serviceAccountFlags());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(result.value(QLatin1String("body"))[QLatin1String("nichandle")].toString(),
        QString::fromLatin1(SandboxDemo::kNichandle));
    QCOMPARE(handled("POST /auth/oauth2/token"), 1);
    QCOMPARE(handled("GET /1.0/me"), 1);
    QCOMPARE(handled("GET /1.0/auth/time"), 0); // a bearer needs no clock
    QCOMPARE(m_bearers.size(), 1);
    QVERIFY(m_bearers.first().startsWith("Bearer sbx-oauth2-"));
    QVERIFY(!run.out.contains(m_bearers.first().mid(7)));
    QVERIFY(!run.err.contains(SandboxDemo::kClientSecret));
}

void TestCliOAuth2::environmentAndConfig_data()
{
    QTest::addColumn<bool>("fromFile");
    QTest::newRow("OVH_CLIENT_ID, OVH_CLIENT_SECRET") << false;
    QTest::newRow("ovh.conf client_id, client_secret") << true;
}

void TestCliOAuth2::environmentAndConfig()
{
    QFETCH(bool, fromFile);
    QProcessEnvironment variables;
    QString config = OvhTest::dataFile(QStringLiteral("empty-ovh.conf"));
    if (fromFile) {
        config = m_data->filePath(QStringLiteral("ovh.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[" + m_sandbox.baseUrl().toString().toUtf8() + "]\nclient_id = "
            + SandboxDemo::kClientId + "\nclient_secret = " + SandboxDemo::kClientSecret + "\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    } else {
        variables.insert(
            QStringLiteral("OVH_CLIENT_ID"), QString::fromLatin1(SandboxDemo::kClientId));
        variables.insert(
            QStringLiteral("OVH_CLIENT_SECRET"), QString::fromLatin1(SandboxDemo::kClientSecret));
    }
    const OvhTest::ProcessRun run
        = call({ QStringLiteral("GET"), QStringLiteral("/domain") }, variables, config);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY(run.out.contains(SandboxDemo::kZone));
    QCOMPARE(handled("POST /auth/oauth2/token"), 1);
    QCOMPARE(m_bearers.size(), 1);
}

void TestCliOAuth2::wrongSecretSendsNothing()
{
    const OvhTest::ProcessRun run
        = call(QStringList { QStringLiteral("GET"), QStringLiteral("/me") }
            + serviceAccountFlags("NotTheSecret"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("invalid_client"), run.err.constData());
    QVERIFY(!run.err.contains("NotTheSecret"));
    QCOMPARE(handled("POST /auth/oauth2/token"), 1);
    QCOMPARE(handled("GET /1.0/me"), 0);
}

void TestCliOAuth2::refusedTokenStopsAfterOneRenewal()
{
    m_sandbox.oauth2().setLifetime(0); // every token it issues is expired at once
    const OvhTest::ProcessRun run = call(
        QStringList { QStringLiteral("GET"), QStringLiteral("/me") } + serviceAccountFlags());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("HTTP 401"), run.err.constData());
    QVERIFY2(run.err.contains("a new OAuth2 token was refused too"), run.err.constData());
    QCOMPARE(handled("POST /auth/oauth2/token"), 2);
    QCOMPARE(handled("GET /1.0/me"), 2);
}

void TestCliOAuth2::badTokenUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::newRow("plain http elsewhere") << "http://auth.example.test/token"
                                          << "only loopback addresses";
    QTest::newRow("not a URL") << "::nope"
                               << "not an absolute URL";
}

void TestCliOAuth2::badTokenUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    const OvhTest::ProcessRun run = call(QStringList { QStringLiteral("GET"), QStringLiteral("/me"),
                                             QStringLiteral("--token-url"), url }
        + serviceAccountFlags());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(error.toUtf8()), run.err.constData());
    QVERIFY(m_handled.isEmpty());
}

void TestCliOAuth2::secretsNeverInHistory()
{
    const OvhTest::ProcessRun run = call(
        QStringList { QStringLiteral("GET"), QStringLiteral("/me") } + serviceAccountFlags());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(m_bearers.size(), 1);
    const QString folder = m_data->path() + QLatin1String("/ovh-api-explorer");
    QByteArray bytes;
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        QFile part(folder + QLatin1Char('/') + name);
        QVERIFY(part.open(QIODevice::ReadOnly));
        bytes += part.readAll();
    }
    QVERIFY2(bytes.contains(SandboxDemo::kNichandle), "the call was recorded");
    QVERIFY(!bytes.contains(SandboxDemo::kClientSecret));
    QVERIFY(!bytes.contains(m_bearers.first().mid(7))); // the token
    QVERIFY(!bytes.contains("sbx-oauth2-"));
}

QTEST_GUILESS_MAIN(TestCliOAuth2)
#include "tst_cli_oauth2.moc"
