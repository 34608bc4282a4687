// The window's search index is built on a worker thread (issue 12: the start does not wait for
// it), and a keystroke never waits for it either: a query typed during the build finds nothing
// yet, says it is indexing, and shows exactly what a synchronous index finds once built; a
// newer schema always wins over a build still running for an older one; the usage known stays;
// and the model's signals stay consistent throughout.
#include "schemafixtures.h"

#include "models/itemroles.h"
#include "models/searchresultmodel.h"
#include "window/navigatorpanel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <thread>

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

QList<OperationRef> refs(const SearchResultModel& model)
{
    QList<OperationRef> got;
    for (int row = 0; row < model.rowCount(); ++row)
        got << model.operationRef(row);
    return got;
}

// Every build finished and its result delivered to the model.
void settle(const SearchResultModel& model)
{
    QThreadPool::globalInstance()->waitForDone();
    QTRY_VERIFY(!model.isIndexing());
}

// Keeps every thread of the global pool busy, so that a build started meanwhile waits, until
// release() or a deadline: a query that waited for the build on this thread (the old way) would
// wait for ever without it, and returns after it: deadlinePassed() tells.
class BusyPool
{
public:
    BusyPool()
    {
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        // Shared with the pool's tasks and the releaser: they may still be leaving a
        // semaphore when this object is gone.
        auto state = m_state;
        for (int i = 0; i < threads; ++i) {
            QThreadPool::globalInstance()->start([state] {
                state->started.release();
                state->blocked.acquire();
            });
        }
        state->started.acquire(threads);
        m_releaser = std::thread([state, threads] {
            state->deadlinePassed = !state->go.tryAcquire(1, kDeadlineMs);
            state->blocked.release(threads);
        });
    }
    ~BusyPool()
    {
        release();
        m_releaser.join();
    }
    Q_DISABLE_COPY_MOVE(BusyPool)

    void release() { m_state->go.release(); }
    bool deadlinePassed() const { return m_state->deadlinePassed; }

private:
    static constexpr int kDeadlineMs = 5000;
    struct State
    {
        QSemaphore started;
        QSemaphore blocked;
        QSemaphore go;
        std::atomic<bool> deadlinePassed = false;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
    std::thread m_releaser;
};

} // namespace

class TestSearchIndexBuild final : public QObject
{
    Q_OBJECT

private slots:
    void queryRightAfterSetSchema_data();
    void queryRightAfterSetSchema();
    void queryDuringBuildDoesNotWait();
    void otherBranchBuildDoesNotWait();
    void panelSaysIndexing();
    void enterWhileIndexingOpensFirstMatch();
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
    model.setQuery(query); // before the index was delivered: its rows come with it
    QTRY_COMPARE(refs(model), expected);
    QVERIFY(!model.isIndexing());

    settle(model); // nothing more comes
    QCOMPARE(refs(model), expected);
}

void TestSearchIndexBuild::queryDuringBuildDoesNotWait()
{
    const QList<Product>& products = OvhTest::bundledEuProducts();
    const QList<OperationRef> expected = OperationSearch(products).find(QStringLiteral("dns"));
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BusyPool busy; // the build cannot start
    model.setSchema(products);
    model.setQuery(QStringLiteral("dns"));
    QVERIFY2(!busy.deadlinePassed(), "the query waited for the index");
    QVERIFY(model.isIndexing());
    QCOMPARE(model.rowCount(), 0); // not there yet
    QCOMPARE(model.query(), QStringLiteral("dns"));

    busy.release();
    QTRY_COMPARE(refs(model), expected); // the query ran again once built
    QVERIFY(!model.isIndexing());
}

void TestSearchIndexBuild::otherBranchBuildDoesNotWait()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(
        { product(QStringLiteral("/me"), { QStringLiteral("/me/policy") }, QString()) });
    model.setOtherBranch(ApiBranch::V2,
        { product(QStringLiteral("/iam"), { QStringLiteral("/iam/stale/policy") }, QString()) });
    settle(model);
    model.setQuery(QStringLiteral("policy"));
    QCOMPARE(paths(model),
        (QStringList { QStringLiteral("/me/policy"), QStringLiteral("/iam/stale/policy") }));

    BusyPool busy;
    QList<Product> newer;
    for (int i = 0; i < 3; ++i)
        newer << product(QStringLiteral("/p%1").arg(i),
            { QStringLiteral("/p%1/a").arg(i), QStringLiteral("/p%1/policy").arg(i) }, QString());
    model.setOtherBranch(ApiBranch::V2, newer);
    QVERIFY2(!busy.deadlinePassed(), "the query waited for the other branch's index");
    QVERIFY(model.isIndexing());
    // This branch's match at once; none of the older other branch's (nor its index over the
    // newer products).
    QCOMPARE(paths(model), QStringList { QStringLiteral("/me/policy") });

    busy.release();
    QTRY_COMPARE(model.rowCount(), 4);
    QVERIFY(!paths(model).contains(QStringLiteral("/iam/stale/policy")));
    QVERIFY(paths(model).contains(QStringLiteral("/p2/policy")));
    QVERIFY(!model.isIndexing());
}

