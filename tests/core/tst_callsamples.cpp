// Every operation of the eu API builds from sample values: no false rejection on real data.
#include "callfixtures.h"

#include "base/jsontext.h"
#include "call/valueconversion.h"
#include "schema/openapireader.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

// A value every type accepts, to build each operation of the API with its required values.
QJsonValue sample(const Product& product, const TypeRef& type, int depth, bool all);

// Required settable properties, or every settable one when `all`.
QJsonObject sampleObject(const Product& product, const TypeRef& type, int depth, bool all)
{
    QJsonObject object;
    if (depth > 6)
        return object;
    const QList<Property> properties = product.propertiesOf(type);
    for (const Property& property : properties) {
        if ((property.required || all) && isSettable(property, properties))
            object.insert(property.name, sample(product, property.type, depth + 1, all));
    }
    return object;
}

QJsonValue sample(const Product& product, const TypeRef& type, int depth, bool all)
{
    switch (type.kind) {
    case TypeKind::Long:
        return QStringLiteral("1");
    case TypeKind::Double:
        return QStringLiteral("1.5");
    case TypeKind::Boolean:
        return QStringLiteral("true");
    case TypeKind::Date:
        return QStringLiteral("2024-01-31");
    case TypeKind::DateTime:
        return QStringLiteral("2024-01-31T12:00:00+01:00");
    case TypeKind::Time:
        return QStringLiteral("12:00:00");
    case TypeKind::Uuid:
        return QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    case TypeKind::Ip:
        return QStringLiteral("192.0.2.1");
    case TypeKind::IpBlock:
        return QStringLiteral("192.0.2.0/29");
    case TypeKind::IpInterface:
        return QStringLiteral("192.0.2.1/24");
    case TypeKind::MacAddress:
        return QStringLiteral("00:11:22:33:44:55");
    case TypeKind::Phone:
        return QStringLiteral("+33123456789");
    case TypeKind::Enum: {
        const Model* model = product.model(type.modelKey);
        return model && !model->enumValues.isEmpty() ? model->enumValues.first()
                                                     : QStringLiteral("x");
    }
    case TypeKind::Model:
        return sampleObject(product, type, depth, all);
    case TypeKind::Array:
        return type.element ? QJsonArray { sample(product, *type.element, depth + 1, all) }
                            : QJsonArray();
    case TypeKind::Map:
        return QJsonObject();
    default:
        break;
    }
    return QStringLiteral("x");
}

// Builds every operation of `schema` 4 ways (required values, then all; typed, then text).
void buildEveryOperation(const QString& file, const Product& schema, int& operations, int& bodies)
{
    for (const ApiPath& apiPath : schema.paths) {
        for (const Operation& operation : apiPath.operations) {
            ++operations;
            // Required values only, then every parameter and property; typed, then text.
            for (const bool all : { false, true }) {
                CallValues typed;
                CallValues texts;
                for (const Parameter& parameter : operation.parameters) {
                    if (!parameter.required && !all)
                        continue;
                    const QJsonValue value = sample(schema, parameter.type, 0, all);
                    if (parameter.name.isEmpty()) {
                        typed.setBody(CallValue::fromJson(value));
                        texts.setBody(CallValue::fromText(wireText(value)));
                    } else {
                        typed.set(parameter.location, parameter.name, CallValue::fromJson(value));
                        texts.set(parameter.location, parameter.name,
                            CallValue::fromText(wireText(value)));
                    }
                }
                for (const CallValues* values : { &typed, &texts }) {
                    CallErrors errors;
                    const CallRequest request
                        = buildCallRequest(schema, operation, *values, &errors);
                    const QString where = file + QLatin1Char(' ') + httpMethodName(operation.method)
                        + QLatin1Char(' ') + operation.path + QLatin1String(": ");
                    QVERIFY2(errors.isEmpty(),
                        qPrintable(where + errorTexts(errors).join(QLatin1String("; "))));
                    QVERIFY2(
                        !request.path.contains(QLatin1Char('{')), qPrintable(where + request.path));
                    QVERIFY2(request.url(eu()).isValid(), qPrintable(where + request.path));
                    if (request.hasBody()) {
                        ++bodies;
                        QJsonValue reparsed;
                        QVERIFY2(parseJsonText(QString::fromUtf8(request.bodyBytes), &reparsed),
                            qPrintable(where));
                        QCOMPARE(reparsed, request.body);
                    }
                }
            }
        }
    }
}

} // namespace

class TestCallSamples : public QObject
{
    Q_OBJECT

private slots:
    void everyEuOperationBuildsFromSamples();
    void everyV2OperationBuildsFromSamples();
};

void TestCallSamples::everyEuOperationBuildsFromSamples()
{
    // Every operation of the eu API builds without error from sample values of its required
    // parameters, then of all of them down to nested properties, typed values and texts alike:
    // the rules accept what the schema declares (no false rejection on real data).
    const QDir root(OvhTest::snapshotDir(QStringLiteral("eu")));
    QStringList files;
    for (const QString& file : root.entryList({ QStringLiteral("*.json") }, QDir::Files))
        files << file;
    for (const QString& dir : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString& file :
            QDir(root.filePath(dir)).entryList({ QStringLiteral("*.json") }, QDir::Files))
            files << dir + QLatin1Char('/') + file;
    }
    files.removeAll(QStringLiteral("index.json"));
    QVERIFY(files.size() > 80);

    int operations = 0;
    int bodies = 0;
    for (const QString& file : std::as_const(files))
        buildEveryOperation(file, product(file), operations, bodies);
    QVERIFY(operations > 6000);
    qInfo("%d operations built 4 ways, %d with a body", operations, bodies / 4);
}

void TestCallSamples::everyV2OperationBuildsFromSamples()
{
    // The same over the OpenAPI 3 products of the eu v2 snapshot: header parameters, query
    // arrays and bodies read by the OpenAPI reader build like v1's.
    const QDir root(
        QDir::cleanPath(OvhTest::snapshotDir(QStringLiteral("eu")) + QLatin1String("/../v2")));
    int operations = 0;
    int bodies = 0;
    for (const QString& file : root.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        if (file == QLatin1String("index.json"))
            continue;
        QFile input(root.filePath(file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const ProductParseResult parsed
            = parseAnyProductSchema(QLatin1Char('/') + file.chopped(5), input.readAll());
        QVERIFY(parsed.ok);
        buildEveryOperation(file, parsed.product, operations, bodies);
    }
    QCOMPARE(operations, 82);
    qInfo("%d v2 operations built 4 ways, %d with a body", operations, bodies / 4);
}

QTEST_GUILESS_MAIN(TestCallSamples)
#include "tst_callsamples.moc"
