#include "schema/schemaparser.h"
#include "schemafixtures.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Ovh;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

struct SnapshotCounts
{
    int products = 0;
    int paths = 0;
    int operations = 0;
    int models = 0;
    int parameters = 0;
    Diagnostics diagnostics;
};

SnapshotCounts parseSnapshot(const QString& dir, QList<Product>* products = nullptr)
{
    SnapshotCounts counts;
    const IndexParseResult index
        = SchemaParser::parseIndex(readFile(dir + QLatin1String("/index.json")));
    counts.diagnostics += index.diagnostics;
    for (const ApiIndexEntry& entry : index.index.products) {
        const ProductParseResult result
            = SchemaParser::parseProduct(entry.path, readFile(dir + entry.schemaPath));
        counts.diagnostics += result.diagnostics;
        if (!result.ok)
            continue;
        ++counts.products;
        counts.paths += int(result.product.paths.size());
        counts.operations += result.product.operationCount();
        counts.models += int(result.product.models.size());
        for (const ApiPath& path : result.product.paths) {
            for (const Operation& operation : path.operations)
                counts.parameters += int(operation.parameters.size());
        }
        if (products)
            products->append(result.product);
    }
    return counts;
}

const Operation* findOperation(
    const QList<Product>& products, const QString& path, HttpMethod method)
{
    for (const Product& product : products) {
        if (const Operation* operation = OvhTest::findOperation(product, method, path))
            return operation;
    }
    return nullptr;
}

const Parameter* findParameter(
    const Operation& operation, const QString& name, ParamLocation location)
{
    for (const Parameter& parameter : operation.parameters) {
        if (parameter.name == name && parameter.location == location)
            return &parameter;
    }
    return nullptr;
}

