// Small pieces the Result relies on (issue 13, the parts left): the JSON type names shared by
// the Tree and the conformance check, and the id of an object of an array-of-objects answer
// that opens its detail from the Table.
#include "base/jsontypename.h"
#include "schema/detailoperation.h"
#include "schemafixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;
using namespace Qt::StringLiterals;

class TestResultValues : public QObject
{
    Q_OBJECT

private slots:
    void typeNames_data();
    void typeNames();
    void detailIdOfObject_data();
    void detailIdOfObject();
    void detailBelowAnyPath();
};

void TestResultValues::typeNames_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("name");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s;
    QTest::newRow("boolean") << QJsonValue(false) << u"boolean"_s;
    QTest::newRow("number") << QJsonValue(1.5) << u"number"_s;
    QTest::newRow("string") << QJsonValue(u""_s) << u"string"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray()) << u"array"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject()) << u"object"_s;
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QString();
}

void TestResultValues::typeNames()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, name);
    QCOMPARE(jsonValueTypeName(value), name);
}

void TestResultValues::detailIdOfObject_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QJsonValue>("id");
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("named as the parameter")
        << u"serviceName"_s << QJsonObject { { u"serviceName"_s, u"a.example"_s }, { u"id"_s, 3 } }
        << QJsonValue(u"a.example"_s);
    QTest::newRow("id for id") << u"id"_s << QJsonObject { { u"id"_s, 1001 } } << QJsonValue(1001);
    QTest::newRow("id for an id-like parameter (v2)")
        << u"policyId"_s << QJsonObject { { u"id"_s, u"5f0c"_s }, { u"name"_s, u"x"_s } }
        << QJsonValue(u"5f0c"_s);
    QTest::newRow("the parameter's own property first")
        << u"policyId"_s << QJsonObject { { u"id"_s, 1 }, { u"policyId"_s, 2 } } << QJsonValue(2);
    QTest::newRow("no id for another parameter")
        << u"serviceName"_s << QJsonObject { { u"id"_s, 1 } } << none;
    QTest::newRow("neither") << u"id"_s << QJsonObject { { u"name"_s, u"x"_s } } << none;
    QTest::newRow("null id") << u"id"_s << QJsonObject { { u"id"_s, QJsonValue() } } << none;
    QTest::newRow("object id") << u"id"_s << QJsonObject { { u"id"_s, QJsonObject() } } << none;
    QTest::newRow("boolean id") << u"id"_s << QJsonObject { { u"id"_s, true } } << none;
}

void TestResultValues::detailIdOfObject()
{
    QFETCH(QString, parameter);
    QFETCH(QJsonObject, object);
    QFETCH(QJsonValue, id);
    DetailOperation detail { 0, 0, parameter };
    QCOMPARE(detailIdOf(object, detail), id);
}

void TestResultValues::detailBelowAnyPath()
{
    const Product& domain = snapshotProduct(u"domain.json"_s);
    // An id list's detail, the same as detailOperationOf's.
    const auto records = detailOperationBelow(domain, kRecordPath);
    QVERIFY(records);
    QCOMPARE(records->idParameter, u"id"_s);
    QCOMPARE(domain.paths.at(records->path).path, kRecordPath + u"/{id}"_s);
    // An answer that is no id list has a detail below it too ("/domain/contact" answers
    // objects; its elements open "/domain/contact/{contactId}").
    const auto contacts = detailOperationBelow(domain, u"/domain/contact"_s);
    QVERIFY(contacts);
    QCOMPARE(domain.paths.at(contacts->path).path, u"/domain/contact/{contactId}"_s);
    QCOMPARE(
        domain.paths.at(contacts->path).operations.at(contacts->operation).method, HttpMethod::Get);
    QVERIFY(!detailOperationBelow(domain, u"/domain/zone/{zoneName}/record/{id}"_s));
}

QTEST_GUILESS_MAIN(TestResultValues)
#include "tst_resultvalues.moc"
