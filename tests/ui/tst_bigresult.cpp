// Big answers in the Result (issue 13 item 1): a 5 MB answer keeps the event loop responsive
// while it arrives, is parsed and is shown; the Body tab shows its lines, Find and Copy work on
// them; the tree is lazy; the elapsed time says when the first byte came.
#include "hostileserver.h"
#include "models/itemroles.h"
#include "models/jsontreemodel.h"
#include "net/apiclient.h"
#include "operation/resultview.h"
#include "results/bodylinesview.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Ovh;
using OvhTest::HostileServer;

namespace {

// The longest time the event loop went without running a 5 ms timer.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
            [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

class TestBigResult : public QObject
{
    Q_OBJECT

private slots:
    void bigAnswerStaysResponsive();
    void findAndCopyInBigBody();
    void smallBodyAfterBigOne();
    void lazyTree();
    void firstByteShown();

private:
    // Sends GET to `server` and shows the answer in `view` as OperationView does.
    CallResult callInto(ResultView* view, const HostileServer& server);
    void serveBig(HostileServer* server, int count);

    QNetworkAccessManager m_nam;
};

CallResult TestBigResult::callInto(ResultView* view, const HostileServer& server)
{
    ApiClient client(&m_nam, nullptr);
    const QUrl url = server.url(QStringLiteral("/1.0/domain/zone/example.com/record"));
    const std::optional<Endpoint> endpoint
        = Endpoint::fromUserText(server.url(QStringLiteral("/1.0")).toString());
    if (!endpoint)
        return {};
    view->showRunning(QStringLiteral("GET"), url.toString(), url.path());
    ApiCall* call = client.send(*endpoint, Credentials(), { "GET", url, {}, false, true });
    QSignalSpy finished(call, &ApiCall::finished);
    connect(call, &ApiCall::finished, view, &ResultView::showResult);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<CallResult>();
}

void TestBigResult::serveBig(HostileServer* server, int count)
{
    QVERIFY(server->listen());
    HostileServer::Behaviour serve;
    serve.body = OvhTest::recordsJson(count);
    server->setDefaultBehaviour(serve);
}

void TestBigResult::bigAnswerStaysResponsive()
{
    HostileServer server;
    constexpr int Records = 60000; // 5 MB, 420,000 lines once indented
    serveBig(&server, Records);
    ResultView view;
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy shown(&view, &ResultView::bodyShown);

    StallProbe probe;
    const CallResult result = callInto(&view, server);
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.size() > 5'000'000);
    QVERIFY(shown.wait(30000));
    QTest::qWait(100); // the first paints of the lines and the tree
    // On main the answer was indented, laid out and coloured on the GUI thread: over a second.
    QVERIFY2(probe.longestMs() < 250,
        qPrintable(QStringLiteral("the event loop stalled %1 ms").arg(probe.longestMs())));

    auto* lines = view.findChild<BodyLinesView*>(QStringLiteral("resultBodyLines"));
    QVERIFY(lines && lines->isVisible());
    QCOMPARE(lines->model()->rowCount(), Records * 7 + 2);
    QCOMPARE(lines->model()->index(2, 0).data().toString(), QStringLiteral("        \"id\": 0,"));
    // The tree is filled when its tab opens.
    auto* tree = view.findChild<QTreeView*>(QStringLiteral("resultTree"));
    QCOMPARE(tree->model()->rowCount(), 0);
    view.findChild<QTabWidget*>(QStringLiteral("resultTabs"))->setCurrentWidget(tree);
    QCOMPARE(tree->model()->rowCount(), Records);
    QCOMPARE(tree->model()->index(Records - 1, 0).data().toString(),
        QStringLiteral("[%1]").arg(Records - 1));
    QVERIFY(!view.isFormatting());
    QVERIFY(view.bodyText().startsWith(QStringLiteral("[\n    {\n        \"id\": 0,")));
}

void TestBigResult::findAndCopyInBigBody()
{
    HostileServer server;
    serveBig(&server, 5000);
    ResultView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy shown(&view, &ResultView::bodyShown);
    QCOMPARE(callInto(&view, server).status, 200);
    QVERIFY(shown.wait(30000));

    auto* lines = view.findChild<BodyLinesView*>(QStringLiteral("resultBodyLines"));
    lines->setFocus();
    QTest::keyClick(lines, Qt::Key_F, Qt::ControlModifier);
    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("findEdit"));
    QTRY_VERIFY(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("WWW4321\""));
    QCOMPARE(lines->currentIndex().data().toString(),
        QStringLiteral("        \"subDomain\": \"www4321\","));
    QTest::keyClick(edit, Qt::Key_Return); // the only match: found again, in place
    QCOMPARE(lines->currentIndex().row(), 4321 * 7 + 4);

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("\"ttl\""));
    const int first = lines->currentIndex().row();
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(lines->currentIndex().row(), first + 7);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(lines->currentIndex().row(), first);

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("no such text"));
    QCOMPARE(
        view.findChild<QLabel*>(QStringLiteral("findStatus"))->text(), QStringLiteral("No match"));

    // Copy: the lines selected, as shown.
    lines->setFocus();
    lines->selectionModel()->clearSelection();
    lines->selectionModel()->select(
        QItemSelection(lines->model()->index(1, 0), lines->model()->index(3, 0)),
        QItemSelectionModel::Select);
    QTest::keyClick(lines, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
        QStringLiteral("    {\n        \"id\": 0,\n        \"fieldType\": \"A\","));
}

