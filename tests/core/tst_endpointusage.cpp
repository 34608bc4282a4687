// Usage counts per endpoint (issue 12 item 7): the history's usage read endpoint by endpoint,
// and the search handed only the counts of the endpoint shown, counted on as calls are made.
#include "history/endpointusage.h"
#include "history/historystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

namespace {

HistoryEntry call(const QString& endpoint, const QString& path, qint64 timeMs)
{
    HistoryEntry entry;
    entry.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    entry.endpoint = endpoint;
    entry.method = QStringLiteral("GET");
    entry.pathTemplate = path;
    entry.url = QStringLiteral("https://example.invalid") + path;
    entry.status = 200;
    return entry;
}

qint64 callsOf(const QList<OperationUsage>& usage, const QString& operation)
{
    qint64 calls = 0;
    for (const OperationUsage& one : usage) {
        if (one.operation == operation)
            calls += one.calls;
    }
    return calls;
}

} // namespace

class TestEndpointUsage final : public QObject
{
    Q_OBJECT

private slots:
    void historyCountsEachEndpoint();
    void onlyTheEndpointShown();
};

void TestEndpointUsage::historyCountsEachEndpoint()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(store.add(call(QStringLiteral("ovh-eu"), QStringLiteral("/me"), 1000)) > 0);
    QVERIFY(store.add(call(QStringLiteral("ovh-eu"), QStringLiteral("/me"), 2000)) > 0);
    QVERIFY(store.add(call(QStringLiteral("ovh-ca"), QStringLiteral("/me"), 3000)) > 0);
    QVERIFY(store.add(call(QStringLiteral("ovh-ca"), QStringLiteral("/ip"), 4000)) > 0);
    const QString me = QStringLiteral("GET /me");
    const QString ip = QStringLiteral("GET /ip");

    const QHash<QString, QList<OperationUsage>> byEndpoint = store.usageByEndpoint();
    QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
    QCOMPARE(byEndpoint.size(), 2);
    const QList<OperationUsage> eu = byEndpoint.value(QStringLiteral("ovh-eu"));
    QCOMPARE(eu.size(), 1);
    QCOMPARE(eu.constFirst().operation, me);
    QCOMPARE(eu.constFirst().calls, 2);
    QCOMPARE(eu.constFirst().lastCall.toMSecsSinceEpoch(), 2000);
    QCOMPARE(callsOf(byEndpoint.value(QStringLiteral("ovh-ca")), me), 1);
    QCOMPARE(callsOf(byEndpoint.value(QStringLiteral("ovh-ca")), ip), 1);

    // All endpoints together, as before: /me three times, last at 3000.
    const QList<OperationUsage> all = store.usage();
    QCOMPARE(all.size(), 2);
    QCOMPARE(callsOf(all, me), 3);
    for (const OperationUsage& one : all) {
        if (one.operation == me)
            QCOMPARE(one.lastCall.toMSecsSinceEpoch(), 3000);
    }
    // Still bounded by the newest calls: the two newest are both on ovh-ca.
    QCOMPARE(store.usageByEndpoint(2).keys(), QList<QString> { QStringLiteral("ovh-ca") });
}

void TestEndpointUsage::onlyTheEndpointShown()
{
    const QString me = QStringLiteral("GET /me");
    const QString ip = QStringLiteral("GET /ip");
    const QDateTime then = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
    EndpointUsage usage;
    usage.set({ { QStringLiteral("ovh-eu"), { { me, 5, then } } },
        { QStringLiteral("ovh-ca"), { { ip, 7, then } } } });
    usage.setAnywhere({ { me, 1, then } }); // counts on each
    QCOMPARE(callsOf(usage.on(QStringLiteral("ovh-eu")), me), 6);
    QCOMPARE(callsOf(usage.on(QStringLiteral("ovh-eu")), ip), 0);
    QCOMPARE(callsOf(usage.on(QStringLiteral("ovh-ca")), ip), 7);
    QCOMPARE(callsOf(usage.on(QStringLiteral("ovh-ca")), me), 1);

    // A call made now counts there only, and moves its last call on.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(9000, Qt::UTC);
    usage.addCall(QStringLiteral("ovh-ca"), me, now);
    usage.addCall(QStringLiteral("ovh-ca"), ip, now);
    QCOMPARE(callsOf(usage.on(QStringLiteral("ovh-ca")), me), 2);
    QCOMPARE(callsOf(usage.on(QStringLiteral("ovh-ca")), ip), 8);
    QCOMPARE(callsOf(usage.on(QStringLiteral("ovh-eu")), me), 6);
    for (const OperationUsage& one : usage.on(QStringLiteral("ovh-ca"))) {
        if (one.operation == ip)
            QCOMPARE(one.lastCall, now);
    }
    QCOMPARE(callsOf(usage.on(QStringLiteral("kimsufi-eu")), me), 1);
}

QTEST_MAIN(TestEndpointUsage)
#include "tst_endpointusage.moc"
