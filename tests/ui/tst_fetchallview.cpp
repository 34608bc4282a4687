// Fetch all in the window (issue 13 item 3): offered on an id list with a detail operation,
// progress with count and rate, a 429 in the middle honoured, Cancel, the rows in a table.
#include "operationviewtestcase.h"
#include "stallprobe.h"

#include "operation/parameterform.h"
#include "results/fetchallbar.h"
#include "sandbox/demoaccount.h"
#include "sandbox/demorecords.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxthrottle.h"
#include "session/fetchall.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Ovh;
using namespace OvhTest;

namespace {

constexpr int kSeeded = 40;

} // namespace

class TestFetchAllView final : public OperationViewTestCase
{
    Q_OBJECT

private slots:
    void fetchAllWithA429InTheMiddle();
    void cancelKeepsWhatWasFetched();
    void notOfferedForOtherAnswers();
    void concurrencyFromSettings();

private:
    // A view that listed the records of example.com (6 demo ones + kSeeded).
    std::unique_ptr<OperationView> listRecords();
    int recordCount() const;
};

int TestFetchAllView::recordCount() const
{
    return int(m_sandbox->account().records(QString::fromLatin1(SandboxDemo::kZone)).size());
}

std::unique_ptr<OperationView> TestFetchAllView::listRecords()
{
    if (recordCount() < kSeeded)
        seedDemoRecords(m_sandbox->account(), QString::fromLatin1(SandboxDemo::kZone), kSeeded);
    m_sandbox->throttle().configure(0, 0);
    auto view = makeView();
    openRecordForm(*view, HttpMethod::Get);
    auto* zone = child<QLineEdit>(view->form(), QStringLiteral("field:zoneName"));
    zone->clear(); // the form may remember it from a previous view
    QTest::keyClicks(zone, QStringLiteral("example.com"));
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    [&] { QTRY_VERIFY(view->executeAction()->isEnabled()); }();
    view->executeAction()->trigger();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000); }();
    return view;
}

void TestFetchAllView::fetchAllWithA429InTheMiddle()
{
    auto view = listRecords();
    auto* bar = child<FetchAllBar>(view.get(), QStringLiteral("fetchAllBar"));
    auto* button = child<QPushButton>(view.get(), QStringLiteral("fetchAllButton"));
    QVERIFY(bar->isVisible());
    const int total = recordCount();
    QCOMPARE(button->text(), QStringLiteral("Fetch all (%1)").arg(total));

    // One detail call in 30 is refused, with Retry-After: 1.
    m_sandbox->throttle().configure(30, 1);
    QSignalSpy fetched(bar, &FetchAllBar::rowsFetched);
    StallProbe probe;
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(bar->isRunning());
    auto* text = child<QLabel>(view.get(), QStringLiteral("fetchAllText"));
    auto* progress = child<QProgressBar>(view.get(), QStringLiteral("fetchAllProgress"));
    auto* cancel = child<QPushButton>(view.get(), QStringLiteral("fetchAllCancel"));
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QCOMPARE(progress->maximum(), total);
    // The pause is shown while it lasts, then the rest is fetched.
    QTRY_VERIFY2_WITH_TIMEOUT(
        text->text().contains(QStringLiteral("429")), qPrintable(text->text()), 10000);
    QVERIFY(progress->value() < total);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 20000);
    QVERIFY(probe.longestMs() < 500);
    QCOMPARE(fetched.first().at(1).toBool(), false);
    QVERIFY(m_sandbox->throttle().refused() >= 1);
    QVERIFY2(text->text().startsWith(QStringLiteral("Fetched %1 of %1").arg(total)),
        qPrintable(text->text()));
    QVERIFY2(text->text().contains(QStringLiteral("retried after 429")), qPrintable(text->text()));
    QVERIFY(!cancel->isVisible());

    // The rows fill the table, in the ids' order, none failed.
    auto* table = child<QTableView>(view.get(), QStringLiteral("objectTable"));
    QVERIFY(table->isVisible());
    const QAbstractItemModel* model = table->model();
    QCOMPARE(model->rowCount(), total);
    int idColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString name = model->headerData(column, Qt::Horizontal).toString();
        QVERIFY(name != QStringLiteral("Error")); // none failed: no Error column
        if (name == QStringLiteral("id"))
            idColumn = column;
    }
    QVERIFY(idColumn >= 0);
    for (int row = 0; row < total; ++row)
        QCOMPARE(model->index(row, idColumn).data().toString(), QString::number(1001 + row));
}

