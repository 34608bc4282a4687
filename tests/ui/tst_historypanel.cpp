// The History dock in the window: View → History (Ctrl+H, remembered), opening a call (its
// operation, values and result, no call made), re-running it, deleting one, clearing all only
// once confirmed, and calls recorded since coming in at the top.
#include "windowtestcase.h"

#include "base/jsontext.h"
#include "history/historymodel.h"
#include "history/historypanel.h"
#include "history/historystore.h"
#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "window/operationtabs.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QString kRecordOperation = QStringLiteral("POST /domain/zone/{zoneName}/record");

HistoryEntry recordCall(const QString& endpoint)
{
    HistoryEntry entry;
    entry.endpoint = endpoint;
    entry.method = QStringLiteral("POST");
    entry.pathTemplate = QStringLiteral("/domain/zone/{zoneName}/record");
    entry.values = QJsonObject {
        { QStringLiteral("path"),
            QJsonObject { { QStringLiteral("zoneName"), QStringLiteral("example.com") } } },
        { QStringLiteral("body"),
            QJsonObject { { QStringLiteral("fieldType"), QStringLiteral("TXT") },
                { QStringLiteral("subDomain"), QStringLiteral("_check") },
                { QStringLiteral("target"), QStringLiteral("hello") } } },
    };
    entry.bodyKind = QStringLiteral("parameters");
    entry.requestBody = R"({"fieldType":"TXT","subDomain":"_check","target":"hello"})";
    entry.url = QStringLiteral("https://eu.api.ovh.com/1.0/domain/zone/example.com/record");
    entry.status = 200;
    entry.elapsedMs = 87;
    entry.responseHeaders = { { "Content-Type", "application/json" } };
    entry.responseBody = R"({"id":4242,"zone":"example.com","target":"hello"})";
    return entry;
}

HistoryEntry meCall()
{
    HistoryEntry entry;
    entry.endpoint = QStringLiteral("ovh-eu");
    entry.method = QStringLiteral("GET");
    entry.pathTemplate = QStringLiteral("/me");
    entry.url = QStringLiteral("https://eu.api.ovh.com/1.0/me");
    entry.status = 403;
    entry.responseBody = R"({"message":"This call has not been granted"})";
    return entry;
}

} // namespace

class TestHistoryPanel final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void dockFromTheViewMenuAndRemembered();
    void openRestoresOperationValuesAndResult();
    void openIntoARawBody();
    void rerunSendsTheCallAgain();
    void deleteAndClearOnceConfirmed();
    void recordedCallsComeInAtTheTop();
    void unusableFileSaysWhy();

private:
    std::unique_ptr<HistoryStore> makeStore();
    static HistoryPanel* showHistory(MainWindow& window);
    // `window` shown on the bundled eu schema, its History dock open; null when it cannot be.
    HistoryPanel* showOnEu(MainWindow& window);
    static void select(HistoryPanel* panel, int row);
};

std::unique_ptr<HistoryStore> TestHistoryPanel::makeStore()
{
    auto store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    m_history = store.get();
    return store;
}

HistoryPanel* TestHistoryPanel::showHistory(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("historyAction"));
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_H))
        return nullptr;
    if (!action->isChecked())
        action->trigger();
    HistoryPanel* panel = window.historyPanel();
    return panel && panel->isVisible() ? panel : nullptr;
}

HistoryPanel* TestHistoryPanel::showOnEu(MainWindow& window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    waitLoaded(window);
    return QTest::currentTestFailed() ? nullptr : showHistory(window);
}

void TestHistoryPanel::select(HistoryPanel* panel, int row)
{
    panel->view()->setCurrentIndex(panel->model()->index(row, 0));
}

void TestHistoryPanel::dockFromTheViewMenuAndRemembered()
{
    auto store = makeStore();
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("historyDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible()); // not until asked for
        HistoryPanel* panel = showHistory(*window);
        QVERIFY(panel);
        QTRY_VERIFY(panel->filterEdit()->hasFocus()); // ready to type
        window->close(); // saves the window's state
    }
    auto again = makeWindow();
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    QTRY_VERIFY(again->historyPanel()->isVisible());
    m_history = nullptr;
}

