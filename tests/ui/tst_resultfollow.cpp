// Following what the Result shows (issue 13, the parts left): ids followed with the keyboard
// (Enter, Ctrl+Enter in a new tab) and a hand over links in the Tree; the ids of a large Body
// (the lines view) are links too; a row of an array-of-objects answer opens its detail from
// the Table; Compare never offers the answer shown itself.
#include "windowtestcase.h"

#include "resultfixtures.h"

#include "history/historystore.h"
#include "models/jsontreemodel.h"
#include "operation/operationview.h"
#include "operation/resultview.h"
#include "results/bodylinesview.h"
#include "results/diffpicker.h"
#include "results/objecttableview.h"
#include "window/operationtabs.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Ovh;
using namespace OvhTest;
using namespace Qt::StringLiterals;

namespace {

const QString kZoneKey = u"path/zoneName"_s;
const QByteArray kListUrl = "https://eu.api.ovh.com/1.0/domain/zone/example.com/record";

HistoryEntry recordEntry(const QString& queryId, const QString& url, const QByteArray& body)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.endpoint = u"ovh-eu"_s;
    entry.method = u"GET"_s;
    entry.pathTemplate = kRecordPath;
    entry.url = url;
    entry.status = 200;
    entry.elapsedMs = 35;
    entry.queryId = queryId;
    entry.responseBody = body;
    entry.responseBodySize = body.size();
    return entry;
}

} // namespace

class TestResultFollow final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void treeKeysAndHand();
    void largeBodyIdsAreLinks();
    void objectRowOpensItsDetail();
    void recordsCall_data();
    void recordsCall();
    void compareLeavesOutTheAnswerShown();
    void copyLargeBodyOffTheGuiThread();
    void findBeforeTheLinesAreLaidOut();

private:
    std::unique_ptr<MainWindow> listShown(const QByteArray& body, OperationView** view);
};

// The window on the bundled eu schema, the record list of example.com showing `body`.
std::unique_ptr<MainWindow> TestResultFollow::listShown(
    const QByteArray& body, OperationView** view)
{
    auto window = makeWindow();
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    waitLoaded(*window);
    if (!window->openOperation(kListOperation))
        return nullptr;
    *view = window->operationTabs()->currentView();
    (*view)->setFormValues({ { kZoneKey, kZone } });
    (*view)->showStoredResult(okAnswer(body));
    return window;
}

void TestResultFollow::treeKeysAndHand()
{
    OperationView* view = nullptr;
    auto window = listShown("[1001, 5089921234]", &view);
    QVERIFY(window);
    OperationTabs* tabs = window->operationTabs();
    auto* tree = view->findChild<QTreeView*>(u"resultTree"_s);
    view->findChild<QTabWidget*>(u"resultTabs"_s)->setCurrentWidget(tree);
    const QModelIndex second = tree->model()->index(1, JsonTreeModel::ValueColumn);

    // A hand over an id, not over its index.
    QVERIFY(handAt(tree->viewport(), tree->visualRect(second).center()));
    QVERIFY(!handAt(tree->viewport(),
        tree->visualRect(second.siblingAtColumn(JsonTreeModel::KeyColumn)).center()));

    // Ctrl+Enter on the row (its key cell current): the detail in a new tab, not Execute's.
    tree->setFocus();
    tree->setCurrentIndex(second.siblingAtColumn(JsonTreeModel::KeyColumn));
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentOperation(), kDetailOperation);
    QCOMPARE(fieldText(tabs->currentView(), u"field:id"_s), u"5089921234"_s);
    QCOMPARE(tabs->operationAt(0), kListOperation);
    QVERIFY(!view->isRunning());

    // Enter: in the list's own tab.
    tabs->setCurrentIndex(0);
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, JsonTreeModel::ValueColumn));
    QTest::keyClick(tree, Qt::Key_Enter, Qt::KeypadModifier);
    QTRY_COMPARE(tabs->operationAt(0), kDetailOperation);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(fieldText(tabs->currentView(), u"field:zoneName"_s), kZone);
    QCOMPARE(fieldText(tabs->currentView(), u"field:id"_s), u"1001"_s);
}