bool hasDiagnostic(const Diagnostics& diagnostics, const QString& needle)
{
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.location.contains(needle) || diagnostic.message.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestSchemaParser : public QObject
{
    Q_OBJECT

private slots:
    void fullSnapshots_data();
    void fullSnapshots();
    void realOperations();
    void pathParametersInPathOrder();
    void index();
    void indexOddities();
    void malformedDocuments_data();
    void malformedDocuments();
    void wrongTypes();
    void productWithoutApis();
    void absurdTypeParameter();
    void deepModelChain();
    void duplicates_data();
    void duplicates();
};

void TestSchemaParser::fullSnapshots_data()
{
    OvhTest::addSnapshotCountRows();
}

void TestSchemaParser::fullSnapshots()
{
    QFETCH(QString, region);
    const SnapshotCounts counts = parseSnapshot(OvhTest::snapshotDir(region));
    QFETCH(int, products);
    QFETCH(int, paths);
    QFETCH(int, operations);
    QFETCH(int, models);
    QCOMPARE(counts.products, products);
    QCOMPARE(counts.paths, paths);
    QCOMPARE(counts.operations, operations);
    QCOMPARE(counts.models, models);
    // Real schemas resolve completely: any diagnostic is a parser bug.
    for (const Diagnostic& diagnostic : counts.diagnostics)
        qWarning() << diagnostic.product << diagnostic.location << diagnostic.message;
    QCOMPARE(counts.diagnostics.size(), 0);
    if (region == QLatin1String("eu")) // 14,646 declared plus the two implicit {queueId}
        QCOMPARE(counts.parameters, 14646 + 2);
}

void TestSchemaParser::realOperations()
{
    QList<Product> products;
    parseSnapshot(OvhTest::snapshotDir(QStringLiteral("eu")), &products);

    // An unnamed body whose type is a model.
    const Operation* create = findOperation(
        products, QStringLiteral("/domain/zone/{zoneName}/record"), HttpMethod::Post);
    QVERIFY(create);
    QVERIFY(create->hasUnnamedBody());
    QCOMPARE(create->responseType.kind, TypeKind::Model);
    QCOMPARE(create->responseType.modelKey, QStringLiteral("domain.zone.Record"));
    QCOMPARE(create->iamActions.size(), 1);
    QCOMPARE(create->iamActions.at(0).name, QStringLiteral("dnsZone:apiovh:record/create"));
    QCOMPARE(create->operationId, QStringLiteral("createRecord"));
    const Product* domain = nullptr;
    for (const Product& product : products) {
        if (product.path == QLatin1String("/domain"))
            domain = &product;
    }
    QVERIFY(domain);
    for (const Parameter& parameter : create->parameters) {
        if (parameter.name.isEmpty()) {
            QCOMPARE(parameter.location, ParamLocation::Body);
            QCOMPARE(parameter.type.kind, TypeKind::Model);
            const QList<Property> properties = domain->propertiesOf(parameter.type);
            bool sawFieldType = false;
            for (const Property& property : properties) {
                if (property.name == QLatin1String("fieldType")) {
                    sawFieldType = true;
                    QCOMPARE(property.type.kind, TypeKind::Enum);
                    QVERIFY(property.required);
                    QVERIFY(domain->model(property.type.modelKey)
                                ->enumValues.contains(QLatin1String("TXT")));
                }
            }
            QVERIFY(sawFieldType);
        }
    }

    // Query parameters and path parameters.
    const Operation* list = findOperation(
        products, QStringLiteral("/domain/zone/{zoneName}/record"), HttpMethod::Get);
    QVERIFY(list);
    const Parameter* fieldType
        = findParameter(*list, QStringLiteral("fieldType"), ParamLocation::Query);
    QVERIFY(fieldType);
    QCOMPARE(fieldType->location, ParamLocation::Query);
    QCOMPARE(fieldType->type.kind, TypeKind::Enum);
    QVERIFY(findParameter(*list, QStringLiteral("zoneName"), ParamLocation::Path));
    QCOMPARE(list->responseType.kind, TypeKind::Array);
    QCOMPARE(list->responseType.element->kind, TypeKind::Long);

    // The two operations with an undeclared {queueId} placeholder get an implicit field.
    const Operation* agent = findOperation(products,
        QStringLiteral(
            "/telephony/{billingAccount}/easyHunting/{serviceName}/hunting/queue/{queueId}/agent"),
        HttpMethod::Post);
    QVERIFY(agent);
    // (the schema declares a body field named queueId, but not the path placeholder)
    QVERIFY(findParameter(*agent, QStringLiteral("queueId"), ParamLocation::Body));
    const Parameter* queueId
        = findParameter(*agent, QStringLiteral("queueId"), ParamLocation::Path);
    QVERIFY(queueId);
    QVERIFY(queueId->implicit);
    QVERIFY(queueId->required);
    QCOMPARE(queueId->type.kind, TypeKind::String);

    // Deprecated, with the "2022-03-01 00:00:00 +0000 UTC" date format.
    const Operation* platforms = findOperation(
        products, QStringLiteral("/analytics/capabilities/platforms"), HttpMethod::Get);
    QVERIFY(platforms);
    QCOMPARE(platforms->status.value, ApiStatus::Deprecated);
    QCOMPARE(platforms->status.deletionDate.toUTC(),
        QDateTime(QDate(2022, 3, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(platforms->status.deprecatedDate.toUTC(),
        QDateTime(QDate(2021, 12, 1), QTime(0, 0), QTimeZone::utc()));

    // Aliased full types keep their alias and use the wire type.
    int aliased = 0;
    for (const Product& product : products) {
        for (const ApiPath& path : product.paths) {
            for (const Operation& operation : path.operations) {
                for (const Parameter& parameter : operation.parameters) {
                    if (parameter.type.alias == QLatin1String("coreTypes.AccountId")) {
                        QCOMPARE(parameter.type.kind, TypeKind::String);
                        ++aliased;
                    }
                }
            }
        }
    }
    QCOMPARE(aliased, 122);

    // Long enums keep their string values but say they are numbers.
    const Product* cloud = nullptr;
    for (const Product& product : products) {
        if (product.path == QLatin1String("/cloud"))
            cloud = &product;
    }
    QVERIFY(cloud);
    const Model* delay = cloud->model(QStringLiteral("cloud.AlertingDelayEnum"));
    QVERIFY(delay);
    QCOMPARE(delay->enumType, TypeKind::Long);
    QCOMPARE(delay->enumValues.first(), QStringLiteral("3600"));
}

void TestSchemaParser::pathParametersInPathOrder()
{
    // The schema lists "id" before "zoneName"; every operation reads in the path's order.
    QList<Product> products;
    parseSnapshot(OvhTest::snapshotDir(QStringLiteral("eu")), &products);
    const Operation* record = findOperation(
        products, QStringLiteral("/domain/zone/{zoneName}/record/{id}"), HttpMethod::Get);
    QVERIFY(record);
    QStringList names;
    for (const Parameter& parameter : record->parameters) {
        if (parameter.location == ParamLocation::Path)
            names << parameter.name;
    }
    QCOMPARE(names, QStringList({ QStringLiteral("zoneName"), QStringLiteral("id") }));
    int checked = 0;
    for (const Product& product : std::as_const(products)) {
        for (const ApiPath& path : product.paths) {
            for (const Operation& operation : path.operations) {
                qsizetype last = -1;
                for (const Parameter& parameter : operation.parameters) {
                    if (parameter.location != ParamLocation::Path)
                        continue;
                    const qsizetype at = operation.path.indexOf(
                        QLatin1Char('{') + parameter.name + QLatin1Char('}'));
                    QVERIFY2(
                        at > last, qPrintable(operation.path + QLatin1Char(' ') + parameter.name));
                    last = at;
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 1000);
}

void TestSchemaParser::index()
{
    const IndexParseResult result = SchemaParser::parseIndex(
        readFile(OvhTest::snapshotDir(QStringLiteral("eu")) + QLatin1String("/index.json")));
    QVERIFY(result.ok);
    QCOMPARE(result.index.products.size(), 89);
    QCOMPARE(result.index.basePath, QStringLiteral("https://eu.api.ovh.com/1.0"));
    bool sawHostingWeb = false;
    for (const ApiIndexEntry& entry : result.index.products) {
        if (entry.path == QLatin1String("/hosting/web")) {
            sawHostingWeb = true;
            QCOMPARE(entry.schemaPath, QStringLiteral("/hosting/web.json"));
            QCOMPARE(
                entry.formats, QStringList({ QStringLiteral("json"), QStringLiteral("yaml") }));
        }
    }
    QVERIFY(sawHostingWeb);
}

void TestSchemaParser::indexOddities()
{
    const IndexParseResult result = SchemaParser::parseIndex(
        readFile(OvhTest::dataFile(QStringLiteral("malformed/index-oddities.json"))));
    QVERIFY(result.ok);
    QStringList schemaPaths;
    for (const ApiIndexEntry& entry : result.index.products)
        schemaPaths << entry.schemaPath;
    QCOMPARE(schemaPaths,
        QStringList({ QStringLiteral("/domain.json"), QStringLiteral("/hosting/web.json"),
            QStringLiteral("/me.json"), QStringLiteral("/status.json") }));
    QVERIFY(hasDiagnostic(result.diagnostics, QStringLiteral("listed twice")));
    QVERIFY(hasDiagnostic(result.diagnostics, QStringLiteral("should start with '/'")));
    QVERIFY(hasDiagnostic(result.diagnostics, QStringLiteral("should be an object")));
}

void TestSchemaParser::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("asIndex");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated product")
        << readFile(OvhTest::dataFile(QStringLiteral("malformed/truncated.json"))) << false
        << "invalid JSON at offset";
    QTest::newRow("html product") << readFile(
        OvhTest::dataFile(QStringLiteral("malformed/html-error.json")))
                                  << false << "HTML page";
    QTest::newRow("html index") << readFile(
        OvhTest::dataFile(QStringLiteral("malformed/html-error.json")))
                                << true << "HTML page";
    QTest::newRow("index without apis")
        << readFile(OvhTest::dataFile(QStringLiteral("malformed/missing-apis-index.json"))) << true
        << "no 'apis' list";
    QTest::newRow("index apis not a list")
        << QByteArray(R"({"apis": {"path": "/x"}})") << true << "'apis' should be an array";
    QTest::newRow("empty") << QByteArray() << false << "empty document";
    QTest::newRow("array at top") << QByteArray("[1, 2]") << false << "should be a JSON object";
    QTest::newRow("not a schema") << QByteArray(R"({"message": "Not found"})") << false
                                  << "not a v1 product schema";
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << false << "invalid JSON";
}

void TestSchemaParser::malformedDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, asIndex);
    QFETCH(QString, message);
    const Diagnostics diagnostics = asIndex
        ? SchemaParser::parseIndex(json).diagnostics
        : SchemaParser::parseProduct(QStringLiteral("/domain"), json).diagnostics;
    QVERIFY(!diagnostics.isEmpty());
    QVERIFY2(
        diagnostics.first().message.contains(message), qPrintable(diagnostics.first().message));
    if (asIndex)
        QVERIFY(!SchemaParser::parseIndex(json).ok);
    else
        QVERIFY(!SchemaParser::parseProduct(QStringLiteral("/domain"), json).ok);
}

void TestSchemaParser::wrongTypes()
{
    const ProductParseResult result = SchemaParser::parseProduct(QStringLiteral("/wrong"),
        readFile(OvhTest::dataFile(QStringLiteral("malformed/wrong-types.json"))));
    QVERIFY(result.ok); // what could be read is kept
    for (const Diagnostic& diagnostic : result.diagnostics)
        QCOMPARE(diagnostic.product, QStringLiteral("/wrong"));
    const Product& product = result.product;
    QCOMPARE(product.paths.size(), 1);
    const ApiPath& path = product.paths.first();
    QCOMPARE(path.operations.size(), 2); // FETCH skipped
    const Operation& get = path.operations.at(0);
    QCOMPARE(get.status.value, ApiStatus::Beta);
    QCOMPARE(get.iamActions.size(), 2);
    QCOMPARE(get.iamActions.at(1).required, false);
    QCOMPARE(get.parameters.size(), 1); // cookie, nameless query and 17 skipped
    QVERIFY(get.parameters.first().required); // path parameters are always required
    QCOMPARE(get.responseType.kind, TypeKind::Model);
    const Operation& remove = path.operations.at(1);
    QCOMPARE(remove.status.value, ApiStatus::Deprecated);
    QVERIFY(!remove.status.deprecatedDate.isValid());
    QVERIFY(remove.status.deletionDate.isValid());
    QCOMPARE(remove.status.replacement, QStringLiteral("/wrong"));
    QCOMPARE(remove.parameters.size(), 1); // the implicit {id}
    QVERIFY(remove.parameters.first().implicit);

    const Model* thing = product.model(QStringLiteral("wrong.Thing"));
    QVERIFY(thing);
    QCOMPARE(thing->properties.size(), 5); // "broken" skipped
    QVERIFY(!product.model(QStringLiteral("wrong.List")));
    QVERIFY(product.model(QStringLiteral("wrong.Enum")));

    const QStringList expected {
        QStringLiteral("'apiVersion' should be a string, not a number"),
        QStringLiteral("apis[0]"),
        QStringLiteral("'description' should be a string, not a number"),
        QStringLiteral("'noAuthentication' should be a boolean"),
        QStringLiteral("'required' should be a boolean"),
        QStringLiteral("unknown paramType 'cookie'"),
        QStringLiteral("a query parameter has no name"),
        QStringLiteral("parameters[3]"),
        QStringLiteral("an IAM action has no name"),
        QStringLiteral("unknown HTTP method 'FETCH'"),
        QStringLiteral("'deprecatedDate' is not a date: 'soon'"),
        QStringLiteral("'parameters' should be an array, not an object"),
        QStringLiteral("has no path"),
        QStringLiteral("property 'broken'"),
        QStringLiteral("property 'untyped'"),
        QStringLiteral("unknown type 'wrong.Missing'"),
        QStringLiteral("unknown type 'wrong.Pair<long>'"),
        QStringLiteral("model 'wrong.List'"),
        QStringLiteral("'enum' should be an array, not a string"),
    };
    for (const QString& needle : expected)
        QVERIFY2(hasDiagnostic(result.diagnostics, needle), qPrintable(needle));
}

void TestSchemaParser::productWithoutApis()
{
    // eu /cloudDB is served with neither "apis" nor "models".
    const ProductParseResult result = SchemaParser::parseProduct(QStringLiteral("/cloudDB"),
        readFile(OvhTest::snapshotDir(QStringLiteral("eu")) + QLatin1String("/cloudDB.json")));
    QVERIFY(result.ok);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.product.paths.size(), 0);
    QCOMPARE(result.product.models.size(), 0);
}

void TestSchemaParser::absurdTypeParameter()
{
    // One parameter typed long + 17,500 [] killed the whole CLI; another typed with 30,000
    // map[string] took 9 GB. Now each is a diagnostic and a raw-JSON field, the rest loads.
    const QByteArray deepArray = "long" + QByteArray("[]").repeated(17500);
    const QByteArray deepMap = QByteArray("map[string]").repeated(30000) + "long";
    const QByteArray json = R"({"resourcePath": "/x", "apis": [{"path": "/x", "operations": [
        {"httpMethod": "POST", "parameters": [
          {"name": "count", "dataType": "long", "paramType": "body", "required": true},
          {"name": "deep", "dataType": ")"
        + deepArray + R"(", "paramType": "body", "required": false},
          {"name": "maps", "dataType": ")"
        + deepMap + R"(", "paramType": "body", "required": false}]},
        {"httpMethod": "GET", "responseType": ")"
        + deepArray + R"(", "parameters": []}]}],
      "models": {"x.M": {"id": "M", "namespace": "x", "properties": {
        "deep": {"type": ")"
        + deepMap + R"(", "canBeNull": false, "readOnly": false, "required": false}}}}})";
    const ProductParseResult result = SchemaParser::parseProduct(QStringLiteral("/x"), json);
    QVERIFY(result.ok);
    QCOMPARE(result.product.paths.size(), 1);
    QCOMPARE(result.product.operationCount(), 2);
    const Operation& post = result.product.paths.at(0).operations.at(0);
    QCOMPARE(post.parameters.size(), 3);
    QCOMPARE(post.parameters.at(0).type.kind, TypeKind::Long);
    QCOMPARE(post.parameters.at(1).type.kind, TypeKind::Unknown);
    QCOMPARE(post.parameters.at(2).type.kind, TypeKind::Unknown);
    QCOMPARE(post.parameters.at(1).dataType, QString::fromLatin1(deepArray));
    QCOMPARE(result.product.paths.at(0).operations.at(1).responseType.kind, TypeKind::Unknown);
    QCOMPARE(result.product.models.value(QStringLiteral("x.M")).properties.at(0).type.kind,
        TypeKind::Unknown);
    QCOMPARE(result.diagnostics.size(), 4);
    for (const QString& where :
        { QStringLiteral("POST /x parameter 'deep'"), QStringLiteral("POST /x parameter 'maps'"),
            QStringLiteral("GET /x response"), QStringLiteral("model 'x.M' property 'deep'") }) {
        bool found = false;
        for (const Diagnostic& diagnostic : result.diagnostics) {
            found = found
                || (diagnostic.location == where
                    && diagnostic.message.contains(QLatin1String("nested deeper than 32")));
        }
        QVERIFY2(found, qPrintable(where));
    }
}

