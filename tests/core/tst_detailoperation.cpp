// The detail operation of a list (issue 13 item 2): GET <list>/{param} for a GET answering ids.
#include "schema/detailoperation.h"
#include "schemafixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestDetailOperation : public QObject
{
    Q_OBJECT

private slots:
    void recordListLeadsToRecord();
    void listValuesCarriedAndIdFilled_data();
    void listValuesCarriedAndIdFilled();
    void notAListNoDetail_data();
    void notAListNoDetail();
    void wholeEuSnapshot();
};

void TestDetailOperation::recordListLeadsToRecord()
{
    const Product& domain = snapshotProduct(QStringLiteral("domain.json"));
    const Operation* list = findOperation(domain, HttpMethod::Get, kRecordPath);
    QVERIFY(list);
    QVERIFY(answersIdList(domain, *list));
    const auto detail = detailOperationOf(domain, *list);
    QVERIFY(detail);
    QCOMPARE(detail->idParameter, QStringLiteral("id"));
    const Operation& target = domain.paths.at(detail->path).operations.at(detail->operation);
    QCOMPARE(target.method, HttpMethod::Get);
    QCOMPARE(target.path, kRecordPath + QStringLiteral("/{id}"));
}

void TestDetailOperation::listValuesCarriedAndIdFilled_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("long") << QJsonValue(5089921234.0) << QStringLiteral("5089921234");
    QTest::newRow("small") << QJsonValue(7) << QStringLiteral("7");
    QTest::newRow("string") << QJsonValue(QStringLiteral("ns1.example."))
                            << QStringLiteral("ns1.example.");
    QTest::newRow("fraction") << QJsonValue(1.5) << QStringLiteral("1.5");
}

void TestDetailOperation::listValuesCarriedAndIdFilled()
{
    QFETCH(QJsonValue, id);
    QFETCH(QString, expected);
    const DetailOperation detail { 0, 0, QStringLiteral("id") };
    const QJsonObject values = detailPathValues(
        QJsonObject { { QStringLiteral("zoneName"), QStringLiteral("example.com") } }, detail, id);
    QCOMPARE(values.value(QStringLiteral("zoneName")).toString(), QStringLiteral("example.com"));
    QCOMPARE(values.value(QStringLiteral("id")).toString(), expected);
    QCOMPARE(values.size(), 2);
}

void TestDetailOperation::notAListNoDetail_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("path");
    // A detail itself (answers a model), a POST on a list path, a GET answering a model array.
    QTest::newRow("detail") << int(HttpMethod::Get) << kRecordPath + QStringLiteral("/{id}");
    QTest::newRow("post") << int(HttpMethod::Post) << kRecordPath;
    QTest::newRow("zone") << int(HttpMethod::Get) << QStringLiteral("/domain/zone/{zoneName}");
}

void TestDetailOperation::notAListNoDetail()
{
    QFETCH(int, method);
    QFETCH(QString, path);
    const Product& domain = snapshotProduct(QStringLiteral("domain.json"));
    const Operation* operation = findOperation(domain, HttpMethod(method), path);
    QVERIFY(operation);
    QVERIFY(!detailOperationOf(domain, *operation));
}

// Every match over the eu snapshot is a GET one placeholder segment below a GET id list, and
// the counts are those of the snapshot (a change in matching shows here).
void TestDetailOperation::wholeEuSnapshot()
{
    int lists = 0;
    int matched = 0;
    for (const Product& product : bundledEuProducts()) {
        for (const ApiPath& path : product.paths) {
            for (const Operation& operation : path.operations) {
                if (!answersIdList(product, operation))
                    continue;
                ++lists;
                const auto detail = detailOperationOf(product, operation);
                if (!detail)
                    continue;
                ++matched;
                const Operation& target
                    = product.paths.at(detail->path).operations.at(detail->operation);
                QCOMPARE(target.method, HttpMethod::Get);
                QCOMPARE(target.path,
                    operation.path + QStringLiteral("/{") + detail->idParameter + u'}');
                const bool declared = std::any_of(target.parameters.cbegin(),
                    target.parameters.cend(), [&](const Parameter& parameter) {
                        return parameter.location == ParamLocation::Path
                            && parameter.name == detail->idParameter;
                    });
                QVERIFY2(declared, qPrintable(target.path));
            }
        }
    }
    qInfo("eu: %d id lists, %d with a detail operation", lists, matched);
    QCOMPARE(lists, 1060); // counted apart by a script over the snapshot files
    QCOMPARE(matched, 909);
}

QTEST_GUILESS_MAIN(TestDetailOperation)
#include "tst_detailoperation.moc"
