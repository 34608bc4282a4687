// The getting-started calls, end to end: the real ovh-explorer-cli process against the sandbox.
#include "auth/profilestore.h"
#include "processrun.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// An ovh.conf with the sandbox's demo application and `consumerKey` in the section `endpoint`.
bool writeDemoConfig(const QString& path, const QString& endpoint,
    const QByteArray& consumerKey = QByteArray(SandboxDemo::kConsumerKey))
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write("[" + endpoint.toUtf8()
               + "]\napplication_key = " + SandboxDemo::kApplicationKey + "\napplication_secret = "
               + SandboxDemo::kApplicationSecret + "\nconsumer_key = " + consumerKey + "\n")
        > 0;
}

} // namespace

class TestCliCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gettingStarted();
    void clockSkew_data();
    void clockSkew();
    void refusedCalls_data();
    void refusedCalls();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void textOutput();
    void invalidKeysSendNothing_data();
    void invalidKeysSendNothing();
    void invalidUtf8Refused_data();
    void invalidUtf8Refused();
    void uncheckedBodyIsSent();
    void serverTextIsEscaped();
    void exposedConfigWarned();
    void currentProfileLeavesExplicitValuesAlone();
    void environmentKeysWinOverCurrentProfile();

private:
    CliRun call(const QStringList& arguments, const QStringList& keys = demoKeys());
    // Runs the CLI with exactly `arguments`, no OVH_* variable but those of `variables`; the
    // settings (profiles) under `xdgConfigHome` when given.
    CliRun run(const QStringList& arguments, const QString& xdgConfigHome = QString(),
        const QProcessEnvironment& variables = QProcessEnvironment());
    static QStringList demoKeys();

    Sandbox m_sandbox;
    QTemporaryDir m_cache;
    QList<QByteArray> m_handled; // "METHOD path" of every request the sandbox answered
};

QStringList TestCliCall::demoKeys()
{
    return { QStringLiteral("--app-key"), QString::fromLatin1(SandboxDemo::kApplicationKey),
        QStringLiteral("--app-secret"), QString::fromLatin1(SandboxDemo::kApplicationSecret),
        QStringLiteral("--consumer-key"), QString::fromLatin1(SandboxDemo::kConsumerKey) };
}

void TestCliCall::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    connect(&m_sandbox, &Sandbox::requestHandled, this,
        [this](const QByteArray& method, const QByteArray& path, int, const QByteArray&) {
            m_handled.append(method + ' ' + path);
        });
}

CliRun TestCliCall::call(const QStringList& arguments, const QStringList& keys)
{
    return run(QStringList { QStringLiteral("call") } + arguments
        + QStringList { QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
            QStringLiteral("--cache-dir"), m_cache.path(), QStringLiteral("--config"),
            OvhTest::dataFile(QStringLiteral("empty-ovh.conf")) }
        + keys);
}

