// The window with 20 operation tabs (issue 12, item 4), offscreen, on the eu snapshot with a warm
// cache. The 20 are the operations with the most parameters (the heaviest forms).
//   1. start to a populated product tree with the 20 tabs restored, as whole processes
//      (bench_gui's start-up child), next to the CLI's `schema --offline` (target <= 1.5x);
//   2. a fresh process with the eu API loaded and every tab shown once: its peak RSS
//      (target < 150 MB), the first show of a restored tab (its view made then), and
//      switching tabs once every view exists (target < 16 ms median).
// Usage: bench_tabs [--runs N] [--keep DIR] (DIR keeps the cache and settings, and the start-up
// child's command line is printed: to run it again under a profiler). Run by hand; never a
// pass/fail test.
#include "benchstats.h"
#include "settings/explorersettings.h"
#include "window/mainwindow.h"
#include "window/operationtabs.h"

#include "session/explorerservices.h"

#include "net/schemarepository.h"
#include "sandbox/snapshotserver.h"
#include "testpaths.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Ovh;
using namespace OvhBench;

namespace {

constexpr int kTabs = 20;

OpenTabs heaviestOperations(const QList<Product>& products)
{
    QList<QPair<qsizetype, QString>> all;
    for (const Product& product : products) {
        for (const ApiPath& path : product.paths) {
            for (const Operation& operation : path.operations)
                all.append({ operation.parameters.size(),
                    httpMethodName(operation.method) + QLatin1Char(' ') + operation.path });
        }
    }
    std::stable_sort(
        all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    OpenTabs open;
    for (qsizetype i = 0; i < all.size() && open.tabs.size() < kTabs; ++i)
        open.tabs.append({ all.at(i).second, QJsonObject() });
    return open;
}

// The child: "<first show median ms> <switch median ms> <switch p95 ms> <setCurrentIndex median
// ms> <repaint with no switch median ms> <switch CPU median ms> <peak RSS KiB>".
int runTabsChild(int argc, char* argv[], const QString& baseUrl, const QString& cacheDir,
    const QString& ini, int runs)
{
    QApplication app(argc, argv);
    ExplorerSettings settings(ini);
    QNetworkAccessManager nam;
    ExplorerServices::Options servicesOptions;
    servicesOptions.cacheDir = cacheDir;
    servicesOptions.offline = true;
    ExplorerServices services(&nam, servicesOptions);
    MainWindow window(&services, &settings, MainWindow::Options());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.loadEndpoint(*Endpoint::fromUserText(baseUrl));
    if (!loaded.wait(120000))
        return 1;
    OperationTabs* tabs = window.operationTabs();
    if (tabs->count() != kTabs)
        return 2;
    QList<double> switchOnly;
    QList<double> switchCpu;
    const auto show = [&](int index) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMsOfThisThread();
        tabs->setCurrentIndex(index);
        switchOnly.append(msSince(timer));
        QCoreApplication::processEvents(); // laid out and painted: the window settled
        switchCpu.append(cpuMsOfThisThread() - cpu);
        return msSince(timer);
    };
    QList<double> firstShows;
    for (int i = 1; i < kTabs; ++i)
        firstShows.append(show(i));
    switchOnly.clear();
    switchCpu.clear();
    QList<double> switches;
    for (int run = 0; run < runs; ++run) {
        for (int i = 0; i < kTabs; ++i)
            switches.append(show(i));
    }
    QList<double> paintOnly; // the same tab painted again: what a switch cannot go below
    for (int run = 0; run < runs * kTabs; ++run) {
        QElapsedTimer timer;
        timer.start();
        window.update();
        QCoreApplication::processEvents();
        paintOnly.append(msSince(timer));
    }
    std::printf("%.2f %.2f %.2f %.2f %.2f %.2f %lld\n", median(firstShows), median(switches),
        percentile(switches, 0.95), median(switchOnly), median(paintOnly), median(switchCpu),
        peakRssKb());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc == 6 && qstrcmp(argv[1], "--tabs-child") == 0) {
        return runTabsChild(1, argv, QString::fromLocal8Bit(argv[2]),
            QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]), atoi(argv[5]));
    }

    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int runs = std::max(1,
        arguments.contains(QStringLiteral("--runs"))
            ? arguments.value(arguments.indexOf(QStringLiteral("--runs")) + 1).toInt()
            : 5);

    // A warm cache of the eu snapshot, filled over loopback like a first run would.
    SnapshotServer server(OvhTest::snapshotDir(QStringLiteral("eu")));
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }
    const Endpoint endpoint = *Endpoint::fromUserText(server.baseUrl().toString());
    QTemporaryDir temporary;
    const int keepAt = int(arguments.indexOf(QStringLiteral("--keep")));
    const QDir dir(keepAt > 0 ? arguments.value(keepAt + 1) : temporary.path());
    const QString cacheDir = dir.filePath(QStringLiteral("cache"));
    OpenTabs open;
    {
        QNetworkAccessManager nam;
        SchemaRepository repository(&nam);
        SchemaRepository::Options options;
        options.cacheDir = cacheDir;
        repository.setOptions(options);
        QSignalSpy loaded(&repository, &SchemaRepository::loaded);
        repository.load(endpoint);
        if (!loaded.wait(120000)) {
            std::fprintf(stderr, "filling the cache timed out\n");
            return 1;
        }
        open = heaviestOperations(loaded.first().first().value<SchemaSet>().products);
    }
    std::printf("eu snapshot, warm cache, offscreen, %d runs, %d cores, %lld tabs from %s to %s\n",
        runs, QThread::idealThreadCount(), qlonglong(open.tabs.size()),
        qPrintable(open.tabs.constFirst().operation), qPrintable(open.tabs.constLast().operation));
    const auto settingsWithTabs = [&](const QString& name) {
        const QString ini = dir.filePath(name);
        ExplorerSettings settings(ini);
        settings.setOpenTabs(open);
        settings.sync();
        return ini;
    };

    // 1. Start-up with 20 restored tabs, as whole processes, and the CLI.
    const QString gui = OvhTest::binDir() + QStringLiteral("/bench_gui");
    const QString cli = OvhTest::binDir() + QStringLiteral("/ovh-explorer-cli");
    QList<double> guiUsable;
    QList<double> cliWall;
    if (keepAt > 0) {
        std::printf("start-up child: %s --startup-child %s %s %s\n", qPrintable(gui),
            qPrintable(endpoint.baseUrl.toString()), qPrintable(cacheDir),
            qPrintable(settingsWithTabs(QStringLiteral("kept.ini"))));
    }
    for (int i = 0; i < runs; ++i) {
        const ChildRun run = timedChild(gui,
            { QStringLiteral("--startup-child"), endpoint.baseUrl.toString(), cacheDir,
                settingsWithTabs(QStringLiteral("start-%1.ini").arg(i)) });
        if (!run.ok) {
            std::fprintf(stderr, "the start-up child failed\n");
            return 1;
        }
        guiUsable.append(run.usableMs);
        cliWall.append(timedChild(cli,
            { QStringLiteral("schema"), QStringLiteral("--endpoint"), endpoint.baseUrl.toString(),
                QStringLiteral("--offline"), QStringLiteral("--cache-dir"), cacheDir })
                           .wallMs);
    }
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n",
        "GUI, 20 tabs restored: exec -> tree populated", median(guiUsable), minimum(guiUsable));
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n",
        "CLI whole process: ovh-explorer-cli schema --offline", median(cliWall), minimum(cliWall));
    std::printf("ratio GUI usable / CLI whole process (medians): %.2f (target <= 1.5)\n",
        median(guiUsable) / median(cliWall));

    // 2. Every tab shown, in a fresh process.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--tabs-child"), endpoint.baseUrl.toString(), cacheDir,
            settingsWithTabs(QStringLiteral("tabs.ini")), QString::number(runs) });
    child.waitForFinished(300000);
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitCode() != 0 || fields.size() != 7) {
        std::fprintf(stderr, "the tabs child failed (%d)\n", child.exitCode());
        return 1;
    }
    std::printf("%-58s median %7.2f ms\n", "first show of a restored tab (its view made)",
        fields.at(0).toDouble());
    std::printf("%-58s median %7.2f ms  (p95 %.2f; target < 16)\n",
        "switching tabs, every view made (switch until settled)", fields.at(1).toDouble(),
        fields.at(2).toDouble());
    std::printf("%-58s median %7.2f ms\n", "  of which setCurrentIndex (the rest: layout, paint)",
        fields.at(3).toDouble());
    std::printf("%-58s median %7.2f ms\n", "the same window repainted, no switch (for scale)",
        fields.at(4).toDouble());
    std::printf("%-58s median %7.2f ms\n", "switching tabs: CPU time of the GUI thread",
        fields.at(5).toDouble());
    std::printf("%-58s %7.1f MB (target < 150)\n",
        "peak RSS, eu API loaded, 20 tabs shown (fresh process)", fields.at(6).toDouble() / 1024.0);
    return 0;
}
