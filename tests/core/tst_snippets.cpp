#include "base/endpoint.h"
#include "call/callrequest.h"
#include "snippets/snippets.h"

#include "snippetcases.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

Q_DECLARE_METATYPE(Ovh::SnippetLanguage)

namespace {

// OVH_UPDATE_GOLDEN=1 rewrites tests/data/snippets/<case>.<suffix> from the generators.
bool updatingGoldens()
{
    return qEnvironmentVariableIntValue("OVH_UPDATE_GOLDEN") != 0;
}

using Case = OvhTest::SnippetCase;

const QList<Case>& cases()
{
    static const QList<Case> all = OvhTest::snippetCases() + OvhTest::v2SnippetCases();
    return all;
}

const Case* findCase(const QString& name)
{
    return OvhTest::findSnippetCase(name);
}

QString goldenPath(const QString& name, SnippetLanguage language)
{
    return OvhTest::snippetsDir() + QLatin1Char('/') + name + QLatin1Char('.')
        + snippetFileSuffix(language);
}

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString& program, const QStringList& arguments, const QString& workDir)
{
    ToolRun run;
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return run;
    run.started = true;
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

// The real tool that checks a file of `language` without running it.
std::pair<QString, QStringList> syntaxChecker(SnippetLanguage language, const QString& file)
{
    switch (language) {
    case SnippetLanguage::Python:
        return { QStringLiteral("python3"),
            { QStringLiteral("-m"), QStringLiteral("py_compile"), file } };
    case SnippetLanguage::Php:
        return { QStringLiteral("php"), { QStringLiteral("-l"), file } };
    case SnippetLanguage::Node:
        return { QStringLiteral("node"), { QStringLiteral("--check"), file } };
    case SnippetLanguage::Go:
        return { QStringLiteral("gofmt"), { QStringLiteral("-e"), QStringLiteral("-l"), file } };
    case SnippetLanguage::Shell:
        return { QStringLiteral("bash"), { QStringLiteral("-n"), file } };
    }
    return {};
}

} // namespace

class TestSnippets : public QObject
{
    Q_OBJECT

private slots:
    void casesBuild();
    void golden_data();
    void golden();
    void syntax_data();
    void syntax();
    void languageNames();
    void createToken_data();
    void createToken();
    void versionedPath();
    void traps();
    void v2Calls_data();
    void v2Calls();
    void v2SameRequest();
    void pythonReadsItsConfiguration();
    void sandboxEndpoint();
    void noSecrets();
    void shellBodyBytes();
    void cli_data();
    void cli();
    void cliErrors();
};

void TestSnippets::casesBuild()
{
    QVERIFY(cases().size() >= 15);
    for (const Case& c : cases())
        QVERIFY2(c.problem.isEmpty(), qPrintable(c.name + QLatin1String(": ") + c.problem));
}

void TestSnippets::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<SnippetLanguage>("language");
    for (const Case& c : cases()) {
        for (const SnippetLanguage language : snippetLanguages()) {
            const QString row = c.name + QLatin1Char('.') + snippetFileSuffix(language);
            QTest::newRow(qPrintable(row)) << c.name << language;
        }
    }
}

void TestSnippets::golden()
{
    QFETCH(QString, name);
    QFETCH(SnippetLanguage, language);
    const Case* c = findCase(name);
    QVERIFY(c);
    const QString snippet = generateSnippet(language, c->request, c->endpoint);
    QVERIFY(snippet.endsWith(QLatin1Char('\n')));
    const QString path = goldenPath(name, language);
    if (updatingGoldens()) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(snippet.toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly),
        qPrintable(path + QLatin1String(" is missing: run with OVH_UPDATE_GOLDEN=1")));
    const QString expected = QString::fromUtf8(in.readAll());
    QCOMPARE(snippet, expected);
}

void TestSnippets::syntax_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    for (const SnippetLanguage language : snippetLanguages())
        QTest::newRow(qPrintable(snippetLanguageName(language))) << language;
}

// Every case's snippet goes through the language's own checker.
void TestSnippets::syntax()
{
    QFETCH(SnippetLanguage, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto [program, ignored] = syntaxChecker(language, QString());
    Q_UNUSED(ignored);
    QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(),
        qPrintable(program + QLatin1String(" is not installed (see the README's set-up)")));
    int checked = 0;
    for (const Case& c : cases()) {
        const QString file = dir.filePath(c.name + QLatin1Char('.') + snippetFileSuffix(language));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(generateSnippet(language, c.request, c.endpoint).toUtf8());
        out.close();
        const auto [tool, arguments] = syntaxChecker(language, file);
        const ToolRun run = runTool(tool, arguments, dir.path());
        QVERIFY2(run.started, qPrintable(tool + QLatin1String(" did not start")));
        QVERIFY2(run.exitCode == 0,
            qPrintable(
                c.name + QLatin1String(": ") + tool + QLatin1String(" says:\n") + run.output));
        if (language == SnippetLanguage::Go) // -l lists files gofmt would reformat
            QVERIFY2(run.output.trimmed().isEmpty(),
                qPrintable(c.name + QLatin1String(" is not gofmt-formatted")));
        ++checked;
    }
    QCOMPARE(checked, int(cases().size()));
}

