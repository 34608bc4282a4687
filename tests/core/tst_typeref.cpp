#include "schema/schemaparser.h"
#include "schema/typeresolver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Ovh;

class TestTypeRef : public QObject
{
    Q_OBJECT

private slots:
    void syntax_data();
    void syntax();
    void alias_data();
    void alias();
    void resolve_data();
    void resolve();
    void genericProperties();
    void substitute_data();
    void substitute();
    void absurdNesting_data();
    void absurdNesting();
    void deepestAllowedNesting();
};

// Renders a parsed type back as a compact tree so one column can describe it.
static QString describe(const TypeRef& type)
{
    QString text = typeKindName(type.kind);
    if (type.kind == TypeKind::Map)
        text += QLatin1Char('(') + describe(*type.mapKey) + QLatin1String(" -> ")
            + describe(*type.element) + QLatin1Char(')');
    else if (type.kind == TypeKind::Array)
        text += QLatin1Char('(') + describe(*type.element) + QLatin1Char(')');
    else if (!type.modelKey.isEmpty())
        text += QLatin1Char(':') + type.modelKey;
    if (!type.genericArgs.isEmpty())
        text += QLatin1Char('<') + type.genericArgs.join(QLatin1Char(',')) + QLatin1Char('>');
    return text;
}

void TestTypeRef::syntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << "string"
                            << "string";
    QTest::newRow("long") << "long"
                          << "long";
    QTest::newRow("password") << "password"
                              << "password";
    QTest::newRow("text") << "text"
                          << "text";
    QTest::newRow("double") << "double"
                            << "double";
    QTest::newRow("boolean") << "boolean"
                             << "boolean";
    QTest::newRow("datetime") << "datetime"
                              << "datetime";
    QTest::newRow("date") << "date"
                          << "date";
    QTest::newRow("time") << "time"
                          << "time";
    QTest::newRow("duration") << "duration"
                              << "duration";
    QTest::newRow("uuid") << "uuid"
                          << "uuid";
    QTest::newRow("ipv4") << "ipv4"
                          << "ip";
    QTest::newRow("ipv6Block") << "ipv6Block"
                               << "ipBlock";
    QTest::newRow("ipInterface") << "ipInterface"
                                 << "ipInterface";
    QTest::newRow("mac") << "macAddress"
                         << "macAddress";
    QTest::newRow("phone") << "internationalPhoneNumber"
                           << "phone";
    QTest::newRow("void") << "void"
                          << "void";
    QTest::newRow("array") << "long[]"
                           << "array(long)";
    QTest::newRow("array of arrays") << "string[][]"
                                     << "array(array(string))";
    QTest::newRow("named") << "domain.zone.Record"
                           << "unknown:domain.zone.Record";
    QTest::newRow("named array") << "domain.zone.Record[]"
                                 << "array(unknown:domain.zone.Record)";
    QTest::newRow("map") << "map[string]string"
                         << "map(string -> string)";
    QTest::newRow("go map of arrays") << "map[string][]iam.resource.TagFilter"
                                      << "map(string -> array(unknown:iam.resource.TagFilter))";
    QTest::newRow("enum-keyed map") << "map[a.KeyEnum]a.Value"
                                    << "map(unknown:a.KeyEnum -> unknown:a.Value)";
    QTest::newRow("generic") << "complexType.UnitAndValue<double>"
                             << "unknown:complexType.UnitAndValue<double>";
    QTest::newRow("generic array") << "complexType.SafeKeyValue<string>[]"
                                   << "array(unknown:complexType.SafeKeyValue<string>)";
    QTest::newRow("spaces") << "  long  "
                            << "long";
    QTest::newRow("empty") << ""
                           << "unknown";
    QTest::newRow("broken map") << "map[string"
                                << "unknown";
}

void TestTypeRef::syntax()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describe(parseTypeSyntax(text)), expected);
}

void TestTypeRef::alias_data()
{
    QTest::addColumn<QString>("fullType");
    QTest::addColumn<bool>("hasAlias");
    QTest::addColumn<QString>("expectedAlias");
    QTest::addColumn<QString>("expectedWire");
    QTest::newRow("account") << "coreTypes.AccountId:string" << true << "coreTypes.AccountId"
                             << "string";
    QTest::newRow("service ids") << "coreTypes.ServiceId[]:long[]" << true
                                 << "coreTypes.ServiceId[]"
                                 << "long[]";
    QTest::newRow("duration") << "duration:string" << true << "duration"
                              << "string";
    QTest::newRow("plain") << "domain.zone.Record" << false << ""
                           << "";
    QTest::newRow("trailing colon") << "a.B:" << false << ""
                                    << "";
    QTest::newRow("leading colon") << ":string" << false << ""
                                   << "";
}