void TestFetchAllView::cancelKeepsWhatWasFetched()
{
    auto view = listRecords();
    auto* bar = child<FetchAllBar>(view.get(), QStringLiteral("fetchAllBar"));
    // The 5th detail call is refused for 1 s: Cancel during the wait, and nothing more goes.
    m_sandbox->throttle().configure(5, 1);
    QSignalSpy fetched(bar, &FetchAllBar::rowsFetched);
    QTest::mouseClick(
        child<QPushButton>(view.get(), QStringLiteral("fetchAllButton")), Qt::LeftButton);
    auto* text = child<QLabel>(view.get(), QStringLiteral("fetchAllText"));
    QTRY_VERIFY2_WITH_TIMEOUT(
        text->text().contains(QStringLiteral("429")), qPrintable(text->text()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(bar->job()->inFlight(), 0, 10000); // the pause's calls ended
    const int requestsBefore = m_sandbox->requestCount();
    QTest::mouseClick(
        child<QPushButton>(view.get(), QStringLiteral("fetchAllCancel")), Qt::LeftButton);
    QCOMPARE(fetched.count(), 1);
    QCOMPARE(fetched.first().at(1).toBool(), true);
    QVERIFY(!bar->isRunning());
    QVERIFY2(text->text().startsWith(QStringLiteral("Cancelled")), qPrintable(text->text()));
    const ObjectRows rows = fetched.first().first().value<ObjectRows>();
    QCOMPARE(rows.size(), recordCount());
    int done = 0;
    for (const ObjectRow& row : rows)
        done += row.error.isEmpty() ? 1 : 0;
    QVERIFY2(done >= 4 && done < rows.size(), qPrintable(QString::number(done)));
    QVERIFY(rows.last().error.contains(QStringLiteral("cancelled")));
    QTest::qWait(1500); // past the Retry-After
    QCOMPARE(m_sandbox->requestCount(), requestsBefore); // nothing sent after Cancel
    QVERIFY(child<QTableView>(view.get(), QStringLiteral("objectTable"))->isVisible());
    // It can start again.
    auto* button = child<QPushButton>(view.get(), QStringLiteral("fetchAllButton"));
    QVERIFY(button->isEnabled());
}

void TestFetchAllView::notOfferedForOtherAnswers()
{
    auto view = listRecords();
    auto* bar = child<FetchAllBar>(view.get(), QStringLiteral("fetchAllBar"));
    QVERIFY(bar->isVisible());
    // A detail answer (an object) offers nothing; neither does a list without a detail.
    const Product& product = domainProduct();
    const Operation* detail
        = findOperation(product, HttpMethod::Get, kRecordPath + QStringLiteral("/{id}"));
    QVERIFY(detail);
    view->showOperation(product, *detail);
    QVERIFY(!bar->isVisible());
    view->setFormValues(
        QJsonObject { { QStringLiteral("path/zoneName"), QStringLiteral("example.com") },
            { QStringLiteral("path/id"), QStringLiteral("1001") } });
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    QTRY_VERIFY(view->executeAction()->isEnabled());
    view->executeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(finished.first().first().value<CallResult>().isSuccess());
    QVERIFY(!bar->isVisible());
    // A stored result has no request to carry values from. (One view per call session, as
    // the window's tabs have.)
    view.reset();
    auto list = listRecords();
    auto* listBar = child<FetchAllBar>(list.get(), QStringLiteral("fetchAllBar"));
    QVERIFY(listBar->isVisible());
    list->showStoredResult(*list->lastResult());
    QVERIFY(!listBar->isVisible());
}

void TestFetchAllView::concurrencyFromSettings()
{
    m_settings->setFetchAllConcurrency(2);
    auto view = listRecords();
    auto* bar = child<FetchAllBar>(view.get(), QStringLiteral("fetchAllBar"));
    QSignalSpy fetched(bar, &FetchAllBar::rowsFetched);
    bar->start();
    QVERIFY(bar->job());
    QCOMPARE(bar->job()->settings().concurrency, 2);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 20000);
    QVERIFY(bar->job()->inFlight() == 0);
}

QTEST_MAIN(TestFetchAllView)
#include "tst_fetchallview.moc"