// In the window's search box: the matches' line says the search is indexing (never "no
// match" for a query that will match), then counts the matches that come.
void TestSearchIndexBuild::panelSaysIndexing()
{
    NavigatorPanel panel;
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* results = panel.findChild<QListView*>(QStringLiteral("searchResults"));
    auto* label = panel.findChild<QLabel*>(QStringLiteral("matchLabel"));
    QVERIFY(search && results && label);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    const QList<Product>& products = OvhTest::bundledEuProducts();
    const qsizetype expected = OperationSearch(products).find(QStringLiteral("zone record")).size();
    BusyPool busy;
    panel.setSchema(products);
    QTest::keyClicks(search, QStringLiteral("zone record"));
    QVERIFY2(!busy.deadlinePassed(), "a keystroke waited for the index");
    QVERIFY(results->isVisible());
    QCOMPARE(results->model()->rowCount(), 0);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Indexing the operations\u2026"));
    QAccessibleInterface* spoken = QAccessible::queryAccessibleInterface(label);
    QVERIFY(spoken);
    QCOMPARE(spoken->text(QAccessible::Name), label->text()); // what a screen reader reads

    busy.release();
    QTRY_COMPARE(results->model()->rowCount(), expected);
    QCOMPARE(label->text(), QStringLiteral("Matches: %1").arg(expected));
}

// Enter typed before the index was built is not lost: the first match opens once it is.
void TestSearchIndexBuild::enterWhileIndexingOpensFirstMatch()
{
    NavigatorPanel panel;
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy opened(&panel, &NavigatorPanel::operationActivated);
    QSignalSpy accepted(&panel, &NavigatorPanel::searchAccepted);

    const QList<Product>& products = OvhTest::bundledEuProducts();
    const OperationRef first
        = OperationSearch(products).find(QStringLiteral("zone record post")).value(0);
    QVERIFY(first.isValid());
    BusyPool busy;
    panel.setSchema(products);
    QTest::keyClicks(search, QStringLiteral("zone record post"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY2(!busy.deadlinePassed(), "Enter waited for the index");
    QCOMPARE(opened.size(), 0);

    busy.release();
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<OperationRef>(), first);
    QCOMPARE(accepted.size(), 1);

    // Entered, then the query changed before the index came: nothing opens by itself.
    opened.clear();
    BusyPool again;
    panel.setSchema(products);
    QTest::keyClicks(search, QStringLiteral(" zzz"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(search, Qt::Key_Backspace);
    again.release();
    QTRY_VERIFY(!panel.searchModel()->isIndexing());
    QCoreApplication::processEvents();
    QCOMPARE(opened.size(), 0);
}

void TestSearchIndexBuild::newerSchemaWins()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The old schema is small (its build ends first), the new one the whole eu API.
    model.setSchema({ product(
        QStringLiteral("/old"), { QStringLiteral("/old/zone/record") }, QStringLiteral("Old")) });
    model.setSchema(OvhTest::bundledEuProducts());
    settle(model);
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
    settle(model);
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
    QTRY_COMPARE(paths(model).value(0), QStringLiteral("/a/other"));

    // Told while the next build runs: kept into it.
    model.setSchema(products);
    model.setUsage({ OperationUsage { QStringLiteral("GET /a/third"), 5, now } });
    for (int i = 0; i < 10; ++i)
        model.addCall(QStringLiteral("GET /a/thing"));
    settle(model);
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
    QTRY_COMPARE(
        paths(model), (QStringList { QStringLiteral("/b/two"), QStringLiteral("/b/one") }));
}

void TestSearchIndexBuild::queryKeptWhenOtherBranchArrives()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(
        { product(QStringLiteral("/me"), { QStringLiteral("/me/policy") }, QString()) });
    model.setQuery(QStringLiteral("policy"));
    QTRY_COMPARE(model.rowCount(), 1);
    model.setOtherBranch(ApiBranch::V2,
        { product(QStringLiteral("/iam"), { QStringLiteral("/iam/policy") }, QString()) });
    QTRY_COMPARE(model.rowCount(), 2); // the query ran again over both
    settle(model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.query(), QStringLiteral("policy"));
}

QTEST_MAIN(TestSearchIndexBuild)
#include "tst_searchindexbuild.moc"
