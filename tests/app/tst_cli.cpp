#include "sandbox/snapshotserver.h"
#include "schemafixtures.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
};

// Runs the real executable while this process keeps serving: QTRY spins the event loop.
CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"));
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OVH_ENDPOINT"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject singleJsonObject(const QByteArray& out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void schemaCountsFromServer_data();
    void schemaCountsFromServer();
    void unseenSnapshot();
    void failingProduct();
    void offlineWithoutCache();
    void offlineBundled();
    void ops();
    void opsEscapesSchemaText();
    void usage_data();
    void usage();
    void jsonErrors_data();
    void jsonErrors();
    void indexDiagnosticNamedOnce();
    void opsFilterForgives_data();
    void opsFilterForgives();
};

void TestCli::schemaCountsFromServer_data()
{
    OvhTest::addSnapshotCountRows();
}

void TestCli::schemaCountsFromServer()
{
    QFETCH(QString, region);
    QFETCH(int, products);
    QFETCH(int, paths);
    QFETCH(int, operations);
    QFETCH(int, models);
    SnapshotServer server(OvhTest::snapshotDir(region));
    QVERIFY(server.listen());
    QTemporaryDir cache;
    const QStringList arguments { QStringLiteral("schema"), QStringLiteral("--endpoint"),
        server.baseUrl().toString(), QStringLiteral("--cache-dir"), cache.path(),
        QStringLiteral("--json") };
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), 1); // exactly one JSON object, one line
    const QJsonObject result = singleJsonObject(run.out);
    QCOMPARE(result.value(QLatin1String("endpoint")).toString(), server.baseUrl().toString());
    QCOMPARE(result.value(QLatin1String("source")).toString(), QStringLiteral("network"));
    QCOMPARE(result.value(QLatin1String("products")).toInt(), products);
    QCOMPARE(result.value(QLatin1String("paths")).toInt(), paths);
    QCOMPARE(result.value(QLatin1String("operations")).toInt(), operations);
    QCOMPARE(result.value(QLatin1String("models")).toInt(), models);
    QVERIFY(result.value(QLatin1String("elapsed_ms")).isDouble());
    QCOMPARE(result.value(QLatin1String("diagnostics")).toArray().size(), 0);

    // The same endpoint again, offline: from the cache the first run wrote.
    const CliRun offline = runCli(arguments + QStringList { QStringLiteral("--offline") });
    QCOMPARE(offline.exitCode, 0);
    const QJsonObject cached = singleJsonObject(offline.out);
    QCOMPARE(cached.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(cached.value(QLatin1String("operations")).toInt(), operations);
}

