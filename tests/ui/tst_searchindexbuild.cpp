// The window's search index is built on a worker thread (issue 12: the start does not wait for
// it): a query right after setSchema() still finds exactly what a synchronous index finds; a
// newer schema always wins over a build still running for an older one; the usage known stays;
// and the model's signals stay consistent throughout.
#include "schemafixtures.h"

#include "models/itemroles.h"
#include "models/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QThreadPool>

using namespace Ovh;

namespace {

// A product of one GET per path, each described by `description`.
Product product(const QString& path, const QStringList& paths, const QString& description)
{
    Product made;
    made.path = path;
    for (const QString& one : paths) {
        Operation operation;
        operation.method = HttpMethod::Get;
        operation.path = one;
        operation.description = description;
        made.paths.append(ApiPath { one, QString(), { operation } });
    }
    return made;
}

QStringList paths(const SearchResultModel& model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, 0).data(ItemRole::Path).toString();
    return shown;
}

// Every build finished and its result delivered to the model.
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestSearchIndexBuild final : public QObject
{
    Q_OBJECT

private slots:
    void queryRightAfterSetSchema_data();
    void queryRightAfterSetSchema();
    void newerSchemaWins();
    void newerOtherBranchWins();
    void usageKept();
    void queryKeptWhenOtherBranchArrives();
};

void TestSearchIndexBuild::queryRightAfterSetSchema_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("path words") << QStringLiteral("zone record");
    QTest::newRow("typo") << QStringLiteral("znoe recrod");
    QTest::newRow("method and path") << QStringLiteral("GET /me");
    QTest::newRow("everyday word") << QStringLiteral("dns");
}

void TestSearchIndexBuild::queryRightAfterSetSchema()
{
    QFETCH(QString, query);
    const QList<Product>& products = OvhTest::bundledEuProducts();
    const QList<OperationRef> expected = OperationSearch(products).find(query);
    QVERIFY(!expected.isEmpty());

    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(products);
    model.setQuery(query); // before the index was delivered: waits for it
    QList<OperationRef> got;
    for (int row = 0; row < model.rowCount(); ++row)
        got << model.operationRef(row);
    QCOMPARE(got, expected);

    settle(); // the build's late delivery changes nothing
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(model.operationRef(0), expected.first());
}

void TestSearchIndexBuild::newerSchemaWins()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The old schema is small (its build ends first), the new one the whole eu API.
    model.setSchema({ product(
        QStringLiteral("/old"), { QStringLiteral("/old/zone/record") }, QStringLiteral("Old")) });
    model.setSchema(OvhTest::bundledEuProducts());
    settle();
    model.setQuery(QStringLiteral("zone record"));
    QVERIFY(model.rowCount() > 1);
    QVERIFY(!paths(model).contains(QStringLiteral("/old/zone/record")));
    QCOMPARE(model.operationRef(0),
        OperationSearch(OvhTest::bundledEuProducts()).find(QStringLiteral("zone record")).first());
}

void TestSearchIndexBuild::newerOtherBranchWins()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema({ product(QStringLiteral("/me"), { QStringLiteral("/me") }, QString()) });
    model.setOtherBranch(ApiBranch::V2,
        { product(QStringLiteral("/iam"), { QStringLiteral("/iam/stale") }, QString()) });
    QList<Product> newer;
    for (int i = 0; i < 400; ++i) // slower to build than the stale one
        newer << product(QStringLiteral("/p%1").arg(i), { QStringLiteral("/p%1/iam/fresh").arg(i) },
            QStringLiteral("Fresh"));
    model.setOtherBranch(ApiBranch::V2, newer);
    settle();
    model.setQuery(QStringLiteral("iam"));
    QCOMPARE(model.rowCount(), 400);
    QVERIFY(!paths(model).contains(QStringLiteral("/iam/stale")));
    QVERIFY(model.otherBranchMatch(0).has_value());
}

void TestSearchIndexBuild::usageKept()
{
    const QList<Product> products { product(QStringLiteral("/a"),
        { QStringLiteral("/a/thing"), QStringLiteral("/a/other"), QStringLiteral("/a/third") },
        QStringLiteral("Same words")) };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Known before the schema: kept across it.
    model.setUsage({ OperationUsage { QStringLiteral("GET /a/other"), 5, now } });
    model.setSchema(products);
    model.setQuery(QStringLiteral("same words"));
    QCOMPARE(paths(model).value(0), QStringLiteral("/a/other"));

    // Told while the next build runs: kept into it.
    model.setSchema(products);
    model.setUsage({ OperationUsage { QStringLiteral("GET /a/third"), 5, now } });
    for (int i = 0; i < 10; ++i)
        model.addCall(QStringLiteral("GET /a/thing"));
    settle();
    model.setQuery(QStringLiteral("same words"));
    QCOMPARE(paths(model),
        (QStringList {
            QStringLiteral("/a/thing"), QStringLiteral("/a/third"), QStringLiteral("/a/other") }));

    // The other branch's usage too, told before its index is built.
    model.setOtherBranchUsage({ OperationUsage { QStringLiteral("GET /b/two"), 9, now } });
    model.setOtherBranch(ApiBranch::V2,
        { product(QStringLiteral("/b"), { QStringLiteral("/b/one"), QStringLiteral("/b/two") },
            QStringLiteral("Zebra")) });
    model.setQuery(QStringLiteral("zebra"));
    QCOMPARE(paths(model), (QStringList { QStringLiteral("/b/two"), QStringLiteral("/b/one") }));
}

void TestSearchIndexBuild::queryKeptWhenOtherBranchArrives()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(
        { product(QStringLiteral("/me"), { QStringLiteral("/me/policy") }, QString()) });
    model.setQuery(QStringLiteral("policy"));
    QCOMPARE(model.rowCount(), 1);
    model.setOtherBranch(ApiBranch::V2,
        { product(QStringLiteral("/iam"), { QStringLiteral("/iam/policy") }, QString()) });
    QCOMPARE(model.rowCount(), 2); // the query ran over both at once
    settle();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.query(), QStringLiteral("policy"));
}

QTEST_MAIN(TestSearchIndexBuild)
#include "tst_searchindexbuild.moc"
