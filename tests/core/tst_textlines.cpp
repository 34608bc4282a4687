// TextLines: a large body indented as it came and indexed by line, and the find over it.
#include "results/textlines.h"

#include <QTest>

using namespace Ovh;

class TestTextLines : public QObject
{
    Q_OBJECT

private slots:
    void indentedJson_data();
    void indentedJson();
    void plainText();
    void lineAt();
    void findText_data();
    void findText();
};

void TestTextLines::indentedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("scalar") << QByteArray("42") << QByteArray("42");
    QTest::newRow("empty containers stay on one line") << QByteArray(
        "{\"a\": {}, \"b\": [ ]}") << QByteArray("{\n    \"a\": {},\n    \"b\": []\n}");
    QTest::newRow("id list") << QByteArray("[1001,1002]")
                             << QByteArray("[\n    1001,\n    1002\n]");
    QTest::newRow("key order and number spelling as sent") << QByteArray(
        "{\"z\":1.50,\"a\":1e3}") << QByteArray("{\n    \"z\": 1.50,\n    \"a\": 1e3\n}");
    QTest::newRow("punctuation and escapes inside strings untouched")
        << QByteArray(R"({"s":"a,b:{c}[d] \"q\" \\","t":"\u00e9"})")
        << QByteArray("{\n    \"s\": \"a,b:{c}[d] \\\"q\\\" \\\\\",\n    \"t\": \"\\u00e9\"\n}");
    QTest::newRow("nested, whitespace dropped")
        << QByteArray(" [ {\"a\" : [ 1 , {\"b\":null} ] } ]\n")
        << QByteArray("[\n    {\n        \"a\": [\n            1,\n            {\n                "
                      "\"b\": null\n            }\n        ]\n    }\n]");
    QTest::newRow("utf-8 kept") << QByteArray("[\"\xc3\xa9t\xc3\xa9\"]")
                                << QByteArray("[\n    \"\xc3\xa9t\xc3\xa9\"\n]");
}

void TestTextLines::indentedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const TextLines lines = TextLines::indentedJson(json);
    QCOMPARE(lines.text(), expected);
    const QList<QByteArray> split = expected.split('\n');
    QCOMPARE(lines.lineCount(), split.size());
    qsizetype longest = 0;
    for (qsizetype i = 0; i < split.size(); ++i) {
        QCOMPARE(lines.line(i).toByteArray(), split.at(i));
        longest = std::max(longest, split.at(i).size());
    }
    QCOMPARE(lines.maxLineBytes(), longest);
}

void TestTextLines::plainText()
{
    const TextLines lines = TextLines::fromText(QByteArray("<html>\r\n<b>x</b>\n\nend"));
    QCOMPARE(lines.lineCount(), 4);
    QCOMPARE(lines.line(0).toByteArray(), QByteArray("<html>"));
    QCOMPARE(lines.line(1).toByteArray(), QByteArray("<b>x</b>"));
    QCOMPARE(lines.line(2).toByteArray(), QByteArray());
    QCOMPARE(lines.line(3).toByteArray(), QByteArray("end"));
    QCOMPARE(lines.line(4).toByteArray(), QByteArray()); // out of range: nothing
    QCOMPARE(TextLines::fromText(QByteArray()).lineCount(), 1);
}

void TestTextLines::lineAt()
{
    const TextLines lines = TextLines::fromText(QByteArray("ab\ncd\n\nef"));
    const QList<qsizetype> expected { 0, 0, 0, 1, 1, 1, 2, 3, 3 };
    for (qsizetype offset = 0; offset < expected.size(); ++offset)
        QCOMPARE(lines.lineAt(offset), expected.at(offset));
    QCOMPARE(lines.lineStart(3), 7);
}

void TestTextLines::findText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<qsizetype>("from");
    QTest::addColumn<bool>("backward");
    QTest::addColumn<qsizetype>("expected");
    const QByteArray text("zone Example zone EXAMPLE");
    QTest::newRow("first") << text << QByteArray("zone") << qsizetype(0) << false << qsizetype(0);
    QTest::newRow("after the first")
        << text << QByteArray("zone") << qsizetype(1) << false << qsizetype(13);
    QTest::newRow("without case") << text << QByteArray("example") << qsizetype(6) << false
                                  << qsizetype(18);
    QTest::newRow("none after") << text << QByteArray("zone") << qsizetype(14) << false
                                << qsizetype(-1);
    QTest::newRow("backward: before from")
        << text << QByteArray("zone") << qsizetype(13) << true << qsizetype(0);
    QTest::newRow("backward from the end")
        << text << QByteArray("ZONE") << text.size() << true << qsizetype(13);
    QTest::newRow("backward: none before")
        << text << QByteArray("zone") << qsizetype(0) << true << qsizetype(-1);
    QTest::newRow("empty needle") << text << QByteArray() << qsizetype(0) << false << qsizetype(-1);
    QTest::newRow("needle longer than text")
        << QByteArray("ab") << QByteArray("abc") << qsizetype(0) << false << qsizetype(-1);
    QTest::newRow("utf-8 exact") << QByteArray("x \xc3\xa9t\xc3\xa9") << QByteArray("\xc3\xa9t")
                                 << qsizetype(0) << false << qsizetype(2);
}

void TestTextLines::findText()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, needle);
    QFETCH(qsizetype, from);
    QFETCH(bool, backward);
    QFETCH(qsizetype, expected);
    QCOMPARE(Ovh::findText(text, needle, from, backward), expected);
}

QTEST_GUILESS_MAIN(TestTextLines)
#include "tst_textlines.moc"
