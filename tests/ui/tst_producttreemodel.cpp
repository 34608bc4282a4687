#include "models/itemroles.h"
#include "models/parametertablemodel.h"
#include "models/producttreemodel.h"
#include "models/searchresultmodel.h"

#include "schema/operationsearch.h"
#include "schemafixtures.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Ovh;

namespace {

constexpr int kEuProducts = 89;
constexpr int kEuOperations = 6339;

QModelIndex childNamed(
    const QAbstractItemModel& model, const QModelIndex& parent, const QString& label)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(Qt::DisplayRole).toString() == label
            && child.data(ItemRole::NodeKind).toInt() != int(ProductTreeModel::NodeKind::Operation))
            return child;
    }
    return {};
}

int countLeaves(const QAbstractItemModel& model, const QModelIndex& parent)
{
    int leaves = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(ItemRole::OperationRef).isValid())
            ++leaves;
        else
            leaves += countLeaves(model, child);
    }
    return leaves;
}

} // namespace

class TestProductTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tester();
    void resetsOnce();
    void productsSorted();
    void knownOperationReachable();
    void everyOperationIsALeaf();
    void segmentsAndOrder();
    void emptySchema();
    void searchModel();
    void searchModelUsage();
    void parameterRowsOfBody();

private:
    QList<Product> m_products;
};

void TestProductTreeModel::initTestCase()
{
    m_products = OvhTest::bundledEuProducts();
    QCOMPARE(m_products.size(), kEuProducts);
}

void TestProductTreeModel::tester()
{
    ProductTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QElapsedTimer timer;
    timer.start();
    model.setSchema(m_products);
    qInfo("setSchema over %d operations: %lld ms", kEuOperations, timer.elapsed());
    // Walk one deep branch so the tester sees lower levels through fetch/rowCount too.
    const QModelIndex domain = childNamed(model, {}, QStringLiteral("/domain"));
    QVERIFY(domain.isValid());
    QVERIFY(model.rowCount(domain) > 0);
    model.setSchema({});
    model.setSchema(m_products);
}

void TestProductTreeModel::resetsOnce()
{
    ProductTreeModel model;
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSchema(m_products);
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    model.setSchema(m_products);
    QCOMPARE(reset.count(), 2);
}

void TestProductTreeModel::productsSorted()
{
    ProductTreeModel model;
    model.setSchema(m_products);
    QCOMPARE(model.rowCount(), kEuProducts);
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(model.nodeKind(index), ProductTreeModel::NodeKind::Product);
        labels << index.data().toString();
    }
    QStringList sorted = labels;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(sorted.begin(), sorted.end(), collator);
    QCOMPARE(labels, sorted);
    QVERIFY(labels.contains(QStringLiteral("/domain")));
    QVERIFY(labels.contains(QStringLiteral("/me")));
    QVERIFY(labels.contains(QStringLiteral("/hosting/web")));
}

void TestProductTreeModel::knownOperationReachable()
{
    ProductTreeModel model;
    model.setSchema(m_products);
    QModelIndex node = childNamed(model, {}, QStringLiteral("/domain"));
    for (const char* segment : { "zone", "{zoneName}", "record" }) {
        node = childNamed(model, node, QString::fromLatin1(segment));
        QVERIFY2(node.isValid(), segment);
    }
    QCOMPARE(
        node.data(ItemRole::Path).toString(), QStringLiteral("/domain/zone/{zoneName}/record"));

    QModelIndex post;
    for (int row = 0; row < model.rowCount(node); ++row) {
        const QModelIndex child = model.index(row, 0, node);
        if (child.data(ItemRole::Method).toInt() == int(HttpMethod::Post))
            post = child;
    }
    QVERIFY(post.isValid());
    QCOMPARE(model.flags(post) & Qt::ItemNeverHasChildren, Qt::ItemNeverHasChildren);
    const auto ref = post.data(ItemRole::OperationRef).value<OperationRef>();
    const Operation* operation = OperationSearch::resolve(m_products, ref);
    QVERIFY(operation);
    QCOMPARE(operation->method, HttpMethod::Post);
    QCOMPARE(operation->path, QStringLiteral("/domain/zone/{zoneName}/record"));
    QCOMPARE(post.data(Qt::DisplayRole).toString(), operation->description);
    QVERIFY(post.data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("POST /domain/zone/{zoneName}/record")));
    QCOMPARE(post.data(ItemRole::Status).toInt(), int(operation->status.value));

    // And back: the deep link finds the same row.
    const OperationRef located = OperationSearch::locate(
        m_products, QStringLiteral("POST /domain/zone/{zoneName}/record"));
    QCOMPARE(located, ref);
    QCOMPARE(model.indexOf(located), post);
    QVERIFY(!model.indexOf(OperationRef {}).isValid());
    QVERIFY(!model.indexOf(OperationRef { 0, 100000, 0 }).isValid());
}

void TestProductTreeModel::everyOperationIsALeaf()
{
    ProductTreeModel model;
    model.setSchema(m_products);
    QCOMPARE(countLeaves(model, {}), kEuOperations);
}

