// The hand-written JSON parser that reads the schemas (core/schema/jsontree.cpp): strict RFC 8259
// syntax, escapes and surrogate pairs, the depth limit, numbers, trailing bytes, duplicate keys.
// Where both read a text, QJsonDocument is the oracle for what it means (it is more lenient:
// it takes raw line feeds in strings, unknown escapes, ".5" and "1.", which RFC 8259 refuses).
#include "schema/jsontree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;

namespace {

// The one string of a one-string array, as QJsonDocument decodes it.
QString qtDecoded(const QByteArray& stringLiteral)
{
    const QJsonDocument document = QJsonDocument::fromJson('[' + stringLiteral + ']');
    return document.array().first().toString();
}

QByteArray nested(int depth, const QByteArray& inner = QByteArray())
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

} // namespace

class TestJsonTree : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void escapes_data();
    void escapes();
    void numbers_data();
    void numbers();
    void depthLimit();
    void duplicateKeys_data();
    void duplicateKeys();
    void lastDuplicateWins();
    void navigation();
    void locationOf();
    void parseAgainResets();
};

void TestJsonTree::valid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("type");

    QTest::newRow("empty object") << QByteArray("{}") << int(JsonNode::Object);
    QTest::newRow("empty array") << QByteArray("[]") << int(JsonNode::Array);
    QTest::newRow("bare string") << QByteArray("\"x\"") << int(JsonNode::String);
    QTest::newRow("bare number") << QByteArray("42") << int(JsonNode::Number);
    QTest::newRow("true") << QByteArray("true") << int(JsonNode::Bool);
    QTest::newRow("null") << QByteArray("null") << int(JsonNode::Null);
    QTest::newRow("spaces around")
        << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] }\n ") << int(JsonNode::Object);
    QTest::newRow("raw UTF-8") << QByteArray("\"d\xc3\xa9j\xc3\xa0 \xe6\x9d\xb1\"")
                               << int(JsonNode::String);
    QTest::newRow("DEL is not a control") << QByteArray("\"a\x7f\"") << int(JsonNode::String);
}

void TestJsonTree::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(int, type);
    JsonTree tree;
    QVERIFY2(tree.parse(json), qPrintable(tree.errorString()));
    QCOMPARE(int(tree.root().type()), type);
    QVERIFY(tree.errorString().isEmpty());
    QCOMPARE(tree.errorOffset(), qsizetype(-1));
    QVERIFY2(!QJsonDocument::fromJson('[' + json + ']').isNull(), "QJsonDocument disagrees");
}

