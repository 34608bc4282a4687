// The search over both API branches (issue 14 item 3): the other branch's products come from
// the cache or the bundled snapshot (never the network), their matches follow this branch's
// with a "v2" badge, and picking one switches the window to that branch and opens it.
#include "windowtestcase.h"

#include "models/itemroles.h"
#include "models/searchresultmodel.h"
#include "v2fixtures.h"
#include "window/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Ovh;

class TestBranchSearch final : public OvhTest::WindowTestCase
{
    Q_OBJECT

private slots:
    void otherBranchRowsFollow();
    void pickingOneSwitchesBranch();
    void browsingOneDoesNotSwitchBranch();
};

void TestBranchSearch::otherBranchRowsFollow()
{
    SearchResultModel model;
    model.setSchema({});
    model.setOtherBranch(ApiBranch::V2, { OvhTest::realV2Product(QStringLiteral("iam")) });
    model.setQuery(QStringLiteral("policy"));
    QTRY_VERIFY(!model.isIndexing()); // the query ran again once the index was built
    QVERIFY(model.rowCount() > 0);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(ItemRole::Branch).toString(), QStringLiteral("v2"));
    QVERIFY(!model.operationRef(0).isValid()); // not in this branch's schema
    const auto match = model.otherBranchMatch(0);
    QVERIFY(match);
    QCOMPARE(match->branch, ApiBranch::V2);
    QVERIFY2(match->operation.endsWith(first.data(ItemRole::Path).toString()),
        qPrintable(match->operation));
    QVERIFY(first.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("v2 ")));
    // Nothing of the other branch once it is gone.
    model.setOtherBranch(ApiBranch::V2, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestBranchSearch::pickingOneSwitchesBranch()
{
    auto window = makeWindow(); // offline: the bundled snapshots, v1 and v2
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    QCOMPARE(window->endpoint().branch(), ApiBranch::V1);

    // vrackServices is a v2 product only: its matches are the other branch's, badged.
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* results = window->findChild<QListView*>(QStringLiteral("searchResults"));
    QVERIFY(search && results);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("vrackServices resource"));
    QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, 20000);
    QTRY_VERIFY(OvhTest::searchIndexed(*window));
    const QModelIndex first = results->model()->index(0, 0);
    QCOMPARE(first.data(ItemRole::Branch).toString(), QStringLiteral("v2"));
    const QString path = first.data(ItemRole::Path).toString();
    QVERIFY2(path.startsWith(QStringLiteral("/vrackServices/")), qPrintable(path));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("matchLabel"))
                ->text()
                .contains(QString::number(results->model()->rowCount())));
    // OVH_SCREENSHOT_DIR=…: the badged results as a person sees them.
    if (const QString shots = qEnvironmentVariable("OVH_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(window->grab().save(shots + QLatin1String("/branch-search.png")));

    // Enter opens it: the window moves to v2 and shows that operation.
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window->endpoint().branch(), ApiBranch::V2);
    QCOMPARE(window->endpoint().name, QStringLiteral("ovh-eu"));
    auto* shownPath = window->findChild<QLabel*>(QStringLiteral("operationPath"));
    QVERIFY(shownPath);
    QTRY_COMPARE(shownPath->text(), path);
}

// The other branch's matches rank among this branch's, so arrowing through the matches crosses
// them: that must not move the window to the other branch; Enter on one does.
void TestBranchSearch::browsingOneDoesNotSwitchBranch()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* results = window->findChild<QListView*>(QStringLiteral("searchResults"));
    QVERIFY(search && results);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("vrackServices resource"));
    QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 1, 20000);
    QTRY_VERIFY(OvhTest::searchIndexed(*window));
    QCOMPARE(results->model()->index(0, 0).data(ItemRole::Branch).toString(), QStringLiteral("v2"));

    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    QTest::keyClick(search, Qt::Key_Down); // into the matches, on the first (a v2 one)
    QTRY_COMPARE(results->currentIndex().row(), 0);
    QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Up);
    QVERIFY(!loaded.wait(1000));
    QCOMPARE(window->endpoint().branch(), ApiBranch::V1);
    QCOMPARE(search->text(), QStringLiteral("vrackServices resource"));

    QTest::keyClick(results, Qt::Key_Return);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window->endpoint().branch(), ApiBranch::V2);
}

QTEST_MAIN(TestBranchSearch)
#include "tst_branchsearch.moc"
