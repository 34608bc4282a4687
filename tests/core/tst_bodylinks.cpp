// Links in the Body's text (issue 13 item 2, the parts left): a line of indented JSON read on
// its own (key, scalar, the value's span), the line's link, and keys that link to another
// product's GET when the match is unique over the whole API (the eu snapshot).
#include "results/idlinks.h"
#include "results/jsonline.h"
#include "schemafixtures.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>

#include <QTest>
#include <algorithm>

using namespace Ovh;
using namespace OvhTest;
using namespace Qt::StringLiterals;

namespace {

const Product& productOf(const QString& path)
{
    for (const Product& product : bundledEuProducts()) {
        if (product.path == path)
            return product;
    }
    qFatal("no product %s in the eu snapshot", qPrintable(path));
}

IdLinks linksOf(const QString& productPath, const QString& operationPath,
    const QJsonObject& formValues, bool acrossApi)
{
    static const ApiLinkableKeys apiKeys(bundledEuProducts());
    const Product& product = productOf(productPath);
    const Operation* operation = findOperation(product, HttpMethod::Get, operationPath);
    if (!operation)
        qFatal("no GET %s", qPrintable(operationPath));
    return IdLinks(product, *operation, formValues, linkableKeys(product),
        acrossApi ? apiKeys.keys() : QHash<QString, KeyLink>());
}

} // namespace

class TestBodyLinks : public QObject
{
    Q_OBJECT

private slots:
    void readLine_data();
    void readLine();
    void lineLinks_data();
    void lineLinks();
    void acrossProducts_data();
    void acrossProducts();
    void wholeEuSnapshot();
};

void TestBodyLinks::readLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("id element") << u"    1001,"_s << QString() << QJsonValue(1001) << 4 << 8;
    QTest::newRow("last element") << u"    5089921234"_s << QString() << QJsonValue(5089921234.0)
                                  << 4 << 14;
    QTest::newRow("string member") << u"        \"zone\": \"example.com\","_s << u"zone"_s
                                   << QJsonValue(u"example.com"_s) << 16 << 29;
    QTest::newRow("escaped key and value")
        << uR"(    "a\"b": "x\\y")"_s << u"a\"b"_s << QJsonValue(u"x\\y"_s) << 12 << 18;
    QTest::newRow("colon in a key")
        << uR"(    "a: b": 1)"_s << u"a: b"_s << QJsonValue(1) << 12 << 13;
    QTest::newRow("number member") << u"    \"id\": 42"_s << u"id"_s << QJsonValue(42) << 10 << 12;
    QTest::newRow("null") << u"    \"id\": null,"_s << u"id"_s << QJsonValue(QJsonValue::Null) << 10
                          << 14;
    QTest::newRow("object opens") << u"    \"zone\": {"_s << u"zone"_s << none << 12 << 13;
    QTest::newRow("empty array") << u"    \"tags\": [],"_s << u"tags"_s << none << 12 << 14;
    QTest::newRow("bracket") << u"    },"_s << QString() << none << 4 << 5;
    QTest::newRow("two members") << u"    \"a\": 1, \"b\": 2"_s << u"a"_s << none << 9 << 18;
    QTest::newRow("cut string") << u"    \"a\": \"open"_s << u"a"_s << none << 9 << 14;
    QTest::newRow("empty") << QString() << QString() << none << 0 << 0;
}

void TestBodyLinks::readLine()
{
    QFETCH(QString, line);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(int, start);
    QFETCH(int, end);
    const JsonLine read = readJsonLine(line);
    QCOMPARE(read.key, key);
    QCOMPARE(read.value, value);
    QCOMPARE(read.valueStart, start);
    QCOMPARE(read.valueEnd, end);
}