CliRun TestCliCall::run(const QStringList& arguments, const QString& xdgConfigHome,
    const QProcessEnvironment& variables)
{
    QProcess process;
    process.setProgram(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"));
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("OVH_")))
            environment.remove(name);
    }
    if (!xdgConfigHome.isEmpty())
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), xdgConfigHome);
    for (const QString& name : variables.keys())
        environment.insert(name, variables.value(name));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliCall::gettingStarted()
{
    const QString zone = QString::fromLatin1(SandboxDemo::kZone);
    const QStringList json { QStringLiteral("--json") };

    CliRun run = call(QStringList { QStringLiteral("GET"), QStringLiteral("/me") } + json);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject result = run.json();
    QCOMPARE(result.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(
        result.value(QLatin1String("body")).toObject().value(QLatin1String("nichandle")).toString(),
        QString::fromLatin1(SandboxDemo::kNichandle));
    QVERIFY(result.value(QLatin1String("query_id")).toString().startsWith(QLatin1String("SBX.")));
    QCOMPARE(
        result.value(QLatin1String("request")).toObject().value(QLatin1String("url")).toString(),
        m_sandbox.baseUrl().toString() + QLatin1String("/me"));
    QVERIFY(result.value(QLatin1String("error")).isNull());

    run = call(QStringList { QStringLiteral("GET"), QStringLiteral("/domain") } + json);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().value(QLatin1String("body")).toArray().contains(zone));

    run = call(
        QStringList { QStringLiteral("GET"), QStringLiteral("/domain/zone/{zoneName}/record"),
            QStringLiteral("-p"), QStringLiteral("zoneName=") + zone, QStringLiteral("-p"),
            QStringLiteral("fieldType=A") }
        + json);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()
                 .value(QLatin1String("request"))
                 .toObject()
                 .value(QLatin1String("url"))
                 .toString(),
        m_sandbox.baseUrl().toString()
            + QLatin1String("/domain/zone/example.com/record?fieldType=A"));
    QCOMPARE(run.json().value(QLatin1String("body")).toArray(), QJsonArray({ 1001, 1002 }));

    // Create, read, update, delete a record; the quotes and the unicode travel intact.
    run = call(
        QStringList { QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"),
            QStringLiteral("-p"), QStringLiteral("zoneName=") + zone, QStringLiteral("-p"),
            QStringLiteral("fieldType=TXT"), QStringLiteral("-p"),
            QStringLiteral("subDomain=cli-test"), QStringLiteral("-p"),
            QStringLiteral("target=\"h\u00e9llo\" w\u00f6rld"), QStringLiteral("-p"),
            QStringLiteral("ttl=60") }
        + json);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    result = run.json();
    QCOMPARE(result.value(QLatin1String("request"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toObject()
                 .value(QLatin1String("ttl"))
                 .toInt(),
        60);
    const int id
        = result.value(QLatin1String("body")).toObject().value(QLatin1String("id")).toInt();
    QVERIFY(id > 0);
    QCOMPARE(
        result.value(QLatin1String("body")).toObject().value(QLatin1String("target")).toString(),
        QStringLiteral("\"h\u00e9llo\" w\u00f6rld"));

    const QStringList recordPath { QStringLiteral("/domain/zone/{zoneName}/record/{id}"),
        QStringLiteral("-p"), QStringLiteral("zoneName=") + zone, QStringLiteral("-p"),
        QStringLiteral("id=%1").arg(id) };
    run = call(QStringList { QStringLiteral("PUT") } + recordPath
        + QStringList { QStringLiteral("-p"), QStringLiteral("target=updated"),
            QStringLiteral("-p"), QStringLiteral("ttl=120") }
        + json);
    QVERIFY2(run.exitCode == 0, run.out.constData());

    run = call(QStringList { QStringLiteral("GET") } + recordPath + json);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()
                 .value(QLatin1String("body"))
                 .toObject()
                 .value(QLatin1String("target"))
                 .toString(),
        QStringLiteral("updated"));
    QCOMPARE(run.json().value(QLatin1String("body")).toObject().value(QLatin1String("ttl")).toInt(),
        120);

    run = call(
        QStringList { QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/refresh"),
            QStringLiteral("-p"), QStringLiteral("zoneName=") + zone }
        + json);
    QCOMPARE(run.exitCode, 0);

    run = call(QStringList { QStringLiteral("DELETE") } + recordPath + json);
    QCOMPARE(run.exitCode, 0);
    run = call(QStringList { QStringLiteral("GET") } + recordPath + json);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(QLatin1String("status")).toInt(), 404);
}

void TestCliCall::clockSkew_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::newRow("server an hour ahead") << qint64(3600);
    QTest::newRow("server an hour behind") << qint64(-3600);
}

void TestCliCall::clockSkew()
{
    QFETCH(qint64, skew);
    m_sandbox.setClockSkew(skew);
    const CliRun run
        = call({ QStringLiteral("GET"), QStringLiteral("/me"), QStringLiteral("--json") });
    m_sandbox.setClockSkew(0);
    QVERIFY2(run.exitCode == 0, run.out.constData());
}

void TestCliCall::refusedCalls_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("status");
    const QString ak = QString::fromLatin1(SandboxDemo::kApplicationKey);
    const QString as = QString::fromLatin1(SandboxDemo::kApplicationSecret);
    const QString ck = QString::fromLatin1(SandboxDemo::kConsumerKey);
    QTest::newRow("wrong secret") << QStringList { QStringLiteral("--app-key"), ak,
        QStringLiteral("--app-secret"), QStringLiteral("nope"), QStringLiteral("--consumer-key"),
        ck } << "INVALID_SIGNATURE"
                                  << 400;
    QTest::newRow("unknown application")
        << QStringList { QStringLiteral("--app-key"), QStringLiteral("unknown"),
               QStringLiteral("--app-secret"), as, QStringLiteral("--consumer-key"), ck }
        << "INVALID_KEY" << 403;
    QTest::newRow("unknown consumer key")
        << QStringList { QStringLiteral("--app-key"), ak, QStringLiteral("--app-secret"), as,
               QStringLiteral("--consumer-key"), QStringLiteral("unknown") }
        << "INVALID_CREDENTIAL" << 403;
}

