// Objects as table rows and CSV (issue 13 items 3 and 6): flattening, column order, quoting.
#include "results/csvwriter.h"
#include "results/objectflattener.h"
#include "schemafixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

ObjectRows rows(std::initializer_list<const char*> objects)
{
    ObjectRows out;
    for (const char* json : objects)
        out.append({ QJsonValue(QJsonValue::Undefined), object(json), QString() });
    return out;
}

} // namespace

class TestObjectFlattener : public QObject
{
    Q_OBJECT

private slots:
    void flattensNestedWithDots_data();
    void flattensNestedWithDots();
    void deepObjectsStayText();
    void columnsFirstSeenThenPreferred();
    void modelOrderFromSchema();
    void recursiveModelHasNoLoop();
    void rowsOfArrayOnlyForObjects_data();
    void rowsOfArrayOnlyForObjects();
    void cellText_data();
    void cellText();
    void csvQuoting_data();
    void csvQuoting();
    void csvOfRowsLeavesFailedOut();
    void jsonExport();
};

void TestObjectFlattener::flattensNestedWithDots_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("cells"); // compact JSON of each value
    // QJsonObject keeps its keys sorted: that is the order within one object.
    QTest::newRow("flat") << QByteArray(R"({"id":1,"a":"x"})") << QStringList { u"a"_s, u"id"_s }
                          << QStringList { u"\"x\""_s, u"1"_s };
    QTest::newRow("nested") << QByteArray(R"({"t":{"ip":"1.2.3.4","p":{"q":true}},"z":0})")
                            << QStringList { u"t.ip"_s, u"t.p.q"_s, u"z"_s }
                            << QStringList { u"\"1.2.3.4\""_s, u"true"_s, u"0"_s };
    QTest::newRow("array stays one cell")
        << QByteArray(R"({"ns":["a","b"],"o":[{"x":1}]})") << QStringList { u"ns"_s, u"o"_s }
        << QStringList { uR"(["a","b"])"_s, uR"([{"x":1}])"_s };
    QTest::newRow("null kept") << QByteArray(R"({"n":null})") << QStringList { u"n"_s }
                               << QStringList { u"null"_s };
    QTest::newRow("empty object kept")
        << QByteArray(R"({"e":{}})") << QStringList { u"e"_s } << QStringList { u"{}"_s };
    QTest::newRow("empty") << QByteArray("{}") << QStringList() << QStringList();
}

void TestObjectFlattener::flattensNestedWithDots()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, cells);
    const auto flat = flattenObject(QJsonDocument::fromJson(json).object());
    QStringList gotColumns;
    QStringList gotCells;
    for (const auto& [column, value] : flat) {
        gotColumns << column;
        gotCells << QString::fromUtf8(
            QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
    QCOMPARE(gotColumns, columns);
    QCOMPARE(gotCells, cells);
}

void TestObjectFlattener::deepObjectsStayText()
{
    QJsonObject deep { { QStringLiteral("leaf"), 1 } };
    for (int i = 0; i < 100; ++i)
        deep = QJsonObject { { QStringLiteral("k"), deep } };
    const auto flat = flattenObject(deep);
    QCOMPARE(flat.size(), 1);
    QCOMPARE(flat.first().first.count(QLatin1Char('.')), maxFlattenDepth - 1);
    QVERIFY(flat.first().second.isObject());
}

void TestObjectFlattener::columnsFirstSeenThenPreferred()
{
    ObjectRows input = rows({ R"({"b":1,"d":2})", R"({"c":3,"a":4,"b":5})" });
    input.append({ QJsonValue(7), QJsonValue(QJsonValue::Undefined), QStringLiteral("404") });
    FlatTable table = flattenRows(input);
    QCOMPARE(table.columns, (QStringList { u"b"_s, u"d"_s, u"a"_s, u"c"_s }));
    QCOMPARE(table.cells.size(), 3);
    QVERIFY(table.cells.at(0).at(2).isUndefined()); // row 1 has no "a"
    QCOMPARE(table.cells.at(1).at(3).toInt(), 3);
    QCOMPARE(table.cells.at(1).at(0).toInt(), 5);
    for (const QJsonValue& cell : table.cells.at(2))
        QVERIFY(cell.isUndefined()); // the failed row: no cells

    // Preferred (model) columns first, those no row has left out, the rest as first seen.
    table = flattenRows(input, { u"c"_s, u"missing"_s, u"a"_s });
    QCOMPARE(table.columns, (QStringList { u"c"_s, u"a"_s, u"b"_s, u"d"_s }));
    QCOMPARE(table.cells.at(1).at(1).toInt(), 4);
}

void TestObjectFlattener::modelOrderFromSchema()
{
    const Product& domain = snapshotProduct(QStringLiteral("domain.json"));
    const Operation* record = findOperation(domain, HttpMethod::Get, kRecordPath + u"/{id}"_s);
    QVERIFY(record);
    QCOMPARE(modelColumns(domain, record->responseType),
        (QStringList {
            u"fieldType"_s, u"id"_s, u"subDomain"_s, u"target"_s, u"ttl"_s, u"zone"_s }));

    const Operation* contact
        = findOperation(domain, HttpMethod::Get, u"/domain/contact/{contactId}"_s);
    QVERIFY(contact);
    const QStringList columns = modelColumns(domain, contact->responseType);
    QVERIFY(columns.contains(u"address.city"_s));
    QVERIFY(!columns.contains(u"address"_s));
    QCOMPARE(columns.indexOf(u"address.city"_s) + 1, columns.indexOf(u"address.country"_s));
    QVERIFY(columns.indexOf(u"accreditationYear"_s) < columns.indexOf(u"address.city"_s));
    QVERIFY(columns.indexOf(u"address.zip"_s) < columns.indexOf(u"birthCity"_s));

    const Operation* list = findOperation(domain, HttpMethod::Get, kRecordPath);
    QVERIFY(modelColumns(domain, list->responseType).isEmpty()); // long[]: no model
}

void TestObjectFlattener::recursiveModelHasNoLoop()
{
    Product product;
    Model node;
    node.key = QStringLiteral("x.Node");
    TypeRef self;
    self.kind = TypeKind::Model;
    self.modelKey = node.key;
    TypeRef text;
    text.kind = TypeKind::String;
    node.properties = { { u"name"_s, text, u"string"_s, {}, false, false, false, {} },
        { u"parent"_s, self, u"x.Node"_s, {}, true, false, false, {} } };
    product.models.insert(node.key, node);
    QCOMPARE(modelColumns(product, self), (QStringList { u"name"_s, u"parent"_s }));
}

void TestObjectFlattener::rowsOfArrayOnlyForObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    QTest::newRow("objects") << QByteArray(R"([{"a":1},{"a":2}])") << 2;
    QTest::newRow("ids") << QByteArray("[1,2,3]") << 0;
    QTest::newRow("mixed") << QByteArray(R"([{"a":1},2])") << 0;
    QTest::newRow("empty") << QByteArray("[]") << 0;
    QTest::newRow("object") << QByteArray(R"({"a":1})") << 0;
}

