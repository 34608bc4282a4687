// The search over both API branches ranks the other branch's matches among this branch's by
// the same measure (issue 14): a path match in v2 comes before a description-only match in
// v1, a typo in one branch after an exact match in the other, and on a tie this branch first.
// Each row keeps its branch badge; only this branch's rows have an OperationRef.
#include "schemafixtures.h"
#include "v2fixtures.h"

#include "models/itemroles.h"
#include "models/searchresultmodel.h"

#include <QDateTime>
#include <QTest>

using namespace Ovh;

namespace {

// A product of one operation per "METHOD /path|description".
Product product(const QString& path, const QStringList& operations)
{
    Product made;
    made.path = path;
    for (const QString& one : operations) {
        const QStringList parts = one.split(QLatin1Char('|'));
        const QString head = parts.value(0);
        const qsizetype space = head.indexOf(QLatin1Char(' '));
        Operation operation;
        operation.method = httpMethodFromName(QStringView(head).left(space));
        operation.path = head.mid(space + 1);
        operation.description = parts.value(1);
        made.paths.append(ApiPath { operation.path, QString(), { operation } });
    }
    return made;
}

// "v2 GET /iam/policy" or "GET /me" (this branch) for each row.
QStringList rows(const SearchResultModel& model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QString branch = index.data(ItemRole::Branch).toString();
        const QString method = httpMethodName(HttpMethod(index.data(ItemRole::Method).toInt()));
        shown << (branch.isEmpty() ? QString() : branch + QLatin1Char(' ')) + method
                + QLatin1Char(' ') + index.data(ItemRole::Path).toString();
    }
    return shown;
}

} // namespace

class TestBranchRanking final : public QObject
{
    Q_OBJECT

private slots:
    void rankedTogether_data();
    void rankedTogether();
    void rowsKeepTheirBranch();
    void otherBranchUsageCounts();
    void realBranchesInRankOrder_data();
    void realBranchesInRankOrder();
};

void TestBranchRanking::rankedTogether_data()
{
    QTest::addColumn<QStringList>("here"); // this branch's operations
    QTest::addColumn<QStringList>("other"); // v2's
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("v2 path before a v1 description")
        << QStringList { QStringLiteral("GET /me/preferences|The policy of the account") }
        << QStringList { QStringLiteral("GET /iam/policy|List the policies") }
        << QStringLiteral("policy")
        << QStringList { QStringLiteral("v2 GET /iam/policy"),
               QStringLiteral("GET /me/preferences") };
    QTest::newRow("v1 path before a v2 description")
        << QStringList { QStringLiteral("GET /me/policy|Read it") }
        << QStringList { QStringLiteral("GET /iam/resource|Each resource has a policy") }
        << QStringLiteral("policy")
        << QStringList { QStringLiteral("GET /me/policy"), QStringLiteral("v2 GET /iam/resource") };
    QTest::newRow("exact path first, whichever branch")
        << QStringList { QStringLiteral("GET /iam/policy/{policyId}|One policy") }
        << QStringList { QStringLiteral("GET /iam/policy|The policies") }
        << QStringLiteral("/iam/policy")
        << QStringList { QStringLiteral("v2 GET /iam/policy"),
               QStringLiteral("GET /iam/policy/{policyId}") };
    QTest::newRow("a typo in v1 after an exact v2 match")
        << QStringList { QStringLiteral("GET /me/resources|Things") }
        << QStringList { QStringLiteral("GET /vrackServices/resourse|Typed wrong by the API") }
        << QStringLiteral("resourse")
        << QStringList { QStringLiteral("v2 GET /vrackServices/resourse"),
               QStringLiteral("GET /me/resources") };
    QTest::newRow("a tie: this branch first")
        << QStringList { QStringLiteral("GET /a/policy|x") }
        << QStringList { QStringLiteral("GET /b/policy|x") } << QStringLiteral("policy")
        << QStringList { QStringLiteral("GET /a/policy"), QStringLiteral("v2 GET /b/policy") };
    QTest::newRow("interleaved") << QStringList { QStringLiteral("GET /x/zone|a policy"),
        QStringLiteral("GET /zone/policy|z") }
                                 << QStringList { QStringLiteral("GET /iam/zone/policy|p"),
                                        QStringLiteral("GET /iam/other|zone policy") }
                                 << QStringLiteral("zone policy")
                                 << QStringList { QStringLiteral("GET /zone/policy"),
                                        QStringLiteral("v2 GET /iam/zone/policy"),
                                        QStringLiteral("GET /x/zone"),
                                        QStringLiteral("v2 GET /iam/other") };
}

void TestBranchRanking::rankedTogether()
{
    QFETCH(QStringList, here);
    QFETCH(QStringList, other);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    SearchResultModel model;
    model.setSchema({ product(QStringLiteral("/here"), here) });
    model.setOtherBranch(ApiBranch::V2, { product(QStringLiteral("/other"), other) });
    QTRY_VERIFY(!model.isIndexing()); // both indexes built on worker threads
    model.setQuery(query);
    QCOMPARE(rows(model), expected);
}

