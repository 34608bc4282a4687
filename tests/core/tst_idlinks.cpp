// Ids are links (issue 13 item 2): which values of an answer lead where, over the eu snapshot.
#include "results/idlinks.h"
#include "schemafixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QString kZone = QStringLiteral("example.com");

IdLinks linksOf(const QString& path, const QJsonObject& formValues)
{
    const Product& domain = snapshotProduct(QStringLiteral("domain.json"));
    const Operation* operation = findOperation(domain, HttpMethod::Get, path);
    if (!operation)
        qFatal("no GET %s in /domain", qPrintable(path));
    return IdLinks(domain, *operation, formValues, linkableKeys(domain));
}

QJsonObject zoneForm()
{
    return QJsonObject { { QStringLiteral("path/zoneName"), kZone },
        { QStringLiteral("query/fieldType"), QStringLiteral("A") } };
}

} // namespace

class TestIdLinks : public QObject
{
    Q_OBJECT

private slots:
    void idListElements_data();
    void idListElements();
    void keyedValues_data();
    void keyedValues();
    void formValuesRoundTrip();
    void wholeEuSnapshot();
};

void TestIdLinks::idListElements_data()
{
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("id"); // empty: no link
    const QVariantList first { 0 };
    QTest::newRow("long") << first << QJsonValue(5089921234.0) << QStringLiteral("5089921234");
    QTest::newRow("later element") << QVariantList { 41 } << QJsonValue(7) << QStringLiteral("7");
    QTest::newRow("string") << first << QJsonValue(QStringLiteral("a b")) << QStringLiteral("a b");
    QTest::newRow("empty string") << first << QJsonValue(QString()) << QString();
    QTest::newRow("null") << first << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("boolean") << first << QJsonValue(true) << QString();
    QTest::newRow("object") << first << QJsonValue(QJsonObject()) << QString();
    QTest::newRow("nested element") << QVariantList { 0, 1 } << QJsonValue(7) << QString();
    QTest::newRow("root") << QVariantList() << QJsonValue(7) << QString();
    QTest::newRow("negative index") << QVariantList { -1 } << QJsonValue(7) << QString();
}

// GET …/record answers ids: each leads to GET …/record/{id}, the zone carried, the id filled,
// the query values left behind.
void TestIdLinks::idListElements()
{
    QFETCH(QVariantList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, id);
    const IdLinks links = linksOf(kRecordPath, zoneForm());
    QVERIFY(links.answersIdList());
    const std::optional<IdLink> link = links.linkAt(path, value);
    QCOMPARE(link.has_value(), !id.isEmpty());
    if (!link)
        return;
    QCOMPARE(link->operationKey, QStringLiteral("GET ") + kRecordPath + QStringLiteral("/{id}"));
    const QJsonObject expected { { QStringLiteral("path/zoneName"), kZone },
        { QStringLiteral("path/id"), id } };
    QCOMPARE(link->values, expected);
}

void TestIdLinks::keyedValues_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("operation"); // empty: no link
    QTest::addColumn<QJsonObject>("values");
    const QString zone = QStringLiteral("/domain/zone/{zoneName}");
    const QString record = kRecordPath + QStringLiteral("/{id}");
    // A zone's answer names its zone: GET /domain/zone/{zoneName}, but that is the operation
    // shown: no link to itself.
    QTest::newRow("itself") << zone << QVariantList { QStringLiteral("zoneName") }
                            << QJsonValue(kZone) << QString() << QJsonObject();
    // "zoneName" is the placeholder of exactly one GET: a link, wherever the key is.
    QTest::newRow("zoneName") << record << QVariantList { QStringLiteral("zoneName") }
                              << QJsonValue(QStringLiteral("other.example"))
                              << QStringLiteral("GET ") + zone
                              << QJsonObject { { QStringLiteral("path/zoneName"),
                                     QStringLiteral("other.example") } };
    QTest::newRow("nested serviceName")
        << record << QVariantList { QStringLiteral("a"), 2, QStringLiteral("serviceName") }
        << QJsonValue(QStringLiteral("example.net")) << QStringLiteral("GET /domain/{serviceName}")
        << QJsonObject { { QStringLiteral("path/serviceName"), QStringLiteral("example.net") } };
    // A bare "id" ends a dozen GETs of /domain: ambiguous, never a link.
    QTest::newRow("ambiguous id") << record << QVariantList { QStringLiteral("id") }
                                  << QJsonValue(1001) << QString() << QJsonObject();
    // "login" needs the zone of GET /domain/zone/{zoneName}/dynHost/login/{login}: carried.
    QTest::newRow("login") << record << QVariantList { QStringLiteral("login") }
                           << QJsonValue(QStringLiteral("me-dyn"))
                           << QStringLiteral("GET /domain/zone/{zoneName}/dynHost/login/{login}")
                           << QJsonObject { { QStringLiteral("path/zoneName"), kZone },
                                  { QStringLiteral("path/login"), QStringLiteral("me-dyn") } };
    QTest::newRow("not a key") << record << QVariantList { QStringLiteral("target") }
                               << QJsonValue(QStringLiteral("1.2.3.4")) << QString()
                               << QJsonObject();
    QTest::newRow("element under a key") << record << QVariantList { QStringLiteral("zoneName"), 0 }
                                         << QJsonValue(kZone) << QString() << QJsonObject();
    QTest::newRow("boolean") << record << QVariantList { QStringLiteral("zoneName") }
                             << QJsonValue(false) << QString() << QJsonObject();
}