void TestJsonTree::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("offset");

    QTest::newRow("nothing") << QByteArray("") << QStringLiteral("unexpected end of data") << 0;
    QTest::newRow("only spaces") << QByteArray("  \n") << QStringLiteral("unexpected end of data")
                                 << 3;
    QTest::newRow("trailing value")
        << QByteArray("{} {}") << QStringLiteral("unexpected data after the JSON value") << 3;
    QTest::newRow("trailing comma text")
        << QByteArray("1,") << QStringLiteral("unexpected data after the JSON value") << 1;
    QTest::newRow("trailing NUL") << QByteArray("[]\0", 3)
                                  << QStringLiteral("unexpected data after the JSON value") << 2;
    QTest::newRow("trailing comma in array")
        << QByteArray("[1,]") << QStringLiteral("invalid value") << 3;
    QTest::newRow("trailing comma in object")
        << QByteArray("{\"a\":1,}") << QStringLiteral("expected a member name") << 7;
    QTest::newRow("unterminated array")
        << QByteArray("[1") << QStringLiteral("unterminated array") << 2;
    QTest::newRow("unterminated object")
        << QByteArray("{\"a\":1") << QStringLiteral("unterminated object") << 6;
    QTest::newRow("missing colon")
        << QByteArray("{\"a\" 1}") << QStringLiteral("expected ':'") << 5;
    QTest::newRow("bare key") << QByteArray("{a:1}") << QStringLiteral("expected a member name")
                              << 1;
    QTest::newRow("single quotes") << QByteArray("['a']") << QStringLiteral("invalid value") << 1;
    QTest::newRow("missing comma")
        << QByteArray("[1 2]") << QStringLiteral("expected ',' or ']'") << 3;
    QTest::newRow("unterminated string")
        << QByteArray("\"abc") << QStringLiteral("unterminated string") << 4;
    QTest::newRow("backslash at the end")
        << QByteArray("\"abc\\") << QStringLiteral("unterminated string") << 5;
    QTest::newRow("raw line feed in a string")
        << QByteArray("\"a\nb\"") << QStringLiteral("control character in string") << 2;
    QTest::newRow("raw tab in a string")
        << QByteArray("\"a\tb\"") << QStringLiteral("control character in string") << 2;
    QTest::newRow("unknown escape")
        << QByteArray("\"\\x41\"") << QStringLiteral("invalid escape in string") << 2;
    QTest::newRow("short \\u") << QByteArray("\"\\u12\"") << QStringLiteral("invalid \\u escape")
                               << 5;
    QTest::newRow("\\u with a non-hex digit")
        << QByteArray("\"\\u12g4\"") << QStringLiteral("invalid \\u escape") << 5;
    QTest::newRow("truncated literal")
        << QByteArray("tru") << QStringLiteral("invalid literal") << 0;
    QTest::newRow("capitalised literal")
        << QByteArray("True") << QStringLiteral("invalid value") << 0;
    QTest::newRow("literal with a tail")
        << QByteArray("nullx") << QStringLiteral("unexpected data after the JSON value") << 4;
    QTest::newRow("leading zero") << QByteArray("[01]") << QStringLiteral("expected ',' or ']'")
                                  << 2;
    QTest::newRow("plus sign") << QByteArray("+1") << QStringLiteral("invalid value") << 0;
    QTest::newRow("lone minus") << QByteArray("-") << QStringLiteral("invalid value") << 1;
    QTest::newRow("dot first") << QByteArray(".5") << QStringLiteral("invalid value") << 0;
    QTest::newRow("dot last") << QByteArray("1.") << QStringLiteral("invalid number") << 2;
    QTest::newRow("empty exponent") << QByteArray("1e") << QStringLiteral("invalid number") << 2;
    QTest::newRow("signed empty exponent")
        << QByteArray("1e+") << QStringLiteral("invalid number") << 3;
    QTest::newRow("hex number") << QByteArray("0x10")
                                << QStringLiteral("unexpected data after the JSON value") << 1;
    QTest::newRow("NaN") << QByteArray("NaN") << QStringLiteral("invalid value") << 0;
    QTest::newRow("comment") << QByteArray("[1 /* no */]") << QStringLiteral("expected ',' or ']'")
                             << 3;
}

void TestJsonTree::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(int, offset);
    JsonTree tree;
    QVERIFY(!tree.parse(json));
    QCOMPARE(tree.errorString(), error);
    QCOMPARE(tree.errorOffset(), qsizetype(offset));
    QVERIFY(tree.root().isMissing());
    QVERIFY(tree.duplicateKeys().empty());
}

void TestJsonTree::escapes_data()
{
    QTest::addColumn<QByteArray>("literal"); // a JSON string, quotes included
    QTest::addColumn<QString>("decoded");

    QTest::newRow("plain") << QByteArray("\"abc\"") << QStringLiteral("abc");
    QTest::newRow("empty") << QByteArray("\"\"") << QString();
    QTest::newRow("quote and backslash")
        << QByteArray("\"a\\\"b\\\\c\"") << QStringLiteral("a\"b\\c");
    QTest::newRow("solidus") << QByteArray("\"<\\/script>\"") << QStringLiteral("</script>");
    QTest::newRow("control escapes")
        << QByteArray("\"\\b\\f\\n\\r\\t\"") << QStringLiteral("\b\f\n\r\t");
    QTest::newRow("\\u ASCII, both cases")
        << QByteArray("\"\\u0041\\u006a\\u006A\"") << QStringLiteral("Ajj");
    QTest::newRow("\\u0000") << QByteArray("\"a\\u0000b\"") << QStringView(u"a\0b", 3).toString();
    QTest::newRow("\\u BMP") << QByteArray("\"\\u00e9\\u6771\"") << QStringLiteral("é東");
    QTest::newRow("surrogate pair")
        << QByteArray("\"\\ud83d\\ude00\"") << QString::fromUcs4(U"\U0001F600");
    QTest::newRow("surrogate pair, upper case")
        << QByteArray("\"x\\uD834\\uDD1Ey\"") << QString::fromUcs4(U"x\U0001D11Ey");
    QTest::newRow("escape next to raw UTF-8")
        << QByteArray("\"\xc3\xa9\\n\xe6\x9d\xb1\"") << QStringLiteral("é\n東");
    // Half a surrogate pair stays as it is, as QJsonDocument keeps it; a pair after it still
    // pairs up.
    const QChar high(0xd800);
    const QChar low(0xdc00);
    QTest::newRow("lone high surrogate")
        << QByteArray("\"a\\ud800b\"") << QStringLiteral("a") + high + QStringLiteral("b");
    QTest::newRow("lone low surrogate") << QByteArray("\"\\udc00\"") << QString(low);
    QTest::newRow("high surrogate then an escaped letter")
        << QByteArray("\"\\ud800\\u0041\"") << QString(high) + QStringLiteral("A");
    QTest::newRow("two high surrogates then a low one") << QByteArray(
        "\"\\ud800\\ud83d\\ude00\"") << QString(high) + QString::fromUcs4(U"\U0001F600");
    QTest::newRow("raw 4-byte UTF-8")
        << QByteArray("\"\xf0\x9f\x98\x80\"") << QString::fromUcs4(U"\U0001F600");
}

