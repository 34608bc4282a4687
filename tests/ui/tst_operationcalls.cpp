// The operation view's calls: Execute enabled once the form is complete, calls against the
// sandbox, an error answer shown inline, cancel, missing keys explained, and the confirmation a
// real endpoint asks for.
#include "operationviewtestcase.h"
#include "recordform.h"

#include "operation/parameterform.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/snapshotserver.h"
#include "testpaths.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

// `view` shows a public GET of the schema file `server` serves, called with `credentials`.
void showPublicGet(
    OperationView& view, const SnapshotServer& server, const Credentials& credentials)
{
    Product product;
    product.path = QStringLiteral("/domain");
    Operation operation;
    operation.method = HttpMethod::Get;
    operation.path = QStringLiteral("/domain.json");
    operation.noAuthentication = true;
    Endpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    view.setEndpoint(endpoint, credentials);
    view.showOperation(product, operation);
}

} // namespace

class TestOperationCalls final : public OperationViewTestCase
{
    Q_OBJECT

private slots:
    void executeDisabledUntilRequiredSet();
    void executeAgainstSandbox();
    void createRecordAgainstSandbox();
    void errorAnswerShownInline();
    void cancelStopsTheCall();
    void publicCallWithoutKeys();
    void missingCredentialsExplained();
    void confirmationOnRealEndpoint();
};

void TestOperationCalls::executeDisabledUntilRequiredSet()
{
    auto view = makeView();
    openRecordForm(*view);
    ParameterForm* form = view->form();
    auto* execute = child<QPushButton>(view.get(), QStringLiteral("executeButton"));
    auto* reason = child<QLabel>(view.get(), QStringLiteral("executeReason"));
    QVERIFY(!execute->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("zoneName")), qPrintable(reason->text()));

    QTest::keyClicks(
        child<QLineEdit>(form, QStringLiteral("field:zoneName")), QStringLiteral("example.com"));
    QVERIFY(!execute->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("fieldType")), qPrintable(reason->text()));

    auto* fieldType = child<QComboBox>(form, QStringLiteral("field:body.fieldType"));
    fieldType->setCurrentIndex(fieldType->findData(QStringLiteral("A")));
    QVERIFY(!execute->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("target")), qPrintable(reason->text()));

    QTest::keyClicks(
        child<QLineEdit>(form, QStringLiteral("field:body.target")), QStringLiteral("192.0.2.99"));
    QTRY_VERIFY(execute->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("POST ")), qPrintable(reason->text()));
}

void TestOperationCalls::executeAgainstSandbox()
{
    auto view = makeView();
    openRecordForm(*view, HttpMethod::Get);
    QTest::keyClicks(child<QLineEdit>(view->form(), QStringLiteral("field:zoneName")),
        QStringLiteral("example.com"));
    auto* execute = child<QPushButton>(view.get(), QStringLiteral("executeButton"));
    QTRY_VERIFY(execute->isEnabled());
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    // Ctrl+Enter is the same action as the button.
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->activateWindow();
    view->executeAction()->trigger();
    QTRY_COMPARE(finished.count(), 1);

    auto* status = child<QLabel>(view.get(), QStringLiteral("resultStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("200")), qPrintable(status->text()));
    QVERIFY(status->isVisible());
    QVERIFY(child<QLabel>(view.get(), QStringLiteral("resultQueryId"))
                ->text()
                .contains(QStringLiteral("SBX.")));
    QVERIFY(child<QLabel>(view.get(), QStringLiteral("resultElapsed"))
                ->text()
                .contains(QStringLiteral("ms")));
    const QString body
        = child<QPlainTextEdit>(view.get(), QStringLiteral("resultBody"))->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("1001")), qPrintable(body));
    QVERIFY(body.contains(QLatin1Char('\n'))); // pretty-printed
    QVERIFY(!child<QLabel>(view.get(), QStringLiteral("resultMessage"))->isVisible());
    const QString request
        = child<QPlainTextEdit>(view.get(), QStringLiteral("resultRequest"))->toPlainText();
    QVERIFY2(request.startsWith(QStringLiteral("GET http://127.0.0.1:")), qPrintable(request));
    QVERIFY(!request.contains(QString::fromLatin1(SandboxDemo::kConsumerKey)));
    QVERIFY(child<QTabWidget>(view.get(), QStringLiteral("operationTabs"))->currentIndex() == 1);
}

void TestOperationCalls::createRecordAgainstSandbox()
{
    auto view = makeView();
    openRecordForm(*view);
    ParameterForm* form = view->form();
    typeRecord(form, QStringLiteral("TXT"), QStringLiteral("made-by-the-gui"));
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    QTest::mouseClick(
        child<QPushButton>(view.get(), QStringLiteral("executeButton")), Qt::LeftButton);
    // The sandbox is demo: no confirmation.
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!QApplication::activeModalWidget());
    const QString body
        = child<QPlainTextEdit>(view.get(), QStringLiteral("resultBody"))->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("made-by-the-gui")), qPrintable(body));
    QVERIFY(child<QLabel>(view.get(), QStringLiteral("resultStatus"))
                ->text()
                .startsWith(QStringLiteral("200")));
}

