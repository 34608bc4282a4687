// The history at 100,000 calls: the cost of recording one (HistoryEntry::fromCall + add, what
// the window's GUI thread pays after each answer), a filter typed key by key, opening an entry,
// opening the file, and its size. Usage: bench_history [--entries N] [--file F] [--endpoint E]
// [--fill-only] (an existing F is reused as it is: only the reads are measured; E: the endpoint
// the calls were sent to, default ovh-eu; --fill-only: fill F and stop, as bench_tabs does for
// its start-up). Run by hand.
#include "base/credentials.h"
#include "benchstats.h"
#include "call/callrequest.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "net/callresult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Ovh;
using namespace OvhBench;

namespace {

const char* const templates[] = { "/me", "/me/bill", "/me/bill/{billId}", "/domain",
    "/domain/zone/{zoneName}/record", "/domain/zone/{zoneName}/record/{id}",
    "/domain/zone/{zoneName}/refresh", "/ip", "/ip/{ip}/reverse", "/dedicated/server",
    "/dedicated/server/{serviceName}", "/cloud/project/{serviceName}/instance",
    "/cloud/project/{serviceName}/instance/{instanceId}", "/email/domain/{domain}/account",
    "/vps/{serviceName}/status", "/hosting/web/{serviceName}/attachedDomain" };

// One call as the window would record it, with a body of a few hundred bytes to a few KiB.
HistoryEntry call(int i, QRandomGenerator& random, const Credentials& keys, const QString& endpoint)
{
    const QString pathTemplate
        = QLatin1String(templates[random.bounded(int(std::size(templates)))]);
    CallRequest request;
    request.method = i % 5 == 0 ? HttpMethod::Post : HttpMethod::Get;
    request.pathTemplate = pathTemplate;
    QString path = pathTemplate;
    const QString zone = QStringLiteral("zone%1.example").arg(random.bounded(500));
    path.replace(QLatin1String("{zoneName}"), zone)
        .replace(QLatin1String("{serviceName}"), QStringLiteral("ns%1.ip-1-2-3.eu").arg(i % 977))
        .replace(QLatin1String("{id}"), QString::number(1000 + i))
        .replace(QLatin1String("{ip}"), QStringLiteral("10.%1.%2.1").arg(i % 250).arg(i % 13));
    request.path = path;
    if (pathTemplate.contains(QLatin1String("{zoneName}")))
        request.pathParams.append(
            { QStringLiteral("zoneName"), ParamLocation::Path, {}, {}, true, zone });
    if (request.method == HttpMethod::Post) {
        request.bodyKind = BodyKind::Parameters;
        request.bodyBytes
            = QStringLiteral(R"({"fieldType":"TXT","subDomain":"w%1","target":"v=%2"})")
                  .arg(i)
                  .arg(random.generate())
                  .toUtf8();
    }
    QByteArray body = "[";
    const int items = 5 + random.bounded(120);
    for (int n = 0; n < items; ++n)
        body += QByteArray::number(random.generate() % 100000000) + (n + 1 < items ? "," : "");
    body += "]";
    if (i % 7 == 0)
        body = QStringLiteral(
            R"({"nichandle":"xx%1-ovh","email":"user%1@example.net","city":"Roubaix"})")
                   .arg(i)
                   .toUtf8();
    CallResult result;
    result.status = i % 11 == 0 ? 404 : 200;
    result.body = body;
    result.elapsedMs = 20 + random.bounded(300);
    result.queryId = QStringLiteral("EU.ext-%1.%2").arg(i % 9).arg(random.generate(), 8, 16);
    result.headers = { { "Content-Type", "application/json; charset=utf-8" },
        { "X-Ovh-QueryId", result.queryId.toLatin1() } };
    result.request.url = "https://eu.api.ovh.com/1.0" + path.toUtf8();
    return HistoryEntry::fromCall(
        request, result, endpoint, QStringLiteral("work"), keys, HistoryStore::DefaultMaxBodyBytes);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--entries"));
    const int entries = at > 0 ? arguments.value(at + 1).toInt() : 100000;
    QTemporaryDir dir;
    const qsizetype fileAt = arguments.indexOf(QStringLiteral("--file"));
    const QString file
        = fileAt > 0 ? arguments.value(fileAt + 1) : dir.filePath(QStringLiteral("history.sqlite"));
    const bool fill = !QFileInfo::exists(file);
    const qsizetype endpointAt = arguments.indexOf(QStringLiteral("--endpoint"));
    const QString endpoint
        = endpointAt > 0 ? arguments.value(endpointAt + 1) : QStringLiteral("ovh-eu");
    Credentials keys;
    keys.applicationKey = QStringLiteral("benchAppKey00001");
    keys.applicationSecret = QStringLiteral("benchAppSecret000000000000000001");
    keys.consumerKey = QStringLiteral("benchConsumerKey0000000000000001");
    QRandomGenerator random(12);

    QList<double> firstRecords;
    QList<double> lastRecords;
    if (fill) {
        HistoryStore store(file);
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < entries; ++i) {
            QElapsedTimer timer;
            timer.start();
            const qint64 id = store.add(call(i, random, keys, endpoint)); // what the recorder does
            const double ms = msSince(timer);
            if (id == 0) {
                std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
                return 1;
            }
            if (i < 1000)
                firstRecords << ms;
            else if (i >= entries - 1000)
                lastRecords << ms;
        }
        std::printf("filled %d calls in %.1f s\n", entries, double(total.elapsed()) / 1000);
    }
    if (arguments.contains(QStringLiteral("--fill-only")))
        return 0;
    if (fill) {
        printStats("record one call (first 1,000)", firstRecords);
        printStats("record one call (last 1,000)", lastRecords);
        // What the recorder does every 100 calls once the history is full (on its thread).
        HistoryStore store(file);
        QElapsedTimer timer;
        timer.start();
        const qint64 removed = store.prune(QDateTime(), entries - 100);
        std::printf("%-44s %7.3f ms (%lld removed)\n", "prune the 100 oldest", msSince(timer),
            static_cast<long long>(removed));
    }

