// The Node.js and Shell snippets, executed: for every case of tests/data/snippets/cases.json
// (and the node-ovh quirk cases of quirks.json), the snippet generated for the TLS sandbox runs
// with its real tool (node + the official npm wrapper, bash + curl + openssl) and the demo
// keys, and the request the sandbox receives is compared with the CallRequest the explorer
// built: same method, path, decoded query and JSON body, signed when it should be. Where a
// documented quirk of node-ovh makes its snippet send something else, the test expects that
// exact deviation (and the snippet's warning about it). The answers do not matter: a
// synthesized value or a validation error is fine as long as the request arrived.
#include "base/endpoint.h"
#include "call/callrequest.h"
#include "net/callresult.h"
#include "net/requestsigner.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxurl.h"
#include "snippets/snippets.h"

#include "base/jsontext.h"
#include "nodewrapper.h"
#include "processrun.h"
#include "sandboxflow.h"
#include "snippetcases.h"
#include "testpaths.h"
#include "v2fixtures.h"

#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Ovh;

Q_DECLARE_METATYPE(Ovh::SnippetLanguage)

namespace {

const QList<OvhTest::SnippetCase>& allCases()
{
    static const QList<OvhTest::SnippetCase> all = OvhTest::snippetCases()
        + OvhTest::loadSnippetCases(QStringLiteral("quirks.json")) + OvhTest::v2SnippetCases();
    return all;
}

const OvhTest::SnippetCase* findCase(const QString& name)
{
    for (const OvhTest::SnippetCase& c : allCases()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

// What a snippet is expected to put on the wire for a request.
struct Expected
{
    QJsonValue body { QJsonValue::Undefined }; // undefined: no body at all
    bool exactBodyBytes = false; // the bytes are the explorer's, not only the same JSON
    bool signedCall = true;
    QStringList deviations; // what differs from the explorer's request, and why
    bool headers = true; // the header parameters arrive
};

// The shell snippet sends the explorer's request byte for byte.
Expected shellExpectation(const CallRequest& request)
{
    Expected expected;
    expected.body = request.hasBody() ? request.body : QJsonValue(QJsonValue::Undefined);
    expected.exactBodyBytes = true;
    expected.signedCall = !request.noAuthentication;
    return expected;
}

// node-ovh's documented quirks (see core/snippets/nodesnippet.cpp): it never signs a path
// containing "/auth", leaves out top-level nulls, sends no body for an empty object and sends
// only objects and arrays as bodies. Its JSON escapes non-ASCII, so only the value compares.
Expected nodeExpectation(const CallRequest& request)
{
    Expected expected;
    expected.signedCall = !request.noAuthentication;
    if (expected.signedCall && request.path.contains(QLatin1String("/auth"))) {
        expected.signedCall = false;
        expected.deviations << QStringLiteral("a path containing /auth goes unsigned");
    }
    if (!request.headerParams.isEmpty()) {
        expected.headers = false;
        expected.deviations << QStringLiteral("no header parameters");
    }
    if (!request.hasBody())
        return expected;
    if (request.body.isArray()) {
        expected.body = request.body;
    } else if (!request.body.isObject()) {
        expected.deviations << QStringLiteral(
            "a body that is neither object nor array is not sent");
    } else {
        QJsonObject object = request.body.toObject();
        for (const QString& key : object.keys()) {
            if (object.value(key).isNull()) {
                object.remove(key);
                expected.deviations << QStringLiteral("top-level null '%1' is left out").arg(key);
            }
        }
        if (object.isEmpty())
            expected.deviations << QStringLiteral("an empty object sends no body");
        else
            expected.body = object;
    }
    return expected;
}

QByteArray sandboxHeader(const SandboxRequestRecord& record, const char* name)
{
    return record.header(QByteArray(name));
}

} // namespace

class TestSnippetsSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void run_data();
    void run();
    void everyCaseWasCompared();

private:
    // A fresh TLS sandbox per language, so one language's writes never meet the other's.
    bool startSandbox(SnippetLanguage language);
    QProcessEnvironment environment() const;

    QString m_node;
    QString m_wrapperDir;
    QTemporaryDir m_scripts;
    std::unique_ptr<Sandbox> m_sandbox;
    std::optional<SnippetLanguage> m_sandboxLanguage;
    Endpoint m_endpoint;
    Endpoint m_v2Endpoint; // its /v2 branch, for the v2 cases
    QList<SandboxRequestRecord> m_received;
    QList<int> m_statuses; // of the API calls, in the order received
    QMap<SnippetLanguage, QSet<QString>> m_compared;
};

void TestSnippetsSandbox::initTestCase()
{
    for (const char* tool : { "bash", "curl", "openssl" }) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
            qPrintable(QStringLiteral("%1 is not installed (see test_packages in dev.sh)")
                           .arg(QString::fromLatin1(tool))));
    }
    m_node = OvhTest::nodeProgram();
    QVERIFY2(!m_node.isEmpty() && !OvhTest::npmProgram().isEmpty(),
        "node and npm are not installed (Debian packages: nodejs npm)");
    QString error;
    m_wrapperDir = OvhTest::installNodeWrapper(&error);
    QVERIFY2(!m_wrapperDir.isEmpty(), qPrintable(error));
    QVERIFY(m_scripts.isValid());
    for (const OvhTest::SnippetCase& c : allCases())
        QVERIFY2(c.problem.isEmpty(), qPrintable(c.name + QLatin1String(": ") + c.problem));
}