void TestCli::unseenSnapshot()
{
    // A small schema this program has never seen: 3 products (one nested), 5 paths,
    // 8 operations, 6 model entries, one of them a generic declaration.
    SnapshotServer server(OvhTest::dataFile(QStringLiteral("synthetic/1.0")));
    QVERIFY(server.listen());
    QTemporaryDir cache;
    const CliRun run = runCli(
        { QStringLiteral("schema"), QStringLiteral("--endpoint"), server.baseUrl().toString(),
            QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = singleJsonObject(run.out);
    QCOMPARE(result.value(QLatin1String("products")).toInt(), 3);
    QCOMPARE(result.value(QLatin1String("paths")).toInt(), 5);
    QCOMPARE(result.value(QLatin1String("operations")).toInt(), 8);
    QCOMPARE(result.value(QLatin1String("models")).toInt(), 6);
    QCOMPARE(result.value(QLatin1String("diagnostics")).toArray().size(), 0);
    QVERIFY(result.contains(QLatin1String("error")));
    QVERIFY(result.value(QLatin1String("error")).isNull());
}

void TestCli::failingProduct()
{
    // A small schema this program has never seen: 3 products (one nested), 5 paths,
    // 8 operations, 6 model entries, one of them a generic declaration.
    SnapshotServer server(OvhTest::dataFile(QStringLiteral("synthetic/1.0")));
    server.setFailure(QStringLiteral("/beta/gamma.json"), 500);
    QVERIFY(server.listen());
    QTemporaryDir cache;
    const CliRun run = runCli(
        { QStringLiteral("schema"), QStringLiteral("--endpoint"), server.baseUrl().toString(),
            QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = singleJsonObject(run.out);
    QCOMPARE(result.value(QLatin1String("products")).toInt(), 2);
    QCOMPARE(result.value(QLatin1String("operations")).toInt(), 5);
    const QJsonArray diagnostics = result.value(QLatin1String("diagnostics")).toArray();
    QVERIFY(!diagnostics.isEmpty());
    bool named = false;
    for (const QJsonValue& diagnostic : diagnostics) {
        if (diagnostic.toObject().value(QLatin1String("product")).toString()
                == QLatin1String("/beta/gamma")
            && diagnostic.toObject()
                   .value(QLatin1String("message"))
                   .toString()
                   .contains(QLatin1String("500")))
            named = true;
    }
    QVERIFY2(named, QJsonDocument(diagnostics).toJson().constData());
}

void TestCli::offlineWithoutCache()
{
    QTemporaryDir cache;
    const CliRun run = runCli({ QStringLiteral("schema"), QStringLiteral("--endpoint"),
        QStringLiteral("http://127.0.0.1:9/1.0"), QStringLiteral("--cache-dir"), cache.path(),
        QStringLiteral("--offline"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = singleJsonObject(run.out);
    QCOMPARE(result.value(QLatin1String("source")).toString(), QStringLiteral("none"));
    QCOMPARE(result.value(QLatin1String("products")).toInt(), 0);
    QVERIFY(!result.value(QLatin1String("diagnostics")).toArray().isEmpty());
}

void TestCli::offlineBundled()
{
    QTemporaryDir cache;
    const CliRun run = runCli({ QStringLiteral("schema"), QStringLiteral("--endpoint"),
        QStringLiteral("ovh-ca"), QStringLiteral("--cache-dir"), cache.path(),
        QStringLiteral("--offline"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = singleJsonObject(run.out);
    QCOMPARE(result.value(QLatin1String("source")).toString(), QStringLiteral("bundled"));
    QCOMPARE(result.value(QLatin1String("operations")).toInt(), 4566);

    // The human form says the same.
    const CliRun text
        = runCli({ QStringLiteral("schema"), QStringLiteral("--endpoint"), QStringLiteral("ovh-ca"),
            QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("--offline") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("operations  4566"));
    QVERIFY(text.out.contains("source      bundled"));
}

void TestCli::opsEscapesSchemaText()
{
    // The synthetic schema, with a description that would clear the screen and retitle it.
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    const QDir source(OvhTest::dataFile(QStringLiteral("synthetic/1.0")));
    for (const QString& name : source.entryList({ QStringLiteral("*.json") }, QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), copy.filePath(name)));
    QFile delta(copy.filePath(QStringLiteral("delta.json")));
    QVERIFY(delta.open(QIODevice::ReadWrite));
    QByteArray text = delta.readAll();
    QVERIFY(text.contains("\"description\": \"Old\""));
    text.replace("\"description\": \"Old\"",
        "\"description\": \"Old\\u001b[2J\\u001b]0;pwned\\u0007\\nline\"");
    QVERIFY(delta.resize(0) && delta.write(text) == text.size());
    delta.close();
    SnapshotServer server(copy.path());
    QVERIFY(server.listen());
    QTemporaryDir cache;
    const CliRun run = runCli({ QStringLiteral("ops"), QStringLiteral("--endpoint"),
        server.baseUrl().toString(), QStringLiteral("--cache-dir"), cache.path(),
        QStringLiteral("--filter"), QStringLiteral("/delta") });
    QVERIFY2(!run.out.contains('\x1b') && !run.out.contains('\x07'), run.out.constData());
    QVERIFY2(run.out.contains("\tOld\\x1b[2J\\x1b]0;pwned\\x07\\nline\n"), run.out.constData());
}

void TestCli::ops()
{
    // A small schema this program has never seen: 3 products (one nested), 5 paths,
    // 8 operations, 6 model entries, one of them a generic declaration.
    SnapshotServer server(OvhTest::dataFile(QStringLiteral("synthetic/1.0")));
    QVERIFY(server.listen());
    QTemporaryDir cache;
    const QStringList base { QStringLiteral("ops"), QStringLiteral("--endpoint"),
        server.baseUrl().toString(), QStringLiteral("--cache-dir"), cache.path() };

    const CliRun all = runCli(base);
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.count('\n'), 8);
    QVERIFY(all.out.contains("DELETE /alpha/{id}\tPRODUCTION\tDelete\n"));
    QVERIFY(all.out.contains("POST   /beta/gamma/{name}/zap\tALPHA\tZap\n"));

    // By parameter name, by description, by several words.
    const CliRun byParameter
        = runCli(base + QStringList { QStringLiteral("--filter"), QStringLiteral("FILTER") });
    QCOMPARE(byParameter.out, QByteArray("GET    /beta/gamma\tPRODUCTION\tPublic list\n"));
    const CliRun byWords
        = runCli(base + QStringList { QStringLiteral("--filter"), QStringLiteral("alpha get") });
    QCOMPARE(byWords.out.count('\n'), 2);
    const CliRun none = runCli(
        base + QStringList { QStringLiteral("--filter"), QStringLiteral("nothing-matches") });
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());

    const CliRun json = runCli(base
        + QStringList {
            QStringLiteral("--filter"), QStringLiteral("/delta"), QStringLiteral("--json") });
    const QJsonArray operations = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(operations.size(), 1);
    const QJsonObject operation = operations.first().toObject();
    QCOMPARE(operation.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(operation.value(QLatin1String("status")).toString(), QStringLiteral("DEPRECATED"));
    QCOMPARE(operation.value(QLatin1String("product")).toString(), QStringLiteral("/delta"));
}

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("needle");
    QTest::newRow("no command") << QStringList() << 2 << QByteArray("Usage:");
    QTest::newRow("unknown command")
        << QStringList { QStringLiteral("frobnicate") } << 2 << QByteArray("unknown command");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("schema"), QStringLiteral("--bogus") } << 2
        << QByteArray("bogus");
    QTest::newRow("bad endpoint") << QStringList { QStringLiteral("schema"),
        QStringLiteral("--endpoint"), QStringLiteral("ovh-mars") }
                                  << 2 << QByteArray("unknown endpoint");
    QTest::newRow("remote http") << QStringList { QStringLiteral("ops"),
        QStringLiteral("--endpoint"), QStringLiteral("http://example.test/1.0") }
                                 << 2 << QByteArray("loopback");
    QTest::newRow("stray argument")
        << QStringList { QStringLiteral("schema"), QStringLiteral("extra") } << 2
        << QByteArray("unexpected argument");
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0
                          << QByteArray("Commands:");
    QTest::newRow("command help") << QStringList { QStringLiteral("schema"),
        QStringLiteral("--help") } << 0
                                  << QByteArray("--offline");
    QTest::newRow("command usage names the command") << QStringList { QStringLiteral("call"),
        QStringLiteral("--help") } << 0 << QByteArray(" call [options] METHOD PATH\n");
    QTest::newRow("command help says what it does") << QStringList { QStringLiteral("ops"),
        QStringLiteral("--help") } << 0 << QByteArray("\nList operations, optionally filtered\n");
    QTest::newRow("help lists the exit codes") << QStringList { QStringLiteral("--help") } << 0
                                               << QByteArray("Exit status:\n  0  Success");
    QTest::newRow("version") << QStringList { QStringLiteral("--version") } << 0
                             << QByteArray("ovh-explorer-cli " OVH_VERSION);
}

void TestCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, needle);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    const QByteArray output = run.out + run.err;
    QVERIFY2(output.contains(needle), output.constData());
}

void TestCli::jsonErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // --json and --cache-dir are added
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle"); // in "error"
    QTest::addColumn<bool>("diagnosed"); // "diagnostics" not empty
    const QString closed = QStringLiteral("http://127.0.0.1:9/1.0");
    for (const QString& command : { QStringLiteral("schema"), QStringLiteral("ops") }) {
        auto row = [&command](const char* name) -> QTestData& {
            return QTest::addRow("%s %s", qPrintable(command), name);
        };
        row("unknown option") << QStringList { command, QStringLiteral("--bogus") } << 2
                              << QStringLiteral("bogus") << false;
        row("missing value") << QStringList { command, QStringLiteral("--endpoint") } << 2
                             << QStringLiteral("endpoint") << false;
        row("unknown endpoint") << QStringList { command, QStringLiteral("--endpoint"),
            QStringLiteral("ovh-mars") }
                                << 2 << QStringLiteral("unknown endpoint") << false;
        row("stray argument") << QStringList { command, QStringLiteral("extra") } << 2
                              << QStringLiteral("unexpected argument") << false;
        row("no config file") << QStringList { command, QStringLiteral("--config"),
            QStringLiteral("/nonexistent/ovh.conf") }
                              << 2 << QStringLiteral("--config") << false;
        row("no schema") << QStringList { command, QStringLiteral("--endpoint"), closed,
            QStringLiteral("--offline") }
                         << 1 << QStringLiteral("no schema available") << true;
    }
}

void TestCli::jsonErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    QFETCH(bool, diagnosed);
    QTemporaryDir cache;
    // Right after the command, so that a last option may lack its value.
    arguments = arguments.mid(0, 1)
        + QStringList { QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("--json") }
        + arguments.mid(1);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out.count('\n'), 1); // exactly one JSON object, one line
    const QJsonObject result = singleJsonObject(run.out);
    QVERIFY2(!result.isEmpty(), run.out.constData());
    QVERIFY2(result.value(QLatin1String("error")).toString().contains(needle), run.out.constData());
    QVERIFY(result.value(QLatin1String("diagnostics")).isArray());
    QCOMPARE(!result.value(QLatin1String("diagnostics")).toArray().isEmpty(), diagnosed);
}

void TestCli::indexDiagnosticNamedOnce()
{
    QTemporaryDir cache;
    const CliRun run = runCli({ QStringLiteral("schema"), QStringLiteral("--endpoint"),
        QStringLiteral("http://127.0.0.1:9/1.0"), QStringLiteral("--cache-dir"), cache.path(),
        QStringLiteral("--offline") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("index: no schema available"), run.err.constData());
    QVERIFY2(!run.err.contains("index: index"), run.err.constData());
}

void TestCli::opsFilterForgives_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QByteArray>("first"); // the first line starts so
    QTest::addColumn<QByteArray>("below"); // and the first five lines are below this path
    // Everyday words, as the window's search reads them (one table in core).
    QTest::newRow("dns") << "dns" << QByteArray("GET    /domain/zone\t")
                         << QByteArray("/domain/zone");
    QTest::newRow("ssh keys") << "ssh keys" << QByteArray("GET    /me/sshKey\t") << QByteArray();
    // A typo, and word order with a plural.
    QTest::newRow("recrod") << "zone recrod"
                            << QByteArray("GET    /domain/zone/{zoneName}/record\t")
                            << QByteArray("/domain/zone/{zoneName}/");
    QTest::newRow("records zone") << "records zone"
                                  << QByteArray("GET    /domain/zone/{zoneName}/record\t")
                                  << QByteArray("/domain/zone/{zoneName}/");
}

void TestCli::opsFilterForgives()
{
    QFETCH(QString, filter);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, below);
    QTemporaryDir cache;
    const CliRun run = runCli({ QStringLiteral("ops"), QStringLiteral("--endpoint"),
        QStringLiteral("ovh-eu"), QStringLiteral("--cache-dir"), cache.path(),
        QStringLiteral("--offline"), QStringLiteral("--filter"), filter });
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY2(lines.size() > 5, run.out.constData());
    QVERIFY2(lines.constFirst().startsWith(first), lines.constFirst().constData());
    for (qsizetype i = 0; !below.isEmpty() && i < 5; ++i) {
        const QByteArray path = lines.at(i).mid(7).split('\t').constFirst();
        QVERIFY2(path == below || path.startsWith(below.endsWith('/') ? below : below + '/'),
            lines.at(i).constData());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
