// The OpenAPI 3 reader (issue 14 item 2): the real eu v2 snapshot, then each construct of OVH's
// dialect and each malformed document on small hand-made documents.
#include "schema/openapireader.h"
#include "schema/schemaparser.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Ovh;

namespace {

QString v2SnapshotDir()
{
    return QDir::cleanPath(OvhTest::snapshotDir(QStringLiteral("eu")) + QLatin1String("/../v2"));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Operation* findOperation(const Product& product, HttpMethod method, const QString& path)
{
    for (const ApiPath& apiPath : product.paths) {
        for (const Operation& operation : apiPath.operations) {
            if (operation.method == method && operation.path == path)
                return &operation;
        }
    }
    return nullptr;
}

const Parameter* findParameter(const Operation& operation, const QString& name)
{
    for (const Parameter& parameter : operation.parameters) {
        if (parameter.name == name)
            return &parameter;
    }
    return nullptr;
}

const Property* findProperty(const Product& product, const QString& model, const QString& name)
{
    const Model* found = product.model(model);
    if (!found)
        return nullptr;
    for (const Property& property : found->properties) {
        if (property.name == name)
            return &property;
    }
    return nullptr;
}

// A document with `schemas` as components.schemas and `paths` as paths (JSON fragments).
QByteArray document(const char* schemas, const char* paths = "{}")
{
    return QByteArray(R"({"openapi":"3.0.0","servers":[{"url":"https://eu.api.ovh.com/v2"}],)")
        + R"("components":{"schemas":)" + schemas + R"(},"paths":)" + paths + "}";
}

QString messages(const Diagnostics& diagnostics)
{
    QStringList texts;
    for (const Diagnostic& diagnostic : diagnostics)
        texts << diagnostic.location + QLatin1String(": ") + diagnostic.message;
    return texts.join(QLatin1String("\n"));
}

} // namespace

class TestOpenApiReader : public QObject
{
    Q_OBJECT

private slots:
    void snapshotCounts();
    void snapshotOperation();
    void snapshotDeprecation();
    void constructs();
    void malformed_data();
    void malformed();
    void formatsPickTheReader();
};

void TestOpenApiReader::snapshotCounts()
{
    const IndexParseResult index
        = SchemaParser::parseIndex(readFile(v2SnapshotDir() + QLatin1String("/index.json")));
    QVERIFY(index.ok);
    QCOMPARE(index.index.basePath, QStringLiteral("https://eu.api.ovh.com/v2"));
    QCOMPARE(index.index.products.size(), 4);
    int paths = 0;
    int operations = 0;
    int headerParameters = 0;
    for (const ApiIndexEntry& entry : index.index.products) {
        const ProductParseResult parsed
            = parseAnyProductSchema(entry.path, readFile(v2SnapshotDir() + entry.schemaPath));
        QVERIFY2(parsed.ok, qPrintable(entry.path));
        QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(messages(parsed.diagnostics)));
        paths += int(parsed.product.paths.size());
        operations += parsed.product.operationCount();
        for (const ApiPath& path : parsed.product.paths) {
            for (const Operation& operation : path.operations) {
                QVERIFY(operation.responseType.kind != TypeKind::Unknown);
                for (const Parameter& parameter : operation.parameters) {
                    headerParameters += parameter.location == ParamLocation::Header;
                    QVERIFY2(parameter.type.kind != TypeKind::Unknown,
                        qPrintable(operation.path + QLatin1Char(' ') + parameter.name));
                }
            }
        }
    }
    QCOMPARE(paths, 61);
    QCOMPARE(operations, 82);
    QCOMPARE(headerParameters, 70); // 35 cursor/size pairs
}

void TestOpenApiReader::snapshotOperation()
{
    const ProductParseResult parsed = OpenApiReader::parseProduct(
        QStringLiteral("/iam"), readFile(v2SnapshotDir() + QLatin1String("/iam.json")));
    const Product& iam = parsed.product;
    QCOMPARE(iam.basePath, QStringLiteral("https://eu.api.ovh.com/v2"));
    const Operation* list = findOperation(iam, HttpMethod::Get, QStringLiteral("/iam/policy"));
    QVERIFY(list);
    QCOMPARE(list->description, QStringLiteral("Retrieve all policies"));
    QCOMPARE(list->status.value, ApiStatus::Production);
    QCOMPARE(list->status.description, QStringLiteral("Stable production version"));
    QCOMPARE(list->iamActions.size(), 1);
    QCOMPARE(list->iamActions.first().name, QStringLiteral("account:apiovh:iam/policy/get"));
    const Parameter* cursor = findParameter(*list, QStringLiteral("X-Pagination-Cursor"));
    QVERIFY(cursor);
    QCOMPARE(cursor->location, ParamLocation::Header);
    QCOMPARE(cursor->type.kind, TypeKind::String);
    QCOMPARE(findParameter(*list, QStringLiteral("X-Pagination-Size"))->type.kind, TypeKind::Long);
    const Parameter* action = findParameter(*list, QStringLiteral("action"));
    QVERIFY(action);
    QCOMPARE(action->location, ParamLocation::Query);
    QCOMPARE(action->type.kind, TypeKind::Array);
    QCOMPARE(action->type.element->kind, TypeKind::String);
    QCOMPARE(list->responseType.kind, TypeKind::Array);
    QCOMPARE(list->responseTypeName, QStringLiteral("iam.policy.Response[]"));
    QCOMPARE(iam.resolveType(list->responseTypeName).element->kind, TypeKind::Model);
    QCOMPARE(list->examples.size(), 1);
    QCOMPARE(list->examples.first().kind, OperationExample::Response);
    QCOMPARE(list->examples.first().name, QStringLiteral("Get policies"));
    QVERIFY(list->examples.first().json.startsWith("[{\"conditions\":"));

    const Operation* create = findOperation(iam, HttpMethod::Post, QStringLiteral("/iam/policy"));
    QVERIFY(create);
    QVERIFY(create->hasUnnamedBody());
    const Parameter* body = findParameter(*create, QString());
    QCOMPARE(body->type.kind, TypeKind::Model);
    QCOMPARE(body->type.modelKey, QStringLiteral("iam.policy.Creation"));
    QVERIFY(body->required);
    QCOMPARE(create->examples.first().kind, OperationExample::Request);
    QCOMPARE(create->examples.first().name, QStringLiteral("Create a policy"));

    // Models: required lists, readOnly, nullable, $ref through allOf, formats, maps, enums.
    const Property* name
        = findProperty(iam, QStringLiteral("iam.policy.Creation"), QStringLiteral("name"));
    QVERIFY(name && name->required);
    const Property* createdAt
        = findProperty(iam, QStringLiteral("iam.policy.Response"), QStringLiteral("createdAt"));
    QVERIFY(createdAt && createdAt->readOnly);
    QCOMPARE(createdAt->type.kind, TypeKind::DateTime);
    const Property* updatedAt
        = findProperty(iam, QStringLiteral("iam.PermissionsGroup"), QStringLiteral("updatedAt"));
    QVERIFY(updatedAt && updatedAt->canBeNull);
    const Property* tags
        = findProperty(iam, QStringLiteral("iam.ResourceMetadata"), QStringLiteral("tags"));
    QVERIFY(tags);
    QCOMPARE(tags->type.kind, TypeKind::Map);
    QCOMPARE(tags->type.element->kind, TypeKind::String);
    const Model* operatorEnum = iam.model(QStringLiteral("iam.policy.Condition.OperatorEnum"));
    QVERIFY(operatorEnum && operatorEnum->isEnum());
    QCOMPARE(operatorEnum->enumValues,
        QStringList({ QStringLiteral("AND"), QStringLiteral("MATCH"), QStringLiteral("NOT"),
            QStringLiteral("OR") }));
}

void TestOpenApiReader::snapshotDeprecation()
{
    const ProductParseResult parsed = OpenApiReader::parseProduct(QStringLiteral("/publicCloud"),
        readFile(v2SnapshotDir() + QLatin1String("/publicCloud.json")));
    const Operation* plan = findOperation(
        parsed.product, HttpMethod::Get, QStringLiteral("/publicCloud/reference/rancher/plan"));
    QVERIFY(plan);
    QCOMPARE(plan->status.value, ApiStatus::Deprecated);
    QCOMPARE(plan->status.deletionDate,
        QDateTime::fromString(QStringLiteral("2024-09-01T00:00:00Z"), Qt::ISODate));
    QCOMPARE(plan->status.deprecatedDate,
        QDateTime::fromString(QStringLiteral("2024-05-20T00:00:00Z"), Qt::ISODate));
    // Named as this branch lists its paths, without "/v2".
    QCOMPARE(plan->status.replacement,
        QStringLiteral("/publicCloud/project/{projectId}/reference/rancher"));
}

void TestOpenApiReader::constructs()
{
    const QByteArray json = document(
        R"({
        "t.Node": {"type": "object", "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/t.Node"}},
            "id": {"type": "string", "format": "uuid"},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "size": {"type": "integer", "readOnly": true},
            "labels": {"type": "object", "additionalProperties": {"type": "integer"}},
            "address": {"$ref": "#/components/schemas/ipv6"},
            "mail": {"$ref": "#/components/schemas/email"},
            "inner": {"type": "object", "properties": {"x": {"type": "number"}}},
            "either": {"oneOf": [{"$ref": "#/components/schemas/t.Node"}, {"type": "string"}]}
        }, "required": ["id"]},
        "t.Named": {"allOf": [{"$ref": "#/components/schemas/t.Node"},
            {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}]},
        "ipv6": {"type": "string", "format": "ipv6"},
        "email": {"type": "string", "format": "email"}
        })",
        R"({"/node/{nodeId}": {"parameters": [{"in": "path", "name": "nodeId", "schema": {"type": "string"}}],
            "put": {"summary": "Update", "security": [],
                "requestBody": {"content": {"application/json": {"schema": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}}},
                "responses": {"204": {"description": "done"}}},
            "get": {"summary": "Get", "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/t.Named"}}}}}}}})");
    const ProductParseResult parsed = OpenApiReader::parseProduct(QStringLiteral("/t"), json);
    QVERIFY(parsed.ok);
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(messages(parsed.diagnostics)));
    const Product& product = parsed.product;
    const Property* children
        = findProperty(product, QStringLiteral("t.Node"), QStringLiteral("children"));
    QCOMPARE(children->type.kind, TypeKind::Array);
    QCOMPARE(children->type.element->modelKey, QStringLiteral("t.Node")); // recursion by key
    QCOMPARE(findProperty(product, QStringLiteral("t.Node"), QStringLiteral("id"))->type.kind,
        TypeKind::Uuid);
    QVERIFY(findProperty(product, QStringLiteral("t.Node"), QStringLiteral("id"))->required);
    const Property* kind = findProperty(product, QStringLiteral("t.Node"), QStringLiteral("kind"));
    QCOMPARE(kind->type.kind, TypeKind::Enum);
    QCOMPARE(product.model(kind->type.modelKey)->enumValues,
        QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
    QVERIFY(findProperty(product, QStringLiteral("t.Node"), QStringLiteral("size"))->readOnly);
    const Property* labels
        = findProperty(product, QStringLiteral("t.Node"), QStringLiteral("labels"));
    QCOMPARE(labels->type.kind, TypeKind::Map);
    QCOMPARE(labels->type.element->kind, TypeKind::Long);
    QCOMPARE(findProperty(product, QStringLiteral("t.Node"), QStringLiteral("address"))->type.kind,
        TypeKind::Ip);
    const Property* mail = findProperty(product, QStringLiteral("t.Node"), QStringLiteral("mail"));
    QCOMPARE(mail->type.kind, TypeKind::String);
    QCOMPARE(mail->type.displayName(), QStringLiteral("email"));
    const Property* inner
        = findProperty(product, QStringLiteral("t.Node"), QStringLiteral("inner"));
    QCOMPARE(inner->type.kind, TypeKind::Model);
    QCOMPARE(product.propertiesOf(inner->type).first().type.kind, TypeKind::Double);
    const Property* either
        = findProperty(product, QStringLiteral("t.Node"), QStringLiteral("either"));
    QCOMPARE(either->type.kind, TypeKind::Unknown); // edited as raw JSON
    QCOMPARE(either->type.name, QStringLiteral("t.Node|string"));
    // allOf merges the referenced model's properties with its own, required lists too.
    const Model* named = product.model(QStringLiteral("t.Named"));
    QVERIFY(named);
    QCOMPARE(named->properties.size(), 10);
    QVERIFY(findProperty(product, QStringLiteral("t.Named"), QStringLiteral("name"))->required);
    QVERIFY(findProperty(product, QStringLiteral("t.Named"), QStringLiteral("id"))->required);

    const Operation* put
        = findOperation(product, HttpMethod::Put, QStringLiteral("/node/{nodeId}"));
    QVERIFY(put && put->noAuthentication);
    QCOMPARE(put->responseType.kind, TypeKind::Void);
    QCOMPARE(findParameter(*put, QStringLiteral("nodeId"))->location, ParamLocation::Path);
    QCOMPARE(findParameter(*put, QString())->type.kind, TypeKind::Unknown);
    const Operation* get
        = findOperation(product, HttpMethod::Get, QStringLiteral("/node/{nodeId}"));
    QVERIFY(get && !get->noAuthentication);
    QCOMPARE(get->responseType.modelKey, QStringLiteral("t.Named"));
    QVERIFY(findParameter(*get, QStringLiteral("nodeId"))->required);
}