void TestSchemaParser::deepModelChain()
{
    // Models that nest 10,000 deep (each holds the next) load without walking the chain.
    QByteArray models;
    const int depth = 10000;
    for (int i = 0; i < depth; ++i) {
        const QByteArray next
            = i + 1 < depth ? QByteArray("x.M" + QByteArray::number(i + 1)) : QByteArray("long");
        models += (i ? "," : "") + QByteArray(R"("x.M)") + QByteArray::number(i)
            + R"(": {"id": "M", "namespace": "x", "properties": {"next": {"type": ")" + next
            + R"(", "canBeNull": false, "readOnly": false, "required": false}}})";
    }
    const QByteArray json = R"({"resourcePath": "/x", "apis": [{"path": "/x", "operations": [
        {"httpMethod": "GET", "responseType": "x.M0", "parameters": []}]}], "models": {)"
        + models + "}}";
    const ProductParseResult result = SchemaParser::parseProduct(QStringLiteral("/x"), json);
    QVERIFY(result.ok);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.product.models.size(), depth);
    TypeRef type = result.product.paths.at(0).operations.at(0).responseType;
    for (int i = 0; i < depth; ++i) {
        QCOMPARE(type.kind, TypeKind::Model);
        type = result.product.propertiesOf(type).at(0).type;
    }
    QCOMPARE(type.kind, TypeKind::Long);
}