void TestHistoryPanel::openRestoresOperationValuesAndResult()
{
    auto store = makeStore();
    QVERIFY(store->add(recordCall(QStringLiteral("ovh-eu"))));
    QVERIFY(store->add(meCall()));
    // What the form remembered for the operation is not what the call sent: the call wins,
    // and a field it did not send is left empty.
    m_settings->setFormValues(kRecordOperation,
        QJsonObject { { QStringLiteral("path/zoneName"), QStringLiteral("old.example") },
            { QStringLiteral("body/ttl"), 3600 } });
    auto window = makeWindow();
    HistoryPanel* panel = showOnEu(*window);
    QVERIFY(panel);
    QCOMPARE(panel->model()->rowCount(), 2);
    QVERIFY(!panel->openAction()->isEnabled()); // nothing chosen yet

    // Filter as you type: the record call alone (after the short delay).
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("zone"));
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    QTest::keyClick(panel->filterEdit(), Qt::Key_Return); // to the list, first row
    QVERIFY(panel->view()->hasFocus());
    QVERIFY(panel->openAction()->isEnabled());
    auto* operation = window->findChild<OperationView*>();
    QSignalSpy calls(operation, &OperationView::callFinished);
    // The time to open from the history, beside showing the operation alone (the first
    // time, so with what the first form of a run costs).
    QElapsedTimer timer;
    timer.start();
    QVERIFY(window->openOperation(kRecordOperation));
    const double plain = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    QTest::keyClick(panel->view(), Qt::Key_Return);
    qInfo("opened from the history in %.1f ms (the operation alone: %.1f ms)",
        double(timer.nsecsElapsed()) / 1e6, plain);

    const QJsonObject values = operation->formValues();
    QCOMPARE(
        values.value(QStringLiteral("path/zoneName")).toString(), QStringLiteral("example.com"));
    QCOMPARE(values.value(QStringLiteral("body/fieldType")).toString(), QStringLiteral("TXT"));
    QCOMPARE(values.value(QStringLiteral("body/subDomain")).toString(), QStringLiteral("_check"));
    QCOMPARE(values.value(QStringLiteral("body/target")).toString(), QStringLiteral("hello"));
    QVERIFY(!values.contains(QStringLiteral("body/ttl")));
    auto* status = window->findChild<QLabel*>(QStringLiteral("resultStatus"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("200")), qPrintable(status->text()));
    QVERIFY(window->findChild<QPlainTextEdit*>(QStringLiteral("resultBody"))
                ->toPlainText()
                .contains(QStringLiteral("4242")));
    QCOMPARE(calls.size(), 0); // shown, not sent
    QCOMPARE(store->count(), 2);
    // OVH_WINDOW_SHOTS=<folder>: what it looks like, for a person to review.
    const QString shots = qEnvironmentVariable("OVH_WINDOW_SHOTS");
    if (!shots.isEmpty()) {
        window->resize(1280, 800);
        QVERIFY(window->grab().save(shots + QStringLiteral("/history-1280x800.png")));
    }

    // An operation this endpoint does not have: said, and nothing else changes.
    HistoryEntry unknown = meCall();
    unknown.pathTemplate = QStringLiteral("/no/such/operation");
    panel->filterEdit()->clear();
    QTRY_COMPARE(panel->model()->rowCount(), 2);
    QVERIFY(store->add(unknown));
    panel->onRecorded();
    QCOMPARE(panel->model()->rowCount(), 3);
    select(panel, 0);
    panel->openAction()->trigger();
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("/no/such/operation")));
    QCOMPARE(operation->formValues().value(QStringLiteral("path/zoneName")).toString(),
        QStringLiteral("example.com"));
}

void TestHistoryPanel::openIntoARawBody()
{
    auto store = makeStore();
    QVERIFY(store->add(recordCall(QStringLiteral("ovh-eu"))));
    // The operation was last used with raw JSON: the form opens showing it, and opening the
    // entry gives a fresh form with the recorded values.
    m_settings->setFormValues(kRecordOperation,
        QJsonObject { { QStringLiteral("raw"), QStringLiteral(R"({"target":"old"})") } });
    auto window = makeWindow();
    HistoryPanel* panel = showOnEu(*window);
    QVERIFY(panel);
    select(panel, 0);
    panel->openAction()->trigger();
    auto* operation = window->operationTabs()->currentView();
    // What Execute would send is the recorded call's body, not the old raw text.
    const CallRequest request = operation->form()->request();
    QCOMPARE(parseJsonValue(request.bodyBytes),
        parseJsonValue(R"({"fieldType":"TXT","subDomain":"_check","target":"hello"})"));
    QCOMPARE(request.path, QStringLiteral("/domain/zone/example.com/record"));
}