void TestOpenApiReader::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("operations"); // what still loads

    const char* onePath = R"({"/a": {"get": {"responses": {"200": {"content": {"application/json":
        {"schema": {"$ref": "#/components/schemas/x.A"}}}}}}}})";
    QTest::newRow("not json") << QByteArray("{oops") << false << "invalid JSON" << 0;
    QTest::newRow("html") << QByteArray("<html>") << false << "HTML" << 0;
    QTest::newRow("not an object") << QByteArray("[1]") << false << "JSON object" << 0;
    QTest::newRow("not openapi") << QByteArray(R"({"x": 1})") << false << "not an OpenAPI" << 0;
    QTest::newRow("swagger 2") << QByteArray(R"({"swagger": "2.0", "paths": {}})") << false
                               << "Swagger 2" << 0;
    QTest::newRow("ref to nowhere") << document(
        R"({"x.A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/x.B"}}}})",
        onePath) << true << "points to no schema"
                                    << 1;
    QTest::newRow("ref outside") << document(
        R"({"x.A": {"type": "object", "properties": {"b": {"$ref": "other.json#/B"}}}})", onePath)
                                 << true << "does not point into" << 1;
    QTest::newRow("allOf cycle") << document(
        R"({"x.A": {"allOf": [{"$ref": "#/components/schemas/x.B"}, {"type": "object"}]},
                       "x.B": {"allOf": [{"$ref": "#/components/schemas/x.A"}, {"type": "object"}]}})",
        onePath) << true << "the cycle is cut"
                                 << 1;
    QTest::newRow("alias cycle") << document(
        R"({"x.A": {"type": "object", "properties": {"c": {"$ref": "#/components/schemas/x.C"}}},
                       "x.C": {"$ref": "#/components/schemas/x.D"}, "x.D": {"$ref": "#/components/schemas/x.C"}})",
        onePath) << true << "defined through itself"
                                 << 1;
    QByteArray deep = R"({"type": "string"})";
    for (int i = 0; i < 40; ++i)
        deep = R"({"type": "array", "items": )" + deep + "}";
    QTest::newRow("too deep") << document(
        QByteArray(R"({"x.A": {"type": "object", "properties": {"d": )" + deep + "}}}").constData(),
        onePath) << true << "nests deeper"
                              << 1;
    QTest::newRow("bad method and parameter") << document(R"({"x.A": {"type": "object"}})",
        R"({"/a": {"get": {"parameters": [{"in": "cookie", "name": "c", "schema": {}}, 5]},
                   "fetch": {}}, "b": {}})") << true
                                              << "'cookie' are not supported" << 1;
    QTest::newRow("wrong types") << document(
        R"({"x.A": {"type": "object", "properties": 3, "required": "id"}})",
        R"({"/a": {"get": {"summary": 5, "x-badges": {}}}})")
                                 << true << "should be" << 1;
}

