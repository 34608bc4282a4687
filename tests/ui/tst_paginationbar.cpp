// v2 pagination in the window (issue 14 item 4): the Header parameters section of the form,
// "Next page" (the same call with the answer's cursor, visible in the form), "All pages" (the
// joined list, a 429 waited out, Cancel), over FakeNetwork pages.
#include "credentialfixtures.h"
#include "fakenetwork.h"
#include "operationviewtestcase.h"
#include "v2fixtures.h"

#include "net/apiclient.h"
#include "operation/fieldeditor.h"
#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "operation/resultview.h"
#include "results/paginationbar.h"
#include "session/callsession.h"
#include "settings/explorersettings.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ovh;
using OvhTest::FakeNetwork;

namespace {

constexpr int kWaitMs = 10000;
const QString kPolicyUrlPath = QStringLiteral("/v2/iam/policy");

// 429 Too Many Requests, wait `retryAfter` seconds.
FakeNetwork::Answer tooManyRequests(const QByteArray& retryAfter)
{
    return FakeNetwork::Answer { 429,
        FakeNetwork::ovhError("TOO_MANY_REQUESTS", "Too many requests"),
        { { "Retry-After", retryAfter } }, false };
}

} // namespace

class TestPaginationBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void headerSection();
    void nextPage();
    void allPages();
    void allPagesThrottledThenCancelled();
    void notPagedNoBar();
    void barGoesWithItsAnswer();
    void allPagesStopWithTheOperation();
    void allPagesShowTheTotalTime();

private:
    void openPolicyList();
    void executeAndWait();
    // The list run once (its first page shown) and its pagination bar, once visible; null if not.
    PaginationBar* listShownWithItsBar();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ExplorerSettings> m_settings;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CallSession> m_calls;
    std::unique_ptr<OperationView> m_view;
};

void TestPaginationBar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings
        = std::make_unique<ExplorerSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_network = std::make_unique<FakeNetwork>();
    m_client = std::make_unique<ApiClient>(m_network.get(), nullptr);
    m_calls = std::make_unique<CallSession>(m_client.get());
    m_view = std::make_unique<OperationView>();
    m_view->setCallContext(m_calls.get(), m_settings.get());
    m_view->setEndpoint(OvhTest::v2Endpoint(), OvhTest::fullCredentials());
    m_view->resize(1000, 760);
    m_view->show();
}

