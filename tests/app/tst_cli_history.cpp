// `history`, `history show`, `call --from-history` and `call --no-history`: the real
// ovh-explorer-cli process against the sandbox, each test with a history file of its own.
#include "processrun.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandboxflow.h"
#include "settings/explorersettings.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

class TestCliHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void callsAreRecordedWithoutSecrets();
    void filterAndLimit();
    void fromHistory();
    void fromHistoryRefusals_data();
    void fromHistoryRefusals();
    void noHistory();
    void keepsTheWindowsLimits();
    void damagedFileLeavesCallsWorking();
    void helpNamesIt();

private:
    // Runs the CLI with the demo keys in the environment, the history under m_data.
    OvhTest::ProcessRun run(const QStringList& arguments);
    // call METHOD PATH … on the sandbox.
    OvhTest::ProcessRun call(const QStringList& arguments);
    QJsonArray history(const QStringList& arguments = {});
    QString historyFile() const
    {
        return m_data->path() + QLatin1String("/ovh-api-explorer/history.sqlite");
    }

    Sandbox m_sandbox;
    QTemporaryDir m_cache;
    std::unique_ptr<QTemporaryDir> m_data;
    QList<SandboxRequestRecord> m_received;
};

void TestCliHistory::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    connect(
        &m_sandbox, &Sandbox::requestReceived, this, [this](const SandboxRequestRecord& request) {
            if (request.path != QLatin1String("/auth/time")) // the clock, not a call
                m_received.append(request);
        });
}

void TestCliHistory::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_received.clear();
}