void TestBranchRanking::rowsKeepTheirBranch()
{
    SearchResultModel model;
    model.setSchema({ product(QStringLiteral("/me"),
        { QStringLiteral("GET /me/preferences|The policy of the account") }) });
    model.setOtherBranch(ApiBranch::V2, { OvhTest::realV2Product(QStringLiteral("iam")) });
    QTRY_VERIFY(!model.isIndexing()); // both indexes built on worker threads
    model.setQuery(QStringLiteral("policy"));
    QVERIFY(model.rowCount() > 2);
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, 0).data(ItemRole::Path).toString(),
        QStringLiteral("/me/preferences")); // the weakest: a word of its description
    QVERIFY(model.operationRef(last).isValid());
    QVERIFY(!model.otherBranchMatch(last));
    QCOMPARE(model.index(last, 0).data(ItemRole::Branch).toString(), QString());
    for (int row = 0; row < last; ++row) {
        QCOMPARE(model.index(row, 0).data(ItemRole::Branch).toString(), QStringLiteral("v2"));
        QVERIFY(!model.operationRef(row).isValid());
        const auto match = model.otherBranchMatch(row);
        QVERIFY(match);
        QCOMPARE(match->operation.section(QLatin1Char(' '), 1),
            model.index(row, 0).data(ItemRole::Path).toString());
    }
}

void TestBranchRanking::otherBranchUsageCounts()
{
    // Equal matches: the more used first, whichever branch it is in.
    SearchResultModel model;
    model.setSchema({ product(QStringLiteral("/a"), { QStringLiteral("GET /a/policy|x") }) });
    model.setOtherBranchUsage({ { QStringLiteral("GET /b/policy"), 12,
        QDateTime::currentDateTimeUtc().addSecs(-60) } }); // before the products: kept
    model.setOtherBranch(
        ApiBranch::V2, { product(QStringLiteral("/b"), { QStringLiteral("GET /b/policy|x") }) });
    QTRY_VERIFY(!model.isIndexing()); // both indexes built on worker threads
    model.setQuery(QStringLiteral("policy"));
    QCOMPARE(rows(model),
        QStringList({ QStringLiteral("v2 GET /b/policy"), QStringLiteral("GET /a/policy") }));
    // This branch's own usage weighs the same.
    model.setUsage({ { QStringLiteral("GET /a/policy"), 40, QDateTime::currentDateTimeUtc() } });
    model.setQuery(QString());
    model.setQuery(QStringLiteral("policy"));
    QCOMPARE(rows(model),
        QStringList({ QStringLiteral("GET /a/policy"), QStringLiteral("v2 GET /b/policy") }));
}

void TestBranchRanking::realBranchesInRankOrder_data()
{
    QTest::addColumn<QString>("query");
    for (const char* query : { "policy", "vrack", "resource", "iam", "/vrackServices/resource",
             "project", "instnace", "dns record" })
        QTest::newRow(query) << QString::fromLatin1(query);
}

void TestBranchRanking::realBranchesInRankOrder()
{
    QFETCH(QString, query);
    const QList<Product>& v1 = OvhTest::bundledEuProducts();
    QList<Product> v2;
    for (const char* name : { "iam", "publicCloud", "vmwareCloudDirector", "vrackServices" })
        v2.append(OvhTest::realV2Product(QString::fromLatin1(name)));
    SearchResultModel model;
    model.setSchema(v1);
    model.setOtherBranch(ApiBranch::V2, v2);
    QTRY_VERIFY(!model.isIndexing()); // both indexes built on worker threads
    model.setQuery(query);

    // Every row ranks no better than the row before, whichever branch each comes from.
    const OperationSearch here(v1);
    const OperationSearch other(v2);
    QList<OperationSearch::Match> ranked = here.findRanked(query);
    const qsizetype hereCount = ranked.size();
    ranked += other.findRanked(query);
    QCOMPARE(model.rowCount(), ranked.size());
    const auto rankOf = [&](int row) {
        const QModelIndex index = model.index(row, 0);
        const bool isOther = !index.data(ItemRole::Branch).toString().isEmpty();
        const QString path = index.data(ItemRole::Path).toString();
        const int method = index.data(ItemRole::Method).toInt();
        for (qsizetype i = isOther ? hereCount : 0; i < (isOther ? ranked.size() : hereCount);
             ++i) {
            const Operation* operation
                = OperationSearch::resolve(isOther ? v2 : v1, ranked.at(i).ref);
            if (operation->path == path && int(operation->method) == method)
                return ranked.at(i).rank;
        }
        qFatal("row %d not found", row);
    };
    int mixed = 0; // v2 rows before a v1 row
    bool seenV1 = false;
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY2(!OperationSearch::Rank::better(rankOf(row), rankOf(row - 1)),
            qPrintable(QStringLiteral("row %1 ranks better than row %2").arg(row).arg(row - 1)));
    }
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        const bool isOther = !model.index(row, 0).data(ItemRole::Branch).toString().isEmpty();
        seenV1 = seenV1 || !isOther;
        mixed += isOther && seenV1 ? 1 : 0;
    }
    qInfo("%s: %d rows, %lld in v2, %d of them before a v1 row; first: %s", qPrintable(query),
        model.rowCount(), static_cast<long long>(ranked.size() - hereCount), mixed,
        qPrintable(rows(model).mid(0, 3).join(QLatin1String(", "))));
}

QTEST_MAIN(TestBranchRanking)
#include "tst_branchranking.moc"
