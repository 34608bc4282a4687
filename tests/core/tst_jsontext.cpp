// The JSON text helpers of the ground floor (core/base/jsontext): writing any value compact or
// indented, reading any value, and a body shown as it came when it is not JSON.
#include "base/jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void written_data();
    void written();
    void indentedText_data();
    void indentedText();
    void parseJsonValue_data();
    void parseJsonValue();
};

void TestJsonText::written_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("compact");
    QTest::addColumn<QByteArray>("indented");

    QTest::newRow("object") << QJsonValue(QJsonObject { { QStringLiteral("a"), 1 } })
                            << QByteArray("{\"a\":1}") << QByteArray("{\n    \"a\": 1\n}");
    QTest::newRow("array") << QJsonValue(QJsonArray { 1, QStringLiteral("x") })
                           << QByteArray("[1,\"x\"]") << QByteArray("[\n    1,\n    \"x\"\n]");
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << QByteArray("{}")
                                  << QByteArray("{\n}");
    QTest::newRow("string, non-ASCII raw")
        << QJsonValue(QStringLiteral("é\"")) << QByteArray("\"\xc3\xa9\\\"\"")
        << QByteArray("\"\xc3\xa9\\\"\"");
    QTest::newRow("integer") << QJsonValue(42) << QByteArray("42") << QByteArray("42");
    QTest::newRow("double") << QJsonValue(0.5) << QByteArray("0.5") << QByteArray("0.5");
    QTest::newRow("boolean") << QJsonValue(false) << QByteArray("false") << QByteArray("false");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QByteArray("null")
                          << QByteArray("null");
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QByteArray() << QByteArray();
}

void TestJsonText::written()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, compact);
    QFETCH(QByteArray, indented);
    QCOMPARE(compactJson(value), compact);
    QCOMPARE(indentedJson(value), indented);
    if (!value.isUndefined()) {
        QCOMPARE(Ovh::parseJsonValue(compact), value);
        QCOMPARE(Ovh::parseJsonValue(indented), value);
    }
}

void TestJsonText::indentedText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");

    QTest::newRow("object") << QByteArray(" {\"a\":[1]} ")
                            << QStringLiteral("{\n    \"a\": [\n        1\n    ]\n}");
    QTest::newRow("scalar as it came") << QByteArray("42 ") << QStringLiteral("42 ");
    QTest::newRow("not JSON as it came") << QByteArray("<html>") << QStringLiteral("<html>");
    QTest::newRow("broken JSON as it came") << QByteArray("{\"a\":") << QStringLiteral("{\"a\":");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestJsonText::indentedText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(indentedJsonText(bytes), shown);
}

void TestJsonText::parseJsonValue_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("bare string") << QByteArray(" \"x\"\n") << QJsonValue(QStringLiteral("x"));
    QTest::newRow("bare number") << QByteArray("-1.5") << QJsonValue(-1.5);
    QTest::newRow("nothing") << QByteArray("  ") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("two values") << QByteArray("1 2") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("two values, comma") << QByteArray("1,2") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("not JSON") << QByteArray("nope") << QJsonValue(QJsonValue::Undefined);
}

void TestJsonText::parseJsonValue()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QJsonValue, value);
    QCOMPARE(Ovh::parseJsonValue(bytes), value);
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