void TestOperationCalls::errorAnswerShownInline()
{
    auto view = makeView();
    Credentials wrong = SandboxDemo::credentials();
    wrong.consumerKey = QStringLiteral("NotAValidConsumerKey0000000000000");
    Endpoint endpoint;
    endpoint.name = QStringLiteral("sandbox");
    endpoint.baseUrl = m_sandbox->baseUrl();
    view->setEndpoint(endpoint, wrong, true);
    openRecordForm(*view, HttpMethod::Get);
    QTest::keyClicks(child<QLineEdit>(view->form(), QStringLiteral("field:zoneName")),
        QStringLiteral("example.com"));
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    view->execute();
    QTRY_COMPARE(finished.count(), 1);
    auto* message = child<QLabel>(view.get(), QStringLiteral("resultMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("INVALID_CREDENTIAL"))
            || message->text().contains(QStringLiteral("NOT_CREDENTIAL")),
        qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("SBX.")));
    QVERIFY(child<QLabel>(view.get(), QStringLiteral("resultStatus"))
                ->text()
                .startsWith(QStringLiteral("403")));
}

void TestOperationCalls::cancelStopsTheCall()
{
    // A slow server: the schema file server with a delay, called as a public GET.
    SnapshotServer slow(OvhTest::snapshotDir(QStringLiteral("eu")));
    slow.setDelay(10000);
    QVERIFY(slow.listen());
    auto view = makeView();
    Credentials appOnly;
    appOnly.applicationKey = QStringLiteral("SomeAppKey");
    showPublicGet(*view, slow, appOnly);
    QVERIFY(!child<QLabel>(view.get(), QStringLiteral("credentialsMessage"))->isVisible());
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    QTest::mouseClick(
        child<QPushButton>(view.get(), QStringLiteral("executeButton")), Qt::LeftButton);
    auto* cancel = child<QPushButton>(view.get(), QStringLiteral("cancelButton"));
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(child<QWidget>(view.get(), QStringLiteral("busyIndicator"))->isVisible());
    QVERIFY(!child<QPushButton>(view.get(), QStringLiteral("executeButton"))->isEnabled());
    QTest::qWait(100);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<CallResult>().failure, CallResult::Failure::Cancelled);
    QVERIFY(child<QLabel>(view.get(), QStringLiteral("resultStatus"))
                ->text()
                .contains(QStringLiteral("Cancelled")));
    QVERIFY(!cancel->isVisible());
    QVERIFY(child<QPushButton>(view.get(), QStringLiteral("executeButton"))->isEnabled());
}

void TestOperationCalls::publicCallWithoutKeys()
{
    // A public GET with no key at all runs, as on OVH's console.
    SnapshotServer server(OvhTest::snapshotDir(QStringLiteral("eu")));
    QVERIFY(server.listen());
    auto view = makeView();
    showPublicGet(*view, server, Credentials());
    QVERIFY(!child<QLabel>(view.get(), QStringLiteral("credentialsMessage"))->isVisible());
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    auto* execute = child<QPushButton>(view.get(), QStringLiteral("executeButton"));
    QVERIFY(execute->isEnabled());
    QTest::mouseClick(execute, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const CallResult result = finished.at(0).at(0).value<CallResult>();
    QVERIFY2(result.failure == CallResult::Failure::None, qPrintable(result.errorString));
    QCOMPARE(result.status, 200);
    QVERIFY(child<QLabel>(view.get(), QStringLiteral("resultStatus"))
                ->text()
                .startsWith(QStringLiteral("200")));
}

void TestOperationCalls::missingCredentialsExplained()
{
    auto view = makeView();
    view->setEndpoint(*Endpoint::byName(u"ovh-eu"), Credentials());
    openRecordForm(*view, HttpMethod::Get);
    QTest::keyClicks(child<QLineEdit>(view->form(), QStringLiteral("field:zoneName")),
        QStringLiteral("example.com"));
    auto* message = child<QLabel>(view.get(), QStringLiteral("credentialsMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("application_key"))
            && message->text().contains(QStringLiteral("OVH_CONSUMER_KEY"))
            && message->text().contains(QStringLiteral("ovh.conf")),
        qPrintable(message->text()));
    QVERIFY(!child<QPushButton>(view.get(), QStringLiteral("executeButton"))->isEnabled());
}

void TestOperationCalls::confirmationOnRealEndpoint()
{
    auto view = makeView();
    Credentials fake;
    fake.applicationKey = QStringLiteral("ak");
    fake.applicationSecret = QStringLiteral("as");
    fake.consumerKey = QStringLiteral("ck");
    view->setEndpoint(*Endpoint::byName(u"ovh-eu"), fake);
    openRecordForm(*view);
    ParameterForm* form = view->form();
    typeRecord(form, QStringLiteral("A"), QStringLiteral("192.0.2.7"));
    QSignalSpy finished(view.get(), &OperationView::callFinished);
    QTest::mouseClick(
        child<QPushButton>(view.get(), QStringLiteral("executeButton")), Qt::LeftButton);

    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<QDialog*>(QStringLiteral("confirmCallDialog")))
        && dialog->isVisible());
    const QString request = child<QLabel>(dialog, QStringLiteral("confirmRequest"))->text();
    QCOMPARE(
        request, QStringLiteral("POST https://eu.api.ovh.com/1.0/domain/zone/example.com/record"));
    QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("confirmBody"))
                ->toPlainText()
                .contains(QStringLiteral("192.0.2.7")));
    child<QCheckBox>(dialog, QStringLiteral("dontAskAgainCheck"))->setChecked(true);
    QTest::mouseClick(
        child<QPushButton>(dialog, QStringLiteral("confirmCancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!view->findChild<QDialog*>(QStringLiteral("confirmCallDialog")));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!view->isRunning());
    QVERIFY(m_settings->confirmCalls(
        QStringLiteral("ovh-eu"))); // only a sent call remembers "don't ask"
}

QTEST_MAIN(TestOperationCalls)
#include "tst_operationcalls.moc"
