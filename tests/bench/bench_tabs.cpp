// The window with 20 operation tabs (issue 12, item 4), offscreen, on the eu snapshot with a warm
// cache. The 20 are the operations with the most parameters (the heaviest forms).
//   1. start to a populated product tree with the 20 tabs restored, as whole processes: the
//      program itself (ovh-explorer, in a data folder of its own with 100,000 calls in its
//      history, 1,000 saved requests and the History dock open; without them for scale), next
//      to the CLI's `schema --offline` (target <= 1.5x, issue 12);
//   2. a fresh process with the eu API loaded and every tab shown once: its peak RSS
//      (target < 150 MB), the first show of a restored tab (its view made then), and
//      switching tabs once every view exists (target < 16 ms median).
// Usage: bench_tabs [--runs N] [--keep DIR] (DIR keeps the cache and settings, and the start-up
// child's command line is printed: to run it again under a profiler). Run by hand; never a
// pass/fail test.
#include "benchcache.h"
#include "benchstats.h"
#include "settings/explorersettings.h"
#include "window/mainwindow.h"
#include "window/operationtabs.h"

#include "session/explorerservices.h"

#include "base/endpointtext.h"
#include "history/historystore.h"
#include "net/schemarepository.h"
#include "sandbox/snapshotserver.h"
#include "saved/savedrequeststore.h"
#include "testpaths.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
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

// A data folder as a person's after months of use: `calls` calls in the history (made by
// bench_history, to `endpoint`), 1,000 saved requests, and settings with the tabs `open` and the
// History dock shown. Returns the environment that makes the program use it (XDG folders).
QProcessEnvironment personFolder(const QDir& dir, const QString& endpoint, const OpenTabs& open,
    int calls, ExplorerServices* services)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("xdg-cache")));
    environment.insert(QStringLiteral("OVH_EXPLORER_REPORT_READY"), QStringLiteral("1"));
    const QString history = dir.filePath(QStringLiteral("data/ovh-api-explorer/history.sqlite"));
    QDir().mkpath(QFileInfo(history).path());
    if (calls > 0 && !QFileInfo::exists(history)) {
        QProcess fill;
        fill.setProcessChannelMode(QProcess::ForwardedChannels);
        fill.start(OvhTest::binDir() + QStringLiteral("/bench_history"),
            { QStringLiteral("--fill-only"), QStringLiteral("--entries"), QString::number(calls),
                QStringLiteral("--endpoint"), endpoint, QStringLiteral("--file"), history });
        fill.waitForFinished(-1);
        SavedRequestStore saved(history);
        QList<SavedRequest> requests;
        for (int i = 0; i < 1000; ++i) {
            const OpenTabs::Tab& tab = open.tabs.at(i % open.tabs.size());
            requests.append({ 0, QStringLiteral("saved %1").arg(i), tab.operation, tab.values });
        }
        saved.addAll(requests);
    }
    const QString ini = dir.filePath(QStringLiteral("config/ovh-api-explorer/ovh-explorer.conf"));
    QDir().mkpath(QFileInfo(ini).path());
    {
        // The window's own layout with the History dock shown, as it writes it on close.
        ExplorerSettings settings(ini);
        HistoryStore store(history);
        MainWindow::Options options;
        options.history = calls > 0 ? &store : nullptr;
        MainWindow window(services, &settings, options);
        window.resize(1280, 800);
        window.show();
        if (auto* dock = window.findChild<QDockWidget*>())
            dock->show();
        window.close();
        settings.setOpenTabs(open);
        settings.sync();
    }
    return environment;
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
    const int runs = runsArgument(arguments, 5);

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
    const std::optional<SchemaSet> schema = fillSchemaCache(endpoint, cacheDir);
    if (!schema)
        return 1;
    const OpenTabs open = heaviestOperations(schema->products);
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
    const QString program = OvhTest::binDir() + QStringLiteral("/ovh-explorer");
    const QString cli = OvhTest::binDir() + QStringLiteral("/ovh-explorer-cli");
    const QStringList programArguments { QStringLiteral("--endpoint"), endpoint.baseUrl.toString(),
        QStringLiteral("--offline"), QStringLiteral("--cache-dir"), cacheDir };
    QNetworkAccessManager nam;
    ExplorerServices services(&nam, ExplorerServices::Options());
    const int calls = 100000;
    const QProcessEnvironment used = personFolder(QDir(dir.filePath(QStringLiteral("used"))),
        endpointUserText(endpoint), open, calls, &services);
    const QProcessEnvironment fresh
        = personFolder(QDir(dir.filePath(QStringLiteral("fresh"))), QString(), open, 0, &services);
    if (keepAt > 0) {
        std::printf("start-up: env XDG_CONFIG_HOME=%s XDG_DATA_HOME=%s %s %s\n",
            qPrintable(used.value(QStringLiteral("XDG_CONFIG_HOME"))),
            qPrintable(used.value(QStringLiteral("XDG_DATA_HOME"))), qPrintable(program),
            qPrintable(programArguments.join(QLatin1Char(' '))));
    }
    QList<double> guiUsed;
    QList<double> guiUsedSettled;
    QList<double> guiFresh;
    QList<double> cliWall;
    for (int i = 0; i < runs; ++i) {
        // The tabs again each time: the program writes them back (the same) when it quits.
        for (const QString& folder : { QStringLiteral("used"), QStringLiteral("fresh") }) {
            ExplorerSettings settings(dir.filePath(
                folder + QStringLiteral("/config/ovh-api-explorer/ovh-explorer.conf")));
            settings.setOpenTabs(open);
        }
        const ChildRun withHistory = timedChild(program, programArguments, used);
        const ChildRun without = timedChild(program, programArguments, fresh);
        if (!withHistory.ok || !without.ok) {
            std::fprintf(stderr, "the program did not report its start\n");
            return 1;
        }
        guiUsed.append(withHistory.usableMs);
        guiUsedSettled.append(withHistory.settledMs);
        guiFresh.append(without.usableMs);
        cliWall.append(timedChild(cli,
            { QStringLiteral("schema"), QStringLiteral("--endpoint"), endpoint.baseUrl.toString(),
                QStringLiteral("--offline"), QStringLiteral("--cache-dir"), cacheDir })
                           .wallMs);
    }
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n",
        "ovh-explorer, 20 tabs, 100,000 calls: exec -> tree painted", median(guiUsed),
        minimum(guiUsed));
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n",
        "  the same, to the current tab's operation painted too", median(guiUsedSettled),
        minimum(guiUsedSettled));
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n",
        "ovh-explorer, 20 tabs, empty history (for scale)", median(guiFresh), minimum(guiFresh));
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n",
        "CLI whole process: ovh-explorer-cli schema --offline", median(cliWall), minimum(cliWall));
    std::printf("ratio GUI usable / CLI whole process (medians): %.2f (target <= 1.5)\n",
        median(guiUsed) / median(cliWall));

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