void TestResultFollow::largeBodyIdsAreLinks()
{
    // Over ResultView::LargeBodyBytes: the Body is the lines view.
    QStringList ids;
    for (int i = 0; i < 12000; ++i)
        ids << QString::number(7000000 + i);
    const QByteArray body = "[" + ids.join(u',').toLatin1() + "]";
    QVERIFY(body.size() > ResultView::LargeBodyBytes);
    OperationView* view = nullptr;
    auto window = listShown(body, &view);
    QVERIFY(window);
    OperationTabs* tabs = window->operationTabs();
    auto* result = view->findChild<ResultView*>();
    QTRY_VERIFY_WITH_TIMEOUT(!result->isFormatting(), 20000);
    auto* lines = view->findChild<BodyLinesView*>(u"resultBodyLines"_s);
    QVERIFY(lines && lines->isVisible());
    QVERIFY(!lines->isLinkLine(0)); // "["
    QVERIFY(lines->isLinkLine(1));
    QVERIFY(lines->isLinkLine(12000));
    QVERIFY(!lines->isLinkLine(12001)); // "]"

    // Line 2 is "    7000001,": a hand on its digits, none past them.
    const QModelIndex line2 = lines->model()->index(2, 0);
    QCOMPARE(line2.data().toString().trimmed(), u"7000001,"_s);
    const QRect rect = lines->visualRect(line2);
    const int digit = QFontMetrics(lines->font()).horizontalAdvance(u'0');
    const QPoint onId(rect.left() + 4 + digit * 7, rect.center().y());
    QVERIFY(handAt(lines->viewport(), onId));
    QVERIFY(!handAt(lines->viewport(), QPoint(rect.left() + 4 + digit * 30, rect.center().y())));

    // Ctrl+Enter on a line: its id's detail in a new tab.
    lines->setFocus();
    lines->setCurrentIndex(lines->model()->index(5, 0));
    QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentOperation(), kDetailOperation);
    QCOMPARE(fieldText(tabs->currentView(), u"field:id"_s), u"7000004"_s);

    // A click on an id: in the list's tab.
    tabs->setCurrentIndex(0);
    QTest::mouseClick(lines->viewport(), Qt::LeftButton, Qt::NoModifier, onId);
    QTRY_COMPARE(tabs->operationAt(0), kDetailOperation);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(fieldText(tabs->currentView(), u"field:zoneName"_s), kZone);
    QCOMPARE(fieldText(tabs->currentView(), u"field:id"_s), u"7000001"_s);
}

void TestResultFollow::objectRowOpensItsDetail()
{
    const Product& domain = snapshotProduct(u"domain.json"_s);
    const Operation* contacts = findOperation(domain, HttpMethod::Get, u"/domain/contact"_s);
    QVERIFY(contacts);
    ObjectTableView table;
    table.setOperation(domain, *contacts);
    table.setAnswer(QJsonDocument::fromJson(R"([{"id": 42, "lastName": "Martin"},
        {"id": 43, "lastName": "Durand"}, {"lastName": "No id"}])")
                        .array());
    table.resize(800, 300);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QCOMPARE(table.rowCount(), 3);
    QVERIFY(!table.detailValues(2)); // no id: nothing to open

    QSignalSpy opened(&table, &ObjectTableView::openOperationRequested);
    const QRect cell = table.table()->visualRect(table.table()->model()->index(1, 0));
    QTest::mouseClick(table.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"GET /domain/contact/{contactId}"_s);
    QCOMPARE(opened.at(0).at(1).toJsonObject(), (QJsonObject { { u"path/contactId"_s, u"43"_s } }));
}

void TestResultFollow::recordsCall_data()
{
    QTest::addColumn<QString>("entryQueryId");
    QTest::addColumn<QString>("resultQueryId");
    QTest::addColumn<QByteArray>("resultBody");
    QTest::addColumn<qint64>("resultElapsed");
    QTest::addColumn<bool>("same");
    const QByteArray body = "[1,2]";
    QTest::newRow("same query id") << u"EU.q1"_s << u"EU.q1"_s << body << qint64(35) << true;
    QTest::newRow("another query id") << u"EU.q1"_s << u"EU.q2"_s << body << qint64(35) << false;
    QTest::newRow("query id on one side") << QString() << u"EU.q1"_s << body << qint64(35) << false;
    QTest::newRow("none: url, status, time and size")
        << QString() << QString() << body << qint64(35) << true;
    QTest::newRow("none: another size")
        << QString() << QString() << QByteArray("[1,2,3]") << qint64(35) << false;
    QTest::newRow("none: another time") << QString() << QString() << body << qint64(36) << false;
}