void TestSchemaParser::duplicates_data()
{
    QTest::addColumn<bool>("isIndex");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("read"); // what is read: "path METHOD,METHOD; …" or index paths

    const QByteArray get = R"({"httpMethod": "GET", "parameters": []})";
    const QByteArray post = R"({"httpMethod": "POST", "parameters": []})";
    QTest::newRow("apis twice, the last is read")
        << false
        << QByteArray(R"({"resourcePath": "/x", "apis": [], "apis": [{"path": "/x",
            "operations": [)"
               + get + "]}]}")
        << "apis"
        << "'apis' is given twice in one object; the last one is read"
        << "/x GET";
    QTest::newRow("escaped duplicate key")
        << false
        << QByteArray(R"({"resourcePath": "/x", "apis": [{"path": "/x", "operations": [)" + get
               + R"(]}], "apis": []})")
        << "apis"
        << "'apis' is given twice in one object; the last one is read"
        << "";
    QTest::newRow("httpMethod twice")
        << false << QByteArray(R"({"resourcePath": "/x", "apis": [{"path": "/x", "operations": [
            {"httpMethod": "GET", "httpMethod": "POST", "parameters": []}]}]})")
        << "apis[0].operations[0].httpMethod"
        << "'httpMethod' is given twice in one object; the last one is read"
        << "/x POST";
    QTest::newRow("model twice") << false
                                 << QByteArray(R"({"resourcePath": "/x", "apis": [], "models": {
            "x.A": {"id": "A", "namespace": "x"}, "x.B": {}, "x.A": {"id": "A", "namespace": "x"}}})")
                                 << "models.x.A"
                                 << "'x.A' is given twice in one object; the last one is read"
                                 << "";
    QTest::newRow("apis null") << false << QByteArray(R"({"resourcePath": "/x", "apis": null})")
                               << ""
                               << "'apis' is null; read as an empty list"
                               << "";
    QTest::newRow("operations null")
        << false
        << QByteArray(R"({"resourcePath": "/x", "apis": [{"path": "/x", "operations": null}]})")
        << "/x"
        << "'operations' is null; read as an empty list"
        << "/x ";
    QTest::newRow("models null") << false
                                 << QByteArray(
                                        R"({"resourcePath": "/x", "apis": [], "models": null})")
                                 << "models"
                                 << "'models' is null; read as no models"
                                 << "";
    QTest::newRow("path twice, operations merged")
        << false
        << QByteArray(R"({"resourcePath": "/x", "apis": [{"path": "/x", "operations": [)" + get
               + R"(]}, {"path": "/y", "operations": []}, {"path": "/x", "operations": [)" + post
               + "]}]}")
        << "apis[2]"
        << "path '/x' is listed twice; its operations are merged"
        << "/x GET,POST; /y ";
    QTest::newRow("operation twice, the first is kept")
        << false
        << QByteArray(R"({"resourcePath": "/x", "apis": [{"path": "/x", "operations": [)" + get
               + R"(, {"httpMethod": "GET", "description": "second"}]}]})")
        << "GET /x"
        << "defined twice; the first one is kept"
        << "/x GET";
    QTest::newRow("index: apis twice")
        << true << QByteArray(R"({"apis": [{"path": "/a"}], "apis": [{"path": "/b"}]})") << "apis"
        << "'apis' is given twice in one object; the last one is read"
        << "/b";
    QTest::newRow("index: apis null") << true << QByteArray(R"({"apis": null})") << ""
                                      << "'apis' should be an array, not null"
                                      << "";
}

void TestSchemaParser::duplicates()
{
    QFETCH(bool, isIndex);
    QFETCH(QByteArray, json);
    QFETCH(QString, location);
    QFETCH(QString, message);
    QFETCH(QString, read);
    Diagnostics diagnostics;
    QStringList parts;
    if (isIndex) {
        const IndexParseResult result = SchemaParser::parseIndex(json);
        diagnostics = result.diagnostics;
        for (const ApiIndexEntry& entry : result.index.products)
            parts << entry.path;
    } else {
        const ProductParseResult result = SchemaParser::parseProduct(QStringLiteral("/x"), json);
        QVERIFY(result.ok);
        diagnostics = result.diagnostics;
        for (const ApiPath& path : result.product.paths) {
            QStringList methods;
            for (const Operation& operation : path.operations)
                methods << httpMethodName(operation.method);
            parts << path.path + QLatin1Char(' ') + methods.join(QLatin1Char(','));
        }
    }
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.at(0).location, location);
    QCOMPARE(diagnostics.at(0).message, message);
    QCOMPARE(parts.join(QLatin1String("; ")), read);
}

QTEST_GUILESS_MAIN(TestSchemaParser)
#include "tst_schemaparser.moc"
