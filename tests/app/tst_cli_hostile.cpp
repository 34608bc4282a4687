// ovh-explorer-cli against a misbehaving server: bounded memory, a deadline that dripping data
// cannot push back, and no partial answer ever reported as a success.
#include "hostileserver.h"
#include "testpaths.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

using Mode = OvhTest::HostileServer::Mode;
using Behaviour = OvhTest::HostileServer::Behaviour;

namespace {

constexpr qint64 MaxPeakKiB = 250 * 1024;

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    qint64 peakKiB = 0; // VmHWM, the child's peak resident memory, sampled while it runs
    qint64 childrenPeakKiB = 0; // the largest peak of any child reaped so far (cumulative, logged)
};

// The largest peak of any child this process has waited for (Linux: KiB).
qint64 childrenPeakKiB()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void call_data();
    void call();
    void schemaWithAHangingIndex_data();
    void schemaWithAHangingIndex();

private:
    CliRun run(const QStringList& arguments);

    OvhTest::HostileServer m_server;
    QTemporaryDir m_cache;
};

void TestCliHostile::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_cache.isValid());
}

void TestCliHostile::init()
{
    const QByteArray index = OvhTest::euSnapshotFile(QStringLiteral("index.json"));
    const QByteArray me = OvhTest::euSnapshotFile(QStringLiteral("me.json"));
    QVERIFY(!index.isEmpty() && !me.isEmpty());
    m_server.setDefaultBehaviour({ Mode::Serve, 404, R"({"message":"nothing here"})", {}, 0 });
    m_server.setBehaviour(QStringLiteral("/1.0/"), { Mode::Serve, 200, index, {}, 0 });
    m_server.setBehaviour(QStringLiteral("/1.0/me.json"), { Mode::Serve, 200, me, {}, 0 });
    m_server.setBehaviour(QStringLiteral("/1.0/auth/time"),
        { Mode::Serve, 200, QByteArray::number(QDateTime::currentSecsSinceEpoch()), {}, 0 });
    m_server.setBehaviour(
        QStringLiteral("/1.0/me"), { Mode::Serve, 200, R"({"nichandle":"xx1-ovh"})", {}, 0 });
}

CliRun TestCliHostile::run(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"));
    process.setArguments(arguments
        + QStringList { QStringLiteral("--endpoint"),
            m_server.url(QStringLiteral("/1.0")).toString(), QStringLiteral("--cache-dir"),
            m_cache.path(), QStringLiteral("--config"),
            OvhTest::dataFile(QStringLiteral("empty-ovh.conf")) });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("OVH_")))
            environment.remove(name);
    }
    process.setProcessEnvironment(environment);
    // Should the cap fail, the child dies at 2 GiB of address space rather than take the
    // machine's memory (it reached 9 GB before the cap held on bytes read).
    // Not under AddressSanitizer, whose shadow memory reserves terabytes of address space.
#ifndef __SANITIZE_ADDRESS__
    process.setChildProcessModifier([] {
        const rlimit limit { rlim_t(2) << 30, rlim_t(2) << 30 };
        setrlimit(RLIMIT_AS, &limit);
    });
#endif
    CliRun result;
    QTimer sampler; // the peak, read while it runs (the process's own VmHWM)
    connect(&sampler, &QTimer::timeout, this, [&] {
        result.peakKiB = qMax(result.peakKiB, OvhTest::peakResidentKiB(process.processId()));
    });
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000))
        return result;
    sampler.start(20);
    // Bounded: a CLI that never gives up is killed and fails the test.
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    sampler.stop();
    result.elapsedMs = timer.elapsed();
    // What the sampler may have missed in the last milliseconds (cumulative: logged only).
    result.childrenPeakKiB = childrenPeakKiB();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCliHostile::call_data()
{
    QTest::addColumn<QString>("path"); // where the server misbehaves
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("maxElapsedMs");

    const QString me = QStringLiteral("/1.0/me");
    const QString time = QStringLiteral("/1.0/auth/time");
    auto row = [](const char* name, const QString& path, Mode mode, const char* timeout,
                   int exitCode, const char* message, qint64 maxElapsedMs) {
        QTest::newRow(name) << path << int(mode) << QString::fromLatin1(timeout) << exitCode
                            << QString::fromUtf8(message) << maxElapsedMs;
    };
    // Memory: the 64 MiB cap on the call, 64 KiB on /auth/time (then the local clock).
    row("call: endless chunked answer", me, Mode::EndlessChunked, "60", 1, "too large", 30000);
    row("call: endless answer without length", me, Mode::EndlessUnframed, "60", 1, "too large",
        30000);
    row("/auth/time: endless chunked answer", time, Mode::EndlessChunked, "60", 0,
        "server time unavailable", 30000);
    // Time: --timeout covers the whole command, however slowly the bytes come.
    row("call: one byte every 200 ms", me, Mode::Drip, "3", 1, "within", 6000);
    row("/auth/time: one byte every 200 ms", time, Mode::Drip, "3", 1, "deadline", 6000);
    // Truth: cut short is a failure, whatever status came first.
    row("call: body shorter than Content-Length", me, Mode::ShortBody, "10", 1, "cut short", 6000);
    row("call: reset after the headers", me, Mode::ResetAfterHeaders, "10", 1, "cut short", 6000);
    row("call: invalid gzip", me, Mode::BadGzip, "10", 1, "not valid 'gzip' data", 6000);
}

