// Snippets for an OAuth2 service account: python-ovh's ovh.Client(client_id=, client_secret=),
// php-ovh's Api::withOauth2, go-ovh's NewOAuth2Client and curl with a token it asks for,
// instead of the application keys, for every golden case, each script accepted by the
// language's own checker; node-ovh's says it has none; a public call keeps its keyless client.
// The curl script runs against the sandbox's token endpoint and sends a bearer token.
#include "processrun.h"
#include "snippetcases.h"

#include "auth/oauth2token.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxoauth2.h"
#include "snippets/snippets.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

class TestSnippetsOAuth2 : public QObject
{
    Q_OBJECT

private slots:
    void constructors_data();
    void constructors();
    void syntax_data();
    void syntax();
    void keysUnchanged();
    void curlGetsATokenFromTheSandbox();
};

void TestSnippetsOAuth2::constructors_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    // python-ovh reads OVH_CLIENT_ID/OVH_CLIENT_SECRET (then ovh.conf) itself: no arguments.
    QTest::newRow("python") << SnippetLanguage::Python
                            << QStringList { QStringLiteral(
                                                 "client = ovh.Client(endpoint=\"ovh-eu\")\n"),
                                   QStringLiteral("OVH_CLIENT_ID and\n"),
                                   QStringLiteral("#     client_secret=\"your_client_secret\",") }
                            << QStringList { QStringLiteral("application_key"),
                                   QStringLiteral("consumer_key") };
    QTest::newRow("php") << SnippetLanguage::Php
                         << QStringList { QStringLiteral("$ovh = Api::withOauth2(\n"),
                                QStringLiteral("getenv('OVH_CLIENT_ID') ?: 'your_client_id',"),
                                QStringLiteral(
                                    "getenv('OVH_CLIENT_SECRET') ?: 'your_client_secret',"),
                                QStringLiteral("'ovh-eu'") }
                         << QStringList { QStringLiteral("OVH_APPLICATION_KEY"),
                                QStringLiteral("new Api(") };
    QTest::newRow("go") << SnippetLanguage::Go
                        << QStringList { QStringLiteral("client, err := ovh.NewOAuth2Client(\n"),
                               QStringLiteral("envOr(\"OVH_CLIENT_ID\", \"your_client_id\"),"),
                               QStringLiteral(
                                   "envOr(\"OVH_CLIENT_SECRET\", \"your_client_secret\"),") }
                        << QStringList { QStringLiteral("OVH_APPLICATION_KEY"),
                               QStringLiteral("ovh.NewClient(") };
    QTest::newRow("shell") << SnippetLanguage::Shell
                           << QStringList { QStringLiteral("CLIENT_ID=\"${OVH_CLIENT_ID:-"),
                                  QStringLiteral("grant_type=client_credentials -d scope=all "
                                                 "'https://www.ovh.com/auth/oauth2/token'"),
                                  QStringLiteral("-H \"Authorization: Bearer $TOKEN\"") }
                           << QStringList { QStringLiteral("X-Ovh-Signature"),
                                  QStringLiteral("APPLICATION_SECRET"),
                                  QStringLiteral("curl -fsS -u") };
    QTest::newRow("node") << SnippetLanguage::Node
                          << QStringList { QStringLiteral(
                                 "node-ovh has no OAuth2 service accounts") }
                          << QStringList { QStringLiteral("OVH_CLIENT_ID") };
}

void TestSnippetsOAuth2::constructors()
{
    QFETCH(SnippetLanguage, language);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const OvhTest::SnippetCase* me = OvhTest::findSnippetCase(QStringLiteral("no-params"));
    QVERIFY(me);
    QVERIFY(!me->request.noAuthentication);
    const QString text
        = generateSnippet(language, me->request, me->endpoint, SnippetAuth::ServiceAccount);
    for (const QString& part : present)
        QVERIFY2(text.contains(part), qPrintable(part + QLatin1String("\n---\n") + text));
    for (const QString& part : absent)
        QVERIFY2(!text.contains(part), qPrintable(part + QLatin1String("\n---\n") + text));
}

void TestSnippetsOAuth2::syntax_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::newRow("python") << SnippetLanguage::Python;
    QTest::newRow("php") << SnippetLanguage::Php;
    QTest::newRow("shell") << SnippetLanguage::Shell;
}