void TestOpenApiReader::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    QFETCH(int, operations);
    const ProductParseResult parsed = OpenApiReader::parseProduct(QStringLiteral("/x"), json);
    QCOMPARE(parsed.ok, ok);
    QCOMPARE(parsed.product.operationCount(), operations);
    QVERIFY2(
        messages(parsed.diagnostics).contains(message), qPrintable(messages(parsed.diagnostics)));
    for (const Diagnostic& diagnostic : parsed.diagnostics)
        QCOMPARE(diagnostic.product, QStringLiteral("/x"));
}

void TestOpenApiReader::formatsPickTheReader()
{
    // A v2 product may answer in the v1 format: whichever comes back is read.
    const QByteArray v1
        = readFile(OvhTest::snapshotDir(QStringLiteral("eu")) + QLatin1String("/me.json"));
    QVERIFY(!v1.isEmpty());
    QVERIFY(!OpenApiReader::isOpenApi(v1));
    QVERIFY(parseAnyProductSchema(QStringLiteral("/me"), v1).product.operationCount() > 100);
    const QByteArray v2 = readFile(v2SnapshotDir() + QLatin1String("/vrackServices.json"));
    QVERIFY(OpenApiReader::isOpenApi(v2));
    QCOMPARE(
        parseAnyProductSchema(QStringLiteral("/vrackServices"), v2).product.operationCount(), 8);
    // "openapi" after a first member longer than the sniffed head is still found.
    QByteArray late = v2;
    const QByteArray padded
        = QByteArray("\"x-padding\": \"") + QByteArray(8192, 'x') + QByteArray("\", \"openapi\"");
    late.replace(QByteArray("\"openapi\""), padded);
    QVERIFY(!OpenApiReader::isOpenApi(late));
    QCOMPARE(
        parseAnyProductSchema(QStringLiteral("/vrackServices"), late).product.operationCount(), 8);
}

QTEST_GUILESS_MAIN(TestOpenApiReader)
#include "tst_openapireader.moc"