bool TestSnippetsSandbox::startSandbox(SnippetLanguage language)
{
    if (m_sandbox && m_sandboxLanguage == language)
        return true;
    m_sandbox = std::make_unique<Sandbox>(OvhTest::snapshotDir(QStringLiteral("eu")));
    m_sandboxLanguage = language;
    m_sandbox->setV2SnapshotDir(OvhTest::v2BranchDir());
    QString error;
    if (!m_sandbox->enableTls(&error) || !m_sandbox->listen()) {
        qWarning() << "sandbox:" << error << m_sandbox->errorString();
        return false;
    }
    connect(m_sandbox.get(), &Sandbox::requestReceived, this,
        [this](const SandboxRequestRecord& record) { m_received.append(record); });
    connect(m_sandbox.get(), &Sandbox::requestHandled, this,
        [this](const QByteArray&, const QByteArray& path, int status, const QByteArray&) {
            if (path.startsWith("/1.0/") || path.startsWith("/v2/"))
                m_statuses.append(status);
        });
    const auto endpoint = Endpoint::fromUserText(m_sandbox->baseUrl().toString(), &error);
    if (!endpoint) {
        qWarning() << "sandbox endpoint:" << error;
        return false;
    }
    m_endpoint = *endpoint;
    m_v2Endpoint = *Endpoint::fromUserText(m_sandbox->v2BaseUrl().toString());
    return true;
}

QProcessEnvironment TestSnippetsSandbox::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString& name : names) {
        if (name.startsWith(QLatin1String("OVH_")) || name.startsWith(QLatin1String("CURL_")))
            environment.remove(name);
    }
    // The snippets read their keys from these; the demo keys only open the sandbox.
    OvhTest::insertDemoKeys(environment);
    environment.insert(QStringLiteral("NODE_PATH"), m_wrapperDir + QStringLiteral("/node_modules"));
    environment.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), m_sandbox->certificatePath());
    environment.insert(QStringLiteral("CURL_CA_BUNDLE"), m_sandbox->certificatePath());
    return environment;
}

void TestSnippetsSandbox::run_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QString>("name");
    // Per language, the reads first, then the calls that change the sandbox's state.
    for (const SnippetLanguage language : { SnippetLanguage::Node, SnippetLanguage::Shell }) {
        for (const bool writes : { false, true }) {
            for (const OvhTest::SnippetCase& c : allCases()) {
                if ((c.request.method != HttpMethod::Get) != writes)
                    continue;
                QTest::newRow(qPrintable(snippetLanguageName(language) + QLatin1Char(' ') + c.name))
                    << language << c.name;
            }
        }
    }
}

