// Values as text: what each scalar kind accepts, and the JSON texts a value is parsed from and
// sent as.
#include "base/jsontext.h"
#include "call/scalartext.h"
#include "call/valueconversion.h"

#include <QJsonValue>
#include <QTest>

using namespace Ovh;

Q_DECLARE_METATYPE(Ovh::TypeKind)

class TestValueText : public QObject
{
    Q_OBJECT

private slots:
    void scalarText_data();
    void scalarText();
    void jsonHelpers_data();
    void jsonHelpers();
};

void TestValueText::scalarText_data()
{
    QTest::addColumn<TypeKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");

    const auto row = [](TypeKind kind, const char* text, bool ok) {
        QTest::addRow("%s %s", qPrintable(typeKindName(kind)), text)
            << kind << QString::fromUtf8(text) << ok;
    };
    row(TypeKind::String, "", true);
    row(TypeKind::String, "anything at all", true);
    row(TypeKind::Duration, "P1DT2H", true);
    row(TypeKind::Long, "0", true);
    row(TypeKind::Long, "-9223372036854775808", true);
    row(TypeKind::Long, "9223372036854775807", true);
    row(TypeKind::Long, "9223372036854775808", false);
    row(TypeKind::Long, "1e3", false);
    row(TypeKind::Long, "0x10", false);
    row(TypeKind::Long, "", false);
    row(TypeKind::Double, "1", true);
    row(TypeKind::Double, ".5", true);
    row(TypeKind::Double, "5.", true);
    row(TypeKind::Double, "-2.5E-3", true);
    row(TypeKind::Double, "nan", false);
    row(TypeKind::Double, "inf", false);
    row(TypeKind::Double, "1,000", false);
    for (const char* yes : { "true", "TRUE", "1", "yes", "Yes" })
        row(TypeKind::Boolean, yes, true);
    for (const char* no : { "false", "False", "0", "no", "NO" })
        row(TypeKind::Boolean, no, true);
    for (const char* bad : { "y", "on", "2", "" })
        row(TypeKind::Boolean, bad, false);
    row(TypeKind::Date, "2024-02-29", true);
    row(TypeKind::Date, "2024-2-29", false);
    row(TypeKind::Date, "2024-13-01", false);
    row(TypeKind::DateTime, "2024-01-31T12:00:00Z", true);
    row(TypeKind::DateTime, "2024-01-31T12:00:00.123456+05:30", true);
    row(TypeKind::DateTime, "2024-01-31 12:00", true);
    row(TypeKind::DateTime, "2024-01-31T12:00:00+0100", true);
    row(TypeKind::DateTime, "2024-01-31", true);
    row(TypeKind::DateTime, "2024-01-31T12", false);
    row(TypeKind::DateTime, "2024-01-31T12:61", false);
    row(TypeKind::Time, "08:30", true);
    row(TypeKind::Time, "08:30:15.5", true);
    row(TypeKind::Time, "8:30", false);
    row(TypeKind::Uuid, "00000000-0000-0000-0000-000000000000", true);
    row(TypeKind::Uuid, "{00000000-0000-0000-0000-000000000000}", false);
    row(TypeKind::Ip, "192.0.2.1", true);
    row(TypeKind::Ip, "::", true);
    row(TypeKind::Ip, "::ffff:192.0.2.1", true);
    row(TypeKind::Ip, "fe80::1%eth0", false);
    row(TypeKind::Ip, "01.2.3.4", true);
    row(TypeKind::Ip, "example.com", false);
    row(TypeKind::IpBlock, "192.0.2.1", true);
    row(TypeKind::IpBlock, "192.0.2.0/32", true);
    row(TypeKind::IpBlock, "2001:db8::/128", true);
    row(TypeKind::IpBlock, "2001:db8::/129", false);
    row(TypeKind::IpBlock, "192.0.2.0/255.255.255.0", false);
    row(TypeKind::IpInterface, "2001:db8::1/64", true);
    row(TypeKind::MacAddress, "00:11:22:33:44:55", true);
    row(TypeKind::MacAddress, "001122334455", true);
    row(TypeKind::MacAddress, "0011.2233.4455", true);
    row(TypeKind::MacAddress, "00:11-22:33:44:55", false);
    row(TypeKind::Phone, "0033123456789", true);
    row(TypeKind::Phone, "+1 (555) 010-0000", true);
    row(TypeKind::Phone, "112", true);
    row(TypeKind::Phone, "+", false);
    row(TypeKind::Phone, "33a", false);
    row(TypeKind::Enum, "A", false);
    row(TypeKind::Model, "{}", false);
}

void TestValueText::scalarText()
{
    QFETCH(TypeKind, kind);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QString reason;
    QCOMPARE(checkScalarText(kind, text, &reason), ok);
    QCOMPARE(reason.isEmpty(), ok);
}

void TestValueText::jsonHelpers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("compacted"); // compactJsonText of the text
    QTest::addColumn<QString>("wire"); // wireText of the parsed value

    QTest::newRow("integer") << "42" << true << QByteArray("42") << "42";
    QTest::newRow("big integer") << "9007199254740993" << true << QByteArray("9007199254740993")
                                 << "9007199254740993";
    QTest::newRow("double") << " 0.1 " << true << QByteArray("0.1") << "0.1";
    QTest::newRow("integral double") << "2.0" << true << QByteArray("2.0") << "2";
    QTest::newRow("string") << "\"a \\\" b\"" << true << QByteArray("\"a \\\" b\"") << "a \" b";
    QTest::newRow("string with spaces kept")
        << "[ \"a  b\" , 1 ]" << true << QByteArray("[\"a  b\",1]") << "[\"a  b\",1]";
    QTest::newRow("escaped backslash before quote")
        << "{\"k\\\\\" : \" v \"}" << true << QByteArray("{\"k\\\\\":\" v \"}")
        << "{\"k\\\\\":\" v \"}";
    QTest::newRow("boolean") << "true" << true << QByteArray("true") << "true";
    QTest::newRow("null") << "null" << true << QByteArray("null") << "null";
    QTest::newRow("two values") << "1 2" << false << QByteArray() << QString();
    QTest::newRow("trailing comma") << "[1,]" << false << QByteArray() << QString();
    QTest::newRow("bare word") << "hello" << false << QByteArray() << QString();
}

void TestValueText::jsonHelpers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, compacted);
    QFETCH(QString, wire);
    QJsonValue value;
    QString error;
    QCOMPARE(parseJsonText(text, &value, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        return;
    QCOMPARE(compactJsonText(text.toUtf8()), compacted);
    QCOMPARE(wireText(value), wire);
    QJsonValue again;
    QVERIFY(parseJsonText(QString::fromUtf8(compactJson(value)), &again));
    QCOMPARE(again, value);
}

QTEST_GUILESS_MAIN(TestValueText)
#include "tst_valuetext.moc"
