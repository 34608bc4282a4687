// The History panel's model: read a page at a time, never the whole table; filtered; calls
// recorded since come in at the top; rows deleted and cleared; the relative times.
#include "history/historymodel.h"
#include "history/historystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(22, 0), Qt::UTC);

HistoryEntry call(int n, const QString& zone = QStringLiteral("example.com"))
{
    HistoryEntry entry;
    entry.time = kNow.addSecs(-600 + n);
    entry.endpoint = QStringLiteral("ovh-eu");
    entry.method = n % 2 ? QStringLiteral("GET") : QStringLiteral("POST");
    entry.pathTemplate = QStringLiteral("/domain/zone/{zoneName}/record");
    entry.url
        = QStringLiteral("https://eu.api.ovh.com/1.0/domain/zone/%1/record?n=%2").arg(zone).arg(n);
    entry.values = QJsonObject { { QStringLiteral("path"),
        QJsonObject { { QStringLiteral("zoneName"), zone } } } };
    entry.status = n % 5 ? 200 : 404;
    entry.responseBody = QByteArray("[") + QByteArray::number(n) + "]";
    return entry;
}

QList<qint64> ids(const HistoryModel& model)
{
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data(HistoryModel::EntryIdRole).toLongLong();
    return list;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsAPageAtATime();
    void filters();
    void insertsNewerCallsAtTheTop();
    void removesAndClears();
    void showsStatusMethodPathEndpointTime();
    void relativeTime_data();
    void relativeTime();
    void unusableFileSaysWhy();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    void fill(HistoryStore& store, int count, int from = 1);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryModel::fill(HistoryStore& store, int count, int from)
{
    for (int n = from; n < from + count; ++n)
        QVERIFY(store.add(
            call(n, n % 3 ? QStringLiteral("example.com") : QStringLiteral("other.net"))));
}

void TestHistoryModel::readsAPageAtATime()
{
    HistoryStore store(file());
    fill(store, 250);
    HistoryModel model(&store);
    model.load();
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QCOMPARE(ids(model).constFirst(), 250); // newest first
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * HistoryModel::PageSize);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QList<qint64> expected;
    for (qint64 id = 250; id >= 1; --id)
        expected << id;
    QCOMPARE(ids(model), expected); // no row twice, none missing, in order
    // (The tester fetches what it can: created only once the pages are checked.)
    QAbstractItemModelTester tester(&model);
    model.insertNewer();
    model.setFilter(QStringLiteral("other"));
}

void TestHistoryModel::filters()
{
    HistoryStore store(file());
    fill(store, 300); // other.net: every third call, 100 of them
    HistoryModel model(&store);
    model.load();
    model.setFilter(QStringLiteral("other.net"));
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    for (const qint64 id : ids(model))
        QCOMPARE(id % 3, 0);
    // A short word and a long one, the mix the filter's indexes answer separately; paged too.
    model.setFilter(QStringLiteral("re other"));
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 100);
    model.setFilter(QStringLiteral("nowhere"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
}

void TestHistoryModel::insertsNewerCallsAtTheTop()
{
    HistoryStore store(file());
    fill(store, 150);
    HistoryModel model(&store);
    model.load();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    fill(store, 2, 151);
    model.insertNewer();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0); // the rows read stay, and where the person scrolled
    QCOMPARE(ids(model).mid(0, 3), (QList<qint64> { 152, 151, 150 }));
    QCOMPARE(model.rowCount(), HistoryModel::PageSize + 2);
    // Filtered: only what matches comes in.
    model.setFilter(QStringLiteral("other.net"));
    const int before = model.rowCount();
    fill(store, 2, 152 + 1); // 153 (other.net), 154 (example.com)
    model.insertNewer();
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(ids(model).constFirst(), 153);
    model.insertNewer(); // nothing new: nothing moves
    QCOMPARE(model.rowCount(), before + 1);
}

void TestHistoryModel::removesAndClears()
{
    HistoryStore store(file());
    fill(store, 5);
    HistoryModel model(&store);
    model.load();
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.removeEntry(1)); // id 4
    QCOMPARE(ids(model), (QList<qint64> { 5, 3, 2, 1 }));
    QVERIFY(!store.entry(4));
    QCOMPARE(store.count(), 4);
    QVERIFY(!model.removeEntry(10));
    QVERIFY(model.clearAll());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(store.count(), 0);
}

