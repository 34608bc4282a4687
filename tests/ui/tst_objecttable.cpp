// The Result's Table tab (issue 13 item 3): objects as rows, sort, filter, columns, export, and a
// row of a fetched id opening its detail.
#include "net/callresult.h"
#include "operation/resultview.h"
#include "results/objecttablefilter.h"
#include "results/objecttablemodel.h"
#include "results/objecttableview.h"
#include "schemafixtures.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;
using namespace Qt::StringLiterals;

namespace {

ObjectRows recordRows()
{
    const QByteArray json = R"([
        {"id":1001,"fieldType":"A","subDomain":"www","target":"1.2.3.4","ttl":100,"zone":"example.com"},
        {"id":1002,"fieldType":"TXT","subDomain":"","target":"=cmd|' /C calc'!A0","ttl":20,"zone":"example.com"},
        {"id":1003,"fieldType":"MX","subDomain":"mail","target":"10 mx.example.com.","ttl":3,"zone":"example.com"}
    ])";
    ObjectRows rows;
    for (const QJsonValue& object : QJsonDocument::fromJson(json).array())
        rows.append({ object.toObject().value(u"id"_s), object, QString() });
    return rows;
}

// The texts of `column` (by header name) in view order.
QStringList columnTexts(const ObjectTableView& view, const QString& name)
{
    const QAbstractItemModel* model = view.table()->model();
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == name)
            column = c;
    }
    QStringList texts;
    for (int r = 0; r < model->rowCount(); ++r)
        texts << model->index(r, column).data().toString();
    return texts;
}

} // namespace

class TestObjectTable : public QObject
{
    Q_OBJECT

private slots:
    void columnsInModelOrder();
    void sortsNumbersAsNumbers();
    void filterKeepsMatchingRows();
    void exportFollowsWhatIsShown();
    void errorRowsStayVisible();
    void doubleClickOpensDetail();
    void tableTabOnlyForArraysOfObjects();

private:
    void showRecords(ObjectTableView& view);
};

void TestObjectTable::showRecords(ObjectTableView& view)
{
    const Product& domain = snapshotProduct(QStringLiteral("domain.json"));
    const Operation* list = findOperation(domain, HttpMethod::Get, kRecordPath);
    QVERIFY(list);
    view.setOperation(domain, *list);
    view.setListValues(
        { { u"path/zoneName"_s, u"example.com"_s }, { u"query/fieldType"_s, u"A"_s } });
    view.setRows(recordRows());
}

void TestObjectTable::columnsInModelOrder()
{
    ObjectTableView view;
    QAbstractItemModelTester tester(
        view.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    showRecords(view);
    const QAbstractItemModel* model = view.table()->model();
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
        (QStringList {
            u"fieldType"_s, u"id"_s, u"subDomain"_s, u"target"_s, u"ttl"_s, u"zone"_s }));
    QCOMPARE(view.rowCount(), 3);
    QCOMPARE(view.findChild<QLabel*>(u"tableCount"_s)->text(),
        ObjectTableView::tr("%n row(s)", nullptr, 3)); // "3 rows" with the English forms
}

void TestObjectTable::sortsNumbersAsNumbers()
{
    ObjectTableView view;
    showRecords(view);
    QCOMPARE(
        columnTexts(view, u"ttl"_s), (QStringList { u"100"_s, u"20"_s, u"3"_s })); // as answered
    view.table()->sortByColumn(4, Qt::AscendingOrder);
    QCOMPARE(columnTexts(view, u"ttl"_s), (QStringList { u"3"_s, u"20"_s, u"100"_s }));
    view.table()->sortByColumn(4, Qt::DescendingOrder);
    QCOMPARE(columnTexts(view, u"ttl"_s), (QStringList { u"100"_s, u"20"_s, u"3"_s }));
    view.table()->sortByColumn(2, Qt::AscendingOrder); // text, case-insensitive, empty first
    QCOMPARE(columnTexts(view, u"subDomain"_s), (QStringList { u""_s, u"mail"_s, u"www"_s }));
}

void TestObjectTable::filterKeepsMatchingRows()
{
    ObjectTableView view;
    showRecords(view);
    QTest::keyClicks(view.filterEdit(), u"MX.EXAMPLE"_s);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QCOMPARE(columnTexts(view, u"id"_s), QStringList { u"1003"_s });
    QCOMPARE(view.findChild<QLabel*>(u"tableCount"_s)->text(),
        ObjectTableView::tr("%1 of %2").arg(1).arg(ObjectTableView::tr("%n row(s)", nullptr, 3)));
    view.filterEdit()->setText(u"example.com"_s); // every row
    QCOMPARE(view.table()->model()->rowCount(), 3);
    view.filterEdit()->setText(u"A1001"_s); // never across two cells
    QCOMPARE(view.table()->model()->rowCount(), 0);
    QVERIFY(!view.findChild<QPushButton*>(u"tableExportCsv"_s)->isEnabled());
}

