// The window's search that forgives and learns (issue 12 item 7): everyday words and typos in
// the search box, the history's usage handed in at start, and each call sent ranking its
// operation first from then on.
#include "recordform.h"
#include "windowtestcase.h"

#include "models/itemroles.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestWindowSearch final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void forgivingWords();
    void usageFromHistoryRanksFirst();
    void callSentRanksFirst();
};

void TestWindowSearch::forgivingWords()
{
    auto window = makeWindow();
    window->show();
    waitLoaded(*window);
    QCOMPARE(firstSearchResult(*window, QStringLiteral("dns")), QStringLiteral("GET /domain/zone"));
    QCOMPARE(firstSearchResult(*window, QStringLiteral("dns recrod")),
        QStringLiteral("GET ") + kRecordPath);
    QCOMPARE(
        firstSearchResult(*window, QStringLiteral("ssh keys")), QStringLiteral("GET /me/sshKey"));
}

void TestWindowSearch::usageFromHistoryRanksFirst()
{
    auto window = makeWindow();
    window->show();
    waitLoaded(*window);
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")),
        QStringLiteral("GET ") + kRecordPath);
    // What main_gui.cpp hands in from HistoryStore::usageByEndpoint().
    const QString one = QStringLiteral("GET ") + kRecordPath + QStringLiteral("/{id}");
    window->setEndpointUsage(
        { { window->endpoint().displayName(), { { one, 4, QDateTime::currentDateTimeUtc() } } } });
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")), one);
    // A reload of the schema keeps it.
    waitLoaded(*window);
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")), one);
}

void TestWindowSearch::callSentRanksFirst()
{
    auto window = makeWindow();
    window->show();
    waitLoaded(*window);
    switchToSandbox(*window);
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")),
        QStringLiteral("GET ") + kRecordPath);

    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));
    typeRecord(
        window.get(), QStringLiteral("TXT"), QStringLiteral("hello"), QStringLiteral("_search"));
    auto* execute = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    QTRY_VERIFY(execute->isEnabled());
    QTest::mouseClick(execute, Qt::LeftButton);
    auto* status = window->findChild<QLabel*>(QStringLiteral("resultStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().startsWith(QStringLiteral("200")), 10000);
    QCOMPARE(firstSearchResult(*window, QStringLiteral("zone record")),
        QStringLiteral("POST ") + kRecordPath);
}

QTEST_MAIN(TestWindowSearch)
#include "tst_windowsearch.moc"
