// Values that follow you (issue 12, item 6): the path values used lately, per endpoint, from
// the history's calls and from what was typed; the history query that feeds them.
#include "base/credentials.h"
#include "call/callrequest.h"
#include "call/recentvalues.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "history/recentvaluesfeed.h"
#include "net/callresult.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

namespace {

const QString eu = QStringLiteral("ovh-eu");
const QString ca = QStringLiteral("ovh-ca");
const QString records = QStringLiteral("/domain/zone/{zoneName}/record");
const QString record = QStringLiteral("/domain/zone/{zoneName}/record/{id}");
const QString redirection = QStringLiteral("/domain/zone/{zoneName}/redirection/{id}");
const QString vps = QStringLiteral("/vps/{serviceName}");
const QString server = QStringLiteral("/dedicated/server/{serviceName}");

QDateTime at(int second)
{
    return QDateTime::fromSecsSinceEpoch(1700000000 + second, Qt::UTC);
}

QJsonObject path(const QString& name, const QJsonValue& value)
{
    return QJsonObject { { name, value } };
}

// A call as the window records it: `pathValues` sent to `endpoint`, answered `status`.
HistoryEntry call(const QString& endpoint, const QString& pathTemplate,
    const QJsonObject& pathValues, int status = 200)
{
    CallRequest request;
    request.method = HttpMethod::Get;
    request.pathTemplate = pathTemplate;
    request.path = pathTemplate;
    for (auto it = pathValues.begin(); it != pathValues.end(); ++it) {
        request.pathParams.append({ it.key(), ParamLocation::Path, {}, {}, true, it.value() });
        request.path.replace(
            QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toVariant().toString());
    }
    CallResult result;
    result.status = status;
    result.body = "[]";
    return HistoryEntry::fromCall(
        request, result, endpoint, QString(), Credentials(), HistoryStore::DefaultMaxBodyBytes);
}

} // namespace

class TestRecentValues : public QObject
{
    Q_OBJECT

private slots:
    void anchor_data();
    void anchor();
    void newestFirstOncePerValue();
    void perEndpoint();
    void limit();
    void anchorFirstThenName();
    void latestGoesByAnchor();
    void olderUseDoesNotDemote();
    void skipsEmptyAndNonScalarValues();
    void boundedPerEndpoint();
    void changedOncePerNote();
    void storeReadsPathValues();
    void storeReadIsBoundedAndIncremental();
    void feedFollowsTheHistory();
    void feedWithoutHistory();
    void feedGoneBeforeItsRead();
    void manyUsesToldAtOnce();
};

void TestRecentValues::anchor_data()
{
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("first") << record << "zoneName"
                           << "/domain/zone/{zoneName}";
    QTest::newRow("last") << record << "id" << record;
    QTest::newRow("absent") << record << "serviceName" << QString();
    QTest::newRow("prefix of another name") << "/me/bill/{billId}"
                                            << "bill" << QString();
    QTest::newRow("empty name") << record << QString() << QString();
}

void TestRecentValues::anchor()
{
    QFETCH(QString, pathTemplate);
    QFETCH(QString, name);
    QFETCH(QString, anchor);
    QCOMPARE(RecentValues::anchor(pathTemplate, name), anchor);
}

void TestRecentValues::newestFirstOncePerValue()
{
    RecentValues values;
    values.note(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("a.example")), at(1));
    values.note(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("b.example")), at(2));
    values.note(eu, record,
        QJsonObject { { QStringLiteral("zoneName"), QStringLiteral("a.example") },
            { QStringLiteral("id"), 42 } },
        at(3));
    QCOMPARE(values.values(eu, QStringLiteral("zoneName")),
        QStringList({ QStringLiteral("a.example"), QStringLiteral("b.example") }));
    QCOMPARE(values.values(eu, QStringLiteral("id")), QStringList { QStringLiteral("42") });
    // Told out of order, they still come newest first.
    values.note(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("c.example")), at(0));
    QCOMPARE(values.values(eu, QStringLiteral("zoneName")).last(), QStringLiteral("c.example"));
}