void TestJsonTree::escapes()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, decoded);
    JsonTree tree;
    QVERIFY2(tree.parse(literal), qPrintable(tree.errorString()));
    QVERIFY(tree.root().isString());
    QCOMPARE(tree.root().toString(), decoded);
    QCOMPARE(tree.root().toString(), qtDecoded(literal));
    // rawText() is the bytes between the quotes, escapes as written.
    QCOMPARE(tree.root().rawText(), literal.mid(1, literal.size() - 2));
}

void TestJsonTree::numbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("value");

    QTest::newRow("zero") << QByteArray("0") << 0.0;
    QTest::newRow("minus zero") << QByteArray("-0") << -0.0;
    QTest::newRow("integer") << QByteArray("1234567") << 1234567.0;
    QTest::newRow("negative") << QByteArray("-42") << -42.0;
    QTest::newRow("fraction") << QByteArray("0.5") << 0.5;
    QTest::newRow("exponent") << QByteArray("1e3") << 1000.0;
    QTest::newRow("capital exponent, sign") << QByteArray("2.5E-2") << 0.025;
    QTest::newRow("plus exponent") << QByteArray("1E+2") << 100.0;
    QTest::newRow("2^53 + 1 keeps its text")
        << QByteArray("9007199254740993") << 9007199254740992.0;
    QTest::newRow("small") << QByteArray("1.5e-300") << 1.5e-300;
}

void TestJsonTree::numbers()
{
    QFETCH(QByteArray, json);
    QFETCH(double, value);
    JsonTree tree;
    QVERIFY2(tree.parse(json), qPrintable(tree.errorString()));
    QVERIFY(tree.root().isNumber());
    QCOMPARE(tree.root().toDouble(), value);
    QCOMPARE(std::signbit(tree.root().toDouble()), std::signbit(value));
    QCOMPARE(tree.root().rawText(), json); // numbers keep their text
    QCOMPARE(tree.root().toDouble(), QJsonDocument::fromJson('[' + json + ']')[0].toDouble());
}

void TestJsonTree::depthLimit()
{
    JsonTree tree;
    QVERIFY2(tree.parse(nested(JsonTree::maxDepth, "1")), qPrintable(tree.errorString()));
    QCOMPARE(tree.root().size(), 1);

    QVERIFY(!tree.parse(nested(JsonTree::maxDepth + 1)));
    QCOMPARE(tree.errorString(), QStringLiteral("nested too deeply"));
    QCOMPARE(tree.errorOffset(), qsizetype(JsonTree::maxDepth));

    // Objects count as much as arrays, and a deep document fails without a stack overflow.
    QByteArray objects;
    for (int i = 0; i <= JsonTree::maxDepth; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(JsonTree::maxDepth + 1, '}');
    QVERIFY(!tree.parse(objects));
    QCOMPARE(tree.errorString(), QStringLiteral("nested too deeply"));
    QVERIFY(!tree.parse(nested(1000000)));
    QCOMPARE(tree.errorString(), QStringLiteral("nested too deeply"));
}

void TestJsonTree::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("locations"); // locationOf() each duplicate key

    QTest::newRow("none") << QByteArray("{\"a\":1,\"b\":2}") << QStringList();
    QTest::newRow("one") << QByteArray("{\"a\":1,\"a\":2}") << QStringList { QStringLiteral("a") };
    QTest::newRow("same key in sibling objects is fine")
        << QByteArray("[{\"a\":1},{\"a\":2}]") << QStringList();
    QTest::newRow("escaped spelling of the same key")
        << QByteArray("{\"a\":1,\"\\u0061\":2}") << QStringList { QStringLiteral("a") };
    QTest::newRow("nested") << QByteArray("{\"x\":{\"k\":1,\"k\":2},\"y\":[{\"z\":0,\"z\":0}]}")
                            << QStringList { QStringLiteral("x.k"), QStringLiteral("y[0].z") };
    QTest::newRow("case differs: not a duplicate")
        << QByteArray("{\"a\":1,\"A\":2}") << QStringList();
    // Past eight keys the keys are sorted: the duplicates are still all found.
    QByteArray many = "{";
    for (int i = 0; i < 20; ++i)
        many += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
    many += "\"k3\":0,\"k\\u0031\\u0037\":0,\"k3\":1}";
    QTest::newRow("many keys") << many
                               << QStringList { QStringLiteral("k3"), QStringLiteral("k17"),
                                      QStringLiteral("k3") };
}

