// Compare two results (issue 13 item 5): what was added, removed and changed, and where.
#include "results/jsondiff.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;
using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const QByteArray& text)
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]");
    return document.array().at(0);
}

// "+path=value", u"-path=value"_s, u"~path=before->after"_s, one per difference.
QStringList describe(const QList<JsonDifference>& differences)
{
    QStringList out;
    const auto text = [](const QJsonValue& value) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    };
    for (const JsonDifference& difference : differences) {
        const QString path = jsonPathText(difference.path);
        switch (difference.kind) {
        case JsonDifference::Kind::Added:
            out << QLatin1Char('+') + path + QLatin1Char('=') + text(difference.after);
            break;
        case JsonDifference::Kind::Removed:
            out << QLatin1Char('-') + path + QLatin1Char('=') + text(difference.before);
            break;
        case JsonDifference::Kind::Changed:
            out << QLatin1Char('~') + path + QLatin1Char('=') + text(difference.before)
                    + QLatin1String("->") + text(difference.after);
            break;
        }
    }
    return out;
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private slots:
    void differences_data();
    void differences();
    void pathsAreJsonPaths();
    void bigListsStayFast();
    void deepValuesAreBounded();
};

void TestJsonDiff::differences_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("same") << QByteArray(R"({"a":[1,{"b":2}]})")
                          << QByteArray(R"({"a":[1,{"b":2}]})") << QStringList();
    QTest::newRow("scalar changed")
        << QByteArray("1") << QByteArray("2") << QStringList { u"~=1->2"_s };
    QTest::newRow("type changed") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":"1"})")
                                  << QStringList { uR"(~a=1->"1")"_s };
    QTest::newRow("key added, removed, changed")
        << QByteArray(R"({"keep":1,"gone":true,"ttl":60})")
        << QByteArray(R"({"keep":1,"ttl":3600,"new":null})")
        << QStringList { u"-gone=true"_s, u"~ttl=60->3600"_s, u"+new=null"_s };
    QTest::newRow("nested") << QByteArray(R"({"t":{"ip":"1.1.1.1","p":1}})")
                            << QByteArray(R"({"t":{"ip":"2.2.2.2","p":1}})")
                            << QStringList { uR"(~t.ip="1.1.1.1"->"2.2.2.2")"_s };
    QTest::newRow("id inserted in the middle")
        << QByteArray("[1,2,3,4]") << QByteArray("[1,2,9,3,4]") << QStringList { u"+[2]=9"_s };
    QTest::newRow("id removed") << QByteArray("[1,2,3]") << QByteArray("[1,3]")
                                << QStringList { u"-[1]=2"_s };
    QTest::newRow("id replaced") << QByteArray("[1,2,3]") << QByteArray("[1,5,3]")
                                 << QStringList { u"-[1]=2"_s, u"+[1]=5"_s };
    QTest::newRow("empty to full")
        << QByteArray("[]") << QByteArray(R"(["a"])") << QStringList { uR"(+[0]="a")"_s };
    QTest::newRow("objects by id, moved is no change")
        << QByteArray(R"([{"id":1,"ttl":60},{"id":2,"ttl":60}])")
        << QByteArray(R"([{"id":2,"ttl":60},{"id":1,"ttl":300},{"id":3,"ttl":1}])")
        << QStringList { u"~[1].ttl=60->300"_s, uR"(+[2]={"id":3,"ttl":1})"_s };
    QTest::newRow("objects without id compared in place")
        << QByteArray(R"([{"n":"a","v":1},{"n":"b","v":2}])")
        << QByteArray(R"([{"n":"a","v":1},{"n":"b","v":3}])") << QStringList { u"~[1].v=2->3"_s };
    QTest::newRow("object to array")
        << QByteArray(R"({"a":{}})") << QByteArray(R"({"a":[]})") << QStringList { u"~a={}->[]"_s };
    QTest::newRow("key with dot") << QByteArray(R"({"a.b":1})") << QByteArray(R"({"a.b":2})")
                                  << QStringList { u"~a.b=1->2"_s };
}

void TestJsonDiff::differences()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(jsonDiff(json(before), json(after))), expected);
}

void TestJsonDiff::pathsAreJsonPaths()
{
    const auto differences = jsonDiff(json(R"({"r":[{"x":[1]}]})"), json(R"({"r":[{"x":[1,2]}]})"));
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.first().path, (QVariantList { QStringLiteral("r"), 0, u"x"_s, 1 }));
    QCOMPARE(differences.first().path.at(1).typeId(), QMetaType::Int);
    QCOMPARE(jsonPathText(differences.first().path), QStringLiteral("r[0].x[1]"));
}

void TestJsonDiff::bigListsStayFast()
{
    // 20,000 ids with two removed: too long to align (a 400-million-cell table), compared as
    // bags instead; a reshuffle of the same ids is then no change.
    QJsonArray before;
    QJsonArray after;
    QJsonArray reversed;
    for (int i = 0; i < 20000; ++i) {
        before.append(i);
        if (i != 5 && i != 19990)
            after.append(i);
        reversed.prepend(i);
    }
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(describe(jsonDiff(before, after)), (QStringList { u"-[5]=5"_s, u"-[19990]=19990"_s }));
    QVERIFY(jsonDiff(before, reversed).isEmpty());
    after.append(7); // a duplicate is one more
    QCOMPARE(describe(jsonDiff(before, after)),
        (QStringList { u"-[5]=5"_s, u"-[19990]=19990"_s, u"+[19998]=7"_s }));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestJsonDiff::deepValuesAreBounded()
{
    QJsonValue a = 1;
    QJsonValue b = 2;
    for (int i = 0; i < 200; ++i) {
        a = QJsonArray { a };
        b = QJsonArray { b };
    }
    const auto differences = jsonDiff(a, b);
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.first().kind, JsonDifference::Kind::Changed);
    QCOMPARE(differences.first().path.size(), maxDiffDepth);
}

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
