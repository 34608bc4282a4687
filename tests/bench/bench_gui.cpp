// The explorer window's numbers, offscreen (QT_QPA_PLATFORM=offscreen is set if unset):
//   1. start to a populated product tree with the warm cache: in process (QApplication
//      creation -> tree populated, what main_gui.cpp does) and as whole processes, next to
//      the CLI's `schema --offline` on the same cache (target: within 1.5x);
//   2. one search keystroke over the whole eu API, filter and view update (target < 16 ms);
//      the first one right after the load, while the search index is still being built, must
//      not wait for it (its matches come when it is built: also timed);
//   3. building the parameter form of the operation whose body has the most nested
//      properties (target < 50 ms);
//   4. peak RSS of a fresh process with the eu API loaded and the window shown (< 150 MB);
//   5. the first open of a history entry in a fresh window (its operation, values and stored
//      result shown and painted; target < 50 ms), and a second one in the same window.
// Usage: bench_gui [--runs N]. Run by hand; never a pass/fail test.
#include "benchcache.h"
#include "benchstats.h"
#include "history/historyentry.h"
#include "history/historypanel.h"
#include "history/historystore.h"
#include "models/searchresultmodel.h"
#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "settings/explorersettings.h"
#include "window/mainwindow.h"
#include "window/navigatorpanel.h"
#include "window/operationtabs.h"

#include "session/explorerservices.h"

#include "net/schemarepository.h"
#include "sandbox/snapshotserver.h"
#include "testpaths.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Ovh;
using namespace OvhBench;

namespace {

constexpr int kMaxDepth = 6; // as deep as the form builds nested models

// Settable properties below a type, counted the way the form nests them.
int countFields(const Product& product, const TypeRef& type, int depth)
{
    if (type.kind != TypeKind::Model || depth > kMaxDepth)
        return 0;
    int count = 0;
    const QList<Property> properties = product.propertiesOf(type);
    for (const Property& property : properties) {
        if (property.readOnly)
            continue;
        count += 1 + countFields(product, property.type, depth + 1);
    }
    return count;
}

struct Largest
{
    int product = -1;
    const Operation* operation = nullptr;
    int fields = 0;
};

Largest largestBody(const QList<Product>& products)
{
    Largest best;
    for (int p = 0; p < products.size(); ++p) {
        const Product& product = products.at(p);
        for (const ApiPath& path : product.paths) {
            for (const Operation& operation : path.operations) {
                int fields = 0;
                for (const Parameter& parameter : operation.parameters) {
                    if (parameter.location != ParamLocation::Body)
                        continue;
                    fields += (parameter.name.isEmpty() ? 0 : 1)
                        + countFields(product, parameter.type, 1);
                }
                if (fields > best.fields)
                    best = Largest { p, &operation, fields };
            }
        }
    }
    return best;
}

// The window's services on the warm cache, never the network.
ExplorerServices::Options offlineServices(const QString& cacheDir)
{
    ExplorerServices::Options options;
    options.cacheDir = cacheDir;
    options.offline = true;
    return options;
}

// Main-like start in a fresh process: the child prints "<in-process ms> <peak RSS KiB>".
int runStartupChild(
    int argc, char* argv[], const QString& baseUrl, const QString& cacheDir, const QString& ini)
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    ExplorerSettings settings(ini);
    QNetworkAccessManager nam;
    ExplorerServices services(&nam, offlineServices(cacheDir));
    MainWindow window(&services, &settings, MainWindow::Options());
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("productTree"));
    QObject::connect(&window, &MainWindow::schemaLoaded, &window, [&] {
        QCoreApplication::processEvents(); // the tree paints once
        const bool populated = tree && tree->model()->rowCount() > 0;
        reportChild(timer);
        QCoreApplication::exit(populated ? 0 : 3);
    });
    window.loadEndpoint(*Endpoint::fromUserText(baseUrl));
    window.show();
    return QApplication::exec();
}

HistoryEntry recordedCall(const QString& endpoint, int n)
{
    HistoryEntry entry;
    entry.endpoint = endpoint;
    entry.method = QStringLiteral("POST");
    entry.pathTemplate = QStringLiteral("/domain/zone/{zoneName}/record");
    const QString zone = QStringLiteral("zone%1.example").arg(n);
    entry.values = QJsonObject {
        { QStringLiteral("path"), QJsonObject { { QStringLiteral("zoneName"), zone } } },
        { QStringLiteral("body"),
            QJsonObject { { QStringLiteral("fieldType"), QStringLiteral("TXT") },
                { QStringLiteral("subDomain"), QStringLiteral("_check%1").arg(n) },
                { QStringLiteral("target"), QStringLiteral("hello") } } },
    };
    entry.bodyKind = QStringLiteral("parameters");
    entry.requestBody = R"({"fieldType":"TXT","subDomain":"_check","target":"hello"})";
    entry.url = QStringLiteral("https://eu.api.ovh.com/1.0/domain/zone/%1/record").arg(zone);
    entry.status = 200;
    entry.elapsedMs = 87;
    entry.responseHeaders = { { "Content-Type", "application/json" } };
    entry.responseBody = R"({"id":4242,"zone":"example.com","fieldType":"TXT","target":"hello"})";
    return entry;
}