void TestHistoryModel::showsStatusMethodPathEndpointTime()
{
    HistoryStore store(file());
    HistoryEntry failed = call(1);
    failed.status = 0;
    failed.failure = QStringLiteral("timeout");
    failed.error = QStringLiteral("No answer within 30 s");
    QVERIFY(store.add(failed));
    HistoryEntry found = call(5);
    found.profile = QStringLiteral("work");
    QVERIFY(store.add(found)); // 404
    QVERIFY(store.add(call(6))); // 200, POST
    HistoryModel model(&store);
    model.load();
    model.setClock([] { return kNow; });
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, HistoryModel::StatusColumn).toString(), QStringLiteral("200"));
    QCOMPARE(cell(0, HistoryModel::MethodColumn).toString(), QStringLiteral("POST"));
    QCOMPARE(cell(1, HistoryModel::StatusColumn).toString(), QStringLiteral("404"));
    QCOMPARE(cell(2, HistoryModel::StatusColumn).toString(), QStringLiteral("timeout"));
    QCOMPARE(cell(2, HistoryModel::StatusColumn, Qt::ToolTipRole).toString(), failed.error);
    // Three colours for success, client error and no answer.
    QSet<QRgb> fills;
    for (int row = 0; row < 3; ++row)
        fills << cell(row, HistoryModel::StatusColumn, HistoryModel::BadgeFillRole)
                     .value<QColor>()
                     .rgb();
    QCOMPARE(fills.size(), 3);
    QCOMPARE(cell(0, HistoryModel::PathColumn).toString(), found.pathTemplate);
    QCOMPARE(cell(0, HistoryModel::PathColumn, Qt::ToolTipRole).toString(), call(6).url);
    QCOMPARE(cell(0, HistoryModel::EndpointColumn).toString(), QStringLiteral("ovh-eu"));
    QCOMPARE(cell(1, HistoryModel::EndpointColumn).toString(), QStringLiteral("ovh-eu (work)"));
    QCOMPARE(cell(0, HistoryModel::TimeColumn).toString(), QStringLiteral("9 min ago"));
    // Time passes: the views are told to repaint the times.
    model.setClock([] { return kNow.addSecs(3600); });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshTimes();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(HistoryModel::TimeColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(cell(0, HistoryModel::TimeColumn).toString(), QStringLiteral("1 h ago"));
    QVERIFY(!cell(0, HistoryModel::TimeColumn, Qt::ToolTipRole).toString().isEmpty());
}

void TestHistoryModel::relativeTime_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
    QTest::newRow("in the future (clock skew)") << qint64(-30) << QStringLiteral("just now");
    QTest::newRow("59 s") << qint64(59) << QStringLiteral("just now");
    QTest::newRow("1 min") << qint64(60) << QStringLiteral("1 min ago");
    QTest::newRow("59 min") << qint64(3599) << QStringLiteral("59 min ago");
    QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 h ago");
    QTest::newRow("23 h") << qint64(24 * 3600 - 1) << QStringLiteral("23 h ago");
    // "1 day ago" once the catalogue's English plural forms are in.
    QTest::newRow("1 day") << qint64(24 * 3600) << HistoryModel::tr("%n day(s) ago", nullptr, 1);
    QTest::newRow("6 days") << qint64(7 * 24 * 3600 - 1)
                            << HistoryModel::tr("%n day(s) ago", nullptr, 6);
}

void TestHistoryModel::relativeTime()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    QCOMPARE(HistoryModel::relativeTime(kNow.addSecs(-secondsAgo), kNow), expected);
    // A week and more: the date.
    QCOMPARE(HistoryModel::relativeTime(kNow.addDays(-8), kNow),
        QLocale().toString(kNow.addDays(-8).toLocalTime().date(), QLocale::ShortFormat));
}

void TestHistoryModel::unusableFileSaysWhy()
{
    QFile damaged(file());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();
    HistoryStore store(file());
    HistoryModel model(&store);
    model.load();
    QSignalSpy failed(&model, &HistoryModel::failed);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("history is off")));
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