void TestProductTreeModel::segmentsAndOrder()
{
    ProductTreeModel model;
    model.setSchema(m_products);
    const QModelIndex zone = childNamed(
        model, childNamed(model, {}, QStringLiteral("/domain")), QStringLiteral("zone"));
    QVERIFY(zone.isValid());
    // Operations first, then words, then {placeholders}.
    bool seenSegment = false;
    bool seenPlaceholder = false;
    for (int row = 0; row < model.rowCount(zone); ++row) {
        const QModelIndex child = model.index(row, 0, zone);
        const bool isOperation = child.data(ItemRole::OperationRef).isValid();
        const bool isPlaceholder
            = !isOperation && child.data().toString().startsWith(QLatin1Char('{'));
        if (isOperation)
            QVERIFY(!seenSegment);
        else
            seenSegment = true;
        if (isPlaceholder)
            seenPlaceholder = true;
        else if (!isOperation)
            QVERIFY(!seenPlaceholder);
    }
    QVERIFY(seenPlaceholder);
    // A multi-segment product keeps its own path as one node.
    const QModelIndex web = childNamed(model, {}, QStringLiteral("/hosting/web"));
    QVERIFY(web.isValid());
    QVERIFY(childNamed(model, web, QStringLiteral("{serviceName}")).isValid());
}

void TestProductTreeModel::emptySchema()
{
    ProductTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestProductTreeModel::searchModel()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(m_products);
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isIndexing()); // built on a worker thread
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QElapsedTimer timer;
    timer.start();
    model.setQuery(QStringLiteral("zone record"));
    const qint64 ms = timer.elapsed();
    qInfo("query 'zone record' over %d operations: %lld ms, %d matches", kEuOperations, ms,
        model.rowCount());
    QCOMPARE(reset.count(), 1);
    QVERIFY(model.rowCount() > 0);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data().toString().startsWith(
                QStringLiteral("POST /domain/zone/{zoneName}/record \u2014 /domain \u2014 ")))
            found = true;
    }
    QVERIFY(found);
    // Ranked: the shortest path with every term in "METHOD /path" comes first.
    QCOMPARE(model.index(0, 0).data(ItemRole::Path).toString(),
        QStringLiteral("/domain/zone/{zoneName}/record"));
    model.setQuery(QStringLiteral("zone record post"));
    QVERIFY(model.index(0, 0).data().toString().startsWith(
        QStringLiteral("POST /domain/zone/{zoneName}/record \u2014")));

    // One letter matches most of the API and must stay quick too (timed without the tester).
    SearchResultModel bare;
    bare.setSchema(m_products);
    QTRY_VERIFY(!bare.isIndexing());
    timer.restart();
    bare.setQuery(QStringLiteral("e"));
    qInfo("query 'e' (untested model): %lld ms, %d matches", timer.elapsed(), bare.rowCount());
    model.setQuery(QStringLiteral("e"));
    QVERIFY(model.rowCount() > 1000);

    model.setQuery(QStringLiteral("e ")); // same query once trimmed: no reset
    QCOMPARE(reset.count(), 3);
    model.setQuery(QStringLiteral("zzzz-nothing"));
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestProductTreeModel::searchModelUsage()
{
    // The window hands the history's usage in, then each call: the used rank first, and a
    // reloaded schema keeps what was learnt.
    SearchResultModel model;
    const QString one = QStringLiteral("GET /domain/zone/{zoneName}/record/{id}");
    const QString create = QStringLiteral("POST /domain/zone/{zoneName}/record");
    model.setUsage({ { one, 5, QDateTime::currentDateTimeUtc() } });
    model.setSchema(m_products);
    model.setQuery(QStringLiteral("zone record"));
    QTRY_VERIFY(!model.isIndexing()); // the query ran again once the index was built
    const auto first = [this, &model]() -> QString {
        const QModelIndex index = model.index(0, 0);
        const Operation* operation = OperationSearch::resolve(
            m_products, index.data(ItemRole::OperationRef).value<OperationRef>());
        return httpMethodName(operation->method) + QLatin1Char(' ') + operation->path;
    };
    QCOMPARE(first(), one);
    for (int i = 0; i < 10; ++i)
        model.addCall(create);
    model.setSchema(m_products);
    model.setQuery(QStringLiteral("zone record"));
    QTRY_VERIFY(!model.isIndexing());
    QCOMPARE(first(), create);
}

void TestProductTreeModel::parameterRowsOfBody()
{
    const OperationRef ref = OperationSearch::locate(
        m_products, QStringLiteral("POST /domain/zone/{zoneName}/record"));
    const Operation* operation = OperationSearch::resolve(m_products, ref);
    QVERIFY(operation);
    const QList<ParameterRow> rows = parameterRows(m_products.at(ref.product), *operation);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.constFirst().name, QStringLiteral("zoneName"));
    QCOMPARE(rows.constFirst().location, ParamLocation::Path);
    bool sawTarget = false;
    bool sawReadOnly = false;
    for (const ParameterRow& row : rows) {
        if (row.name == QLatin1String("target")) {
            sawTarget = true;
            QCOMPARE(row.location, ParamLocation::Body);
            QVERIFY(row.required);
        }
        if (row.readOnly) {
            sawReadOnly = true;
            QVERIFY(!row.required);
        }
    }
    QVERIFY(sawTarget);
    QVERIFY(sawReadOnly);

    ParameterTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setRows(rows);
    QCOMPARE(table.rowCount(), rows.size());
    QCOMPARE(table.index(0, ParameterTableModel::NameColumn).data().toString(),
        QStringLiteral("zoneName *"));
}

QTEST_MAIN(TestProductTreeModel)
#include "tst_producttreemodel.moc"