void TestSnippetsSandbox::run()
{
    QFETCH(SnippetLanguage, language);
    QFETCH(QString, name);
    const OvhTest::SnippetCase* c = findCase(name);
    QVERIFY(c);
    const CallRequest& request = c->request;
    QVERIFY(startSandbox(language));
    const bool node = language == SnippetLanguage::Node;
    const Expected expected = node ? nodeExpectation(request) : shellExpectation(request);

    const bool v2 = c->endpoint.baseUrl.path().endsWith(QLatin1String("/v2"));
    const QString snippet = generateSnippet(language, request, v2 ? m_v2Endpoint : m_endpoint);
    if (!expected.deviations.isEmpty())
        QVERIFY2(snippet.contains(QLatin1String("Careful: node-ovh")),
            "the snippet does not warn about what node-ovh changes");
    const QString file = m_scripts.filePath(name + QLatin1Char('.') + snippetFileSuffix(language));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(snippet.toUtf8());
    out.close();

    m_received.clear();
    m_statuses.clear();
    const OvhTest::ProcessRun run = OvhTest::runProcess(
        node ? m_node : QStringLiteral("bash"), { file }, environment(), m_scripts.path(), 30000);
    QVERIFY2(run.finished, qPrintable(run.describe()));

    // The clock sync (GET /auth/time) aside, exactly one call arrived.
    QList<SandboxRequestRecord> calls;
    int clockSyncs = 0;
    int status = 0;
    for (qsizetype i = 0; i < m_received.size(); ++i) {
        const SandboxRequestRecord& record = m_received.at(i);
        if (record.method == "GET" && record.path == QLatin1String("/auth/time")) {
            ++clockSyncs;
            continue;
        }
        calls.append(record);
        status = m_statuses.value(i);
    }
    QVERIFY2(calls.size() == 1,
        qPrintable(QStringLiteral("%1 calls arrived; the script said %2")
                       .arg(calls.size())
                       .arg(run.describe())));
    QCOMPARE(clockSyncs, (node || expected.signedCall) ? 1 : 0);
    const SandboxRequestRecord& received = calls.first();

    // Method, path (byte for byte, and decoded), query (decoded, in order).
    QCOMPARE(received.method, request.methodName().toLatin1());
    const SandboxUrl::Target target = SandboxUrl::splitTarget(received.target);
    QCOMPARE(target.path, QByteArray((v2 ? "/v2" : "/1.0") + request.path.toUtf8()));
    QCOMPARE(received.path, SandboxUrl::decode(request.path.toUtf8()));
    QCOMPARE(received.query, request.queryItems());

    // The body: the JSON the explorer sends, or node-ovh's documented deviation from it.
    if (expected.body.isUndefined()) {
        QVERIFY2(received.body.isEmpty(), received.body.constData());
    } else {
        QCOMPARE(parseJsonValue(received.body), expected.body);
        if (expected.exactBodyBytes)
            QCOMPARE(received.body, request.bodyBytes);
    }
    if (!expected.deviations.isEmpty() && request.hasBody() && expected.signedCall)
        QVERIFY2(parseJsonValue(received.body) != request.body,
            "node-ovh no longer changes this body: drop the quirk from the expectation");

    // The header parameters, as the explorer sends them (node-ovh sends none of its choosing).
    for (const auto& [header, value] : request.headerItems())
        QCOMPARE(received.header(header), expected.headers ? value : QByteArray());

    // Signed with the demo keys over what was sent (node-ovh hashes the URL without the port,
    // a compatibility the sandbox allows), or not signed at all.
    QCOMPARE(sandboxHeader(received, "X-Ovh-Application"), SandboxDemo::applicationKey());
    if (expected.signedCall) {
        QCOMPARE(sandboxHeader(received, "X-Ovh-Consumer"), SandboxDemo::consumerKey());
        const QByteArray origin = node
            ? QByteArrayLiteral("https://127.0.0.1")
            : QByteArrayLiteral("https://127.0.0.1:") + QByteArray::number(m_sandbox->port());
        QCOMPARE(sandboxHeader(received, "X-Ovh-Signature"),
            RequestSigner::signature(SandboxDemo::applicationSecret(), SandboxDemo::consumerKey(),
                received.method, origin + received.target, received.body,
                sandboxHeader(received, "X-Ovh-Timestamp").toLongLong()));
    } else {
        QVERIFY(sandboxHeader(received, "X-Ovh-Consumer").isEmpty());
        QVERIFY(sandboxHeader(received, "X-Ovh-Signature").isEmpty());
    }

    // The script reports the answer: success exactly on a 2xx. A call node-ovh sends unsigned
    // where a signature is needed is refused.
    QVERIFY2((status >= 200 && status < 300) == (run.exitCode == 0),
        qPrintable(QStringLiteral("status %1, script %2").arg(status).arg(run.describe())));
    if (!expected.signedCall && !request.noAuthentication)
        QVERIFY2(status == 401 || status == 403, qPrintable(QString::number(status)));
    qInfo("%s %s %s -> %d%s", qPrintable(snippetLanguageName(language)),
        received.method.constData(), received.target.constData(), status,
        expected.deviations.isEmpty()
            ? ""
            : qPrintable(QLatin1String(" (node-ovh: ")
                + expected.deviations.join(QLatin1String("; ")) + QLatin1Char(')')));
    m_compared[language].insert(name);
}

// Every case of the golden table and of the quirk table ran in both languages.
void TestSnippetsSandbox::everyCaseWasCompared()
{
    for (const SnippetLanguage language : { SnippetLanguage::Node, SnippetLanguage::Shell }) {
        QCOMPARE(m_compared.value(language).size(), allCases().size());
        for (const OvhTest::SnippetCase& c : OvhTest::snippetCases())
            QVERIFY2(m_compared.value(language).contains(c.name), qPrintable(c.name));
    }
}

QTEST_GUILESS_MAIN(TestSnippetsSandbox)
#include "tst_snippets_sandbox.moc"
