// Loads the whole eu snapshot the ways the explorer does and prints milliseconds and memory:
//   1. over loopback from the test server into an empty cache (network),
//   2. revalidating a warm cache (304s),
//   3. from the warm disk cache, offline,
//   4. as whole processes: `ovh-explorer-cli schema --offline` against `python3` json.load of
//      the same files, and their ratio.
// Usage: bench_schemaload [--runs N] [--region eu|ca] [--branch v1|v2]. --branch v2 loads the
// region's OpenAPI 3 products (eu only) from a "/v2" base. Run by hand; never a pass/fail test.
#include "benchstats.h"
#include "net/schemarepository.h"
#include "sandbox/snapshotserver.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Ovh;
using namespace OvhBench;

namespace {

// One load, waiting in the event loop (a benchmark harness, not production code).
double timedLoad(SchemaRepository& repository, const Endpoint& endpoint, SchemaSet* result)
{
    QSignalSpy loaded(&repository, &SchemaRepository::loaded);
    QElapsedTimer timer;
    timer.start();
    repository.load(endpoint);
    if (!loaded.wait(120000)) {
        std::fprintf(stderr, "load timed out\n");
        std::exit(1);
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *result = loaded.first().first().value<SchemaSet>();
    return ms;
}

struct ProcessRun
{
    double ms = 0;
    int exitCode = -1;
};

ProcessRun timedProcess(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(120000);
    ProcessRun run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    process.readAllStandardOutput();
    return run;
}

void report(const char* what, const QList<double>& times, const SchemaSet& schema)
{
    std::printf(
        "%-44s median %7.1f ms  (min %7.1f, %lld runs)  source=%s products=%lld operations=%d\n",
        what, median(times), minimum(times), qlonglong(times.size()),
        qPrintable(schemaSourceName(schema.source)), qlonglong(schema.products.size()),
        schema.operationCount());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int runs = runsArgument(arguments, 7);
    const QString region = arguments.contains(QStringLiteral("--region"))
        ? arguments.value(arguments.indexOf(QStringLiteral("--region")) + 1)
        : QStringLiteral("eu");

    const bool v2 = arguments.contains(QStringLiteral("--branch"))
        && arguments.value(arguments.indexOf(QStringLiteral("--branch")) + 1)
            == QLatin1String("v2");
    const QString snapshotDir = v2
        ? QDir::cleanPath(OvhTest::snapshotDir(region) + QLatin1String("/../v2"))
        : OvhTest::snapshotDir(region);
    SnapshotServer server(snapshotDir);
    if (v2)
        server.setBasePath(QStringLiteral("/v2"));
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }
    const Endpoint endpoint = *Endpoint::fromUserText(server.baseUrl().toString());
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options;
    options.cacheDir = cacheDir.path();
    SchemaSet schema;
    qint64 bytes = 0;
    for (QDirIterator it(
             snapshotDir, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        it.next();
        bytes += it.fileInfo().size();
    }
    std::printf("snapshot %s %s: %lld bytes of JSON, %d runs, %d cores\n", qPrintable(region),
        v2 ? "v2" : "v1", qlonglong(bytes), runs, QThread::idealThreadCount());

    QList<double> network;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir empty;
        SchemaRepository::Options cold = options;
        cold.cacheDir = empty.path();
        repository.setOptions(cold);
        network.append(timedLoad(repository, endpoint, &schema));
    }
    report("network, empty cache (loopback server)", network, schema);

    repository.setOptions(options);
    timedLoad(repository, endpoint, &schema); // fills the cache used below
    QList<double> revalidated;
    for (int i = 0; i < runs; ++i)
        revalidated.append(timedLoad(repository, endpoint, &schema));
    report("network, warm cache (304 revalidation)", revalidated, schema);

    SchemaRepository::Options offline = options;
    offline.offline = true;
    repository.setOptions(offline);
    QList<double> cached;
    for (int i = 0; i < runs; ++i)
        cached.append(timedLoad(repository, endpoint, &schema));
    report("disk cache, offline (in process)", cached, schema);
    std::printf("peak RSS of this benchmark process: %lld KiB\n", peakRssKb());

    // Whole processes, same files: our CLI against python3's json.load.
    const QString cli = OvhTest::binDir() + QStringLiteral("/ovh-explorer-cli");
    const QStringList cliArguments { QStringLiteral("schema"), QStringLiteral("--endpoint"),
        endpoint.baseUrl.toString(), QStringLiteral("--offline"), QStringLiteral("--cache-dir"),
        cacheDir.path(), QStringLiteral("--json") };
    const QString endpointDir = cacheDir.path() + QLatin1Char('/') + endpoint.cacheKey();
    const QString python
        = QStringLiteral("import json, pathlib, sys\n"
                         "for f in sorted(pathlib.Path(sys.argv[1]).rglob('*.json')):\n"
                         "    with open(f, 'rb') as h:\n"
                         "        json.load(h)\n");
    QList<double> cliTimes;
    QList<double> pythonTimes;
    bool havePython = true;
    for (int i = 0; i < runs; ++i) {
        const ProcessRun ours = timedProcess(cli, cliArguments);
        if (ours.exitCode != 0) {
            std::fprintf(stderr, "ovh-explorer-cli failed (exit %d)\n", ours.exitCode);
            return 1;
        }
        cliTimes.append(ours.ms);
        const ProcessRun theirs = timedProcess(
            QStringLiteral("python3"), { QStringLiteral("-c"), python, endpointDir });
        if (theirs.exitCode != 0)
            havePython = false;
        pythonTimes.append(theirs.ms);
    }
    std::printf("%-44s median %7.1f ms  (min %7.1f)\n",
        "whole process: ovh-explorer-cli schema --offline", median(cliTimes), minimum(cliTimes));
    if (!havePython) {
        std::printf("python3 not available: no ratio\n");
        return 0;
    }
    std::printf("%-44s median %7.1f ms  (min %7.1f)\n",
        "whole process: python3 json.load, same files", median(pythonTimes), minimum(pythonTimes));
    std::printf("ratio cli / python (medians): %.2f (target <= 1.5)\n",
        median(cliTimes) / median(pythonTimes));
    // Peak RSS of each whole process, read by python's getrusage: QProcess forks this large
    // process, and a forked child's memory before exec would otherwise count.
    const QString wrapper
        = QStringLiteral("import resource, subprocess, sys\n"
                         "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
                         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n");
    QProcess cliPeak;
    cliPeak.start(QStringLiteral("python3"),
        QStringList { QStringLiteral("-c"), wrapper, cli } + cliArguments);
    cliPeak.waitForFinished(60000);
    QProcess pythonPeak; // through the same wrapper: maxrss survives exec on Linux
    pythonPeak.start(QStringLiteral("python3"),
        { QStringLiteral("-c"), wrapper, QStringLiteral("python3"), QStringLiteral("-c"), python,
            endpointDir });
    pythonPeak.waitForFinished(60000);
    std::printf("peak RSS: ovh-explorer-cli %s KiB, python3 %s KiB\n",
        cliPeak.readAllStandardOutput().trimmed().constData(),
        pythonPeak.readAllStandardOutput().trimmed().constData());
    return 0;
}