OvhTest::ProcessRun TestCliHistory::run(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("OVH_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_data->path());
    OvhTest::insertDemoKeys(environment);
    return OvhTest::runProcess(
        OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"), arguments, environment);
}

OvhTest::ProcessRun TestCliHistory::call(const QStringList& arguments)
{
    return run(QStringList { QStringLiteral("call") } + arguments
        + QStringList { QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
            QStringLiteral("--cache-dir"), m_cache.path(), QStringLiteral("--config"),
            OvhTest::dataFile(QStringLiteral("empty-ovh.conf")) });
}

QJsonArray TestCliHistory::history(const QStringList& arguments)
{
    const OvhTest::ProcessRun listed
        = run(QStringList { QStringLiteral("history"), QStringLiteral("--json") } + arguments);
    if (!listed.ok())
        qWarning("%s", qPrintable(listed.describe()));
    return QJsonDocument::fromJson(listed.out).array();
}

void TestCliHistory::callsAreRecordedWithoutSecrets()
{
    const QString zone = QString::fromLatin1(SandboxDemo::kZone);
    OvhTest::ProcessRun sent
        = call({ QStringLiteral("GET"), QStringLiteral("/me"), QStringLiteral("--json") });
    QVERIFY2(sent.ok(), qPrintable(sent.describe()));
    const QString meQueryId
        = QJsonDocument::fromJson(sent.out).object().value(QLatin1String("query_id")).toString();
    sent = call({ QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"),
        QStringLiteral("-p"), QStringLiteral("zoneName=") + zone, QStringLiteral("-p"),
        QStringLiteral("fieldType=TXT"), QStringLiteral("-p"), QStringLiteral("subDomain=hist"),
        QStringLiteral("-p"), QStringLiteral("target=\"kept words\"") });
    QVERIFY2(sent.ok(), qPrintable(sent.describe()));

    const QJsonArray calls = history();
    QCOMPARE(calls.size(), 2);
    const QJsonObject post = calls.at(0).toObject(); // newest first
    const QJsonObject me = calls.at(1).toObject();
    QCOMPARE(me.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(me.value(QLatin1String("path")).toString(), QStringLiteral("/me"));
    QCOMPARE(me.value(QLatin1String("url")).toString(),
        m_sandbox.baseUrl().toString() + QLatin1String("/me"));
    QCOMPARE(me.value(QLatin1String("endpoint")).toString(), m_sandbox.baseUrl().toString());
    QCOMPARE(me.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(me.value(QLatin1String("query_id")).toString(), meQueryId);
    QVERIFY(me.value(QLatin1String("profile")).isNull());
    QVERIFY(me.value(QLatin1String("elapsed_ms")).isDouble());
    QVERIFY(QDateTime::fromString(me.value(QLatin1String("time")).toString(), Qt::ISODateWithMs)
                .isValid());
    QVERIFY(
        post.value(QLatin1String("id")).toInteger() > me.value(QLatin1String("id")).toInteger());
    QCOMPARE(post.value(QLatin1String("path")).toString(),
        QStringLiteral("/domain/zone/{zoneName}/record"));

    const OvhTest::ProcessRun shown = run({ QStringLiteral("history"), QStringLiteral("show"),
        QString::number(post.value(QLatin1String("id")).toInteger()), QStringLiteral("--json") });
    QVERIFY2(shown.ok(), qPrintable(shown.describe()));
    const QJsonObject whole = QJsonDocument::fromJson(shown.out).object();
    const QJsonObject request = whole.value(QLatin1String("request")).toObject();
    QCOMPARE(request.value(QLatin1String("body"))[QLatin1String("target")].toString(),
        QStringLiteral("\"kept words\""));
    QCOMPARE(whole.value(QLatin1String("values"))[QLatin1String("path")][QLatin1String("zoneName")]
                 .toString(),
        zone);
    const QJsonObject response = whole.value(QLatin1String("response")).toObject();
    QCOMPARE(response.value(QLatin1String("body"))[QLatin1String("subDomain")].toString(),
        QStringLiteral("hist"));
    QVERIFY(response.value(QLatin1String("headers"))[QLatin1String("X-Ovh-QueryId")].isString());
    QCOMPARE(response.value(QLatin1String("truncated")).toBool(), false);

    const OvhTest::ProcessRun text = run({ QStringLiteral("history"), QStringLiteral("show"),
        QString::number(post.value(QLatin1String("id")).toInteger()) });
    QVERIFY(text.out.contains("\"subDomain\": \"hist\""));

    // Neither the keys nor the signatures sent are anywhere in the file.
    QByteArray bytes;
    for (const QString& name : QDir(QFileInfo(historyFile()).path()).entryList(QDir::Files)) {
        QFile part(QFileInfo(historyFile()).path() + QLatin1Char('/') + name);
        QVERIFY(part.open(QIODevice::ReadOnly));
        bytes += part.readAll();
    }
    QVERIFY(bytes.contains("kept words"));
    QList<QByteArray> secrets { SandboxDemo::kApplicationKey, SandboxDemo::kApplicationSecret,
        SandboxDemo::kConsumerKey };
    QCOMPARE(m_received.size(), 2);
    for (const SandboxRequestRecord& received : std::as_const(m_received))
        secrets << received.header("X-Ovh-Signature");
    for (const QByteArray& secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!bytes.contains(secret), secret.constData());
    }
}

void TestCliHistory::filterAndLimit()
{
    for (const QString& path :
        { QStringLiteral("/me"), QStringLiteral("/domain"), QStringLiteral("/me/bill") })
        QVERIFY(call({ QStringLiteral("GET"), path }).ok());
    QCOMPARE(history().size(), 3);
    QCOMPARE(history({ QStringLiteral("--limit"), QStringLiteral("1") })
                 .at(0)[QLatin1String("path")]
                 .toString(),
        QStringLiteral("/me/bill"));
    const QJsonArray domain = history({ QStringLiteral("--filter"), QStringLiteral("domain") });
    QCOMPARE(domain.size(), 1);
    QCOMPARE(domain.at(0)[QLatin1String("path")].toString(), QStringLiteral("/domain"));
    // Bodies too: the address is in the answer of GET /me only.
    const QJsonArray address
        = history({ QStringLiteral("--filter"), QStringLiteral("kellermann") });
    QCOMPARE(address.size(), 1);
    QCOMPARE(address.at(0)[QLatin1String("path")].toString(), QStringLiteral("/me"));
    QVERIFY(history({ QStringLiteral("--filter"), QStringLiteral("nowhere") }).isEmpty());
    const OvhTest::ProcessRun listed = run({ QStringLiteral("history") });
    QVERIFY(listed.ok());
    QCOMPARE(listed.out.count('\n'), 3);
    QVERIFY(listed.out.contains("GET    /me/bill"));
    QCOMPARE(
        run({ QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("0") }).exitCode,
        2);
    const OvhTest::ProcessRun cleared = run({ QStringLiteral("history"), QStringLiteral("clear") });
    QVERIFY2(
        cleared.ok() && cleared.err.contains("3 calls forgotten"), qPrintable(cleared.describe()));
    QVERIFY(history().isEmpty());
}

void TestCliHistory::fromHistory()
{
    const QString zone = QString::fromLatin1(SandboxDemo::kZone);
    QVERIFY(call({ QStringLiteral("GET"), QStringLiteral("/domain/zone/{zoneName}/record"),
                     QStringLiteral("-p"), QStringLiteral("zoneName=") + zone, QStringLiteral("-p"),
                     QStringLiteral("fieldType=A") })
                .ok());
    QVERIFY(
        call({ QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"),
                 QStringLiteral("-p"), QStringLiteral("zoneName=") + zone, QStringLiteral("-p"),
                 QStringLiteral("fieldType=A"), QStringLiteral("-p"),
                 QStringLiteral("subDomain=www"), QStringLiteral("-p"),
                 QStringLiteral("target=1.2.3.4"), QStringLiteral("-p"), QStringLiteral("ttl=60") })
            .ok());
    const QJsonArray before = history();
    const QString get = QString::number(before.at(1)[QLatin1String("id")].toInteger());
    const QString post = QString::number(before.at(0)[QLatin1String("id")].toInteger());
    m_received.clear();

    // The same call, on the recorded endpoint (no --endpoint given), with the keys of now.
    OvhTest::ProcessRun again = run({ QStringLiteral("call"), QStringLiteral("--from-history"), get,
        QStringLiteral("--cache-dir"), m_cache.path() });
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(m_received.size(), 1);
    QCOMPARE(
        m_received.at(0).target, QByteArray("/1.0/domain/zone/example.com/record?fieldType=A"));

    // A value and the endpoint overridden.
    again = run({ QStringLiteral("call"), QStringLiteral("--from-history=") + post,
        QStringLiteral("-p"), QStringLiteral("subDomain=mail"), QStringLiteral("--endpoint"),
        m_sandbox.baseUrl().toString(), QStringLiteral("--cache-dir"), m_cache.path() });
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(m_received.size(), 2);
    const QJsonObject body = QJsonDocument::fromJson(m_received.at(1).body).object();
    QCOMPARE(body.value(QLatin1String("subDomain")).toString(), QStringLiteral("mail"));
    QCOMPARE(body.value(QLatin1String("ttl")).toInt(), 60); // typed as recorded
    QCOMPARE(body.value(QLatin1String("target")).toString(), QStringLiteral("1.2.3.4"));
    QCOMPARE(history().size(), 4); // the repeats are recorded too
}

void TestCliHistory::fromHistoryRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown entry") << QStringList { QStringLiteral("--from-history"),
        QStringLiteral("99") } << QStringLiteral("no entry 99");
    QTest::newRow("not a number") << QStringList { QStringLiteral("--from-history"),
        QStringLiteral("x") } << QStringLiteral("'x' is not an entry number");
    QTest::newRow("no number") << QStringList { QStringLiteral("--from-history") }
                               << QStringLiteral("not an entry number");
    QTest::newRow("and a method and path") << QStringList { QStringLiteral("--from-history"),
        QStringLiteral("1"), QStringLiteral("GET"), QStringLiteral("/me") }
                                           << QStringLiteral("usage: call");
}

void TestCliHistory::fromHistoryRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QVERIFY(call({ QStringLiteral("GET"), QStringLiteral("/me") }).ok());
    m_received.clear();
    const OvhTest::ProcessRun refused = run(QStringList { QStringLiteral("call") } + arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message.toUtf8()), refused.err.constData());
    QVERIFY(m_received.isEmpty());
}