void TestRecentValues::perEndpoint()
{
    RecentValues values;
    values.note(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("eu.example")));
    values.note(ca, records, path(QStringLiteral("zoneName"), QStringLiteral("ca.example")));
    const QString anchor = RecentValues::anchor(record, QStringLiteral("zoneName"));
    QCOMPARE(values.values(eu, QStringLiteral("zoneName")),
        QStringList { QStringLiteral("eu.example") });
    QCOMPARE(values.latest(ca, anchor), QStringLiteral("ca.example"));
    QVERIFY(values.values(QStringLiteral("ovh-us"), QStringLiteral("zoneName")).isEmpty());
    QVERIFY(values.latest(QStringLiteral("ovh-us"), anchor).isEmpty());
}

void TestRecentValues::limit()
{
    RecentValues values;
    for (int i = 0; i < 30; ++i)
        values.note(
            eu, records, path(QStringLiteral("zoneName"), QStringLiteral("z%1").arg(i)), at(i));
    const QStringList offered = values.values(eu, QStringLiteral("zoneName"));
    QCOMPARE(offered.size(), RecentValues::DefaultLimit);
    QCOMPARE(offered.first(), QStringLiteral("z29"));
    QCOMPARE(values.values(eu, QStringLiteral("zoneName"), QString(), 3),
        QStringList({ QStringLiteral("z29"), QStringLiteral("z28"), QStringLiteral("z27") }));
}

void TestRecentValues::anchorFirstThenName()
{
    RecentValues values;
    values.note(eu, vps, path(QStringLiteral("serviceName"), QStringLiteral("vps-1")), at(1));
    values.note(eu, server, path(QStringLiteral("serviceName"), QStringLiteral("ns1")), at(2));
    values.note(eu, vps, path(QStringLiteral("serviceName"), QStringLiteral("vps-2")), at(3));
    values.note(eu, server, path(QStringLiteral("serviceName"), QStringLiteral("vps-2")), at(0));
    const QString vpsAnchor
        = RecentValues::anchor(vps + QStringLiteral("/ips"), QStringLiteral("serviceName"));
    QCOMPARE(values.values(eu, QStringLiteral("serviceName"), vpsAnchor),
        QStringList({ QStringLiteral("vps-2"), QStringLiteral("vps-1"), QStringLiteral("ns1") }));
    QCOMPARE(values.values(eu, QStringLiteral("serviceName"), server),
        QStringList({ QStringLiteral("ns1"), QStringLiteral("vps-2"), QStringLiteral("vps-1") }));
    QCOMPARE(values.values(eu, QStringLiteral("serviceName")),
        QStringList({ QStringLiteral("vps-2"), QStringLiteral("ns1"), QStringLiteral("vps-1") }));
}

void TestRecentValues::latestGoesByAnchor()
{
    RecentValues values;
    values.note(eu, record,
        QJsonObject { { QStringLiteral("zoneName"), QStringLiteral("a.example") },
            { QStringLiteral("id"), 7 } },
        at(1));
    values.note(eu, redirection,
        QJsonObject { { QStringLiteral("zoneName"), QStringLiteral("b.example") },
            { QStringLiteral("id"), 9 } },
        at(2));
    // The list → detail move: the zone follows, a redirection's id never becomes a record's.
    QCOMPARE(values.latest(eu, RecentValues::anchor(record, QStringLiteral("zoneName"))),
        QStringLiteral("b.example"));
    QCOMPARE(
        values.latest(eu, RecentValues::anchor(record, QStringLiteral("id"))), QStringLiteral("7"));
    QCOMPARE(values.latest(eu, RecentValues::anchor(redirection, QStringLiteral("id"))),
        QStringLiteral("9"));
    QVERIFY(
        values.latest(eu, RecentValues::anchor(server, QStringLiteral("serviceName"))).isEmpty());
    QVERIFY(values.latest(eu, QString()).isEmpty());
}

void TestRecentValues::olderUseDoesNotDemote()
{
    RecentValues values;
    values.note(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("a.example")), at(5));
    values.note(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("b.example")), at(3));
    // An older use of a.example read late (another program's call) keeps it first.
    values.note(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("a.example")), at(1));
    QCOMPARE(values.values(eu, QStringLiteral("zoneName")),
        QStringList({ QStringLiteral("a.example"), QStringLiteral("b.example") }));
    // A newer use of b.example moves it up.
    values.note(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("b.example")), at(9));
    QCOMPARE(values.values(eu, QStringLiteral("zoneName")).first(), QStringLiteral("b.example"));
}