void TestPaginationBar::cleanup()
{
    m_view.reset();
    m_calls.reset();
    m_client.reset();
    m_network.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestPaginationBar::openPolicyList()
{
    m_view->showOperation(
        OvhTest::v2IamProduct(), OvhTest::v2Operation(HttpMethod::Get, OvhTest::kV2PolicyPath));
}

PaginationBar* TestPaginationBar::listShownWithItsBar()
{
    openPolicyList();
    QSignalSpy finished(m_view.get(), &OperationView::callFinished);
    m_view->execute();
    if (!finished.wait(kWaitMs))
        return nullptr;
    auto* bar = OvhTest::child<PaginationBar>(m_view.get(), QStringLiteral("paginationBar"));
    return bar && QTest::qWaitFor([bar] { return bar->isVisible(); }, kWaitMs) ? bar : nullptr;
}

void TestPaginationBar::executeAndWait()
{
    QSignalSpy finished(m_view.get(), &OperationView::callFinished);
    m_view->execute();
    QVERIFY(finished.wait(kWaitMs));
}

void TestPaginationBar::headerSection()
{
    openPolicyList();
    auto* section = OvhTest::child<QGroupBox>(m_view.get(), QStringLiteral("section:header"));
    QVERIFY(section);
    auto* form = m_view->findChild<ParameterForm*>();
    QVERIFY(form->editor(ParamLocation::Header, QStringLiteral("X-Pagination-Cursor")));
    QVERIFY(form->editor(ParamLocation::Header, QStringLiteral("X-Pagination-Size")));
    // The size typed in the form travels as a request header, not in the query.
    QJsonObject values = m_view->formValues();
    values.insert(QStringLiteral("header/X-Pagination-Size"), 2);
    m_view->setFormValues(values);
    m_network->setAnswer(kPolicyUrlPath, FakeNetwork::Answer { 200, "[]", {}, false });
    executeAndWait();
    const FakeNetwork::Request sent = m_network->requests().constLast();
    QCOMPARE(sent.header("X-Pagination-Size"), QByteArray("2"));
    QVERIFY(!sent.url.hasQuery());
}

void TestPaginationBar::nextPage()
{
    m_network->setAnswer(kPolicyUrlPath,
        [](const FakeNetwork::Request& request) { return OvhTest::numberPage(request, 3, 2); });
    openPolicyList();
    executeAndWait();
    auto* bar = OvhTest::child<PaginationBar>(m_view.get(), QStringLiteral("paginationBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    auto* next = OvhTest::child<QPushButton>(bar, QStringLiteral("nextPageButton"));
    QVERIFY(next->isVisible());

    QSignalSpy finished(m_view.get(), &OperationView::callFinished);
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(m_network->requests().constLast().header("X-Pagination-Cursor"), QByteArray("c1"));
    // The cursor is in the form, where the person sees (and may change) it.
    QCOMPARE(m_view->formValues().value(QStringLiteral("header/X-Pagination-Cursor")).toString(),
        QStringLiteral("c1"));
    QCOMPARE(m_view->findChild<ResultView*>()->result().json, QJsonValue(QJsonArray { 2, 3 }));

    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_network->requests().size(), 3, kWaitMs);
    QTRY_VERIFY(!next->isVisible()); // the last page
    QVERIFY(bar->isVisible()); // All pages stays offered
}

void TestPaginationBar::allPages()
{
    m_network->setAnswer(kPolicyUrlPath,
        [](const FakeNetwork::Request& request) { return OvhTest::numberPage(request, 4, 3); });
    openPolicyList();
    // Started from a later page, All pages still begins at the first.
    QJsonObject values = m_view->formValues();
    values.insert(QStringLiteral("header/X-Pagination-Cursor"), QStringLiteral("c2"));
    m_view->setFormValues(values);
    executeAndWait();
    auto* bar = OvhTest::child<PaginationBar>(m_view.get(), QStringLiteral("paginationBar"));
    QTRY_VERIFY(bar->isVisible());
    QSignalSpy done(bar, &PaginationBar::allPagesFinished);
    QTest::mouseClick(
        OvhTest::child<QPushButton>(bar, QStringLiteral("allPagesButton")), Qt::LeftButton);
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(m_view->findChild<ResultView*>()->result().json, QJsonValue(OvhTest::numbers(12)));
    QVERIFY2(OvhTest::child<QLabel>(bar, QStringLiteral("paginationStatus"))
                 ->text()
                 .contains(QStringLiteral("12")),
        qPrintable(OvhTest::child<QLabel>(bar, QStringLiteral("paginationStatus"))->text()));
    const QList<FakeNetwork::Request> sent = m_network->requests();
    QCOMPARE(sent.size(), 5); // the page shown, then pages 1 to 4
    QCOMPARE(sent.at(1).header("X-Pagination-Cursor"), QByteArray());
    QCOMPARE(sent.at(4).header("X-Pagination-Cursor"), QByteArray("c3"));

    // OVH_SCREENSHOT_DIR=… : the picture of this state, at the window's usual size.
    const QString shots = qEnvironmentVariable("OVH_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        m_view->resize(1280, 800);
        QTest::qWait(50);
        QVERIFY(m_view->grab().save(shots + QLatin1String("/v2-all-pages-1280x800.png")));
    }
}

void TestPaginationBar::allPagesThrottledThenCancelled()
{
    // Page 2 is refused with 429 and a long Retry-After: the bar says so (its seconds written
    // the way the language writes them: "60,0 s" in French), Cancel stops it.
    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto restore = qScopeGuard([locale] { QLocale::setDefault(locale); });
    m_network->setAnswer(kPolicyUrlPath, [](const FakeNetwork::Request& request) {
        if (request.header("X-Pagination-Cursor") == "c1")
            return tooManyRequests("60");
        return OvhTest::numberPage(request, 3, 2);
    });
    PaginationBar* bar = nullptr;
    QVERIFY(bar = listShownWithItsBar());
    QSignalSpy done(bar, &PaginationBar::allPagesFinished);
    QTest::mouseClick(
        OvhTest::child<QPushButton>(bar, QStringLiteral("allPagesButton")), Qt::LeftButton);
    auto* status = OvhTest::child<QLabel>(bar, QStringLiteral("paginationStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Too many requests")), kWaitMs);
    QVERIFY2(status->text().contains(QRegularExpression(QStringLiteral("\\d,\\d s$"))),
        qPrintable(status->text()));
    auto* cancel = OvhTest::child<QPushButton>(bar, QStringLiteral("cancelPagesButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kWaitMs);
    QCOMPARE(done.constFirst().constFirst().value<AllPagesResult>().outcome,
        AllPagesResult::Outcome::Cancelled);
    QVERIFY(!cancel->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("Cancelled")));
    // What came before the 429 is shown.
    QCOMPARE(m_view->findChild<ResultView*>()->result().json, QJsonValue(OvhTest::numbers(2)));
}

void TestPaginationBar::allPagesShowTheTotalTime()
{
    // Page 2 is refused once with Retry-After: 1; every answer itself is instant. The Result
    // shows the time of all pages (the pause included), not the last page's.
    int refusals = 0;
    m_network->setAnswer(kPolicyUrlPath, [&refusals](const FakeNetwork::Request& request) {
        if (request.header("X-Pagination-Cursor") == "c1" && refusals++ == 0)
            return tooManyRequests("1");
        return OvhTest::numberPage(request, 3, 2);
    });
    PaginationBar* bar = nullptr;
    QVERIFY(bar = listShownWithItsBar());
    QSignalSpy done(bar, &PaginationBar::allPagesFinished);
    QTest::mouseClick(
        OvhTest::child<QPushButton>(bar, QStringLiteral("allPagesButton")), Qt::LeftButton);
    QVERIFY(done.wait(kWaitMs));
    const auto pages = done.constFirst().constFirst().value<AllPagesResult>();
    QVERIFY(pages.isComplete());
    QVERIFY2(pages.last.elapsedMs < 1000, qPrintable(QString::number(pages.last.elapsedMs)));
    const CallResult shown = m_view->findChild<ResultView*>()->result();
    QCOMPARE(shown.json, QJsonValue(OvhTest::numbers(6)));
    QVERIFY2(shown.elapsedMs >= 1000, qPrintable(QString::number(shown.elapsedMs)));
    QCOMPARE(shown.elapsedMs, pages.elapsedMs);
}

void TestPaginationBar::notPagedNoBar()
{
    m_network->setAnswer(QStringLiteral("/v2/iam/policy/6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d"),
        FakeNetwork::Answer { 200, R"({"id":"x"})", {}, false });
    m_view->showOperation(OvhTest::v2IamProduct(),
        OvhTest::v2Operation(HttpMethod::Get, QStringLiteral("/iam/policy/{policyId}")));
    QJsonObject values = m_view->formValues();
    values.insert(
        QStringLiteral("path/policyId"), QStringLiteral("6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d"));
    m_view->setFormValues(values);
    executeAndWait();
    QVERIFY(
        !OvhTest::child<PaginationBar>(m_view.get(), QStringLiteral("paginationBar"))->isVisible());
    QVERIFY(!m_view->findChild<QGroupBox*>(QStringLiteral("section:header")));
}

void TestPaginationBar::barGoesWithItsAnswer()
{
    // The bar's cursor and request are those of the list it came with: a stored answer shown
    // instead, or another operation's call, shows no Next page of that list.
    m_network->setAnswer(kPolicyUrlPath, OvhTest::numberPages(3, 2));
    PaginationBar* bar = nullptr;
    QVERIFY(bar = listShownWithItsBar());
    CallResult stored;
    stored.status = 200;
    stored.reason = QStringLiteral("OK");
    stored.body = "[7,8]";
    stored.json = QJsonArray { 7, 8 };
    m_view->showStoredResult(stored);
    QCOMPARE(m_view->findChild<ResultView*>()->result().json, stored.json);
    QVERIFY(!bar->isVisible());

    executeAndWait();
    QTRY_VERIFY(bar->isVisible());
    const QString policyId = QStringLiteral("6b3a0f4c-2d1e-4a5b-9c8d-7e6f5a4b3c2d");
    m_network->setAnswer(
        kPolicyUrlPath + QLatin1Char('/') + policyId, FakeNetwork::Answer { 200, "{}", {}, true });
    m_view->showOperation(OvhTest::v2IamProduct(),
        OvhTest::v2Operation(HttpMethod::Get, QStringLiteral("/iam/policy/{policyId}")));
    QJsonObject values = m_view->formValues();
    values.insert(QStringLiteral("path/policyId"), policyId);
    m_view->setFormValues(values);
    QSignalSpy finished(m_view.get(), &OperationView::callFinished);
    m_view->execute();
    QTRY_COMPARE_WITH_TIMEOUT(m_network->heldCount(), 1, kWaitMs);
    QVERIFY(m_view->isRunning());
    QVERIFY(!bar->isVisible());
    m_network->release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
}

void TestPaginationBar::allPagesStopWithTheOperation()
{
    // All pages waits out a 429 on page 2 when another operation is opened: it stops there, and
    // no page of the list lands in the other operation's Result.
    m_network->setAnswer(kPolicyUrlPath, [](const FakeNetwork::Request& request) {
        if (request.header("X-Pagination-Cursor") == "c1")
            return tooManyRequests("1");
        return OvhTest::numberPage(request, 3, 2);
    });
    PaginationBar* bar = nullptr;
    QVERIFY(bar = listShownWithItsBar());
    QTest::mouseClick(
        OvhTest::child<QPushButton>(bar, QStringLiteral("allPagesButton")), Qt::LeftButton);
    auto* status = OvhTest::child<QLabel>(bar, QStringLiteral("paginationStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Too many requests")), kWaitMs);
    const qsizetype sent = m_network->requests().size();
    m_view->showOperation(OvhTest::v2IamProduct(),
        OvhTest::v2Operation(HttpMethod::Get, QStringLiteral("/iam/policy/{policyId}")));
    QTest::qWait(1500); // past the 429's Retry-After
    QCOMPARE(m_network->requests().size(), sent);
    QVERIFY(!m_view->isRunning());
    QVERIFY(!m_view->lastResult());
    QCOMPARE(m_view->findChild<ResultView*>()->result().status, 0);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestPaginationBar)
#include "tst_paginationbar.moc"