// A window as the program shows it (History dock open, the eu API loaded), then a history entry
// opened twice. Prints "<first ms> <first GUI CPU ms> <second ms> <second GUI CPU ms>".
int runHistoryChild(int argc, char* argv[], const QString& baseUrl, const QString& cacheDir,
    const QString& ini, const QString& historyFile)
{
    QApplication app(argc, argv);
    ExplorerSettings settings(ini);
    QNetworkAccessManager nam;
    ExplorerServices services(&nam, offlineServices(cacheDir));
    HistoryStore history(historyFile);
    MainWindow::Options options;
    options.history = &history;
    MainWindow window(&services, &settings, options);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.loadEndpoint(*Endpoint::fromUserText(baseUrl));
    if (!loaded.wait(120000))
        return 1;
    HistoryPanel* panel = window.historyPanel();
    // A person opens the History dock and picks an entry a second or more after the tree shows:
    // the window has settled (and warmed up) by then.
    QTest::qWait(1000);
    QList<double> wall;
    QList<double> cpu;
    for (int n = 0; n < 2; ++n) {
        const HistoryEntry entry = recordedCall(baseUrl, n);
        QElapsedTimer timer;
        timer.start();
        const double start = cpuMsOfThisThread();
        emit panel->openRequested(entry); // what Enter on the entry does
        window.repaint(); // laid out and painted
        wall.append(msSince(timer));
        cpu.append(cpuMsOfThisThread() - start);
        if (window.operationTabs()->currentOperation()
            != QLatin1String("POST ") + entry.pathTemplate)
            return 2;
        QTest::qWait(100);
    }
    std::printf("%.2f %.2f %.2f %.2f\n", wall.at(0), cpu.at(0), wall.at(1), cpu.at(1));
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc == 6 && qstrcmp(argv[1], "--history-child") == 0) {
        return runHistoryChild(1, argv, QString::fromLocal8Bit(argv[2]),
            QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]),
            QString::fromLocal8Bit(argv[5]));
    }
    if (argc == 5 && qstrcmp(argv[1], "--startup-child") == 0) {
        return runStartupChild(1, argv, QString::fromLocal8Bit(argv[2]),
            QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
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
    QTemporaryDir dir;
    const QString cacheDir = dir.filePath(QStringLiteral("cache"));
    if (!fillSchemaCache(endpoint, cacheDir))
        return 1;
    std::printf("eu snapshot, warm cache, offscreen, %d runs, %d cores\n", runs,
        QThread::idealThreadCount());

    // 1. Start-up, as whole processes (fresh settings each time: first-run layout).
    const QString self = QCoreApplication::applicationFilePath();
    const QString cli = OvhTest::binDir() + QStringLiteral("/ovh-explorer-cli");
    QList<double> guiWall;
    QList<double> guiUsable;
    QList<double> guiInProcess;
    QList<double> cliWall;
    qint64 rss = 0;
    for (int i = 0; i < runs; ++i) {
        const QString ini = dir.filePath(QStringLiteral("settings-%1.ini").arg(i));
        const ChildRun gui = timedChild(self,
            { QStringLiteral("--startup-child"), endpoint.baseUrl.toString(), cacheDir, ini });
        if (!gui.ok) {
            std::fprintf(stderr, "the start-up child failed\n");
            return 1;
        }
        guiWall.append(gui.wallMs);
        guiUsable.append(gui.usableMs);
        guiInProcess.append(gui.inProcessMs);
        rss = std::max(rss, gui.rssKb);
        const ChildRun cliRun = timedChild(cli,
            { QStringLiteral("schema"), QStringLiteral("--endpoint"), endpoint.baseUrl.toString(),
                QStringLiteral("--offline"), QStringLiteral("--cache-dir"), cacheDir });
        cliWall.append(cliRun.wallMs); // prints no "<ms> <kb>" line: only its time counts
    }
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n",
        "GUI in process: QApplication -> tree populated", median(guiInProcess),
        minimum(guiInProcess));
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n", "GUI whole process: exec -> tree populated",
        median(guiUsable), minimum(guiUsable));
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n",
        "GUI whole process: exec -> tree populated -> exit", median(guiWall), minimum(guiWall));
    std::printf("%-58s median %7.1f ms  (min %7.1f)\n",
        "CLI whole process: ovh-explorer-cli schema --offline", median(cliWall), minimum(cliWall));
    std::printf("ratio GUI usable / CLI whole process (medians): %.2f (target <= 1.5)\n",
        median(guiUsable) / median(cliWall));
    std::printf("%-58s %7.1f MB (target < 150)\n",
        "peak RSS, eu API loaded, window shown (fresh process)", double(rss) / 1024.0);

    // 5. The first open of a history entry, in fresh processes.
    {
        QList<double> first;
        QList<double> firstCpu;
        QList<double> second;
        QList<double> secondCpu;
        for (int i = 0; i < runs; ++i) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(self,
                { QStringLiteral("--history-child"), endpoint.baseUrl.toString(), cacheDir,
                    dir.filePath(QStringLiteral("history-%1.ini").arg(i)),
                    dir.filePath(QStringLiteral("history-%1.sqlite").arg(i)) });
            child.waitForFinished(300000);
            const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
            if (child.exitCode() != 0 || fields.size() != 4) {
                std::fprintf(stderr, "the history child failed (%d)\n", child.exitCode());
                return 1;
            }
            first << fields.at(0).toDouble();
            firstCpu << fields.at(1).toDouble();
            second << fields.at(2).toDouble();
            secondCpu << fields.at(3).toDouble();
        }
        std::printf("%-58s median %7.1f ms  (max %7.1f; GUI CPU %.1f; target < 50)\n",
            "first history open in a fresh window (shown, painted)", median(first),
            *std::max_element(first.begin(), first.end()), median(firstCpu));
        std::printf("%-58s median %7.1f ms  (max %7.1f; GUI CPU %.1f)\n",
            "second history open, same window", median(second),
            *std::max_element(second.begin(), second.end()), median(secondCpu));
    }

    // 2 and 3 in this process: one window with the eu API.
    ExplorerSettings settings(dir.filePath(QStringLiteral("bench.ini")));
    QNetworkAccessManager nam;
    ExplorerServices services(&nam, offlineServices(cacheDir));
    MainWindow window(&services, &settings, MainWindow::Options());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
    window.loadEndpoint(endpoint);
    if (!loaded.wait(120000))
        return 1;
    const SchemaSet schema = loaded.first().first().value<SchemaSet>();
    std::printf("loaded: %lld products, %d operations\n", qlonglong(schema.products.size()),
        schema.operationCount());

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* results = window.findChild<QListView*>(QStringLiteral("searchResults"));
    const SearchResultModel* searchModel = window.findChild<NavigatorPanel*>()->searchModel();
    search->setFocus();
    // Right after the load the index is still being built (worker threads): the keystroke does
    // not wait for it; its matches come (a reset, painted) once it is built.
    {
        const bool indexing = searchModel->isIndexing();
        QElapsedTimer timer;
        timer.start();
        QTest::keyClicks(search, QStringLiteral("z"));
        results->repaint();
        QCoreApplication::processEvents();
        const double first = msSince(timer);
        while (searchModel->isIndexing())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        results->repaint();
        std::printf("%-58s %7.2f ms  (%s; its %d matches after %.1f ms)\n",
            "first keystroke right after the load", first,
            indexing ? "index being built" : "index already built", results->model()->rowCount(),
            msSince(timer));
    }
    QList<double> keystrokes;
    const QString typed = QStringLiteral("zone record post");
    QList<QList<double>> byPosition(typed.size());
    for (int i = 0; i < runs; ++i) {
        search->clear();
        QCoreApplication::processEvents();
        for (const QChar c : typed) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClicks(search, QString(c));
            results->repaint(); // the view paints the new matches
            QCoreApplication::processEvents();
            keystrokes.append(msSince(timer));
            byPosition[search->text().size() - 1].append(keystrokes.constLast());
        }
    }
    std::printf("%-58s median %7.2f ms  (max %7.2f, %lld keystrokes of \"%s\"; target < 16)\n",
        "search keystroke over the whole API (filter + repaint)", median(keystrokes),
        *std::max_element(keystrokes.begin(), keystrokes.end()), qlonglong(keystrokes.size()),
        qPrintable(typed));
    std::printf("%-58s p95 %7.2f ms; median per prefix:", "", percentile(keystrokes, 0.95));
    for (int i = 0; i < byPosition.size(); ++i)
        std::printf(" \"%s\" %.1f", qPrintable(typed.left(i + 1)), median(byPosition.at(i)));
    std::printf("\n");
    search->clear();

    const Largest largest = largestBody(schema.products);
    if (!largest.operation) {
        std::fprintf(stderr, "no body found\n");
        return 1;
    }
    const Product& product = schema.products.at(largest.product);
    ParameterForm* form = window.findChild<OperationView*>()->form();
    QList<double> forms;
    for (int i = 0; i < runs; ++i) {
        form->clear();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        form->setOperation(product, *largest.operation);
        form->repaint(); // laid out and painted once
        forms.append(msSince(timer));
    }
    std::printf("largest body: %s %s (%d nested fields)\n",
        qPrintable(httpMethodName(largest.operation->method)), qPrintable(largest.operation->path),
        largest.fields);
    std::printf("%-58s median %7.1f ms  (min %7.1f; target < 50)\n",
        "building its form (build + layout + paint)", median(forms), minimum(forms));
    std::printf("peak RSS of this benchmark process (two windows' worth of work): %.1f MB\n",
        double(peakRssKb()) / 1024.0);
    return 0;
}