void TestTypeRef::alias()
{
    QFETCH(QString, fullType);
    QFETCH(bool, hasAlias);
    QString alias;
    QString wire;
    QCOMPARE(splitTypeAlias(fullType, &alias, &wire), hasAlias);
    QFETCH(QString, expectedAlias);
    QFETCH(QString, expectedWire);
    if (hasAlias) {
        QCOMPARE(alias, expectedAlias);
        QCOMPARE(wire, expectedWire);
    }
}

static Product sampleProduct()
{
    const QByteArray json = R"({
      "apis": [], "resourcePath": "/x",
      "models": {
        "x.Color": {"id": "Color", "namespace": "x", "enum": ["red", "green"], "enumType": "string"},
        "x.Delay": {"id": "Delay", "namespace": "x", "enum": ["60", "3600"], "enumType": "long"},
        "x.Box": {"id": "Box", "namespace": "x", "properties": {
            "color": {"type": "x.Color", "canBeNull": false, "readOnly": false, "required": true},
            "inner": {"type": "x.Box", "canBeNull": true, "readOnly": false, "required": false}}},
        "complexType.UnitAndValue<T>": {"id": "UnitAndValue", "namespace": "complexType",
            "generics": ["T"], "properties": {
            "unit": {"type": "string", "canBeNull": false, "readOnly": false, "required": false},
            "value": {"type": "T", "canBeNull": false, "readOnly": false, "required": false},
            "history": {"type": "T[]", "canBeNull": false, "readOnly": false, "required": false}}},
        "complexType.UnitAndValue<long>": {"id": "UnitAndValue", "namespace": "complexType",
            "generics": ["T"], "properties": {
            "unit": {"type": "string", "canBeNull": false, "readOnly": false, "required": false},
            "value": {"type": "T", "canBeNull": false, "readOnly": false, "required": false}}},
        "x.BoxWithIAM": {"id": "Box", "namespace": "x", "properties": {}}
      }})";
    const ProductParseResult result = SchemaParser::parseProduct(QStringLiteral("/x"), json);
    if (!result.ok || !result.diagnostics.isEmpty())
        qWarning() << "sample product has diagnostics:" << result.diagnostics.size();
    return result.product;
}

void TestTypeRef::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("error");
    QTest::newRow("primitive") << "ipBlock"
                               << "ipBlock" << false;
    QTest::newRow("enum") << "x.Color"
                          << "enum:x.Color" << false;
    QTest::newRow("long enum") << "x.Delay"
                               << "enum:x.Delay" << false;
    QTest::newRow("model") << "x.Box"
                           << "model:x.Box" << false;
    QTest::newRow("key differing from namespace.id") << "x.BoxWithIAM"
                                                     << "model:x.BoxWithIAM" << false;
    QTest::newRow("model array") << "x.Box[]"
                                 << "array(model:x.Box)" << false;
    QTest::newRow("exact generic instance")
        << "complexType.UnitAndValue<long>"
        << "model:complexType.UnitAndValue<long><long>" << false;
    QTest::newRow("generic fallback") << "complexType.UnitAndValue<double>"
                                      << "model:complexType.UnitAndValue<T><double>" << false;
    QTest::newRow("generic with model argument")
        << "complexType.UnitAndValue<x.Box>"
        << "model:complexType.UnitAndValue<T><x.Box>" << false;
    QTest::newRow("generic with unknown argument")
        << "complexType.UnitAndValue<x.Nope>"
        << "model:complexType.UnitAndValue<T><x.Nope>" << true;
    QTest::newRow("undeclared generic") << "x.Pair<long>"
                                        << "unknown" << true;
    QTest::newRow("unknown model") << "x.Nope"
                                   << "unknown" << true;
    QTest::newRow("map of enums") << "map[x.Color]x.Box[]"
                                  << "map(enum:x.Color -> array(model:x.Box))" << false;
}

void TestTypeRef::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, error);
    const Product product = sampleProduct();
    TypeResolver resolver(product);
    QString message;
    const TypeRef type = resolver.resolve(text, {}, &message);
    QCOMPARE(describe(type), expected);
    QCOMPARE(!message.isEmpty(), error);
}

