// The official Node.js wrapper (npm "ovh" 2.x, tests/sandbox/peer.js) against the sandbox over
// TLS: proves the sandbox accepts exactly what an independent client signs, and refuses it
// when the secret is wrong. Installs the wrapper once into the build tree (npm ci, from the
// lock file in tests/sandbox); skips only when node or npm are not installed at all
// (Debian packages: nodejs npm).
#include "net/requestsigner.h"
#include "nodewrapper.h"
#include "processrun.h"
#include "sandbox/demoaccount.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

using namespace Ovh;

class TestSandboxNode final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void officialWrapperAgainstSandbox();
    void wrapperSignsLikeUs();
    void strictUrlRefusesThePortlessSignature();

private:
    // Runs peer.js against the sandbox; returns its JSON result (empty on failure, reported).
    QJsonObject runPeer(const QStringList& extraEnvironment = {});

    QString m_node;
    QString m_workDir;
    std::unique_ptr<Sandbox> m_sandbox;
    QList<int> m_statuses;
    QJsonObject m_result;
};

void TestSandboxNode::initTestCase()
{
    m_node = OvhTest::nodeProgram();
    if (m_node.isEmpty() || OvhTest::npmProgram().isEmpty())
        QSKIP("node and npm are not installed (Debian packages: nodejs npm); "
              "the official Node.js wrapper cannot be run");
    QString error;
    m_workDir = OvhTest::installNodeWrapper(&error);
    QVERIFY2(!m_workDir.isEmpty(), qPrintable(error));

    m_sandbox = std::make_unique<Sandbox>(OvhTest::snapshotDir(QStringLiteral("eu")));
    QVERIFY2(m_sandbox->enableTls(&error), qPrintable(error));
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    connect(m_sandbox.get(), &Sandbox::requestHandled, this,
        [this](const QByteArray&, const QByteArray&, int status, const QByteArray&) {
            m_statuses.append(status);
        });
}