void TestJsonTree::duplicateKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, locations);
    JsonTree tree;
    QVERIFY2(tree.parse(json), qPrintable(tree.errorString()));
    QStringList found;
    for (const JsonNode& key : tree.duplicateKeys())
        found << tree.locationOf(key);
    QCOMPARE(found, locations);
}

void TestJsonTree::lastDuplicateWins()
{
    // As JSON.parse in the web console, and as QJsonDocument.
    const QByteArray json = "{\"a\":1,\"b\":true,\"a\":2}";
    JsonTree tree;
    QVERIFY(tree.parse(json));
    QCOMPARE(tree.root()[QLatin1String("a")].toDouble(), 2.0);
    QCOMPARE(tree.root()[QLatin1String("a")].toDouble(),
        QJsonDocument::fromJson(json).object().value(QLatin1String("a")).toDouble());
    QCOMPARE(tree.root().size(), 3);
}

void TestJsonTree::navigation()
{
    JsonTree tree;
    QVERIFY(tree.parse(R"({"s":"x","n":null,"b":false,"a":[1,[2,3],{}],"o":{"k":"v"}})"));
    const JsonNode root = tree.root();
    QCOMPARE(root.size(), 5);
    QVERIFY(root[QLatin1String("absent")].isMissing());
    QVERIFY(root[QLatin1String("n")].isNull());
    QVERIFY(root[QLatin1String("n")].isAbsent());
    QVERIFY(root[QLatin1String("b")].isBool());
    QVERIFY(!root[QLatin1String("b")].toBool());
    QCOMPARE(root[QLatin1String("o")][QLatin1String("k")].toString(), QStringLiteral("v"));
    // Wrong types read as empty values, never crash.
    QCOMPARE(root[QLatin1String("s")].toDouble(), 0.0);
    QCOMPARE(root[QLatin1String("s")].size(), 0);
    QVERIFY(root[QLatin1String("s")][QLatin1String("k")].isMissing());
    QVERIFY(root[QLatin1String("a")][QLatin1String("k")].isMissing());

    QStringList elements;
    for (const JsonNode element : root[QLatin1String("a")].elements())
        elements << QString::fromUtf8(element.rawText());
    QCOMPARE(elements,
        (QStringList { QStringLiteral("1"), QStringLiteral("[2,3]"), QStringLiteral("{}") }));
    QStringList names;
    for (const JsonNode::Member member : root.members())
        names << member.name();
    QCOMPARE(names,
        (QStringList { QStringLiteral("s"), QStringLiteral("n"), QStringLiteral("b"),
            QStringLiteral("a"), QStringLiteral("o") }));
    int count = 0;
    for (const JsonNode element : root[QLatin1String("o")].elements()) {
        Q_UNUSED(element)
        ++count;
    }
    QCOMPARE(count, 0); // an object has no elements
}

void TestJsonTree::locationOf()
{
    JsonTree tree;
    QVERIFY(tree.parse(R"({"apis":[{"ops":[{"m":"GET"}]},{"ops":[{"m":"PUT"}]}]})"));
    const JsonNode put = tree.root()[QLatin1String("apis")];
    JsonNode second;
    int index = 0;
    for (const JsonNode api : put.elements()) {
        if (index++ == 1)
            second = api;
    }
    JsonNode method;
    for (const JsonNode op : second[QLatin1String("ops")].elements())
        method = op[QLatin1String("m")];
    QCOMPARE(method.toString(), QStringLiteral("PUT"));
    QCOMPARE(tree.locationOf(method), QStringLiteral("apis[1].ops[0].m"));
    QCOMPARE(tree.locationOf(tree.root()), QString());
}

void TestJsonTree::parseAgainResets()
{
    JsonTree tree;
    QVERIFY(!tree.parse("[1,"));
    QVERIFY(!tree.errorString().isEmpty());
    QVERIFY(tree.parse("{\"a\":1,\"a\":1}"));
    QVERIFY(tree.errorString().isEmpty());
    QCOMPARE(tree.duplicateKeys().size(), size_t(1));
    QVERIFY(tree.parse("[]"));
    QVERIFY(tree.duplicateKeys().empty());
    QCOMPARE(tree.errorOffset(), qsizetype(-1));
}

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