void TestBigResult::smallBodyAfterBigOne()
{
    HostileServer big;
    serveBig(&big, 5000);
    ResultView view;
    view.show();
    QSignalSpy shown(&view, &ResultView::bodyShown);
    QCOMPARE(callInto(&view, big).status, 200);
    QVERIFY(shown.wait(30000));

    HostileServer small;
    serveBig(&small, 2);
    QCOMPARE(callInto(&view, small).status, 200);
    auto* text = view.findChild<QPlainTextEdit*>(QStringLiteral("resultBody"));
    QVERIFY(text->isVisible());
    QVERIFY(!view.findChild<BodyLinesView*>(QStringLiteral("resultBodyLines"))->isVisible());
    QVERIFY(text->toPlainText().contains(QStringLiteral("www1")));
    QCOMPARE(view.bodyText(), text->toPlainText());
    // Find goes back to the text view.
    text->setFocus();
    QTest::keyClick(text, Qt::Key_F, Qt::ControlModifier);
    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("findEdit"));
    QTest::keyClicks(edit, QStringLiteral("www1"));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("www1"));
}

void TestBigResult::lazyTree()
{
    QJsonArray array;
    for (int i = 0; i < 150000; ++i)
        array.append(QJsonObject { { QStringLiteral("id"), i },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("a"), i } } });
    JsonTreeModel model;
    model.setJson(array);
    QCOMPARE(model.rowCount(), 150000);
    QCOMPARE(model.madeRows(), 0); // none made before they are asked for
    const QModelIndex last = model.index(149999, 0);
    QCOMPARE(last.data().toString(), QStringLiteral("[149999]"));
    QCOMPARE(model.rowCount(last), 2);
    const QModelIndex tags = model.index(1, 0, last);
    QCOMPARE(tags.data().toString(), QStringLiteral("tags"));
    QCOMPARE(model.index(1, JsonTreeModel::ValueColumn, tags).data().toString(),
        QStringLiteral("149999"));
    QCOMPARE(model.index(1, 0, tags).data(ItemRole::JsonPath).toList(),
        (QVariantList { 149999, QStringLiteral("tags"), 1 }));
    QCOMPARE(model.parent(model.index(1, 0, tags)), tags);
    QCOMPARE(model.madeRows(), 2); // the nodes of the two rows asked for their children

    // In a view, only what is shown is made.
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.expand(model.index(0, 0));
    QTest::qWait(20);
    QVERIFY2(model.madeRows() < 1000, qPrintable(QString::number(model.madeRows())));

    // The model's contract, on a smaller value.
    JsonTreeModel small;
    QAbstractItemModelTester tester(&small, QAbstractItemModelTester::FailureReportingMode::QtTest);
    small.setJson(QJsonArray { QJsonObject { { QStringLiteral("a"), QJsonArray { 1, 2 } } }, 3 });
    QCOMPARE(small.rowCount(small.index(0, 0)), 1);
}

void TestBigResult::firstByteShown()
{
    HostileServer server;
    QVERIFY(server.listen());
    HostileServer::Behaviour drip;
    drip.mode = HostileServer::Mode::Drip;
    drip.body = QByteArray("[1,2,3,4]");
    drip.dripMs = 40;
    server.setDefaultBehaviour(drip);
    ResultView view;
    const CallResult result = callInto(&view, server);
    QCOMPARE(result.status, 200);
    const QString elapsed = view.findChild<QLabel*>(QStringLiteral("resultElapsed"))->text();
    QVERIFY2(elapsed.startsWith(QString::number(result.elapsedMs) + QStringLiteral(" ms"))
            && elapsed.contains(QStringLiteral("first byte %1 ms").arg(result.firstByteMs)),
        qPrintable(elapsed));
}

QTEST_MAIN(TestBigResult)
#include "tst_bigresult.moc"
