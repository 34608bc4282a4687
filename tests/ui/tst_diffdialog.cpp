// Compare with… (issue 13 item 5): an earlier answer of the same operation from the history, side
// by side with the one shown.
#include "history/historystore.h"
#include "results/diffdialog.h"
#include "results/diffmodel.h"
#include "results/diffpicker.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;
using namespace Qt::StringLiterals;

namespace {

const QString kRecords = QStringLiteral("GET /domain/zone/{zoneName}/record");

HistoryEntry answer(
    const char* method, const char* path, int status, const QByteArray& body, qint64 keptBytes = -1)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.endpoint = QStringLiteral("ovh-eu");
    entry.method = QString::fromLatin1(method);
    entry.pathTemplate = QString::fromLatin1(path);
    entry.url = QStringLiteral("https://eu.api.ovh.com/1.0/domain/zone/example.com/record");
    entry.status = status;
    entry.responseBody = keptBytes < 0 ? body : body.left(keptBytes);
    entry.responseBodySize = body.size();
    return entry;
}

CallResult result(const QByteArray& body)
{
    CallResult result;
    result.status = 200;
    result.body = body;
    result.json = QJsonDocument::fromJson(body).array();
    return result;
}

} // namespace

class TestDiffDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void offersEarlierAnswersOfTheOperation();
    void comparesSideBySide();
    void cutAnswerRefused();
    void hiddenWithoutHistory();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_history;
    qint64 m_yesterday = 0;
};

void TestDiffDialog::init()
{
    m_history = std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_history->clear());
    m_yesterday
        = m_history->add(answer("GET", "/domain/zone/{zoneName}/record", 200, "[1001,1002,1003]"));
    QVERIFY(m_yesterday > 0);
    QVERIFY(m_history->add(answer("GET", "/domain/zone/{zoneName}", 200, R"({"name":"x"})")));
    QVERIFY(m_history->add(answer("GET", "/domain/zone/{zoneName}/record", 404, R"({"m":"x"})")));
    QVERIFY(m_history->add(answer("POST", "/domain/zone/{zoneName}/record", 200, R"({"id":9})")));
}

void TestDiffDialog::cleanup()
{
    m_history.reset();
}

void TestDiffDialog::offersEarlierAnswersOfTheOperation()
{
    const QList<HistoryEntry> entries = comparableEntries(*m_history, kRecords);
    QCOMPARE(entries.size(), 1); // not the other operations, not the 404
    QCOMPARE(entries.first().id, m_yesterday);
    QVERIFY(comparableEntries(*m_history, kRecords, m_yesterday).isEmpty());

    DiffPicker picker;
    picker.setHistory(m_history.get());
    QVERIFY(!picker.isEnabled()); // nothing shown yet
    picker.setCurrent(kRecords, result("[1001,1003,1004]"));
    QVERIFY(picker.isEnabled());
    emit picker.menu()->aboutToShow();
    QCOMPARE(picker.menu()->actions().size(), 1);
    QVERIFY(picker.menu()->actions().first()->text().contains(u"ovh-eu"_s));
}

void TestDiffDialog::comparesSideBySide()
{
    DiffPicker picker;
    picker.setHistory(m_history.get());
    picker.setCurrent(kRecords, result("[1001,1003,1004]"));
    QSignalSpy opened(&picker, &DiffPicker::dialogOpened);
    QVERIFY(picker.compareWith(m_yesterday));
    QCOMPARE(opened.size(), 1);
    auto* dialog = qobject_cast<DiffDialog*>(opened.at(0).at(0).value<QDialog*>());
    QVERIFY(dialog);
    QAbstractItemModelTester tester(
        dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->findChild<QLabel*>(u"diffSummary"_s)->text(),
        QStringLiteral("1 added, 1 removed, 0 changed"));
    const DiffModel* model = dialog->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, DiffModel::KindColumn).data().toString(), QStringLiteral("Removed"));
    QCOMPARE(model->index(0, DiffModel::PathColumn).data().toString(), QStringLiteral("[1]"));
    QCOMPARE(model->index(0, DiffModel::BeforeColumn).data().toString(), QStringLiteral("1002"));
    QCOMPARE(model->index(1, DiffModel::KindColumn).data().toString(), QStringLiteral("Added"));
    QCOMPARE(model->index(1, DiffModel::AfterColumn).data().toString(), QStringLiteral("1004"));
    QVERIFY(dialog->findChild<QPlainTextEdit*>(u"diffBefore"_s)->toPlainText().contains(u"1002"_s));
    QVERIFY(dialog->findChild<QPlainTextEdit*>(u"diffAfter"_s)->toPlainText().contains(u"1004"_s));
    // OVH_SHOT_DIR=DIR: a picture of the dialog at 1280x800 for the docs (not a check).
    if (qEnvironmentVariableIsSet("OVH_SHOT_DIR")) {
        dialog->resize(1280, 800);
        QVERIFY(
            dialog->grab().save(qEnvironmentVariable("OVH_SHOT_DIR") + u"/diff-1280x800.png"_s));
    }
    dialog->close();
}

void TestDiffDialog::cutAnswerRefused()
{
    const qint64 cut = m_history->add(
        answer("GET", "/domain/zone/{zoneName}/record", 200, "[1001,1002,1003]", 5));
    DiffPicker picker;
    picker.setHistory(m_history.get());
    picker.setCurrent(kRecords, result("[1001]"));
    QSignalSpy opened(&picker, &DiffPicker::dialogOpened);
    QVERIFY(!picker.compareWith(cut));
    QVERIFY(picker.toolTip().contains(u"only the start"_s));
    QCOMPARE(opened.size(), 0);
}

void TestDiffDialog::hiddenWithoutHistory()
{
    DiffPicker picker;
    picker.setCurrent(kRecords, result("[1]"));
    QVERIFY(picker.isHidden());
    QVERIFY(!picker.compareWith(m_yesterday));
}

QTEST_MAIN(TestDiffDialog)
#include "tst_diffdialog.moc"
