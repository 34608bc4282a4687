// Text from servers made safe for a terminal (issue 10, item 9), and UTF-8 checks (item 6).
#include "text/displaytext.h"

#include <QTest>

using namespace Ovh;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void terminalSafe_data();
    void terminalSafe();
    void shortened_data();
    void shortened();
    void displayTextCutsThenEscapes();
    void validUtf8_data();
    void validUtf8();
};

void TestDisplayText::terminalSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("oneLine");
    QTest::addColumn<QString>("body"); // LineBreaks::Keep

    QTest::newRow("plain") << QStringLiteral("Invalid signature")
                           << QStringLiteral("Invalid signature")
                           << QStringLiteral("Invalid signature");
    QTest::newRow("accents kept") << QStringLiteral("déjà vu, 東京")
                                  << QStringLiteral("déjà vu, 東京")
                                  << QStringLiteral("déjà vu, 東京");
    QTest::newRow("colour and clear screen")
        << QStringLiteral("\u001b[31mred\u001b[2J") << QStringLiteral("\\x1b[31mred\\x1b[2J")
        << QStringLiteral("\\x1b[31mred\\x1b[2J");
    QTest::newRow("window title (OSC, BEL)")
        << QStringLiteral("\u001b]0;pwned\u0007") << QStringLiteral("\\x1b]0;pwned\\x07")
        << QStringLiteral("\\x1b]0;pwned\\x07");
    QTest::newRow("line breaks") << QStringLiteral("a\r\nb\tc") << QStringLiteral("a\\r\\nb\\tc")
                                 << QStringLiteral("a\\r\nb\tc");
    QTest::newRow("NUL, DEL") << QString(QChar(0)) + QStringLiteral("\u007f")
                              << QStringLiteral("\\x00\\x7f") << QStringLiteral("\\x00\\x7f");
    QTest::newRow("C1 CSI") << QStringLiteral("\u009b31m") << QStringLiteral("\\x9b31m")
                            << QStringLiteral("\\x9b31m");
    QTest::newRow("bidi override")
        << QStringLiteral("abc\u202edcb") << QStringLiteral("abc\\u202edcb")
        << QStringLiteral("abc\\u202edcb");
    QTest::newRow("backslash as is")
        << QStringLiteral("C:\\x1b") << QStringLiteral("C:\\x1b") << QStringLiteral("C:\\x1b");
}

void TestDisplayText::terminalSafe()
{
    QFETCH(QString, text);
    QFETCH(QString, oneLine);
    QFETCH(QString, body);
    QCOMPARE(Ovh::terminalSafe(text), oneLine);
    QCOMPARE(Ovh::terminalSafe(text, LineBreaks::Keep), body);
}

void TestDisplayText::shortened_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << QStringLiteral("abc") << 3 << QStringLiteral("abc");
    QTest::newRow("cut") << QStringLiteral("abcdef") << 3
                         << QStringLiteral("abc... (6 characters)");
    // U+1F600 is a surrogate pair: never cut in half.
    QTest::newRow("surrogate pair")
        << QStringLiteral("ab\U0001F600c") << 3 << QStringLiteral("ab... (5 characters)");
}

void TestDisplayText::shortened()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(Ovh::shortened(text, max), expected);
}

void TestDisplayText::displayTextCutsThenEscapes()
{
    const QString message = QStringLiteral("\u001b[2J") + QString(5000, QLatin1Char('A'));
    const QString shown = displayText(message);
    QVERIFY(shown.startsWith(QLatin1String("\\x1b[2JAAA")));
    QVERIFY(shown.endsWith(QLatin1String("A... (5004 characters)")));
    QCOMPARE(shown.size(), MaxMessageLength + 3 + QStringLiteral("... (5004 characters)").size());
}

void TestDisplayText::validUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("offset");
    QTest::newRow("ASCII") << QByteArray("name=x") << true << 0;
    QTest::newRow("accents") << QByteArray("caf\xc3\xa9") << true << 0;
    QTest::newRow("U+FFFD written out") << QByteArray("a\xef\xbf\xbd") << true << 0;
    QTest::newRow("0xff") << QByteArray("city=\xff") << false << 5;
    QTest::newRow("lone continuation") << QByteArray("ab\xbf") << false << 2;
    QTest::newRow("unfinished pair") << QByteArray("x\xc3") << false << 1;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false << 0;
    QTest::newRow("surrogate half") << QByteArray("ok\xed\xa0\x80") << false << 2;
}

void TestDisplayText::validUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(int, offset);
    qsizetype found = -1;
    QCOMPARE(isValidUtf8(bytes, &found), valid);
    if (!valid)
        QCOMPARE(found, qsizetype(offset));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