void TestBodyLinks::lineLinks_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("target"); // empty: no link
    QTest::addColumn<QJsonObject>("values");
    const QString list = kRecordPath;
    const QString detail = u"GET "_s + kRecordPath + u"/{id}"_s;
    const QString zone = u"example.com"_s;
    QTest::newRow("id of a list") << list << u"    1001,"_s << detail
                                  << QJsonObject { { u"path/zoneName"_s, zone },
                                         { u"path/id"_s, u"1001"_s } };
    QTest::newRow("nested element") << list << u"        1001,"_s << QString() << QJsonObject();
    QTest::newRow("bracket") << list << u"["_s << QString() << QJsonObject();
    QTest::newRow("boolean element") << list << u"    true,"_s << QString() << QJsonObject();
    // A record's own zone: GET /domain/zone/{zoneName}.
    QTest::newRow("keyed value") << list + u"/{id}"_s << u"    \"zone\": \"example.com\","_s
                                 << QString() << QJsonObject();
    QTest::newRow("zoneName key") << list + u"/{id}"_s << u"    \"zoneName\": \"other.org\","_s
                                  << u"GET /domain/zone/{zoneName}"_s
                                  << QJsonObject { { u"path/zoneName"_s, u"other.org"_s } };
    QTest::newRow("key with no GET")
        << list + u"/{id}"_s << u"    \"target\": \"192.0.2.1\""_s << QString() << QJsonObject();
    QTest::newRow("object under a linked key")
        << list + u"/{id}"_s << u"    \"zoneName\": {"_s << QString() << QJsonObject();
}

// From the line's text alone, as a view asks for the lines it paints.
void TestBodyLinks::lineLinks()
{
    QFETCH(QString, operation);
    QFETCH(QString, line);
    QFETCH(QString, target);
    QFETCH(QJsonObject, values);
    const IdLinks links
        = linksOf(u"/domain"_s, operation, { { u"path/zoneName"_s, u"example.com"_s } }, true);
    const std::optional<IdLink> link = links.lineLink(line);
    QCOMPARE(link.has_value(), !target.isEmpty());
    if (!link)
        return;
    QCOMPARE(link->operationKey, target);
    QCOMPARE(link->values, values);
}

void TestBodyLinks::acrossProducts_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("target"); // empty: no link
    QTest::newRow("a project's order") << u"/cloud"_s << u"/cloud/project/{serviceName}"_s
                                       << u"orderId"_s << u"GET /me/order/{orderId}"_s;
    QTest::newRow("a server's ticket")
        << u"/dedicated/server"_s << u"/dedicated/server/{serviceName}/task/{taskId}"_s
        << u"ticketId"_s << u"GET /support/tickets/{ticketId}"_s;
    QTest::newRow("an ip's organisation") << u"/ip"_s << u"/ip/{ip}"_s << u"organisationId"_s
                                          << u"GET /me/ipOrganisation/{organisationId}"_s;
    QTest::newRow("a credential's application")
        << u"/auth"_s << u"/auth/currentCredential"_s << u"applicationId"_s
        << u"GET /me/api/application/{applicationId}"_s;
    // The product's own GET wins: /me has GET /me/order/{orderId}, linked as before.
    QTest::newRow("own product first")
        << u"/me"_s << u"/me/bill/{billId}"_s << u"orderId"_s << u"GET /me/order/{orderId}"_s;
    // A DirectAdmin licence's clientId is a long, OAuth2's clientId a string: another thing.
    QTest::newRow("declared with another type")
        << u"/license/directadmin"_s << u"/license/directadmin/{serviceName}"_s << u"clientId"_s
        << QString();
    // /order's catalogs declare catalogId as a long and, once, as a string.
    QTest::newRow("declared with two types")
        << u"/order"_s << u"/order/catalog/public/cloud"_s << u"catalogId"_s << QString();
    // A word, not an id: a server's "user" is no /me identity user.
    QTest::newRow("a word") << u"/analytics"_s << u"/analytics/platforms/{serviceName}"_s
                            << u"user"_s << QString();
    // The one GET ending in /{instanceId} needs a cloud project: nothing to carry it from /kube.
    QTest::newRow("another placeholder")
        << u"/kube"_s << u"/kube/{serviceName}"_s << u"instanceId"_s << QString();
    // A price list by an enum's values: /dedicated/server's "capacity" is no price.
    QTest::newRow("an enum") << u"/dedicated/server"_s << u"/dedicated/server/{serviceName}"_s
                             << u"capacity"_s << QString();
}