QJsonObject TestSandboxNode::runPeer(const QStringList& extraEnvironment)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), m_sandbox->certificatePath());
    environment.insert(QStringLiteral("SANDBOX_HOST"), QStringLiteral("127.0.0.1"));
    environment.insert(QStringLiteral("SANDBOX_PORT"), QString::number(m_sandbox->port()));
    environment.insert(
        QStringLiteral("OVH_APP_KEY"), QString::fromLatin1(SandboxDemo::kApplicationKey));
    environment.insert(
        QStringLiteral("OVH_APP_SECRET"), QString::fromLatin1(SandboxDemo::kApplicationSecret));
    environment.insert(
        QStringLiteral("OVH_CONSUMER_KEY"), QString::fromLatin1(SandboxDemo::kConsumerKey));
    for (const QString& entry : extraEnvironment)
        environment.insert(
            entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    // The sandbox lives in this thread: runProcess waits with the event loop running.
    const OvhTest::ProcessRun peer = OvhTest::runProcess(
        m_node, { m_workDir + QStringLiteral("/peer.js") }, environment, m_workDir, 90000);
    if (!peer.ok()) {
        qWarning() << "peer.js failed:" << peer.describe();
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(peer.out.trimmed());
    if (!document.isObject())
        qWarning() << "peer.js printed no JSON object:" << peer.out << peer.err;
    return document.object();
}

void TestSandboxNode::officialWrapperAgainstSandbox()
{
    m_statuses.clear();
    m_result = runPeer();
    QVERIFY(!m_result.isEmpty());
    const auto step
        = [this](const char* name) { return m_result.value(QLatin1String(name)).toObject(); };
    const auto value
        = [&step](const char* name) { return step(name).value(QLatin1String("value")); };
    const auto ok
        = [&step](const char* name) { return step(name).value(QLatin1String("ok")).toBool(); };
    const auto describe = [&step](const char* name) {
        return QJsonDocument(step(name)).toJson(QJsonDocument::Compact);
    };

    QVERIFY2(ok("me"), describe("me").constData());
    QCOMPARE(value("me").toObject().value(QLatin1String("nichandle")).toString(),
        QString::fromLatin1(SandboxDemo::kNichandle));
    QVERIFY2(ok("domains"), describe("domains").constData());
    QVERIFY(value("domains").toArray().contains(QStringLiteral("example.com")));

    QVERIFY2(ok("created"), describe("created").constData());
    const QJsonObject created = value("created").toObject();
    const qint64 id = created.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.value(QLatin1String("target")).toString(),
        QStringLiteral("\"caf\u00e9 from node-ovh\""));
    QCOMPARE(created.value(QLatin1String("ttl")).toInteger(), 300);
    QVERIFY2(ok("fetched"), describe("fetched").constData());
    QCOMPARE(value("fetched").toObject(), created);
    QVERIFY2(ok("listed"), describe("listed").constData());
    QCOMPARE(value("listed").toArray(), (QJsonArray { id }));
    QVERIFY2(ok("updated"), describe("updated").constData());
    QCOMPARE(value("refetched").toObject().value(QLatin1String("target")).toString(),
        QStringLiteral("updated by node"));
    QCOMPARE(value("refetched").toObject().value(QLatin1String("ttl")).toInteger(), 600);
    QVERIFY2(ok("deleted"), describe("deleted").constData());

    QVERIFY(!ok("afterDelete"));
    QCOMPARE(step("afterDelete").value(QLatin1String("error")).toInt(), 404);
    QVERIFY(!ok("badSecret"));
    QCOMPARE(step("badSecret").value(QLatin1String("error")).toInt(), 400);
    QCOMPARE(step("badSecret").value(QLatin1String("message")).toString(),
        QStringLiteral("Invalid signature"));

    // The consumer-key flow, driven by the wrapper.
    QVERIFY2(ok("credential"), describe("credential").constData());
    QCOMPARE(value("credential").toObject().value(QLatin1String("state")).toString(),
        QStringLiteral("pendingValidation"));
    QCOMPARE(step("beforeValidation").value(QLatin1String("error")).toInt(), 403);
    QCOMPARE(step("beforeValidation").value(QLatin1String("message")).toString(),
        QStringLiteral("This credential is not valid"));
    QCOMPARE(m_result.value(QLatin1String("validationStatus")).toInt(), 200);
    QVERIFY2(ok("afterValidation"), describe("afterValidation").constData());
    QCOMPARE(step("ungranted").value(QLatin1String("error")).toInt(), 403);
    QCOMPARE(step("ungranted").value(QLatin1String("message")).toString(),
        QStringLiteral("This call has not been granted"));

    // What the sandbox saw: no server error, and the record is gone from its state.
    QVERIFY(!m_statuses.isEmpty());
    for (int status : std::as_const(m_statuses))
        QVERIFY(status < 500);
    for (const DemoAccount::Record& record :
        m_sandbox->account().records(QStringLiteral("example.com")))
        QVERIFY(record.id != id);
}

void TestSandboxNode::wrapperSignsLikeUs()
{
    if (m_result.isEmpty())
        QSKIP("officialWrapperAgainstSandbox produced no result");
    // The published POST vector, hashed by the wrapper and by RequestSigner.
    const QByteArray ours = RequestSigner::signature("9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk",
        "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY", "POST", "https://eu.api.ovh.com/1.0/auth",
        "{\"a\":\"b\",\"c\":\"d\"}", 1457018875);
    QCOMPARE(ours, QByteArray("$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1"));
    QCOMPARE(m_result.value(QLatin1String("signatureCheck")).toString().toLatin1(), ours);
}

void TestSandboxNode::strictUrlRefusesThePortlessSignature()
{
    // The wrapper hashes "https://" + host + path without the port. With the compatibility
    // allowance off, the sandbox judges strictly by the Host header, and refuses it.
    m_sandbox->setAcceptPortlessSignatures(false);
    const QJsonObject result = runPeer({ QStringLiteral("PEER_STEPS=me") });
    m_sandbox->setAcceptPortlessSignatures(true);
    QVERIFY(!result.isEmpty());
    const QJsonObject me = result.value(QLatin1String("me")).toObject();
    QVERIFY(!me.value(QLatin1String("ok")).toBool());
    QCOMPARE(me.value(QLatin1String("error")).toInt(), 400);
    QCOMPARE(me.value(QLatin1String("message")).toString(), QStringLiteral("Invalid signature"));
}

QTEST_GUILESS_MAIN(TestSandboxNode)
#include "tst_sandbox_node.moc"