void TestCliCall::refusedCalls()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, errorCode);
    QFETCH(int, status);
    const CliRun run
        = call({ QStringLiteral("GET"), QStringLiteral("/me"), QStringLiteral("--json") }, keys);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = run.json();
    QCOMPARE(result.value(QLatin1String("status")).toInt(), status);
    QCOMPARE(result.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("errorCode"))
                 .toString(),
        errorCode);
    QVERIFY(!result.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
    QVERIFY(!run.out.contains("nope")); // the secret given is never echoed
}

void TestCliCall::invalidInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("missing required")
        << QStringList { QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"),
               QStringLiteral("-p"), QStringLiteral("zoneName=example.com") }
        << QByteArray("body.fieldType: a value is required");
    QTest::newRow("not in enum") << QStringList { QStringLiteral("POST"),
        QStringLiteral("/domain/zone/{zoneName}/record"), QStringLiteral("-p"),
        QStringLiteral("zoneName=example.com"), QStringLiteral("-p"),
        QStringLiteral("fieldType=BOGUS"), QStringLiteral("-p"), QStringLiteral("target=x") }
                                 << QByteArray("body.fieldType: \"BOGUS\" is not one of");
    QTest::newRow("not a long") << QStringList { QStringLiteral("GET"),
        QStringLiteral("/domain/zone/{zoneName}/record/{id}"), QStringLiteral("-p"),
        QStringLiteral("zoneName=example.com"), QStringLiteral("-p"), QStringLiteral("id=abc") }
                                << QByteArray("id: \"abc\" is not an integer");
    QTest::newRow("unknown parameter") << QStringList { QStringLiteral("GET"),
        QStringLiteral("/me"), QStringLiteral("-p"), QStringLiteral("colour=blue") }
                                       << QByteArray("colour");
    QTest::newRow("bad json body") << QStringList { QStringLiteral("PUT"), QStringLiteral("/me"),
        QStringLiteral("--body"), QStringLiteral("{not json") }
                                   << QByteArray("body");
    QTest::newRow("unknown operation")
        << QStringList { QStringLiteral("GET"), QStringLiteral("/domain/nothing") }
        << QByteArray("no operation GET /domain/nothing");
    QTest::newRow("method not allowed") << QStringList { QStringLiteral("POST"),
        QStringLiteral("/me") } << QByteArray("POST is not allowed on /me (it takes GET, PUT)");
    QTest::newRow("no equals") << QStringList { QStringLiteral("GET"), QStringLiteral("/me"),
        QStringLiteral("-p"), QStringLiteral("oops") }
                               << QByteArray("expected name=value");
    // --body is checked like -p, every problem listed.
    QTest::newRow("body, every problem")
        << QStringList { QStringLiteral("PUT"), QStringLiteral("/me"), QStringLiteral("--body"),
               QStringLiteral(R"({"bogus":1,"address":7,"language":"xx_XX"})") }
        << QByteArray("body.address: expects a value of type string, not a number\n"
                      "body.bogus: unknown property of nichandle.Nichandle");
    QTest::newRow("body, enum") << QStringList { QStringLiteral("PUT"), QStringLiteral("/me"),
        QStringLiteral("--body"), QStringLiteral(R"({"language":"xx_XX"})") }
                                << QByteArray("body.language: \"xx_XX\" is not one of");
    QTest::newRow("body, required")
        << QStringList { QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"),
               QStringLiteral("-p"), QStringLiteral("zoneName=example.com"),
               QStringLiteral("--body"), QStringLiteral(R"({"target":"x"})") }
        << QByteArray("body.fieldType: a value is required");
    QTest::newRow("body, not an object") << QStringList { QStringLiteral("PUT"),
        QStringLiteral("/me"), QStringLiteral("--body"), QStringLiteral("[]") }
                                         << QByteArray("body: expects a JSON object");
    QTest::newRow("body, duplicate key") << QStringList { QStringLiteral("POST"),
        QStringLiteral("/domain/zone/{zoneName}/record"), QStringLiteral("-p"),
        QStringLiteral("zoneName=example.com"), QStringLiteral("--body"),
        QStringLiteral(R"({"fieldType":"A","target":"x","target":"y"})") }
                                         << QByteArray("body.target: appears twice");
    QTest::newRow("no-check, duplicate key")
        << QStringList { QStringLiteral("PUT"), QStringLiteral("/me"), QStringLiteral("--no-check"),
               QStringLiteral("--body"), QStringLiteral(R"({"city":"a","city":"b"})") }
        << QByteArray("body.city: appears twice");
    QTest::newRow("no-check without body") << QStringList { QStringLiteral("PUT"),
        QStringLiteral("/me"), QStringLiteral("--no-check") }
                                           << QByteArray("--no-check applies to --body");
}

