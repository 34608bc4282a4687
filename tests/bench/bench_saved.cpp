// Saved requests: what the window pays at start (opening the file and listing them), saving
// one, reordering, and exporting and importing a file of the largest size accepted; then the
// Saved panel itself, on the GUI thread: its start, Alt+Down, Delete and Save.
// Usage: QT_QPA_PLATFORM=offscreen bench_saved [--saved N] [--file F] (F: an existing history
// file, e.g. one with 100,000 calls from bench_history, copied first: the bench adds to it).
// Run by hand.
#include "benchstats.h"
#include "saved/savedpanel.h"
#include "saved/savedrequestfile.h"
#include "saved/savedrequestmodel.h"
#include "saved/savedrequeststore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Ovh;
using namespace OvhBench;

namespace {

SavedRequest sample(int i)
{
    SavedRequest request;
    request.name = QStringLiteral("Records of zone%1.example").arg(i);
    request.operation = QStringLiteral("POST /domain/zone/{zoneName}/record");
    request.values = { { QStringLiteral("path/zoneName"), QStringLiteral("zone%1.example").arg(i) },
        { QStringLiteral("body/fieldType"), QStringLiteral("TXT") },
        { QStringLiteral("body/subDomain"), QStringLiteral("www%1").arg(i) },
        { QStringLiteral("body/target"), QStringLiteral("v=spf1 include:mx.ovh.com ~all") },
        { QStringLiteral("body/ttl"), 3600 } };
    return request;
}

void report(const char* what, const QList<double>& times)
{
    std::printf("%-48s median %8.3f ms  p95 %8.3f ms  (%lld runs)\n", what, median(times),
        percentile(times, 0.95), qlonglong(times.size()));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const auto option = [&arguments](const char* name, const QString& fallback) {
        const int at = arguments.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
    };
    QTemporaryDir dir;
    const QString file = option("--file", dir.filePath(QStringLiteral("history.sqlite")));
    const int count = option("--saved", QStringLiteral("200")).toInt();

    {
        SavedRequestStore store(file);
        if (!store.isOpen()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        report("save one (add)", timed(count, [&store](int i) { store.add(sample(i)); }));
        QList<qint64> ids;
        for (const SavedRequest& request : store.list())
            ids.prepend(request.id);
        report("reorder them all", timed(20, [&store, &ids](int) {
            std::reverse(ids.begin(), ids.end());
            store.reorder(ids);
        }));
        report("list (warm)", timed(100, [&store](int) { store.list(); }));
        // What Alt+Down asked of the store before move(): the whole order, one pair swapped.
        QList<qint64> order;
        for (const SavedRequest& request : store.list())
            order << request.id;
        const int middle = int(order.size()) / 2;
        report("reorder: the whole order, one row moved", timed(20, [&](int) {
            order.swapItemsAt(middle, middle + 1);
            store.reorder(order);
        }));
    }
    const QList<double> start = timed(50, [&file](int) {
        SavedRequestStore store(file);
        store.list();
    });
    std::printf("%d saved requests in %s\n", count, qPrintable(file));
    report("open the file + list (window start)", start);

    // The panel as the window has it: what its GUI thread pays.
    {
        QList<double> built;
        QList<double> shown;
        for (int run = 0; run < 10; ++run) {
            SavedRequestStore store(file);
            QElapsedTimer timer;
            timer.start();
            SavedPanel panel(&store);
            built << msSince(timer);
            while (panel.model()->rowCount() < count && timer.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            shown << msSince(timer);
        }
        report("panel start: constructor (GUI thread)", built);
        report("panel start: all rows shown after", shown);

        SavedRequestStore store(file);
        SavedPanel panel(&store);
        QElapsedTimer timer;
        timer.start();
        while (panel.model()->rowCount() < count && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QListView* list = panel.list();
        const int middle = count / 2;
        list->setCurrentIndex(panel.model()->index(middle));
        report("panel Alt+Down / Alt+Up (one row, middle)",
            timed(40, [&](int run) { panel.moveCurrent(run % 2 == 0 ? 1 : -1); }));
        list->setCurrentIndex(panel.model()->index(0));
        report("panel Alt+Down (first row)", timed(20, [&](int) { panel.moveCurrent(1); }));
        report("panel save one", timed(20, [&](int i) { panel.save(sample(count + i)); }));
        report("panel delete one (middle)",
            timed(20, [&](int i) { panel.remove(panel.model()->idAt(middle - i)); }));
        QCoreApplication::processEvents();
    }

    QList<SavedRequest> many;
    for (int i = 0; i < SavedRequestFile::MaxRequests; ++i)
        many << sample(i);
    const QString exported = dir.filePath(QStringLiteral("export.json"));
    QString error;
    report("export 10,000 requests",
        timed(5, [&](int) { SavedRequestFile::write(exported, many, &error); }));
    std::printf("export file: %lld bytes\n", qlonglong(QFile(exported).size()));
    report("read + check 10,000 requests",
        timed(5, [&](int) { SavedRequestFile::read(exported, &error); }));
    QTemporaryDir importDir;
    report("import 10,000 requests (one transaction)", timed(3, [&](int run) {
        SavedRequestStore store(importDir.filePath(QStringLiteral("import%1.sqlite").arg(run)));
        store.addAll(*SavedRequestFile::read(exported, &error));
    }));
    std::printf("peak RSS: %lld KiB\n", peakRssKb());
    return 0;
}
