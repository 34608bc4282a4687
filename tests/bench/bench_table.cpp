// The Result's Table at 10,000 rows (issue 13): filling it, sorting a number and a text column,
// filtering as one types, and the CSV export, through the real ObjectTableView. Goal: sorting
// or filtering <= 100 ms. Usage: bench_table [--rows N] [--shot FILE.png] (a grab of the table,
// sorted by ttl and filtered, at 1280x800). Run by hand (offscreen is fine).
#include "benchstats.h"
#include "results/objecttablefilter.h"
#include "results/objecttableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>

#include <cstdio>

using namespace Ovh;
using namespace OvhBench;
using namespace Qt::StringLiterals;

namespace {

// A DNS record as GET /domain/zone/{zoneName}/record/{id} answers it, plus a nested object.
ObjectRows records(int count)
{
    QRandomGenerator random(42);
    const char* const types[] = { "A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV" };
    ObjectRows rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 id = 5000000000LL + random.bounded(1000000000);
        QJsonObject object { { u"id"_s, double(id) },
            { u"fieldType"_s, QLatin1String(types[random.bounded(int(std::size(types)))]) },
            { u"subDomain"_s, QStringLiteral("host%1").arg(random.bounded(5000)) },
            { u"target"_s,
                QStringLiteral("10.%1.%2.%3")
                    .arg(random.bounded(256))
                    .arg(random.bounded(256))
                    .arg(random.bounded(256)) },
            { u"ttl"_s, random.bounded(86400) }, { u"zone"_s, QStringLiteral("example.com") },
            { u"meta"_s,
                QJsonObject {
                    { u"created"_s,
                        QStringLiteral("2026-12-0%1T10:00:00Z").arg(1 + random.bounded(9)) },
                    { u"owner"_s, QStringLiteral("user%1").arg(random.bounded(50)) } } } };
        rows.append({ double(id), object, QString() });
    }
    return rows;
}

// work(run), then the events it posted (the view's relayout), as the user would wait for it.
template<typename F> QList<double> timedWithEvents(int runs, F&& work)
{
    return timed(runs, [&work](int run) {
        work(run);
        QCoreApplication::processEvents();
    });
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    int count = 10000;
    const QStringList arguments = app.arguments();
    const qsizetype rowsAt = arguments.indexOf(QStringLiteral("--rows"));
    if (rowsAt > 0 && rowsAt + 1 < arguments.size())
        count = arguments.at(rowsAt + 1).toInt();
    const ObjectRows rows = records(count);

    ObjectTableView view;
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();

    std::printf("%d rows\n", count);
    printStats(
        "setRows (flatten, model, widths)", timedWithEvents(5, [&](int) { view.setRows(rows); }));
    const QAbstractItemModel* model = view.table()->model();
    std::printf("columns: %d\n", model->columnCount());
    const auto columnOf = [model](const char* name) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String(name))
                return c;
        }
        return -1;
    };
    printStats("sort by ttl (number)", timedWithEvents(10, [&](int i) {
        view.table()->sortByColumn(
            columnOf("ttl"), i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    }));
    printStats("sort by subDomain (text)", timedWithEvents(10, [&](int i) {
        view.table()->sortByColumn(
            columnOf("subDomain"), i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    }));
    view.table()->sortByColumn(-1, Qt::AscendingOrder);
    // Typing "host12" one key at a time, then clearing it.
    const QString typed = QStringLiteral("host12");
    printStats("filter, each keystroke", timedWithEvents(int(typed.size()) + 1, [&](int i) {
        view.filterEdit()->setText(i < typed.size() ? typed.left(i + 1) : QString());
    }));
    view.table()->sortByColumn(columnOf("target"), Qt::AscendingOrder);
    printStats(
        "filter while sorted, each keystroke", timedWithEvents(int(typed.size()) + 1, [&](int i) {
            view.filterEdit()->setText(i < typed.size() ? typed.left(i + 1) : QString());
        }));
    QByteArray csv;
    printStats("CSV export (all rows)", timedWithEvents(3, [&](int) { csv = view.csvText(); }));
    std::printf("CSV: %lld bytes\npeak RSS: %lld KiB\n", qint64(csv.size()), peakRssKb());
    const qsizetype shotAt = arguments.indexOf(QStringLiteral("--shot"));
    if (shotAt > 0 && shotAt + 1 < arguments.size()) {
        view.table()->sortByColumn(columnOf("ttl"), Qt::DescendingOrder);
        view.filterEdit()->setText(QStringLiteral("host12"));
        QCoreApplication::processEvents();
        if (!view.grab().save(arguments.at(shotAt + 1)))
            return 1;
    }
    return 0;
}