void TestTypeRef::genericProperties()
{
    const Product product = sampleProduct();
    const TypeRef type = product.resolveType(u"complexType.UnitAndValue<double>");
    const QList<Property> properties = product.propertiesOf(type);
    QCOMPARE(properties.size(), 3);
    for (const Property& property : properties) {
        if (property.name == QLatin1String("value")) {
            QCOMPARE(property.type.kind, TypeKind::Double);
            QCOMPARE(property.rawType, QStringLiteral("double"));
        } else if (property.name == QLatin1String("history")) {
            QCOMPARE(describe(property.type), QStringLiteral("array(double)"));
        } else {
            QCOMPARE(property.type.kind, TypeKind::String);
        }
    }
    // The exact instantiated entry also keeps "T": it is substituted the same way.
    const QList<Property> exact
        = product.propertiesOf(product.resolveType(u"complexType.UnitAndValue<long>"));
    QCOMPARE(exact.size(), 2);
    QCOMPARE(exact.at(1).type.kind, TypeKind::Long);
    // Self-reference resolves without recursion.
    const QList<Property> box = product.propertiesOf(product.resolveType(u"x.Box"));
    QCOMPARE(box.size(), 2);
}

void TestTypeRef::substitute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << "T"
                          << "double";
    QTest::newRow("array") << "T[]"
                           << "double[]";
    QTest::newRow("map") << "map[string]T"
                         << "map[string]double";
    QTest::newRow("not a token") << "x.Type"
                                 << "x.Type";
    QTest::newRow("nested generic") << "a.B<T>[]"
                                    << "a.B<double>[]";
}

void TestTypeRef::substitute()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(
        substituteGenerics(text, { QStringLiteral("T") }, { QStringLiteral("double") }), expected);
}

static QString repeated(const char* text, int times)
{
    return QString::fromLatin1(text).repeated(times);
}

void TestTypeRef::absurdNesting_data()
{
    QTest::addColumn<QString>("text");
    // Each of these crashed the CLI or took gigabytes: recursion per level, a copy per level.
    QTest::newRow("long + 17,500 []") << QString(u"long" + repeated("[]", 17500));
    QTest::newRow("30,000 map[string]") << QString(repeated("map[string]", 30000) + u"long");
    QTest::newRow("maps nested in keys")
        << QString(repeated("map[", 10000) + u"string" + repeated("]long", 10000));
    QTest::newRow("Go-style map arrays") << QString(repeated("map[string][]", 20000) + u"x.Box");
    QTest::newRow("generic nested 10,000 deep")
        << QString(repeated("complexType.UnitAndValue<", 10000) + u"long" + repeated(">", 10000));
    QTest::newRow("33 levels") << QString(u"long" + repeated("[]", 33));
}

void TestTypeRef::absurdNesting()
{
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    QString syntaxError;
    const TypeRef syntax = parseTypeSyntax(text, &syntaxError);
    QCOMPARE(syntax.kind, TypeKind::Unknown);
    QVERIFY(syntax.modelKey.isEmpty());
    QCOMPARE(syntax.name, text);
    QVERIFY2(syntaxError.contains(QLatin1String("nested deeper than 32 levels")),
        qPrintable(syntaxError));

    // The resolver (what the schema parser uses) says the same and edits it as raw JSON.
    const Product product = sampleProduct();
    TypeResolver resolver(product);
    QString error;
    const TypeRef type = resolver.resolve(text, {}, &error);
    QCOMPARE(type.kind, TypeKind::Unknown);
    QCOMPARE(error, syntaxError);
    // Linear work: a few milliseconds, where the recursive parser used gigabytes.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestTypeRef::deepestAllowedNesting()
{
    // 32 levels are still a type, arrays and generic arguments alike.
    QString error;
    const TypeRef array = parseTypeSyntax(QString(u"long" + repeated("[]", 32)), &error);
    QVERIFY(error.isEmpty());
    const TypeRef* level = &array;
    for (int i = 0; i < 32; ++i) {
        QCOMPARE(level->kind, TypeKind::Array);
        level = level->element.get();
    }
    QCOMPARE(level->kind, TypeKind::Long);

    const Product product = sampleProduct();
    TypeResolver resolver(product);
    const QString generic
        = repeated("complexType.UnitAndValue<", 32) + u"double" + repeated(">", 32);
    const TypeRef model = resolver.resolve(generic, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(model.kind, TypeKind::Model);
    // One level of the generic unfolds per step, as a form expanding it would.
    TypeRef current = model;
    for (int i = 0; i < 31; ++i) {
        const QList<Property> properties = product.propertiesOf(current);
        QCOMPARE(properties.size(), 3);
        current = properties.at(1).type;
        QCOMPARE(current.kind, TypeKind::Model);
    }
    QCOMPARE(product.propertiesOf(current).at(1).type.kind, TypeKind::Double);
}

QTEST_GUILESS_MAIN(TestTypeRef)
#include "tst_typeref.moc"