void TestCliCall::invalidInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    m_handled.clear();
    const CliRun run = call(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    for (const QByteArray& handled : std::as_const(m_handled)) // only schema files were read
        QVERIFY2(
            handled.startsWith("GET ") && (handled.endsWith(".json") || handled.endsWith("/1.0/")),
            handled.constData());
}

void TestCliCall::textOutput()
{
    const CliRun run = call({ QStringLiteral("GET"), QStringLiteral("/me") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("{\n")); // pretty JSON on stdout
    QVERIFY(run.out.contains("\"nichandle\": \"sb4242-ovh\""));
    QVERIFY2(
        run.err.startsWith("HTTP 200"), run.err.constData()); // status, time, query id on stderr
    QVERIFY(run.err.contains("query id SBX."));
}

void TestCliCall::invalidKeysSendNothing_data()
{
    QTest::addColumn<QString>("source"); // flag, environment, file, profile
    QTest::addColumn<QString>("consumerKey");
    QTest::addColumn<QByteArray>("message"); // %1: the file

    QTest::newRow("flag, CRLF") << QStringLiteral("flag")
                                << QStringLiteral("evilCK\r\nX-Injected: 1")
                                << QByteArray("error: consumer_key (from command line): contains a "
                                              "carriage return (U+000D) at character 7");
    QTest::newRow("environment, trailing space")
        << QStringLiteral("environment") << QStringLiteral("evilCK ")
        << QByteArray("error: consumer_key (from environment variable OVH_CONSUMER_KEY): contains "
                      "a space (U+0020) at character 7");
    QTest::newRow("ovh.conf, lone CR")
        << QStringLiteral("file") << QStringLiteral("evilCK\rX-Injected: 1")
        << QByteArray("error: consumer_key (from %1): contains a "
                      "carriage return (U+000D) at character 7");
    QTest::newRow("profile file, non-ASCII")
        << QStringLiteral("profile") << QStringLiteral("evilCK\u00e9")
        << QByteArray("error: consumer_key (from profile 'evil' of %2 (%1)): contains a "
                      "non-ASCII character (U+00E9) at character 7");
}

void TestCliCall::invalidKeysSendNothing()
{
    QFETCH(QString, source);
    QFETCH(QString, consumerKey);
    QFETCH(QByteArray, message);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString endpoint = m_sandbox.baseUrl().toString();
    const QString conf = home.filePath(QStringLiteral("ovh.conf"));
    const bool inFile = source == QLatin1String("file") || source == QLatin1String("profile");
    QVERIFY(inFile ? writeDemoConfig(conf, endpoint, consumerKey.toUtf8())
                   : writeDemoConfig(conf, endpoint));
    QVERIFY(QFile::setPermissions(conf, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QStringList arguments { QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/me"),
        QStringLiteral("--endpoint"), endpoint, QStringLiteral("--cache-dir"), m_cache.path() };
    QProcessEnvironment variables;
    if (source == QLatin1String("flag")) {
        arguments << QStringLiteral("--config") << conf << QStringLiteral("--consumer-key")
                  << consumerKey;
    } else if (source == QLatin1String("environment")) {
        arguments << QStringLiteral("--config") << conf;
        variables.insert(QStringLiteral("OVH_CONSUMER_KEY"), consumerKey);
    } else if (source == QLatin1String("file")) {
        arguments << QStringLiteral("--config") << conf;
    } else {
        QSettings settings(home.filePath(QStringLiteral("xdg/ovh-api-explorer/ovh-explorer.conf")),
            QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QVERIFY(profiles.save(Profile { QStringLiteral("evil"), endpoint,
            QString::fromLatin1(SandboxDemo::kApplicationKey), conf }));
        arguments << QStringLiteral("--profile") << QStringLiteral("evil");
    }
    m_handled.clear();
    const CliRun result = run(arguments, home.filePath(QStringLiteral("xdg")), variables);
    QCOMPARE(result.exitCode, 2);
    const QByteArray expected = QString::fromUtf8(message)
                                    .replace(QLatin1String("%1"), conf)
                                    .replace(QLatin1String("%2"), endpoint)
                                    .toUtf8()
        + "; keys are printable ASCII without spaces; nothing sent\n";
    QVERIFY2(result.err.contains(expected), result.err.constData());
    QVERIFY(!result.err.contains("evilCK") && !result.out.contains("evilCK"));
    QVERIFY(!m_handled.contains("GET /1.0/me"));
    for (const QByteArray& handled : std::as_const(m_handled)) // only schema files, no call
        QVERIFY2(!handled.contains("/auth/") && !handled.endsWith("/me"), handled.constData());
}

void TestCliCall::invalidUtf8Refused_data()
{
    QTest::addColumn<QStringList>("arguments"); // "@BAD" is replaced by the bad bytes
    QTest::addColumn<QByteArray>("message");
    // printf %b: \377 is the byte 0xff, never valid in UTF-8; \303 starts a pair left unfinished.
    QTest::addColumn<QByteArray>("bad");
    QTest::newRow("-p value") << QStringList { QStringLiteral("PUT"), QStringLiteral("/me"),
        QStringLiteral("-p"), QStringLiteral("@BAD") }
                              << QByteArray("argument 5 is not valid UTF-8 (byte 6 is 0xff)")
                              << QByteArray("city=\\377x");
    QTest::newRow("--body") << QStringList { QStringLiteral("PUT"), QStringLiteral("/me"),
        QStringLiteral("--body"), QStringLiteral("@BAD") }
                            << QByteArray("argument 5 is not valid UTF-8 (byte 10 is 0xc3)")
                            << QByteArray("{\"city\":\"\\303\"}");
    QTest::newRow("path value") << QStringList { QStringLiteral("GET"),
        QStringLiteral("/domain/zone/{zoneName}/record"), QStringLiteral("-p"),
        QStringLiteral("@BAD") } << QByteArray("argument 5 is not valid UTF-8 (byte 10 is 0xbf)")
                                << QByteArray("zoneName=\\277example.com");
}

void TestCliCall::invalidUtf8Refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, bad);
    // QProcess can only pass valid text: a shell builds the bad argument from $BAD.
    QStringList shellArguments { QStringLiteral("-c"),
        QStringLiteral(R"(cli=$1; shift; bad=$(printf '%b' "$BAD"); )"
                       R"(for a do shift; [ "$a" = @BAD ] && a=$bad; set -- "$@" "$a"; done; )"
                       R"(exec "$cli" "$@")"),
        QStringLiteral("sh"), OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
        QStringLiteral("call") };
    shellArguments << arguments << QStringLiteral("--endpoint") << m_sandbox.baseUrl().toString()
                   << QStringLiteral("--cache-dir") << m_cache.path();
    shellArguments << demoKeys();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BAD"), QString::fromLatin1(bad));
    m_handled.clear();
    const OvhTest::ProcessRun result
        = OvhTest::runProcess(QStringLiteral("/bin/sh"), shellArguments, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(m_handled.isEmpty()); // refused before anything, schema included
}

void TestCliCall::uncheckedBodyIsSent()
{
    // The schema says nichandle.Nichandle has no "bogus": checked, nothing is sent...
    const QStringList arguments { QStringLiteral("PUT"), QStringLiteral("/me"),
        QStringLiteral("--json"), QStringLiteral("--body"),
        QStringLiteral(R"({ "city": "Roubaix", "bogus": 1 })") };
    CliRun result = call(arguments);
    QCOMPARE(result.exitCode, 2);
    // ...with --no-check it goes as written (the sandbox checks it in its own way).
    m_handled.clear();
    result = call(arguments + QStringList { QStringLiteral("--no-check") });
    QVERIFY2(m_handled.contains("PUT /1.0/me"), result.err.constData());
    QCOMPARE(result.json().value(QLatin1String("request")).toObject().value(QLatin1String("body")),
        QJsonValue(QJsonObject { { QStringLiteral("city"), QStringLiteral("Roubaix") },
            { QStringLiteral("bogus"), 1 } }));
}

void TestCliCall::serverTextIsEscaped()
{
    // The sandbox quotes a value outside its enum in its message: a hostile server could put
    // anything there. --no-check lets the value reach it.
    const QString evil
        = QStringLiteral("\u001b]0;pwned\u0007\u001b[2J") + QString(3000, QLatin1Char('A'));
    const QString body
        = QStringLiteral(R"({"fieldType":"%1","target":"x"})")
              .arg(QString(evil)
                       .replace(QStringLiteral("\u001b"), QStringLiteral("\\u001b"))
                       .replace(QStringLiteral("\u0007"), QStringLiteral("\\u0007")));
    const CliRun result = call({ QStringLiteral("POST"),
        QStringLiteral("/domain/zone/{zoneName}/record"), QStringLiteral("-p"),
        QStringLiteral("zoneName=") + QString::fromLatin1(SandboxDemo::kZone),
        QStringLiteral("--no-check"), QStringLiteral("--body"), body });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(!result.err.contains('\x1b') && !result.err.contains('\x07'), result.err.constData());
    QVERIFY2(result.err.contains("\\x1b]0;pwned\\x07\\x1b[2J"), result.err.constData());
    // The sandbox shortens the value itself: the cut is in tst_displaytext and tst_cli_login.
}

void TestCliCall::exposedConfigWarned()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString conf = home.filePath(QStringLiteral("ovh.conf"));
    QVERIFY(writeDemoConfig(conf, m_sandbox.baseUrl().toString()));
    QVERIFY(QFile::setPermissions(conf,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther));
    const QStringList arguments { QStringLiteral("call"), QStringLiteral("GET"),
        QStringLiteral("/me"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
        QStringLiteral("--cache-dir"), m_cache.path(), QStringLiteral("--config"), conf };
    CliRun result = run(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData()); // read all the same
    QVERIFY2(result.err.startsWith(QStringLiteral("warning: %1 holds a secret and is readable by "
                                                  "its group and others (mode 0644); make it "
                                                  "private: chmod 600 %1\n")
                                       .arg(conf)
                                       .toUtf8()),
        result.err.constData());
    const QByteArray warning = QStringLiteral("warning: %1 holds a secret and is readable by its "
                                              "group and others (mode 0644); make it private: "
                                              "chmod 600 %1\n")
                                   .arg(conf)
                                   .toUtf8();
    // The same file as a saved profile's.
    {
        QSettings settings(home.filePath(QStringLiteral("xdg/ovh-api-explorer/ovh-explorer.conf")),
            QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QVERIFY(profiles.save(Profile { QStringLiteral("shared"), m_sandbox.baseUrl().toString(),
            QString::fromLatin1(SandboxDemo::kApplicationKey), conf }));
    }
    const QStringList byProfile { QStringLiteral("call"), QStringLiteral("GET"),
        QStringLiteral("/me"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
        QStringLiteral("--cache-dir"), m_cache.path(), QStringLiteral("--profile"),
        QStringLiteral("shared") };
    result = run(byProfile, home.filePath(QStringLiteral("xdg")));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.startsWith(warning), result.err.constData());

    QVERIFY(QFile::setPermissions(conf, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.err.contains("warning"), result.err.constData());
    result = run(byProfile, home.filePath(QStringLiteral("xdg")));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.err.contains("warning"), result.err.constData());
}

void TestCliCall::currentProfileLeavesExplicitValuesAlone()
{
    // A current profile for the sandbox, kept in a file (no keychain needed), with an
    // application key the sandbox does not know.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString endpoint = m_sandbox.baseUrl().toString();
    const QString profileFile = home.filePath(QStringLiteral("profile-ovh.conf"));
    const QString demoFile = home.filePath(QStringLiteral("demo-ovh.conf"));
    const auto writeConfig = [&endpoint](const QString& path, const QByteArray& applicationKey) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("[" + endpoint.toUtf8() + "]\napplication_key = " + applicationKey
            + "\napplication_secret = " + SandboxDemo::kApplicationSecret
            + "\nconsumer_key = " + SandboxDemo::kConsumerKey + "\n");
        return true;
    };
    QVERIFY(writeConfig(profileFile, "UnknownAppKey"));
    QVERIFY(writeConfig(demoFile, SandboxDemo::kApplicationKey));
    {
        QSettings settings(home.filePath(QStringLiteral("xdg/ovh-api-explorer/ovh-explorer.conf")),
            QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QVERIFY(profiles.save(Profile {
            QStringLiteral("stale"), endpoint, QStringLiteral("UnknownAppKey"), profileFile }));
        profiles.setCurrent(endpoint, QStringLiteral("stale"));
    }
    const QString xdg = home.filePath(QStringLiteral("xdg"));
    const QStringList common { QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/me"),
        QStringLiteral("--json"), QStringLiteral("--endpoint"), endpoint,
        QStringLiteral("--cache-dir"), m_cache.path() };

    // Nothing explicit: the current profile is used (and refused by the sandbox).
    CliRun result = run(common, xdg);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.json()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("errorCode"))
                 .toString(),
        QStringLiteral("INVALID_KEY"));

    // --config, or the key flags, win over the current profile.
    result = run(common + QStringList { QStringLiteral("--config"), demoFile }, xdg);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = run(common + demoKeys(), xdg);
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // --profile names one that does not exist: bad usage, nothing sent.
    result
        = run(common + QStringList { QStringLiteral("--profile"), QStringLiteral("nosuch") }, xdg);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("no profile 'nosuch'"), result.err.constData());
    QVERIFY(result.err.contains("saved: stale"));
}

void TestCliCall::environmentKeysWinOverCurrentProfile()
{
    // A current profile for the sandbox that works (demo keys, kept in a file).
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString endpoint = m_sandbox.baseUrl().toString();
    const QString profileFile = home.filePath(QStringLiteral("profile-ovh.conf"));
    QVERIFY(writeDemoConfig(profileFile, endpoint));
    {
        QSettings settings(home.filePath(QStringLiteral("xdg/ovh-api-explorer/ovh-explorer.conf")),
            QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QVERIFY(profiles.save(Profile { QStringLiteral("good"), endpoint,
            QString::fromLatin1(SandboxDemo::kApplicationKey), profileFile }));
        profiles.setCurrent(endpoint, QStringLiteral("good"));
    }
    const QString xdg = home.filePath(QStringLiteral("xdg"));
    const QStringList common { QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/me"),
        QStringLiteral("--json"), QStringLiteral("--endpoint"), endpoint,
        QStringLiteral("--cache-dir"), m_cache.path() };

    // No variable: the current profile signs, and works.
    CliRun result = run(common, xdg);
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // The OVH_* keys are used instead, as python-ovh would: a wrong consumer key is refused.
    QProcessEnvironment variables;
    variables.insert(
        QStringLiteral("OVH_APPLICATION_KEY"), QString::fromLatin1(SandboxDemo::kApplicationKey));
    variables.insert(QStringLiteral("OVH_APPLICATION_SECRET"),
        QString::fromLatin1(SandboxDemo::kApplicationSecret));
    variables.insert(
        QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("WrongConsumerKeyFromTheEnv00000"));
    result = run(common, xdg, variables);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.json()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("errorCode"))
                 .toString(),
        QStringLiteral("INVALID_CREDENTIAL"));
    QVERIFY(!result.out.contains(SandboxDemo::kApplicationSecret));
    QVERIFY(!result.err.contains(SandboxDemo::kApplicationSecret));

    // --profile NAME is explicit too, and wins over the variables.
    result = run(common + QStringList { QStringLiteral("--profile"), QStringLiteral("good") }, xdg,
        variables);
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // OVH_ENDPOINT alone chooses no credentials: the current profile still signs.
    QProcessEnvironment endpointOnly;
    endpointOnly.insert(QStringLiteral("OVH_ENDPOINT"), endpoint);
    result = run(common, xdg, endpointOnly);
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliCall)
#include "tst_cli_call.moc"