void TestResultFollow::recordsCall()
{
    QFETCH(QString, entryQueryId);
    QFETCH(QString, resultQueryId);
    QFETCH(QByteArray, resultBody);
    QFETCH(qint64, resultElapsed);
    QFETCH(bool, same);
    const HistoryEntry entry = recordEntry(entryQueryId, QString::fromLatin1(kListUrl), "[1,2]");
    CallResult result = okAnswer(resultBody);
    result.queryId = resultQueryId;
    result.elapsedMs = resultElapsed;
    QCOMPARE(Ovh::recordsCall(entry, result), same);
}

void TestResultFollow::compareLeavesOutTheAnswerShown()
{
    HistoryStore history(m_dir->filePath(u"history.sqlite"_s));
    const QString otherUrl = u"https://eu.api.ovh.com/1.0/domain/zone/other.example/record"_s;
    QVERIFY(history.add(recordEntry(u"EU.earlier"_s, otherUrl, "[1]")) > 0);
    // The call just made, recorded (on the history's thread) before the menu opens.
    QVERIFY(history.add(recordEntry(u"EU.shown"_s, QString::fromLatin1(kListUrl), "[1,2]")) > 0);
    CallResult shown = okAnswer("[1,2]");
    shown.queryId = u"EU.shown"_s;
    shown.elapsedMs = 35;

    DiffPicker picker;
    picker.setHistory(&history);
    picker.setCurrent(kListOperation, shown);
    QVERIFY(picker.isEnabled());
    emit picker.menu()->aboutToShow();
    const QList<QAction*> actions = picker.menu()->actions();
    QCOMPARE(actions.size(), 1);
    QVERIFY2(actions.at(0)->text().contains(otherUrl), qPrintable(actions.at(0)->text()));

    // Alone in the history: nothing to compare with.
    DiffPicker alone;
    HistoryStore only(m_dir->filePath(u"only.sqlite"_s));
    QVERIFY(only.add(recordEntry(u"EU.shown"_s, QString::fromLatin1(kListUrl), "[1,2]")) > 0);
    alone.setHistory(&only);
    alone.setCurrent(kListOperation, shown);
    emit alone.menu()->aboutToShow();
    QCOMPARE(alone.menu()->actions().size(), 1);
    QVERIFY(!alone.menu()->actions().at(0)->isEnabled());
}

void TestResultFollow::copyLargeBodyOffTheGuiThread()
{
    QStringList ids;
    for (int i = 0; i < 20000; ++i)
        ids << QString::number(9000000 + i);
    ResultView view;
    view.show();
    QSignalSpy shown(&view, &ResultView::bodyShown);
    view.showResult(okAnswer("[" + ids.join(u',').toLatin1() + "]"));
    QVERIFY(shown.wait(20000));
    QApplication::clipboard()->clear();
    auto* copy = view.findChild<QPushButton*>(u"copyResultButton"_s);
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    // Made on the pool: the button waits, the clipboard fills when the text is ready.
    QVERIFY(!copy->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), 20000);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, view.bodyText());
    QVERIFY(copied.startsWith(u"[\n    9000000,\n"_s));
}

// The lines of a large body are laid out in batches from the event loop; a find right after
// the body shows still reaches and shows the last line.
void TestResultFollow::findBeforeTheLinesAreLaidOut()
{
    QStringList ids;
    for (int i = 0; i < 300000; ++i)
        ids << QString::number(9000000 + i);
    ResultView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy shown(&view, &ResultView::bodyShown);
    view.showResult(okAnswer("[" + ids.join(u',').toLatin1() + "]"));
    QVERIFY(shown.wait(30000));
    auto* lines = view.findChild<BodyLinesView*>(u"resultBodyLines"_s);
    QVERIFY(lines->findMatch(u"9299999"_s, false, false));
    QCOMPARE(lines->currentIndex().row(), 300000);
    const QRect rect = lines->visualRect(lines->currentIndex());
    QVERIFY(rect.isValid());
    QVERIFY2(lines->viewport()->rect().intersects(rect), "the match is not scrolled to");
}

QTEST_MAIN(TestResultFollow)
#include "tst_resultfollow.moc"