void TestSnippets::languageNames()
{
    for (const SnippetLanguage language : snippetLanguages()) {
        QCOMPARE(snippetLanguageFromName(snippetLanguageName(language)), language);
        QCOMPARE(snippetLanguageFromName(snippetFileSuffix(language)), language);
        QVERIFY(!snippetLanguageTitle(language).isEmpty());
    }
    QCOMPARE(snippetLanguageFromName(u"NodeJS"), SnippetLanguage::Node);
    QCOMPARE(snippetLanguageFromName(u"bash"), SnippetLanguage::Shell);
    QVERIFY(!snippetLanguageFromName(u"cobol"));
}

void TestSnippets::createToken_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::newRow("no parameters") << "no-params"
                                   << "https://eu.api.ovh.com/createToken/?GET=/me";
    QTest::newRow("path parameter as *")
        << "path-query"
        << "https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/record";
    QTest::newRow("two path parameters")
        << "delete-query"
        << "https://eu.api.ovh.com/createToken/?DELETE=/hosting/web/*/attachedDomain/*";
    QTest::newRow("custom endpoint host")
        << "custom-endpoint"
        << "https://api.example.test:8443/createToken/?GET=/domain/zone/*/record";
    QTest::newRow("no authentication: an application is enough")
        << "no-authentication"
        << "https://eu.api.ovh.com/createApp/";
}

void TestSnippets::createToken()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    const Case* c = findCase(name);
    QVERIFY(c);
    QCOMPARE(createTokenUrl(c->request, c->endpoint), url);
    for (const SnippetLanguage language : snippetLanguages())
        QVERIFY(generateSnippet(language, c->request, c->endpoint).contains(url));
}

// /v1 and /v2 paths keep their prefix; the base loses "/1.0" as in every wrapper.
void TestSnippets::versionedPath()
{
    CallRequest request;
    request.method = HttpMethod::Get;
    request.pathTemplate = QStringLiteral("/v2/iam/resource/{urn}");
    request.path = QStringLiteral("/v2/iam/resource/urn%3Av1%3Aeu%3Aresource");
    const Endpoint eu = *Endpoint::byName(u"ovh-eu");
    QCOMPARE(snippetTargetUrl(request, eu),
        QByteArray("https://eu.api.ovh.com/v2/iam/resource/urn%3Av1%3Aeu%3Aresource"));
    QCOMPARE(createTokenUrl(request, eu),
        QStringLiteral("https://eu.api.ovh.com/createToken/?GET=/v2/iam/resource/*"));
    for (const SnippetLanguage language : snippetLanguages()) {
        if (language != SnippetLanguage::Node)
            QVERIFY(generateSnippet(language, request, eu)
                        .contains(QLatin1String("/v2/iam/resource/urn%3Av1")));
    }
    // node-ovh puts its basePath before every path (it would send /1.0/v2/…): it gets "/v2".
    const QString node = generateSnippet(SnippetLanguage::Node, request, eu);
    QVERIFY2(node.contains(QLatin1String("basePath: '/v2'"))
            && node.contains(QLatin1String("'/iam/resource/urn%3Av1")),
        qPrintable(node));
    // php-ovh does not drop "/1.0" itself: it is given the v2 base.
    QVERIFY(generateSnippet(SnippetLanguage::Php, request, eu)
                .contains(QLatin1String("'https://eu.api.ovh.com',")));
    request.path = QStringLiteral("/me");
    QCOMPARE(snippetTargetUrl(request, eu), QByteArray("https://eu.api.ovh.com/1.0/me"));
}