void TestHistoryPanel::rerunSendsTheCallAgain()
{
    auto store = makeStore();
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    switchToSandbox(*window);
    QVERIFY(store->add(recordCall(window->endpoint().displayName())));
    HistoryPanel* panel = showHistory(*window);
    QVERIFY(panel);
    panel->onRecorded();
    QCOMPARE(panel->model()->rowCount(), 1);
    select(panel, 0);
    auto* operation = window->findChild<OperationView*>();
    QSignalSpy calls(operation, &OperationView::callFinished);
    panel->rerunAction()->trigger();
    QVERIFY(calls.wait(10000));
    const auto result = calls.at(0).at(0).value<CallResult>();
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QVERIFY(result.request.body.contains("_check"));
    QCOMPARE(operation->formValues().value(QStringLiteral("path/zoneName")).toString(),
        QStringLiteral("example.com"));
}

void TestHistoryPanel::deleteAndClearOnceConfirmed()
{
    auto store = makeStore();
    for (int i = 0; i < 3; ++i)
        QVERIFY(store->add(meCall()));
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    HistoryPanel* panel = showHistory(*window);
    QVERIFY(panel);
    select(panel, 0);
    panel->deleteAction()->trigger();
    QCOMPARE(store->count(), 2);
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(panel->model()->entryAt(0).id, 2);

    const auto answer = [&](bool clear) {
        panel->clearAction()->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY(
            (box = window->findChild<QMessageBox*>(QStringLiteral("clearHistoryConfirmation")))
            != nullptr);
        QVERIFY(box->isVisible());
        QCOMPARE(static_cast<QAbstractButton*>(box->defaultButton()),
            box->button(QMessageBox::Cancel)); // Enter keeps it
        for (QAbstractButton* button : box->buttons()) {
            const bool destructive = box->buttonRole(button) == QMessageBox::DestructiveRole;
            if (destructive == clear) {
                button->click();
                break;
            }
        }
        QTRY_VERIFY(!window->findChild<QMessageBox*>(QStringLiteral("clearHistoryConfirmation")));
    };
    answer(false);
    QCOMPARE(store->count(), 2);
    QCOMPARE(panel->model()->rowCount(), 2);
    answer(true);
    QCOMPARE(store->count(), 0);
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(!panel->clearAction()->isEnabled());
}

void TestHistoryPanel::recordedCallsComeInAtTheTop()
{
    auto store = makeStore();
    QVERIFY(store->add(meCall()));
    auto window = makeWindow();
    HistoryPanel* panel = window->historyPanel();
    QVERIFY(panel);
    QCOMPARE(panel->model()->rowCount(), 0); // hidden: nothing read yet
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(showHistory(*window), panel);
    QCOMPARE(panel->model()->rowCount(), 1);
    const qint64 id = store->add(recordCall(QStringLiteral("ovh-eu")));
    panel->onRecorded(); // what HistoryRecorder::recorded is connected to
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(panel->model()->entryAt(0).id, id);
    QCOMPARE(panel->model()->index(0, HistoryModel::PathColumn).data().toString(),
        QStringLiteral("/domain/zone/{zoneName}/record"));
    select(panel, 0);
    panel->copyUrlAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), recordCall(QString()).url);
}

void TestHistoryPanel::unusableFileSaysWhy()
{
    const QString file = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();
    HistoryStore store(file);
    HistoryPanel panel(&store);
    panel.show();
    auto* message = panel.findChild<QLabel*>(QStringLiteral("historyError"));
    QVERIFY(message);
    QVERIFY(!message->isHidden());
    QVERIFY2(
        message->text().contains(QLatin1String("history is off")), qPrintable(message->text()));
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(!panel.clearAction()->isEnabled());
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