    QElapsedTimer openTimer;
    openTimer.start();
    HistoryStore store(file);
    const QList<HistoryEntry> newest = store.list(QString(), 200);
    std::printf("%-44s %7.3f ms\n", "open the file and list the newest 200", msSince(openTimer));

    // Typed key by key, as the panel's filter would be, 200 rows per keystroke.
    const QStringList typed { QStringLiteral("domain zone record"), QStringLiteral("roubaix"),
        QStringLiteral("zone123.example"), QStringLiteral("xx7-ovh"),
        QStringLiteral("nothing here"), QStringLiteral("ip 10.7") };
    QList<double> keystrokes;
    const bool verbose = arguments.contains(QStringLiteral("--verbose"));
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : typed) {
            for (qsizetype length = 1; length <= text.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                const QList<HistoryEntry> found = store.list(text.left(length), 200);
                keystrokes << msSince(timer);
                if (round == 2 && (verbose || length == text.size()))
                    std::printf("  '%s': %lld shown in %.3f ms\n", qPrintable(text.left(length)),
                        static_cast<long long>(found.size()), keystrokes.last());
            }
        }
    }
    printStats("filter keystroke (200 rows)", keystrokes);

    // The History panel scrolled to the end, a page (100 rows) at a time, unfiltered and
    // filtered by a short and a long word.
    for (const QString& filter : { QString(), QStringLiteral("re zone1") }) {
        QList<double> pages;
        qint64 before = 0;
        for (int page = 0; page < 200; ++page) {
            QElapsedTimer timer;
            timer.start();
            const QList<HistoryEntry> rows = store.list(filter, 100, before);
            pages << msSince(timer);
            if (rows.size() < 100)
                break;
            before = rows.constLast().id;
        }
        printStats(filter.isEmpty() ? "next page of 100 (fetchMore)"
                                    : "next page of 100, filter 're zone1'",
            pages);
    }

    QList<double> opens;
    const qint64 stored = store.count();
    for (int i = 0; i < 500; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto entry = store.entry(1 + random.bounded(int(stored)));
        // What the window needs to show it: the form's values and the result.
        const QJsonObject values = entry ? entry->formValues() : QJsonObject();
        const CallResult result = entry ? entry->toCallResult() : CallResult();
        opens << msSince(timer);
        if (!entry || result.status == 0)
            return 1;
    }
    printStats("open one entry (read, values, result)", opens);
    qint64 bytes = 0;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        bytes += QFileInfo(file + suffix).size();
    std::printf("file size: %.1f MB for %lld calls (%.0f bytes per call); peak RSS %lld KiB\n",
        double(bytes) / 1e6, static_cast<long long>(stored), double(bytes) / double(stored),
        static_cast<long long>(peakRssKb()));
    return newest.isEmpty() ? 1 : 0;
}