void TestBodyLinks::acrossProducts()
{
    QFETCH(QString, product);
    QFETCH(QString, operation);
    QFETCH(QString, key);
    QFETCH(QString, target);
    const QJsonValue value(42);
    const IdLinks across = linksOf(product, operation, {}, true);
    const std::optional<IdLink> link = across.linkAt({ key }, value);
    QCOMPARE(link.has_value(), !target.isEmpty());
    if (link) {
        QCOMPARE(link->operationKey, target);
        const QString parameter = key;
        QCOMPARE(link->values, (QJsonObject { { u"path/"_s + parameter, u"42"_s } }));
    }
    // Within the product only, as before: only the product's own GET.
    const IdLinks within = linksOf(product, operation, {}, false);
    const bool own = link
        && productOf(product).paths.cend()
            != std::find_if(productOf(product).paths.cbegin(), productOf(product).paths.cend(),
                [&](const ApiPath& path) { return u"GET "_s + path.path == target; });
    QCOMPARE(within.linkAt({ key }, value).has_value(), own);
}

// Over the whole eu API: which keys of each product's models gain a link to another product's
// GET, each checked: the one GET of the API ending in "/{key}", in another product, with only
// that placeholder, typed as the key is everywhere in the product's models.
void TestBodyLinks::wholeEuSnapshot()
{
    const QList<Product>& products = bundledEuProducts();
    QElapsedTimer clock;
    clock.start();
    const QHash<QString, KeyLink> apiKeys = apiLinkableKeys(products);
    // Made on the GUI thread at the first answer shown: it must stay a few milliseconds.
    qInfo("apiLinkableKeys over %d products: %lld ms", int(products.size()), clock.elapsed());
    QMap<QString, QStringList> gained; // key -> the products whose answers gain it
    int pairs = 0;
    for (const Product& product : products) {
        const Operation* any = nullptr;
        for (const ApiPath& path : product.paths) {
            for (const Operation& operation : path.operations)
                any = any ? any : &operation;
        }
        if (!any)
            continue; // no operation: no answer
        const IdLinks within(product, *any, {}, linkableKeys(product));
        const IdLinks across(product, *any, {}, linkableKeys(product), apiKeys);
        QSet<QString> names;
        for (const Model& model : product.models) {
            for (const Property& property : model.properties)
                names.insert(property.name);
        }
        for (const QString& name : std::as_const(names)) {
            const QJsonValue value(u"x"_s);
            if (within.linkAt({ name }, value) || !across.linkAt({ name }, value))
                continue;
            const KeyLink target = apiKeys.value(name);
            QCOMPARE(across.linkAt({ name }, value)->operationKey, target.operationKey);
            QVERIFY2(!target.path.startsWith(product.path + u'/'), qPrintable(name));
            QCOMPARE(target.path.count(u'{'), 1);
            QVERIFY(target.path.endsWith(u"/{"_s + name + u'}'));
            for (const Model& model : product.models) {
                for (const Property& property : model.properties) {
                    if (property.name == name)
                        QCOMPARE(property.type.kind, target.kind);
                }
            }
            gained[name] << product.path;
            ++pairs;
        }
    }
    QStringList lines;
    for (auto it = gained.cbegin(); it != gained.cend(); ++it) {
        lines << it.key() + u" -> "_s + apiKeys.value(it.key()).operationKey + u" from "_s
                + it.value().join(u", "_s);
    }
    qInfo("eu: %d keys link across the API; %d of them from %d (product, key) pairs:\n%s",
        int(apiKeys.size()), int(gained.size()), pairs, qPrintable(lines.join(u'\n')));
    // Each read in the snapshot: ids of billing orders, support tickets, API applications and
    // credentials, IP organisations. One is doubtful: /cloud's clientId is that of a Kubernetes
    // OIDC provider, typed as OAuth2's (a string); following it opens a form, sends nothing.
    QCOMPARE(gained.keys(),
        (QStringList { u"applicationId"_s, u"clientId"_s, u"credentialId"_s, u"orderId"_s,
            u"organisationId"_s, u"ticketId"_s }));
    QCOMPARE(pairs, 16);
}

QTEST_GUILESS_MAIN(TestBodyLinks)
#include "tst_bodylinks.moc"