// The wrappers' traps, spelled out (the goldens show them in full).
void TestSnippets::traps()
{
    auto snippet = [](const char* name, SnippetLanguage language) {
        const Case* c = findCase(QLatin1String(name));
        return c ? generateSnippet(language, c->request, c->endpoint) : QString();
    };
    // python: keywords take a leading '_', other names go through **{…}.
    QVERIFY(snippet("keyword-param", SnippetLanguage::Python)
                .contains(QLatin1String("_from=\"contact@example.com\"")));
    QVERIFY(
        snippet("named-body", SnippetLanguage::Python).contains(QLatin1String("_class=\"flash\"")));
    QVERIFY(snippet("non-identifier-param", SnippetLanguage::Python)
                .contains(QLatin1String("**{\"creationDate.from\": ")));
    // python: a list in the query goes into the path, repeated as the explorer sends it.
    QVERIFY(snippet("list-query", SnippetLanguage::Python)
                .contains(QLatin1String("statusState=RUNNING&statusState=STOPPED")));
    // DELETE query parameters go into the path for PHP (its delete() would send a body).
    QVERIFY(snippet("delete-query", SnippetLanguage::Php)
                .contains(
                    QLatin1String("attachedDomain/www.example.com?bypassDNSConfiguration=true'")));
    // Top-level arrays and maps use the low-level call in python.
    QVERIFY(snippet("array-body", SnippetLanguage::Python).contains(QLatin1String("client.call(")));
    QVERIFY(snippet("map-body", SnippetLanguage::Python).contains(QLatin1String("client.call(")));
    // Path values stay encoded everywhere (node-ovh would not encode a placeholder value).
    for (const SnippetLanguage language : snippetLanguages())
        QVERIFY(snippet("path-reserved", language)
                    .contains(QLatin1String("/ip/192.0.2.0%2F29/reverse")));
    // "?>" in a PHP comment would leave PHP mode (in a string it is only text).
    QVERIFY(snippet("unicode-quotes", SnippetLanguage::Php).contains(QLatin1String("?>")));
    CallRequest request;
    request.method = HttpMethod::Post;
    request.pathTemplate = QStringLiteral("/x/{id}");
    request.path = QStringLiteral("/x/a%3F%3Eb");
    request.pathParams.append(CallField { QStringLiteral("id"), ParamLocation::Path, TypeRef(),
        QStringLiteral("ends ?> here"), true, QStringLiteral("a?>b") });
    request.bodyKind = BodyKind::Parameters;
    request.body = QJsonObject { { QStringLiteral("k"), 1 } };
    request.bodyBytes = "{\"k\":1}";
    request.bodyFields.append(CallField { QStringLiteral("k"), ParamLocation::Body, TypeRef(),
        QStringLiteral("also ?> here"), false, 1 });
    const QString php
        = generateSnippet(SnippetLanguage::Php, request, *Endpoint::byName(u"ovh-eu"));
    QVERIFY2(!php.contains(QLatin1String("?>")), qPrintable(php));
    QVERIFY(php.contains(QLatin1String("also ? > here")));
    // Unsigned calls carry no consumer key.
    for (const SnippetLanguage language : snippetLanguages())
        QVERIFY(
            !snippet("no-authentication", language).contains(QLatin1String("OVH_CONSUMER_KEY")));
}

void TestSnippets::v2Calls_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QStringList>("expected"); // in the v2-paged-list snippet

    const QString cursor = QStringLiteral("b2Zmc2V0OjI");
    const QString query = QStringLiteral(
        "/v2/iam/policy?action=account%3Aapiovh%3Ame%2Fget&action=domain%3Aapiovh%3Aget&"
        "details=true");
    QTest::newRow("python") << SnippetLanguage::Python
                            << QStringList { QStringLiteral("ovh.Client(endpoint=\"ovh-eu\")"),
                                   QStringLiteral("\"X-Pagination-Cursor\": \"") + cursor,
                                   QStringLiteral("\"X-Pagination-Size\": \"2\""),
                                   QStringLiteral("client.raw_call("), QStringLiteral("\"GET\""),
                                   QLatin1Char('"') + query + QLatin1Char('"'),
                                   QStringLiteral("headers=headers"),
                                   QStringLiteral("result = response.json()") };
    QTest::newRow("php") << SnippetLanguage::Php
                         << QStringList { QStringLiteral("'https://eu.api.ovh.com',"),
                                QStringLiteral("$headers = ["),
                                QStringLiteral("'X-Pagination-Cursor' => '") + cursor,
                                QStringLiteral("'X-Pagination-Size' => '2'"),
                                QStringLiteral("$ovh->get('/v2/iam/policy', ["),
                                QStringLiteral("], $headers);") };
    QTest::newRow("go") << SnippetLanguage::Go
                        << QStringList { QStringLiteral("client.NewRequest(\"GET\", \"") + query,
                               QStringLiteral("req.Header.Set(\"X-Pagination-Cursor\", \"")
                                   + cursor,
                               QStringLiteral("req.Header.Set(\"X-Pagination-Size\", \"2\")"),
                               QStringLiteral("client.Do(req)"),
                               QStringLiteral("client.UnmarshalResponse(response, &result)") };
    QTest::newRow("shell") << SnippetLanguage::Shell
                           << QStringList { QStringLiteral("URL='https://eu.api.ovh.com") + query,
                                  QStringLiteral("-H 'X-Pagination-Cursor: ") + cursor,
                                  QStringLiteral("-H 'X-Pagination-Size: 2'"),
                                  QStringLiteral("https://eu.api.ovh.com/1.0/auth/time") };
    QTest::newRow("node") << SnippetLanguage::Node
                          << QStringList { QStringLiteral("basePath: '/v2'"),
                                 QStringLiteral("host: 'eu.api.ovh.com'"),
                                 QStringLiteral("'/iam/policy'"),
                                 QStringLiteral("leaves out X-Pagination-Cursor") };
}