void TestRecentValues::skipsEmptyAndNonScalarValues()
{
    RecentValues values;
    QSignalSpy changed(&values, &RecentValues::changed);
    values.note(eu, record,
        QJsonObject { { QStringLiteral("zoneName"), QStringLiteral("  ") },
            { QStringLiteral("id"), QJsonValue::Null },
            { QStringLiteral("other"), QStringLiteral("not in the path") } });
    values.note(eu, record,
        QJsonObject { { QStringLiteral("zoneName"), QJsonObject { { QStringLiteral("a"), 1 } } },
            { QStringLiteral("id"), QJsonArray { 1 } } });
    QCOMPARE(changed.size(), 0);
    QVERIFY(values.values(eu, QStringLiteral("zoneName")).isEmpty());
    QVERIFY(values.values(eu, QStringLiteral("other")).isEmpty());
    values.note(eu, record, path(QStringLiteral("zoneName"), QStringLiteral(" a.example ")));
    QCOMPARE(
        values.values(eu, QStringLiteral("zoneName")), QStringList { QStringLiteral("a.example") });
}

void TestRecentValues::boundedPerEndpoint()
{
    RecentValues values;
    for (int i = 0; i < RecentValues::MaxUsesPerEndpoint + 10; ++i)
        values.note(
            eu, records, path(QStringLiteral("zoneName"), QStringLiteral("z%1").arg(i)), at(i));
    const QStringList all = values.values(
        eu, QStringLiteral("zoneName"), QString(), 10 * RecentValues::MaxUsesPerEndpoint);
    QCOMPARE(all.size(), RecentValues::MaxUsesPerEndpoint);
    QCOMPARE(all.first(), QStringLiteral("z%1").arg(RecentValues::MaxUsesPerEndpoint + 9));
    QCOMPARE(all.last(), QStringLiteral("z10"));
}

void TestRecentValues::changedOncePerNote()
{
    RecentValues values;
    QSignalSpy changed(&values, &RecentValues::changed);
    values.note(ca, record,
        QJsonObject { { QStringLiteral("zoneName"), QStringLiteral("a.example") },
            { QStringLiteral("id"), 7 } });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), ca);
}

void TestRecentValues::manyUsesToldAtOnce()
{
    RecentValues values;
    QSignalSpy changed(&values, &RecentValues::changed);
    const QString zone = QStringLiteral("zoneName");
    // Newest first, as the history reads them, with a value used twice.
    values.note({
        { eu, records, path(zone, QStringLiteral("c.example")), at(3) },
        { ca, records, path(zone, QStringLiteral("x.example")), at(2) },
        { eu, records, path(zone, QStringLiteral("b.example")), at(2) },
        { eu, records, path(zone, QStringLiteral("c.example")), at(1) },
        { eu, records, path(zone, QStringLiteral("a.example")), at(0) },
    });
    QCOMPARE(changed.size(), 2);
    QCOMPARE(values.values(eu, zone),
        QStringList({ QStringLiteral("c.example"), QStringLiteral("b.example"),
            QStringLiteral("a.example") }));
    values.note(QList<RecentValues::PathUse> {});
    QCOMPARE(changed.size(), 2);
}

void TestRecentValues::storeReadsPathValues()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    const qint64 first = store.add(
        call(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("a.example"))));
    QVERIFY(first > 0);
    QVERIFY(store.add(call(eu, QStringLiteral("/me"), {}))); // no path values: not read
    QVERIFY(store.add(
        call(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("typo.example")), 404)));
    QVERIFY(store.add(call(ca, record,
        QJsonObject { { QStringLiteral("zoneName"), QStringLiteral("b.example") },
            { QStringLiteral("id"), 12 } })));

    const QList<HistoryEntry> found = store.pathValues(0, 100);
    QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
    QCOMPARE(found.size(), 2); // the 404 and /me are not uses
    QCOMPARE(found.at(0).endpoint, ca);
    QCOMPARE(found.at(0).pathTemplate, record);
    QCOMPARE(found.at(0).values,
        QJsonObject({ { QStringLiteral("path"),
            QJsonObject { { QStringLiteral("zoneName"), QStringLiteral("b.example") },
                { QStringLiteral("id"), 12 } } } }));
    QVERIFY(found.at(0).time.isValid());
    QCOMPARE(found.at(1).id, first);
    QCOMPARE(store.pathValues(first, 100).size(), 1);
}

