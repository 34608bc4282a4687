// Values that follow you over a history of 100,000 calls: the feed's first read (the path
// values of the newest RecentValuesFeed::Window calls, what the window does once at start), its
// read after each recorded call, and the in-memory look-ups an opened operation makes. Usage:
// bench_recentvalues [--entries N] [--file F] (an existing F is reused as it is). Run by hand.
#include "base/credentials.h"
#include "benchstats.h"
#include "call/callrequest.h"
#include "call/recentvalues.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "history/recentvaluesfeed.h"
#include "net/callresult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Ovh;
using namespace OvhBench;

namespace {

const char* const templates[] = { "/me", "/domain/zone/{zoneName}/record",
    "/domain/zone/{zoneName}/record/{id}", "/ip/{ip}/reverse", "/dedicated/server/{serviceName}",
    "/cloud/project/{serviceName}/instance/{instanceId}", "/vps/{serviceName}/status" };
const char* const endpoints[] = { "ovh-eu", "ovh-eu", "ovh-eu", "ovh-ca", "sandbox" };

// A call with its path values and an answer of a few KiB, as the window records it.
HistoryEntry call(int i, QRandomGenerator& random)
{
    CallRequest request;
    request.method = HttpMethod::Get;
    request.pathTemplate = QLatin1String(templates[random.bounded(int(std::size(templates)))]);
    request.path = request.pathTemplate;
    const std::pair<const char*, QString> values[] = {
        { "zoneName", QStringLiteral("zone%1.example").arg(random.bounded(500)) },
        { "id", QString::number(1000 + i) },
        { "ip", QStringLiteral("10.%1.%2.1").arg(i % 250).arg(i % 13) },
        { "serviceName", QStringLiteral("ns%1.ip-1-2-3.eu").arg(i % 977) },
        { "instanceId", QStringLiteral("a1b2c3d4-%1").arg(i % 97) },
    };
    for (const auto& [name, value] : values) {
        const QString placeholder = QLatin1Char('{') + QLatin1String(name) + QLatin1Char('}');
        if (!request.pathTemplate.contains(placeholder))
            continue;
        request.path.replace(placeholder, value);
        request.pathParams.append(
            { QLatin1String(name), ParamLocation::Path, {}, {}, true, QJsonValue(value) });
    }
    CallResult result;
    result.status = i % 11 == 0 ? 404 : 200;
    result.body = QByteArray(500 + random.bounded(4000), 'x');
    return HistoryEntry::fromCall(request, result,
        QLatin1String(endpoints[random.bounded(int(std::size(endpoints)))]), QString(),
        Credentials(), HistoryStore::DefaultMaxBodyBytes);
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
    QRandomGenerator random(6);
    if (!QFileInfo::exists(file)) {
        HistoryStore store(file);
        for (int i = 0; i < entries; ++i) {
            if (!store.add(call(i, random))) {
                std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
                return 1;
            }
        }
        std::printf("filled %d calls\n", entries);
    }

    HistoryStore store(file);
    if (!store.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const qint64 stored = store.count();
    // The feed's parts: the read (on its thread) and the telling (on the GUI thread).
    QList<double> reads;
    QList<double> tellings;
    QList<double> feeds;
    int uses = 0;
    for (int round = 0; round < 10; ++round) {
        QElapsedTimer timer;
        timer.start();
        const QList<HistoryEntry> calls = store.pathValues(0, RecentValuesFeed::Window);
        reads << msSince(timer);
        QList<RecentValues::PathUse> told;
        for (const HistoryEntry& call : calls) {
            told.append({ call.endpoint, call.pathTemplate,
                call.values.value(QLatin1String("path")).toObject(), call.time });
        }
        RecentValues values;
        timer.restart();
        values.note(told);
        tellings << msSince(timer);
        uses = int(values
                       .values(QStringLiteral("ovh-eu"), QStringLiteral("zoneName"), QString(),
                           RecentValues::MaxUsesPerEndpoint)
                       .size());

        RecentValues fed;
        RecentValuesFeed feed(file, &fed);
        QEventLoop loop;
        QObject::connect(&feed, &RecentValuesFeed::refreshed, &loop, &QEventLoop::quit);
        timer.restart();
        feed.refresh();
        loop.exec();
        feeds << msSince(timer);
    }
    printStats("first read, SQL (feed thread)", reads, 52);
    printStats("first read, telling RecentValues (GUI thread)", tellings, 52);
    printStats("first read, refresh() to refreshed()", feeds, 52);
    std::printf("  %lld calls in the file, %d zoneName values on ovh-eu\n",
        static_cast<long long>(stored), uses);

    // After each recorded call: the store gets one, the feed reads what is new.
    RecentValues values;
    RecentValuesFeed feed(file, &values);
    QEventLoop loop;
    QObject::connect(&feed, &RecentValuesFeed::refreshed, &loop, &QEventLoop::quit);
    feed.refresh();
    loop.exec();
    QList<double> refreshes;
    for (int i = 0; i < 200; ++i) {
        const qint64 id = store.add(call(entries + i, random));
        QElapsedTimer timer;
        timer.start();
        feed.refresh(id);
        loop.exec();
        refreshes << msSince(timer);
    }
    printStats("read after a recorded call, refresh() to refreshed()", refreshes, 52);

    // What opening an operation asks: the offers of each path field and the value to fill.
    QList<double> lookups;
    const QString anchor = RecentValues::anchor(
        QStringLiteral("/domain/zone/{zoneName}/record/{id}"), QStringLiteral("zoneName"));
    for (int i = 0; i < 1000; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QStringList offered
            = values.values(QStringLiteral("ovh-eu"), QStringLiteral("zoneName"), anchor);
        const QString latest = values.latest(QStringLiteral("ovh-eu"), anchor);
        lookups << msSince(timer);
        if (offered.isEmpty() || latest.isEmpty())
            return 1;
    }
    printStats("offers and fill of one field (in memory)", lookups, 52);
    std::printf("peak RSS %lld KiB\n", static_cast<long long>(peakRssKb()));
    return 0;
}