void TestCliHostile::call()
{
    QFETCH(QString, path);
    QFETCH(int, mode);
    QFETCH(QString, timeout);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(qint64, maxElapsedMs);

    Behaviour behaviour;
    behaviour.mode = Mode(mode);
    // /auth/time: a time padded to just under its 64-byte limit (12 s at one byte per 200 ms).
    behaviour.body = path.endsWith(QLatin1String("/time"))
        ? QByteArray(QByteArray(50, ' ') + QByteArray::number(QDateTime::currentSecsSinceEpoch()))
        : QByteArray(R"({"nichandle":"xx1-ovh","pad":")" + QByteArray(100000, 'a') + "\"}");
    behaviour.dripMs = 200;
    m_server.setBehaviour(path, behaviour);

    const CliRun result = run({ QStringLiteral("call"), QStringLiteral("GET"),
        QStringLiteral("/me"), QStringLiteral("--json"), QStringLiteral("--timeout"), timeout,
        QStringLiteral("--app-key"), QStringLiteral("ak"), QStringLiteral("--app-secret"),
        QStringLiteral("as"), QStringLiteral("--consumer-key"), QStringLiteral("ck") });
    qInfo("%s: exit %d in %lld ms, peak RSS %lld MiB (VmHWM sampled), all children so far %lld MiB",
        QTest::currentDataTag(), result.exitCode, result.elapsedMs, result.peakKiB / 1024,
        result.childrenPeakKiB / 1024);
    if (qEnvironmentVariableIsSet("OVH_TEST_VERBOSE"))
        qInfo("%s", QByteArray(result.out + result.err).constData());
    QCOMPARE(result.exitCode, exitCode);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    const QString error
        = json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    QVERIFY2(QString(error + QString::fromUtf8(result.err)).contains(message),
        qPrintable(QString::fromUtf8(result.out + result.err)));
    // Never a partial body passed off as the answer; the real one when the call went through.
    QCOMPARE(json.value(QLatin1String("body")).isNull(), exitCode != 0);
    QVERIFY2(result.elapsedMs < maxElapsedMs, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY2(result.peakKiB > 0, "no peak measured");
    if (OvhTest::residentSizeIsMeaningful())
        QVERIFY2(result.peakKiB < MaxPeakKiB, qPrintable(QString::number(result.peakKiB)));
}

void TestCliHostile::schemaWithAHangingIndex_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("mode");
    QTest::newRow("schema, silent index") << QStringLiteral("schema") << int(Mode::Silent);
    QTest::newRow("schema, dripping index") << QStringLiteral("schema") << int(Mode::Drip);
    QTest::newRow("ops, silent index") << QStringLiteral("ops") << int(Mode::Silent);
}

void TestCliHostile::schemaWithAHangingIndex()
{
    QFETCH(QString, command);
    QFETCH(int, mode);
    m_server.setBehaviour(
        QStringLiteral("/1.0/"), { Mode(mode), 200, QByteArray(100000, ' '), {}, 200 });
    const CliRun result = run({ command, QStringLiteral("--timeout"), QStringLiteral("2") });
    qInfo("%s: exit %d in %lld ms", QTest::currentDataTag(), result.exitCode, result.elapsedMs);
    QCOMPARE(result.exitCode, 1); // a custom endpoint: no cache, no bundled snapshot
    QVERIFY2(result.err.contains("deadline"), result.err.constData());
    QVERIFY2(result.elapsedMs < 5000, qPrintable(QString::number(result.elapsedMs)));
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