void TestSnippetsOAuth2::syntax()
{
    QFETCH(SnippetLanguage, language);
    const QString tool = language == SnippetLanguage::Python ? QStringLiteral("python3")
        : language == SnippetLanguage::Php                   ? QStringLiteral("php")
                                                             : QStringLiteral("bash");
    QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool));
    QTemporaryDir dir;
    int checked = 0;
    for (const OvhTest::SnippetCase& c : OvhTest::snippetCases()) {
        if (!c.problem.isEmpty())
            continue;
        const QString file = dir.filePath(c.name + QLatin1Char('.') + snippetFileSuffix(language));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            generateSnippet(language, c.request, c.endpoint, SnippetAuth::ServiceAccount).toUtf8());
        out.close();
        const QStringList arguments = language == SnippetLanguage::Python
            ? QStringList { QStringLiteral("-m"), QStringLiteral("py_compile"), file }
            : language == SnippetLanguage::Php ? QStringList { QStringLiteral("-l"), file }
                                               : QStringList { QStringLiteral("-n"), file };
        const OvhTest::ProcessRun run = OvhTest::runProcess(tool, arguments);
        QVERIFY2(run.ok(), qPrintable(c.name + QLatin1String(": ") + run.describe()));
        ++checked;
    }
    QVERIFY(checked > 10);
}

void TestSnippetsOAuth2::keysUnchanged()
{
    // The default is the keys, as before; a public call needs no account at all.
    for (const OvhTest::SnippetCase& c : OvhTest::snippetCases()) {
        for (const SnippetLanguage language : snippetLanguages()) {
            const QString keys = generateSnippet(language, c.request, c.endpoint);
            const QString service
                = generateSnippet(language, c.request, c.endpoint, SnippetAuth::ServiceAccount);
            const bool differs = keys != service;
            // The shell script needs a token endpoint (none on Kimsufi, So you Start).
            const bool expected = !c.request.noAuthentication
                && (language != SnippetLanguage::Shell
                    || OAuth2::defaultTokenUrl(c.endpoint).isValid());
            QVERIFY2(differs == expected,
                qPrintable(c.name + QLatin1Char(' ') + snippetLanguageName(language)));
        }
    }
}

void TestSnippetsOAuth2::curlGetsATokenFromTheSandbox()
{
    for (const char* tool : { "bash", "curl", "sed" })
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
    Sandbox sandbox;
    QVERIFY(sandbox.listen());
    QList<SandboxRequestRecord> received;
    connect(&sandbox, &Sandbox::requestReceived, this,
        [&received](const SandboxRequestRecord& record) { received.append(record); });
    const std::optional<Endpoint> endpoint = Endpoint::fromUserText(sandbox.baseUrl().toString());
    QVERIFY(endpoint);
    const OvhTest::SnippetCase* me = OvhTest::findSnippetCase(QStringLiteral("no-params"));
    QVERIFY(me);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("me.sh"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(
        generateSnippet(SnippetLanguage::Shell, me->request, *endpoint, SnippetAuth::ServiceAccount)
            .toUtf8());
    out.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("OVH_CLIENT_ID"), QString::fromLatin1(SandboxDemo::kClientId));
    environment.insert(
        QStringLiteral("OVH_CLIENT_SECRET"), QString::fromLatin1(SandboxDemo::kClientSecret));
    const OvhTest::ProcessRun run
        = OvhTest::runProcess(QStringLiteral("bash"), { file }, environment, dir.path(), 30000);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY2(run.out.contains("nichandle"), run.out.constData());
    // The call came with a bearer token (issued to the demo client), no signature.
    QCOMPARE(received.size(), 1);
    const SandboxRequestRecord& call = received.first();
    QCOMPARE(call.path, QStringLiteral("/me"));
    QVERIFY(call.header("Authorization").startsWith("Bearer "));
    QVERIFY(call.header("X-Ovh-Signature").isEmpty());
    QVERIFY(call.header("X-Ovh-Consumer").isEmpty());
}

QTEST_GUILESS_MAIN(TestSnippetsOAuth2)
#include "tst_snippets_oauth2.moc"
