// An answer against the model its operation declares (issue 13 item 4): unknown properties,
// missing required ones, wrong types, enum values not in the schema; bounded for hostile answers.
#include "results/modelconformance.h"
#include "schemafixtures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

const Product& domain()
{
    return snapshotProduct(QStringLiteral("domain.json"));
}

QJsonValue parse(const QByteArray& text)
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]");
    if (!document.isArray())
        qFatal("bad test JSON: %s", text.constData());
    return document.array().at(0);
}

// "WrongType@1/fieldType": a problem's kind and path, to compare in a data table.
QString describe(const ConformanceProblem& problem)
{
    static const char* const names[]
        = { "UnknownProperty", "MissingProperty", "WrongType", "UnknownEnumValue" };
    QStringList steps;
    for (const QVariant& step : problem.path)
        steps << step.toString();
    return QString::fromLatin1(names[int(problem.kind)]) + u'@' + steps.join(u'/');
}

// A model that holds itself: x.Node { next: x.Node, value: long }.
Product recursiveProduct()
{
    Product product;
    product.path = QStringLiteral("/x");
    Model node;
    node.key = QStringLiteral("x.Node");
    node.id = QStringLiteral("Node");
    node.nameSpace = QStringLiteral("x");
    Property next;
    next.name = QStringLiteral("next");
    next.type.kind = TypeKind::Model;
    next.type.name = next.type.modelKey = node.key;
    next.canBeNull = true;
    Property value;
    value.name = QStringLiteral("value");
    value.type = product.resolveType(u"long");
    node.properties = { next, value };
    product.models.insert(node.key, node);
    return product;
}

} // namespace

class TestModelConformance : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void messagesSayWhat();
    void schemaAtPath_data();
    void schemaAtPath();
    void deepRecursiveAnswerStops();
    void manyProblemsStop();
};

void TestModelConformance::problems_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    const QString record = QStringLiteral("domain.zone.Record");
    const QByteArray good = R"({"fieldType":"A","id":1,"subDomain":null,"target":"1.2.3.4",)"
                            R"("ttl":0,"zone":"example.com"})";
    QTest::newRow("conforms") << record << good << QStringList();
    QTest::newRow("fewer optional properties")
        << record << QByteArray(R"({"id":2})") << QStringList();
    QTest::newRow("unknown property") << record << QByteArray(R"({"id":1,"extra":{"deep":[1]}})")
                                      << QStringList { QStringLiteral("UnknownProperty@extra") };
    QTest::newRow("string for long")
        << record << QByteArray(R"({"id":"1"})") << QStringList { QStringLiteral("WrongType@id") };
    QTest::newRow("fraction for long")
        << record << QByteArray(R"({"id":1.5})") << QStringList { QStringLiteral("WrongType@id") };
    QTest::newRow("number for string") << record << QByteArray(R"({"target":4})")
                                       << QStringList { QStringLiteral("WrongType@target") };
    QTest::newRow("null, not nullable") << record << QByteArray(R"({"target":null})")
                                        << QStringList { QStringLiteral("WrongType@target") };
    QTest::newRow("null, nullable") << record << QByteArray(R"({"ttl":null})") << QStringList();
    QTest::newRow("enum value unknown")
        << record << QByteArray(R"({"fieldType":"ZZZ"})")
        << QStringList { QStringLiteral("UnknownEnumValue@fieldType") };
    QTest::newRow("enum as a number") << record << QByteArray(R"({"fieldType":3})")
                                      << QStringList { QStringLiteral("WrongType@fieldType") };
    QTest::newRow("array for a model")
        << record << QByteArray("[]") << QStringList { QStringLiteral("WrongType@") };
    QTest::newRow("null answer") << record << QByteArray("null") << QStringList();
    QTest::newRow("in an array") << QStringLiteral("domain.zone.Record[]")
                                 << QByteArray("[" + good + R"(,{"fieldType":"B"}, 7])")
                                 << QStringList { QStringLiteral("UnknownEnumValue@1/fieldType"),
                                        QStringLiteral("WrongType@2") };
    QTest::newRow("object for an array") << QStringLiteral("long[]") << QByteArray("{}")
                                         << QStringList { QStringLiteral("WrongType@") };
    QTest::newRow("id list") << QStringLiteral("long[]") << QByteArray(R"([1, 2, "3", null])")
                             << QStringList { QStringLiteral("WrongType@2"),
                                    QStringLiteral("WrongType@3") };
    QTest::newRow("missing required")
        << QStringLiteral("domain.zone.RecordCreate") << QByteArray(R"({"fieldType":"A"})")
        << QStringList { QStringLiteral("MissingProperty@") };
    QTest::newRow("ip array") << QStringLiteral("domain.glueRecord.GlueRecord")
                              << QByteArray(R"({"host":"ns1","ips":["1.2.3.4",5]})")
                              << QStringList { QStringLiteral("WrongType@ips/1") };
    QTest::newRow("map") << QStringLiteral("map[string]long") << QByteArray(R"({"a":1,"b":"x"})")
                         << QStringList { QStringLiteral("WrongType@b") };
    QTest::newRow("boolean") << QStringLiteral("boolean") << QByteArray("0")
                             << QStringList { QStringLiteral("WrongType@") };
    QTest::newRow("unknown model, anything goes")
        << QStringLiteral("nowhere.Thing") << QByteArray(R"({"a":[1,{}]})") << QStringList();
    QTest::newRow("void") << QStringLiteral("void") << QByteArray(R"({"a":1})") << QStringList();
}