void TestIdLinks::keyedValues()
{
    QFETCH(QString, shown);
    QFETCH(QVariantList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, operation);
    QFETCH(QJsonObject, values);
    QJsonObject form = zoneForm();
    form.insert(QStringLiteral("path/id"), QStringLiteral("1001"));
    const IdLinks links = linksOf(shown, form);
    QVERIFY(!links.answersIdList());
    const std::optional<IdLink> link = links.linkAt(path, value);
    QCOMPARE(link.has_value(), !operation.isEmpty());
    if (!link)
        return;
    QCOMPARE(link->operationKey, operation);
    QCOMPARE(link->values, values);
}

// A key whose GET needs a path value the form lacks links nowhere (no half-filled form).
void TestIdLinks::formValuesRoundTrip()
{
    const QJsonObject form { { QStringLiteral("path/zoneName"), kZone },
        { QStringLiteral("path/empty"), QString() }, { QStringLiteral("body/x"), 1 } };
    QCOMPARE(pathValuesOfForm(form), (QJsonObject { { QStringLiteral("zoneName"), kZone } }));
    QCOMPARE(formValuesOfPath(pathValuesOfForm(form)),
        (QJsonObject { { QStringLiteral("path/zoneName"), kZone } }));
    const IdLinks links = linksOf(QStringLiteral("/domain/{serviceName}"), QJsonObject());
    QVERIFY(!links.linkAt({ QStringLiteral("login") }, QJsonValue(QStringLiteral("x"))));
    QVERIFY(links.linkAt({ QStringLiteral("zoneName") }, QJsonValue(QStringLiteral("x"))));
}

// Every linkable key of every eu product names the last placeholder of exactly one GET of its
// product, never a date; the counts were made apart by a script over the snapshot files.
void TestIdLinks::wholeEuSnapshot()
{
    int keys = 0;
    int properties = 0;
    for (const Product& product : bundledEuProducts()) {
        const QHash<QString, DetailOperation> linkable = linkableKeys(product);
        keys += int(linkable.size());
        for (auto it = linkable.cbegin(); it != linkable.cend(); ++it) {
            int gets = 0;
            for (const ApiPath& path : product.paths) {
                if (!path.path.endsWith(QStringLiteral("/{") + it.key() + u'}'))
                    continue;
                for (const Operation& operation : path.operations)
                    gets += operation.method == HttpMethod::Get ? 1 : 0;
            }
            QVERIFY2(gets == 1, qPrintable(product.path + QLatin1Char(' ') + it.key()));
            const Operation& target = product.paths.at(it->path).operations.at(it->operation);
            QCOMPARE(target.method, HttpMethod::Get);
        }
        for (const Model& model : product.models) {
            for (const Property& property : model.properties)
                properties += linkable.contains(property.name) ? 1 : 0;
        }
    }
    qInfo("eu: %d linkable keys, %d model properties under one", keys, properties);
    QCOMPARE(keys, 437);
    QCOMPARE(properties, 718);
}

QTEST_GUILESS_MAIN(TestIdLinks)
#include "tst_idlinks.moc"
