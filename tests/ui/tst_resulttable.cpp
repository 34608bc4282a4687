// The Table tab and Compare with… inside an operation view against the sandbox (issue 13 items
// 3 and 5): an answer that is an array of objects fills the table in its model's order; fetched
// ids open their detail with the list's path values; an earlier answer from the history diffs.
#include "history/historystore.h"
#include "operation/parameterform.h"
#include "operation/resultview.h"
#include "operationviewtestcase.h"
#include "results/diffdialog.h"
#include "results/diffmodel.h"
#include "results/diffpicker.h"
#include "results/objecttableview.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;
using namespace Qt::StringLiterals;

class TestResultTable final : public OperationViewTestCase
{
    Q_OBJECT

private slots:
    void arrayAnswerFillsTheTable();
    void fetchedIdsOpenTheirDetail();
    void compareWithAnEarlierAnswer();
};

void TestResultTable::arrayAnswerFillsTheTable()
{
    auto view = makeView();
    const Operation* contacts
        = findOperation(domainProduct(), HttpMethod::Get, u"/domain/contact"_s);
    QVERIFY(contacts);
    view->showOperation(domainProduct(), *contacts);
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    view->execute();
    QTRY_COMPARE(finished.count(), 1);

    auto* tabs = child<QTabWidget>(view.get(), u"resultTabs"_s);
    auto* table = child<ObjectTableView>(view.get(), u"resultTable"_s);
    QVERIFY(tabs->isTabVisible(tabs->indexOf(table)));
    QCOMPARE(table->rowCount(), 1);
    const QAbstractItemModel* model = table->table()->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"accreditationCountry"_s);
    QCOMPARE(model->headerData(4, Qt::Horizontal).toString(), u"address.city"_s);
    QVERIFY(table->csvText().startsWith("accreditationCountry,accreditationId,"));

    // An id list has no table of its own.
    openRecordForm(*view, HttpMethod::Get);
    QTest::keyClicks(child<QLineEdit>(view->form(), u"field:zoneName"_s), u"example.com"_s);
    view->execute();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(table)));
}

void TestResultTable::fetchedIdsOpenTheirDetail()
{
    auto view = makeView();
    openRecordForm(*view, HttpMethod::Get);
    QTest::keyClicks(child<QLineEdit>(view->form(), u"field:zoneName"_s), u"example.com"_s);
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    view->execute();
    QTRY_COMPARE(finished.count(), 1);

    // What Fetch all hands over: the detail of each id, one failed.
    auto* result = child<ResultView>(view.get(), u"resultView"_s);
    ObjectRows rows;
    for (const QJsonValue& id : view->lastResult()->json.toArray()) {
        const QJsonObject record { { u"id"_s, id }, { u"fieldType"_s, u"A"_s },
            { u"target"_s, u"192.0.2.1"_s }, { u"ttl"_s, 3600 } };
        rows.append({ id, record, QString() });
    }
    QVERIFY(rows.size() >= 2);
    rows.append({ QJsonValue(99), QJsonValue(QJsonValue::Undefined), u"404 Not Found"_s });
    result->showRows(rows);
    auto* table = child<ObjectTableView>(view.get(), u"resultTable"_s);
    QCOMPARE(child<QTabWidget>(view.get(), u"resultTabs"_s)->currentWidget(), table);
    QCOMPARE(table->table()->model()->headerData(1, Qt::Horizontal).toString(),
        u"fieldType"_s); // after Error: the record model's order

    QSignalSpy opened(view.get(), &OperationView::openOperationRequested);
    const QRect cell = table->table()->visualRect(table->table()->model()->index(1, 2));
    QTest::mouseClick(table->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"GET /domain/zone/{zoneName}/record/{id}"_s);
    const QJsonObject values = opened.at(0).at(1).toJsonObject();
    QCOMPARE(values.value(u"path/zoneName"_s).toString(), u"example.com"_s);
    QCOMPARE(values.value(u"path/id"_s).toString(), QString::number(rows.at(1).id.toInteger()));
}

void TestResultTable::compareWithAnEarlierAnswer()
{
    HistoryStore history(m_dir->filePath(u"history.sqlite"_s));
    auto view = makeView();
    view->setHistory(&history);
    openRecordForm(*view, HttpMethod::Get);
    auto* compare = child<DiffPicker>(view.get(), u"compareButton"_s);
    QVERIFY(!compare->isHidden()); // on the result page, shown with the first answer
    QVERIFY(!compare->isEnabled()); // no answer yet
    QTest::keyClicks(child<QLineEdit>(view->form(), u"field:zoneName"_s), u"example.com"_s);
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    view->execute();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(compare->isEnabled());

    // Yesterday the zone's last record was another one.
    QJsonArray ids = view->lastResult()->json.toArray();
    QVERIFY(!ids.isEmpty());
    const QJsonValue last = ids.last();
    ids.replace(ids.size() - 1, 7);
    HistoryEntry earlier;
    earlier.time = QDateTime::currentDateTimeUtc().addDays(-1);
    earlier.endpoint = u"sandbox"_s;
    earlier.method = u"GET"_s;
    earlier.pathTemplate = kRecordPath;
    earlier.url = u"http://127.0.0.1/1.0/domain/zone/example.com/record"_s;
    earlier.status = 200;
    earlier.responseBody = QJsonDocument(ids).toJson(QJsonDocument::Compact);
    earlier.responseBodySize = earlier.responseBody.size();
    const qint64 id = history.add(earlier);
    QVERIFY(id > 0);
    QCOMPARE(comparableEntries(history, view->operationKey()).size(), 1);

    QSignalSpy opened(compare, &DiffPicker::dialogOpened);
    QVERIFY(compare->compareWith(id));
    auto* dialog = qobject_cast<DiffDialog*>(opened.at(0).at(0).value<QDialog*>());
    QVERIFY(dialog);
    const DiffModel* model = dialog->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, DiffModel::KindColumn).data().toString(), u"Removed"_s);
    QCOMPARE(model->index(0, DiffModel::BeforeColumn).data().toString(), u"7"_s);
    QCOMPARE(model->index(1, DiffModel::KindColumn).data().toString(), u"Added"_s);
    QCOMPARE(model->index(1, DiffModel::AfterColumn).data().toString(),
        QString::number(last.toInteger()));
    dialog->close();
}

QTEST_MAIN(TestResultTable)
#include "tst_resulttable.moc"