void TestModelConformance::problems()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const ConformanceReport report
        = checkModelConformance(parse(json), domain(), domain().resolveType(type));
    QStringList found;
    for (const ConformanceProblem& problem : report.problems)
        found << describe(problem);
    QCOMPARE(found, expected);
    QVERIFY(report.complete);
}

void TestModelConformance::messagesSayWhat()
{
    const ConformanceReport report
        = checkModelConformance(parse(R"({"fieldType":"ZZZ","id":"7","extra":1})"), domain(),
            domain().resolveType(u"domain.zone.Record"));
    QCOMPARE(report.problems.size(), 3);
    QStringList messages;
    for (const ConformanceProblem& problem : report.problems)
        messages << problem.message;
    QVERIFY2(messages.join(u'|').contains(QStringLiteral("ZZZ")), qPrintable(messages.join(u'|')));
    QVERIFY(messages.join(u'|').contains(QStringLiteral("domain.zone.RecordTypeEnum")));
    QVERIFY(messages.join(u'|').contains(QStringLiteral("string where the schema declares long")));
    QVERIFY(messages.join(u'|').contains(QStringLiteral("\u201cextra\u201d is not a property")));
    const ConformanceReport missing = checkModelConformance(
        parse(R"({"fieldType":"A"})"), domain(), domain().resolveType(u"domain.zone.RecordCreate"));
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY(missing.problems.constFirst().message.contains(QStringLiteral("\u201ctarget\u201d")));
}

void TestModelConformance::schemaAtPath_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QString>("type"); // empty: the path leaves the model
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("readOnly");
    const QString records = QStringLiteral("domain.zone.Record[]");
    QTest::newRow("root") << records << QVariantList() << records << QString() << false;
    QTest::newRow("element") << records << QVariantList { 3 }
                             << QStringLiteral("domain.zone.Record") << QString() << false;
    QTest::newRow("property") << records << QVariantList { 0, QStringLiteral("id") }
                              << QStringLiteral("long") << QStringLiteral("Id of the record")
                              << true;
    QTest::newRow("enum") << QStringLiteral("domain.zone.Record")
                          << QVariantList { QStringLiteral("fieldType") }
                          << QStringLiteral("domain.zone.RecordTypeEnum") << QString() << true;
    QTest::newRow("unknown property")
        << records << QVariantList { 0, QStringLiteral("nope") } << QString() << QString() << false;
    QTest::newRow("index into a model") << QStringLiteral("domain.zone.Record")
                                        << QVariantList { 0 } << QString() << QString() << false;
    QTest::newRow("map value") << QStringLiteral("map[string]long")
                               << QVariantList { QStringLiteral("any") } << QStringLiteral("long")
                               << QString() << false;
}

void TestModelConformance::schemaAtPath()
{
    QFETCH(QString, root);
    QFETCH(QVariantList, path);
    QFETCH(QString, type);
    QFETCH(QString, description);
    QFETCH(bool, readOnly);
    const std::optional<ValueSchema> at = schemaAt(domain(), domain().resolveType(root), path);
    QCOMPARE(at.has_value(), !type.isEmpty());
    if (!at)
        return;
    QCOMPARE(at->type.displayName(), type);
    QCOMPARE(at->description, description);
    QCOMPARE(at->readOnly, readOnly);
}

// 2,000 levels of a model that holds itself: the check stops at its depth, says so, and does
// not overflow the stack.
void TestModelConformance::deepRecursiveAnswerStops()
{
    const Product product = recursiveProduct();
    QJsonObject innermost { { QStringLiteral("value"), QStringLiteral("wrong") } };
    QJsonValue answer = innermost;
    for (int i = 0; i < 2000; ++i)
        answer = QJsonObject { { QStringLiteral("next"), answer }, { QStringLiteral("value"), i } };
    TypeRef node;
    node.kind = TypeKind::Model;
    node.name = node.modelKey = QStringLiteral("x.Node");
    const ConformanceReport report = checkModelConformance(answer, product, node);
    QVERIFY(!report.complete);
    QVERIFY(report.problems.isEmpty()); // the wrong value is below the depth checked
    QVERIFY(report.valuesChecked < 300);
    ConformanceLimits deep;
    deep.maxDepth = 5000;
    const ConformanceReport full = checkModelConformance(answer, product, node, deep);
    QVERIFY(full.complete);
    QCOMPARE(full.problems.size(), 1);
    QCOMPARE(full.problems.constFirst().path.size(), 2001); // 2000 × "next", then "value"
}

// 300,000 wrong ids: the first thousand problems, then a stop, in well under a second.
void TestModelConformance::manyProblemsStop()
{
    QJsonArray ids;
    for (int i = 0; i < 300000; ++i)
        ids.append(QString::number(i));
    QElapsedTimer timer;
    timer.start();
    const ConformanceReport report
        = checkModelConformance(ids, domain(), domain().resolveType(u"long[]"));
    QVERIFY(!report.complete);
    QCOMPARE(report.problems.size(), ConformanceLimits().maxProblems);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QJsonArray good;
    for (int i = 0; i < 300000; ++i)
        good.append(i);
    const ConformanceReport capped
        = checkModelConformance(good, domain(), domain().resolveType(u"long[]"));
    QVERIFY(!capped.complete); // more values than maxValues
    QCOMPARE(capped.valuesChecked, ConformanceLimits().maxValues + 1);
}

QTEST_GUILESS_MAIN(TestModelConformance)
#include "tst_modelconformance.moc"