void TestObjectTable::exportFollowsWhatIsShown()
{
    ObjectTableView view;
    showRecords(view);
    QHeaderView* header = view.table()->horizontalHeader();
    header->setSectionHidden(5, true); // zone
    header->setSectionHidden(2, true); // subDomain
    header->moveSection(header->visualIndex(1), 0); // id first
    view.table()->sortByColumn(4, Qt::AscendingOrder);
    view.filterEdit()->setText(u"mx.example"_s);
    QCOMPARE(view.csvText(),
        QByteArray("id,fieldType,target,ttl\r\n"
                   "1003,MX,10 mx.example.com.,3\r\n"));
    view.filterEdit()->clear();
    const QByteArray csv = view.csvText();
    QVERIFY(csv.contains("1002,TXT,'=cmd|' /C calc'!A0,20\r\n")); // no formula for a spreadsheet
    const QJsonArray json = QJsonDocument::fromJson(view.jsonText()).array();
    QCOMPARE(json.size(), 3);
    QCOMPARE(json.at(0).toObject().value(u"ttl"_s).toInt(), 3); // sorted like the view
    QCOMPARE(json.at(0).toObject().value(u"zone"_s).toString(), QStringLiteral("example.com"));
}

void TestObjectTable::errorRowsStayVisible()
{
    ObjectTableView view;
    showRecords(view);
    ObjectRows rows = recordRows();
    rows.insert(1, { QJsonValue(1004), QJsonValue(QJsonValue::Undefined), u"404 Not Found"_s });
    view.setRows(rows);
    const QAbstractItemModel* model = view.table()->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Error"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("404 Not Found"));
    QVERIFY(model->index(1, 0).data(Qt::ForegroundRole).isValid());
    view.filterEdit()->setText(u"not found"_s);
    QCOMPARE(model->rowCount(), 1);
    view.filterEdit()->clear();
    QVERIFY(!view.csvText().startsWith("Error")); // the export has the objects' columns only
    QCOMPARE(view.csvText().count("\r\n"), 4); // header and three objects
}

void TestObjectTable::doubleClickOpensDetail()
{
    ObjectTableView view;
    showRecords(view);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.detailOperationKey(), QStringLiteral("GET ") + kRecordPath + u"/{id}"_s);
    view.table()->sortByColumn(4, Qt::AscendingOrder); // row 0 is now id 1003
    QSignalSpy opened(&view, &ObjectTableView::openOperationRequested);
    QSignalSpy clicked(view.table(), &QTableView::doubleClicked);
    QVERIFY(view.detailValues(0));
    const QRect cell = view.table()->visualRect(view.table()->model()->index(0, 3));
    // A double-click as the system sends it: press, release, then the double-click event.
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("GET ") + kRecordPath + u"/{id}"_s);
    const QJsonObject values = opened.at(0).at(1).toJsonObject();
    QCOMPARE(values,
        (QJsonObject { { u"path/zoneName"_s, u"example.com"_s }, { u"path/id"_s, u"1003"_s } }));
    QCOMPARE(opened.at(0).at(2).toBool(), false);

    // An answer's own objects (no id fetched) open the detail of their "id"; without one,
    // nothing.
    ObjectRows rows = recordRows();
    for (ObjectRow& row : rows)
        row.id = QJsonValue(QJsonValue::Undefined);
    view.setRows(rows);
    QCOMPARE(view.detailValues(0)->value(u"path/id"_s).toString(), u"1003"_s); // sorted above
    for (ObjectRow& row : rows) {
        QJsonObject object = row.object.toObject();
        object.remove(u"id"_s);
        row.object = object;
    }
    view.setRows(rows);
    QVERIFY(!view.detailValues(0));
}

void TestObjectTable::tableTabOnlyForArraysOfObjects()
{
    ResultView result;
    auto* tabs = result.findChild<QTabWidget*>(u"resultTabs"_s);
    auto* table = result.findChild<ObjectTableView*>(u"resultTable"_s);
    QVERIFY(tabs && table);
    const int index = tabs->indexOf(table);
    QVERIFY(!tabs->isTabVisible(index));

    CallResult answer;
    answer.status = 200;
    answer.body = R"([{"a":1,"b":{"c":"x"}},{"a":2}])";
    answer.json = QJsonDocument::fromJson(answer.body).array();
    result.showResult(answer);
    QVERIFY(tabs->isTabVisible(index));
    QCOMPARE(table->table()->model()->rowCount(), 0); // not flattened before it is looked at
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->csvText(), QByteArray("a,b.c\r\n1,x\r\n2,\r\n"));

    answer.body = "[1001,1002]";
    answer.json = QJsonDocument::fromJson(answer.body).array();
    result.showResult(answer);
    QVERIFY(!tabs->isTabVisible(index));
    QCOMPARE(table->rowCount(), 0);

    result.showRows(recordRows()); // what Fetch all hands over
    QVERIFY(tabs->isTabVisible(index));
    QCOMPARE(tabs->currentWidget(), table);
    QCOMPARE(table->rowCount(), 3);
}

QTEST_MAIN(TestObjectTable)
#include "tst_objecttable.moc"