void TestCliHistory::noHistory()
{
    QVERIFY(call({ QStringLiteral("GET"), QStringLiteral("/me"), QStringLiteral("--no-history") })
                .ok());
    QVERIFY(!QFileInfo::exists(historyFile())); // not even created
    QVERIFY(call({ QStringLiteral("GET"), QStringLiteral("/me") }).ok());
    QVERIFY(call({ QStringLiteral("GET"), QStringLiteral("/me"), QStringLiteral("--no-history") })
                .ok());
    QCOMPARE(history().size(), 1);
}

// File > Settings > History binds the CLI too: at most N calls, responses kept or not.
void TestCliHistory::keepsTheWindowsLimits()
{
    {
        ExplorerSettings settings(
            m_data->path() + QLatin1String("/ovh-api-explorer/ovh-explorer.conf"));
        settings.setHistoryMaxEntries(2);
        settings.setHistoryKeepResponses(false);
    }
    for (const QString& path :
        { QStringLiteral("/domain"), QStringLiteral("/me/bill"), QStringLiteral("/me") })
        QVERIFY(call({ QStringLiteral("GET"), path }).ok());
    const QJsonArray kept = history();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0)[QLatin1String("path")].toString(), QStringLiteral("/me"));
    QCOMPARE(kept.at(1)[QLatin1String("path")].toString(), QStringLiteral("/me/bill"));
    const OvhTest::ProcessRun shown = run({ QStringLiteral("history"), QStringLiteral("show"),
        QString::number(kept.at(0)[QLatin1String("id")].toInteger()), QStringLiteral("--json") });
    QVERIFY2(shown.ok(), qPrintable(shown.describe()));
    QVERIFY(!shown.out.contains("kellermann"));
}