// v2 calls through each wrapper: the /v2 path on the region's client, the header parameters
// the way each takes headers, the query array repeated.
void TestSnippets::v2Calls()
{
    QFETCH(SnippetLanguage, language);
    QFETCH(QStringList, expected);
    const Case* c = findCase(QStringLiteral("v2-paged-list"));
    QVERIFY(c);
    QVERIFY2(c->problem.isEmpty(), qPrintable(c->problem));
    const QString text = generateSnippet(language, c->request, c->endpoint);
    for (const QString& part : std::as_const(expected))
        QVERIFY2(text.contains(part), qPrintable(part + QLatin1String(" not in:\n") + text));
    // The rights page asks for the v2 path.
    QCOMPARE(createTokenUrl(c->request, c->endpoint),
        QStringLiteral("https://eu.api.ovh.com/createToken/?GET=/v2/iam/policy"));
}

// "Every v2 snippet sends exactly the request the explorer's own call sends": same URL.
void TestSnippets::v2SameRequest()
{
    for (const Case& c : OvhTest::v2SnippetCases()) {
        QCOMPARE(snippetTargetUrl(c.request, c.endpoint), c.request.url(c.endpoint).toEncoded());
        QVERIFY(c.request.url(c.endpoint).toEncoded().startsWith("https://eu.api.ovh.com/v2/"));
    }
    // A named region on its v2 branch reads the same as the custom v2 URL.
    const Case* c = findCase(QStringLiteral("v2-get"));
    Endpoint named = c->endpoint;
    named.name = QStringLiteral("ovh-eu");
    for (const SnippetLanguage language : snippetLanguages())
        QCOMPARE(generateSnippet(language, c->request, named),
            generateSnippet(language, c->request, c->endpoint));
}

// python-ovh reads OVH_* and ovh.conf itself when no key is passed: the snippet passes none,
// and shows where they would go.
void TestSnippets::pythonReadsItsConfiguration()
{
    for (const Case& c : cases()) {
        const QString text = generateSnippet(SnippetLanguage::Python, c.request, c.endpoint);
        QVERIFY2(!text.contains(QLatin1String("os.environ")), qPrintable(c.name));
        QVERIFY2(!text.contains(QLatin1String("application_key=os")), qPrintable(c.name));
        QVERIFY(text.contains(QLatin1String("#     application_key=\"your_application_key\",")));
        QVERIFY(text.contains(QLatin1String("ovh.conf")));
        const QRegularExpression client(
            QStringLiteral("\nclient = ovh.Client\\(endpoint=\"[a-z-]+\"\\)\n"));
        QVERIFY2(text.contains(client), qPrintable(text));
    }
}

void TestSnippets::sandboxEndpoint()
{
    const Case* c = findCase(QStringLiteral("no-params"));
    Endpoint sandbox;
    sandbox.name = QStringLiteral("sandbox");
    sandbox.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:43210/1.0"));
    for (const SnippetLanguage language : snippetLanguages()) {
        const QString text = generateSnippet(language, c->request, sandbox);
        QVERIFY2(text.contains(QLatin1String("port changes at each start")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("http://127.0.0.1:43210/createToken/?GET=/me")),
            qPrintable(text));
        // The wrappers do not know "sandbox": they get its URL.
        QVERIFY2(!text.contains(QLatin1String("\"sandbox\"")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("'sandbox'")), qPrintable(text));
    }
    QVERIFY(generateSnippet(SnippetLanguage::Python, c->request, sandbox)
                .contains(QLatin1String("ENDPOINTS[\"custom\"] = \"http://127.0.0.1:43210/1.0\"")));
}