void TestRecentValues::storeReadIsBoundedAndIncremental()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    for (int i = 0; i < 30; ++i)
        QVERIFY(store.add(
            call(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("z%1").arg(i)))));
    QList<HistoryEntry> found = store.pathValues(0, 10);
    QCOMPARE(found.size(), 10);
    QCOMPARE(found.first()
                 .values.value(QStringLiteral("path"))
                 .toObject()
                 .value(QStringLiteral("zoneName")),
        QJsonValue(QStringLiteral("z29")));
    const qint64 newest = found.first().id;
    QVERIFY(store.pathValues(newest, 10).isEmpty());
    QVERIFY(store.add(call(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("new")))));
    found = store.pathValues(newest, 10);
    QCOMPARE(found.size(), 1);
}

void TestRecentValues::feedFollowsTheHistory()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore writer(file); // another program, or the window's writing thread
    QVERIFY(writer.add(
        call(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("a.example")))));
    QVERIFY(writer.add(
        call(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("b.example")))));
    QVERIFY(writer.add(
        call(ca, records, path(QStringLiteral("zoneName"), QStringLiteral("c.example")))));

    RecentValues values;
    RecentValuesFeed feed(file, &values);
    QSignalSpy refreshed(&feed, &RecentValuesFeed::refreshed);
    QSignalSpy changed(&values, &RecentValues::changed);
    feed.refresh();
    QVERIFY(refreshed.wait());
    QCOMPARE(changed.size(), 2); // once per endpoint
    QCOMPARE(values.values(eu, QStringLiteral("zoneName")),
        QStringList({ QStringLiteral("b.example"), QStringLiteral("a.example") }));
    QCOMPARE(
        values.values(ca, QStringLiteral("zoneName")), QStringList { QStringLiteral("c.example") });

    // A call recorded since: read after it, on its own.
    const qint64 id = writer.add(
        call(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("a.example"))));
    feed.refresh(id);
    QVERIFY(refreshed.wait());
    QCOMPARE(changed.size(), 3);
    QCOMPARE(values.values(eu, QStringLiteral("zoneName")),
        QStringList({ QStringLiteral("a.example"), QStringLiteral("b.example") }));
    feed.refresh();
    QVERIFY(refreshed.wait());
    QCOMPARE(changed.size(), 3); // nothing new, nothing told again

    // Refreshes asked while reading are one more read, not lost.
    QVERIFY(writer.add(
        call(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("d.example")))));
    feed.refresh();
    feed.refresh();
    QTRY_COMPARE(refreshed.size(), 5);
    QCOMPARE(values.values(eu, QStringLiteral("zoneName")).first(), QStringLiteral("d.example"));
}

void TestRecentValues::feedWithoutHistory()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.sqlite"));
    {
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
    }
    RecentValues values;
    RecentValuesFeed feed(file, &values);
    QSignalSpy refreshed(&feed, &RecentValuesFeed::refreshed);
    feed.refresh();
    QVERIFY(refreshed.wait());
    // What is typed still follows.
    values.note(eu, records, path(QStringLiteral("zoneName"), QStringLiteral("a.example")));
    QCOMPARE(
        values.values(eu, QStringLiteral("zoneName")), QStringList { QStringLiteral("a.example") });
}

void TestRecentValues::feedGoneBeforeItsRead()
{
    QTemporaryDir dir;
    RecentValues values;
    {
        RecentValuesFeed feed(dir.filePath(QStringLiteral("history.sqlite")), &values);
        feed.refresh();
    } // its read, if already done, is dropped with it
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(values.values(eu, QStringLiteral("zoneName")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRecentValues)
#include "tst_recentvalues.moc"