void TestCliHistory::damagedFileLeavesCallsWorking()
{
    QVERIFY(QDir().mkpath(QFileInfo(historyFile()).path()));
    {
        QFile damaged(historyFile());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(4096, 'z'));
    }
    const OvhTest::ProcessRun sent = call({ QStringLiteral("GET"), QStringLiteral("/me") });
    QVERIFY2(sent.ok(), qPrintable(sent.describe()));
    QVERIFY2(sent.err.contains("warning: History file") && sent.err.contains("history is off"),
        sent.err.constData());
    QCOMPARE(m_received.size(), 1);
    const OvhTest::ProcessRun listed = run({ QStringLiteral("history") });
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(historyFile().toUtf8()), listed.err.constData());
    QFile file(historyFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'z')); // left for the person to look at
}

void TestCliHistory::helpNamesIt()
{
    const OvhTest::ProcessRun help = run({ QStringLiteral("--help") });
    QVERIFY(help.out.contains("  history "));
    QVERIFY(help.out.contains("history.sqlite"));
    const OvhTest::ProcessRun callHelp = run({ QStringLiteral("call"), QStringLiteral("--help") });
    QVERIFY(callHelp.out.contains("--from-history <ID>"));
    QVERIFY(callHelp.out.contains("--no-history"));
    const OvhTest::ProcessRun historyHelp
        = run({ QStringLiteral("history"), QStringLiteral("--help") });
    QVERIFY(historyHelp.ok());
    QVERIFY(historyHelp.out.contains("--filter <TEXT>"));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
