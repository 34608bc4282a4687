// The operation search over the whole eu API (issue 12 item 7), without the window: building
// the index, then each query typed key by key (what NavigatorPanel runs at every keystroke),
// as typed, misspelt, in everyday words, with a usage map. Target: < 16 ms median per keystroke.
// With --history F (a history file, e.g. one bench_history --file F filled), also the window's
// start-time read of the usage (HistoryStore::usage()). Then the window's search over both
// branches (eu v1 and the bundled eu v2, SearchResultModel::setQuery: both indexes, their matches
// ranked together), keystroke by keystroke: the same 16 ms budget; and a query typed while both
// indexes are still being built (right after the schema loads): that keystroke must not wait for
// them, and its matches come when they are built.
// Usage: bench_search [--runs N] [--history F] [--verbose]. Run by hand; never a timed test.
#include "benchstats.h"
#include "history/historystore.h"
#include "models/searchresultmodel.h"
#include "schema/operationsearch.h"
#include "schemafixtures.h"
#include "v2fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Ovh;
using namespace OvhBench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qsizetype runsAt = arguments.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt > 0 ? qMax(1, arguments.value(runsAt + 1).toInt()) : 5;
    const qsizetype historyAt = arguments.indexOf(QStringLiteral("--history"));
    const bool verbose = arguments.contains(QStringLiteral("--verbose"));

    const QList<Product>& products = OvhTest::bundledEuProducts();

    QList<double> builds;
    QList<double> buildsCpu; // the wall time of a busy machine says little
    QList<double> firstTypo; // indexes the words first
    QList<double> firstTypoCpu;
    OperationSearch search;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        search = OperationSearch(products);
        buildsCpu << 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
        builds << msSince(timer);
        timer.restart();
        const std::clock_t typoCpu = std::clock();
        search.find(QStringLiteral("recrod"));
        firstTypoCpu << 1000.0 * double(std::clock() - typoCpu) / CLOCKS_PER_SEC;
        firstTypo << msSince(timer);
    }
    std::printf("%d operations\n", search.size());
    printStats("build the index", builds);
    printStats("build the index (CPU time)", buildsCpu);
    printStats("first misspelt query (+ words index)", firstTypo);
    printStats("first misspelt query (CPU time)", firstTypoCpu);

    // A usage map as a few weeks of work would give: 300 operations, a few calls to many.
    QList<OperationUsage> usage;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<OperationRef> all = search.find(QString());
    for (int i = 0; i < 300; ++i) {
        const Operation* operation = OperationSearch::resolve(products, all.at(i * 20));
        usage.append({ httpMethodName(operation->method) + QLatin1Char(' ') + operation->path,
            1 + i % 17, now.addSecs(-3600 * i) });
    }
    search.setUsage(usage, now);

    const QList<std::pair<const char*, QStringList>> groups {
        { "as typed",
            { QStringLiteral("zone record post"), QStringLiteral("dedicated server"),
                QStringLiteral("/me/bill"), QStringLiteral("cloud project instance") } },
        { "misspelt",
            { QStringLiteral("zone recrod"), QStringLiteral("dedicated servre"),
                QStringLiteral("instnace"), QStringLiteral("domian zone") } },
        { "everyday words",
            { QStringLiteral("dns record"), QStringLiteral("ssh keys"), QStringLiteral("vm"),
                QStringLiteral("invoices") } },
        { "nothing near", { QStringLiteral("qwxzv plokm") } },
    };
    QList<double> everything;
    QList<double> everythingCpu;
    for (const auto& [name, queries] : groups) {
        QList<double> keystrokes;
        QList<double> keystrokesCpu;
        for (int round = 0; round < runs; ++round) {
            for (const QString& query : queries) {
                for (qsizetype length = 1; length <= query.size(); ++length) {
                    const QString typed = query.left(length);
                    QElapsedTimer timer;
                    timer.start();
                    const std::clock_t cpu = std::clock();
                    const QList<OperationRef> found = search.find(typed);
                    keystrokes << msSince(timer);
                    keystrokesCpu << 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
                    if (verbose && round == 0)
                        std::printf("  '%s': %lld in %.3f ms\n", qPrintable(typed),
                            static_cast<long long>(found.size()), keystrokes.constLast());
                }
            }
        }
        everything += keystrokes;
        everythingCpu += keystrokesCpu;
        printStats(
            qPrintable(QStringLiteral("keystroke, %1").arg(QLatin1String(name))), keystrokes);
    }
    printStats("keystroke, all (target median < 16 ms)", everything);
    printStats("keystroke, all (CPU time)", everythingCpu);

    QList<Product> v2;
    for (const char* name : { "iam", "publicCloud", "vmwareCloudDirector", "vrackServices" })
        v2.append(OvhTest::realV2Product(QString::fromLatin1(name)));
    // Until the indexes a model builds on worker threads are in place.
    const auto waitIndexed = [](const SearchResultModel& model) {
        while (model.isIndexing())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    QList<double> duringBuild;
    QList<double> duringBuildCpu;
    QList<double> untilMatches;
    for (int round = 0; round < runs; ++round) {
        SearchResultModel fresh;
        fresh.setUsage(usage);
        fresh.setSchema(products);
        fresh.setOtherBranch(ApiBranch::V2, v2);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        fresh.setQuery(QStringLiteral("zone record"));
        duringBuild << msSince(timer);
        duringBuildCpu << 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
        waitIndexed(fresh);
        untilMatches << msSince(timer);
        if (fresh.rowCount() == 0) {
            std::fprintf(stderr, "no match once indexed\n");
            return 1;
        }
    }
    printStats("keystroke while indexing (target < 16 ms)", duringBuild);
    printStats("keystroke while indexing (CPU time)", duringBuildCpu);
    printStats("  ... until its matches are all there", untilMatches);

    SearchResultModel model;
    model.setSchema(products);
    model.setUsage(usage);
    model.setOtherBranch(ApiBranch::V2, v2);
    waitIndexed(model); // the keystrokes below, over built indexes
    QList<double> both;
    QList<double> bothCpu;
    for (int round = 0; round < runs; ++round) {
        for (const auto& [name, queries] : groups) {
            for (const QString& query : queries) {
                for (qsizetype length = 1; length <= query.size(); ++length) {
                    QElapsedTimer timer;
                    timer.start();
                    const std::clock_t cpu = std::clock();
                    model.setQuery(query.left(length));
                    both << msSince(timer);
                    bothCpu << 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
                }
            }
        }
        model.setQuery(QString());
    }
    printStats("keystroke, v1 + v2 ranked together (target median < 16 ms)", both);
    printStats("keystroke, v1 + v2 (CPU time)", bothCpu);

    if (historyAt > 0) {
        QList<double> reads;
        qint64 operations = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            HistoryStore store(arguments.value(historyAt + 1));
            operations = store.usage().size();
            reads << msSince(timer);
            if (!store.errorString().isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
                return 1;
            }
        }
        std::printf("history: %lld calls\n",
            static_cast<long long>(HistoryStore(arguments.value(historyAt + 1)).count()));
        printStats(
            qPrintable(QStringLiteral("open the history + usage (%1 ops)").arg(operations)), reads);
    }
    return 0;
}