void TestSnippets::noSecrets()
{
    // The generators never see credentials; the scripts read theirs or show placeholders.
    for (const Case& c : cases()) {
        for (const SnippetLanguage language : snippetLanguages()) {
            const QString text = generateSnippet(language, c.request, c.endpoint);
            QVERIFY(text.contains(QLatin1String("your_application_key")));
            QVERIFY(text.contains(QLatin1String("OVH_APPLICATION_KEY")));
        }
    }
}

// bash turns the BODY word back into exactly the bytes the explorer sends (and signs).
void TestSnippets::shellBodyBytes()
{
    QTemporaryDir dir;
    for (const Case& c : cases()) {
        const QString snippet = generateSnippet(SnippetLanguage::Shell, c.request, c.endpoint);
        const qsizetype start = snippet.indexOf(QLatin1String("\nBODY="));
        QVERIFY(start > 0);
        const qsizetype end = snippet.indexOf(QLatin1Char('\n'), start + 1);
        const QString script
            = snippet.mid(start + 1, end - start - 1) + QLatin1String("\nprintf '%s' \"$BODY\"\n");
        QProcess bash;
        bash.start(QStringLiteral("bash"), { QStringLiteral("-c"), script });
        QVERIFY(bash.waitForFinished(10000));
        QCOMPARE(bash.readAllStandardOutput(), c.request.bodyBytes);
    }
}

void TestSnippets::cli_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QStringList>("arguments");
    const QStringList pathQuery { QStringLiteral("GET"),
        QStringLiteral("/domain/zone/{zoneName}/record"), QStringLiteral("-p"),
        QStringLiteral("zoneName=example.com"), QStringLiteral("-p"), QStringLiteral("fieldType=A"),
        QStringLiteral("-p"), QStringLiteral("subDomain=www") };
    for (const SnippetLanguage language : snippetLanguages()) {
        QTest::newRow(qPrintable(QLatin1String("path-query ") + snippetLanguageName(language)))
            << "path-query" << language << pathQuery;
    }
    QTest::newRow("raw body, shell")
        << "raw-body" << SnippetLanguage::Shell
        << QStringList { QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"),
               QStringLiteral("-p"), QStringLiteral("zoneName=example.com"),
               QStringLiteral("--body"),
               QStringLiteral("{\"target\": \"192.0.2.20\", \"fieldType\": \"A\", \"ttl\": 300, "
                              "\"subDomain\": \"api\"}") };
    QTest::newRow("keyword parameter, python")
        << "keyword-param" << SnippetLanguage::Python
        << QStringList { QStringLiteral("GET"),
               QStringLiteral("/email/domain/{domain}/redirection"), QStringLiteral("-p"),
               QStringLiteral("domain=example.com"), QStringLiteral("-p"),
               QStringLiteral("from=contact@example.com") };
}

// `snippet` prints what the generator gives for the same inputs as `call` (the goldens).
void TestSnippets::cli()
{
    QFETCH(QString, name);
    QFETCH(SnippetLanguage, language);
    QFETCH(QStringList, arguments);
    QTemporaryDir cache;
    QProcess process;
    process.start(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
        QStringList { QStringLiteral("snippet"), QStringLiteral("--offline"),
            QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("--lang"),
            snippetLanguageName(language) }
            + arguments);
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile golden(goldenPath(name, language));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(golden.readAll()));
}

void TestSnippets::cliErrors()
{
    auto run = [](const QStringList& arguments, QByteArray* errors) {
        QTemporaryDir cache;
        QProcess process;
        process.start(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
            QStringList { QStringLiteral("snippet"), QStringLiteral("--offline"),
                QStringLiteral("--cache-dir"), cache.path() }
                + arguments);
        process.waitForFinished(60000);
        *errors = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray errors;
    QCOMPARE(run({ QStringLiteral("--lang"), QStringLiteral("cobol"), QStringLiteral("GET"),
                     QStringLiteral("/me") },
                 &errors),
        2);
    QVERIFY(errors.contains("unknown language"));
    QCOMPARE(run({ QStringLiteral("GET"), QStringLiteral("/domain/zone/{zoneName}/record"),
                     QStringLiteral("-p"), QStringLiteral("nope=1") },
                 &errors),
        2);
    QVERIFY(errors.contains("nope: unknown parameter"));
    QVERIFY(errors.contains("zoneName"));
    QCOMPARE(run({ QStringLiteral("GET"), QStringLiteral("/nowhere") }, &errors), 2);
    QCOMPARE(run({ QStringLiteral("GET") }, &errors), 2);
    QVERIFY(errors.contains("usage: snippet"));
}

QTEST_GUILESS_MAIN(TestSnippets)
#include "tst_snippets.moc"