void TestObjectFlattener::rowsOfArrayOnlyForObjects()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue value
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QCOMPARE(rowsOfArray(value).size(), count);
}

void TestObjectFlattener::cellText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("csv");
    QTest::newRow("string") << QJsonValue(u"www"_s) << u"www"_s << u"www"_s;
    QTest::newRow("big id") << QJsonValue(5089921234.0) << u"5089921234"_s << u"5089921234"_s;
    QTest::newRow("negative number") << QJsonValue(-5) << u"-5"_s << u"-5"_s;
    QTest::newRow("fraction") << QJsonValue(0.1) << u"0.1"_s << u"0.1"_s;
    QTest::newRow("bool") << QJsonValue(false) << u"false"_s << u"false"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString() << QString();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QString() << QString();
    QTest::newRow("array") << QJsonValue(QJsonArray { u"a"_s, 1 }) << uR"(["a",1])"_s
                           << uR"(["a",1])"_s;
    QTest::newRow("formula =") << QJsonValue(u"=HYPERLINK(\"x\")"_s) << u"=HYPERLINK(\"x\")"_s
                               << u"'=HYPERLINK(\"x\")"_s;
    QTest::newRow("formula +") << QJsonValue(u"+1"_s) << u"+1"_s << u"'+1"_s;
    QTest::newRow("formula -") << QJsonValue(u"-1+2"_s) << u"-1+2"_s << u"'-1+2"_s;
    QTest::newRow("formula @") << QJsonValue(u"@SUM(A1)"_s) << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << QJsonValue(u"\tx"_s) << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("inside is fine") << QJsonValue(u"a=b"_s) << u"a=b"_s << u"a=b"_s;
}

void TestObjectFlattener::cellText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QFETCH(QString, csv);
    QCOMPARE(Ovh::cellText(value), text);
    QCOMPARE(csvCell(value), csv);
}

void TestObjectFlattener::csvQuoting_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("record");
    QTest::newRow("plain") << QStringList { u"a"_s, u"b"_s } << u"a,b\r\n"_s;
    QTest::newRow("comma") << QStringList { u"a,b"_s, u"c"_s } << u"\"a,b\",c\r\n"_s;
    QTest::newRow("quote") << QStringList { u"say \"hi\""_s } << u"\"say \"\"hi\"\"\"\r\n"_s;
    QTest::newRow("line feed") << QStringList { u"l1\nl2"_s } << u"\"l1\nl2\"\r\n"_s;
    QTest::newRow("carriage return") << QStringList { u"l1\rl2"_s } << u"\"l1\rl2\"\r\n"_s;
    QTest::newRow("empty fields") << QStringList { u""_s, u""_s } << u",\r\n"_s;
    QTest::newRow("unicode") << QStringList { u"été"_s, u"日本"_s } << u"été,日本\r\n"_s;
    QTest::newRow("spaces kept") << QStringList { u" a "_s } << u" a \r\n"_s;
}

void TestObjectFlattener::csvQuoting()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, record);
    QCOMPARE(csvRecord(fields), record);
}

void TestObjectFlattener::csvOfRowsLeavesFailedOut()
{
    ObjectRows input = rows({ R"({"id":1,"target":"a,b","t":{"x":"=1"}})", R"({"id":2})" });
    input.insert(1, { QJsonValue(9), QJsonValue(QJsonValue::Undefined), QStringLiteral("gone") });
    const QByteArray csv = objectRowsCsv(input, { u"target"_s, u"id"_s });
    QCOMPARE(csv, QByteArray("target,id,t.x\r\n\"a,b\",1,'=1\r\n,2,\r\n"));
}

void TestObjectFlattener::jsonExport()
{
    ObjectRows input = rows({ R"({"id":1})", R"({"id":2})" });
    input.append({ QJsonValue(3), QJsonValue(QJsonValue::Undefined), QStringLiteral("gone") });
    const QJsonArray array = QJsonDocument::fromJson(objectRowsJson(input)).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(1).toObject().value(u"id"_s).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestObjectFlattener)
#include "tst_objectflattener.moc"
