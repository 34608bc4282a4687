// The window's calls against the sandbox: a record created, a denied call and its guidance, a
// missing value, the code tabs following the form, and the account button on demo keys.
#include "recordform.h"
#include "windowtestcase.h"

#include "operation/snippetview.h"
#include "sandbox/sandboxdemo.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Ovh;
using namespace OvhTest;

namespace {

const QByteArray kLimitedConsumerKey = QByteArrayLiteral("SbxLimitedReadOnlyKey00000000001");

void fillRecord(MainWindow& window)
{
    QVERIFY(window.openOperation(QStringLiteral("POST ") + kRecordPath));
    typeRecord(&window, QStringLiteral("TXT"), QStringLiteral("hello"), QStringLiteral("_check"));
}

} // namespace

class TestWindowCalls final : public WindowTestCase
{
    Q_OBJECT

private slots:
    void sandboxEndToEnd();
    void deniedCallShowsErrorInline();
    void missingValueKeepsExecuteDisabled();
    void pythonTabFollowsForm();
    void copyPutsScriptOnClipboard();
    void accountButtonWithoutAccounts();
};

void TestWindowCalls::sandboxEndToEnd()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);

    // Choose "Sandbox (demo)" in the endpoint combo: it starts and loads its schema.
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("endpointCombo"));
    const int row = combo->findText(QStringLiteral("Sandbox (demo)"));
    QVERIFY(row >= 0);
    QSignalSpy loaded(window.get(), &MainWindow::schemaLoaded);
    combo->setCurrentIndex(row);
    emit combo->activated(row);
    QVERIFY(loaded.wait(kWindowLoadTimeoutMs));
    QCOMPARE(window->endpoint().name, QStringLiteral("sandbox"));
    QCOMPARE(combo->currentIndex(), row);

    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));
    typeRecord(window.get(), QStringLiteral("CNAME"), QStringLiteral("www.example.com."),
        QStringLiteral("docs"));
    auto* zone = window->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    auto* execute = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    QTRY_VERIFY(execute->isEnabled());
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("credentialsMessage"))->isVisible());
    QTest::keyClick(zone, Qt::Key_Return, Qt::ControlModifier);
    auto* status = window->findChild<QLabel*>(QStringLiteral("resultStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().startsWith(QStringLiteral("200")), 10000);
    const QString body
        = window->findChild<QPlainTextEdit*>(QStringLiteral("resultBody"))->toPlainText();
    QVERIFY2(
        body.contains(QStringLiteral("www.example.com.")) && body.contains(QStringLiteral("docs")),
        qPrintable(body));
    QCOMPARE(m_settings->lastEndpoint(), QStringLiteral("sandbox"));
}

void TestWindowCalls::deniedCallShowsErrorInline()
{
    // A consumer key that may only read: the sandbox denies the POST like the API does.
    m_sandboxCredentials.consumerKey = QString::fromLatin1(kLimitedConsumerKey);
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    switchToSandbox(*window);
    QVERIFY(m_sandbox);
    QVERIFY(m_sandbox->addConsumerKey(SandboxDemo::applicationKey(), kLimitedConsumerKey,
        { AccessRule { QStringLiteral("GET"), QStringLiteral("/*") } }));

    fillRecord(*window);
    if (QTest::currentTestFailed())
        return;
    auto* execute = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    QTRY_VERIFY(execute->isEnabled());
    QTest::mouseClick(execute, Qt::LeftButton);

    auto* status = window->findChild<QLabel*>(QStringLiteral("resultStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().startsWith(QStringLiteral("403")), 10000);
    auto* message = window->findChild<QLabel*>(QStringLiteral("resultMessage"));
    QVERIFY(message->isVisible());
    const QString text = message->text();
    QVERIFY2(text.contains(QStringLiteral("NOT_GRANTED_CALL"))
            || text.contains(QStringLiteral("not been granted")),
        qPrintable(text));
    // The query id the sandbox put on the answer, in the message and in the summary.
    const QString queryId = window->findChild<QLabel*>(QStringLiteral("resultQueryId"))->text();
    QVERIFY2(queryId.contains(QStringLiteral("SBX.")), qPrintable(queryId));
    QVERIFY2(text.contains(QStringLiteral("SBX.")), qPrintable(text));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("resultView"));
    // What to do about it: the exact right to request.
    auto* guidance = window->findChild<QLabel*>(QStringLiteral("resultGuidanceText"));
    QVERIFY(guidance && guidance->isVisible());
    QVERIFY2(guidance->text().contains(QStringLiteral("POST /domain/zone/*/record")),
        qPrintable(guidance->text()));
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("resultGuidanceButton"))->isVisible());
    // Nothing was created.
    QVERIFY(execute->isEnabled());
}

void TestWindowCalls::missingValueKeepsExecuteDisabled()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    switchToSandbox(*window);
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));

    auto* execute = window->findChild<QPushButton*>(QStringLiteral("executeButton"));
    auto* reason = window->findChild<QLabel*>(QStringLiteral("executeReason"));
    QVERIFY(!execute->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("zoneName")), qPrintable(reason->text()));

    // Everything but the zone: still disabled, and the reason names what is missing.
    auto* fieldType = window->findChild<QComboBox*>(QStringLiteral("field:body.fieldType"));
    fieldType->setCurrentIndex(fieldType->findData(QStringLiteral("A")));
    QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("field:body.target")),
        QStringLiteral("192.0.2.1"));
    QVERIFY(!execute->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("zoneName")), qPrintable(reason->text()));

    // Ctrl+Enter does not send; it marks the missing field (label and red frame). The clock
    // sync that switching to the sandbox started has reached it first (plain http goes through
    // BoundedReply's tunnel, which takes a few turns of the event loop).
    QTRY_VERIFY(m_sandbox->requestCount() > 0);
    const int before = m_sandbox->requestCount();
    auto* zone = window->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    QTest::keyClick(zone, Qt::Key_Return, Qt::ControlModifier);
    auto* error = window->findChild<QLabel*>(QStringLiteral("error:zoneName"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    auto* zoneEditor = window->findChild<QWidget*>(QStringLiteral("editor:zoneName"));
    QVERIFY(zoneEditor);
    QVERIFY(zoneEditor->property("invalid").toBool());
    QTest::qWait(200);
    QCOMPARE(m_sandbox->requestCount(), before);
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("resultStatus"))->isVisible());

    QTest::keyClicks(zone, QStringLiteral("example.com"));
    QTRY_VERIFY(execute->isEnabled());
    QVERIFY(!error->isVisible());
    QVERIFY(!zoneEditor->property("invalid").toBool());
}

void TestWindowCalls::pythonTabFollowsForm()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    switchToSandbox(*window);
    QVERIFY(window->openOperation(QStringLiteral("POST ") + kRecordPath));

    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QCOMPARE(titles,
        QStringList({ QStringLiteral("&Parameters"), QStringLiteral("&Result"),
            QStringLiteral("Python"), QStringLiteral("PHP"), QStringLiteral("More code"),
            QStringLiteral("Refere&nce") }));
    // Node.js, Go and Shell share "More code", one language at a time.
    auto* languages = window->findChild<QComboBox*>(QStringLiteral("moreCodeLanguage"));
    QVERIFY(languages);
    QStringList more;
    for (int i = 0; i < languages->count(); ++i)
        more << languages->itemText(i);
    QCOMPARE(more,
        QStringList({ QStringLiteral("Node.js"), QStringLiteral("Go"), QStringLiteral("Shell") }));

    auto* python = window->findChild<SnippetView*>(QStringLiteral("snippet:python"));
    auto* text = window->findChild<QPlainTextEdit*>(QStringLiteral("snippetText:python"));
    QVERIFY(python && text);
    tabs->setCurrentWidget(python);
    QTRY_VERIFY(!text->toPlainText().isEmpty());
    const QString before = text->toPlainText();
    QVERIFY2(before.contains(QStringLiteral("import ovh")), qPrintable(before));
    // Placeholders only: the demo secret never appears in a script.
    QVERIFY(!before.contains(QString::fromLatin1(SandboxDemo::kApplicationSecret)));
    QVERIFY(!before.contains(QString::fromLatin1(SandboxDemo::kConsumerKey)));

    // Typing in the form while the Python tab shows: the script follows, live.
    auto* target = window->findChild<QLineEdit*>(QStringLiteral("field:body.target"));
    target->setText(QStringLiteral("mail.example.net."));
    emit target->textEdited(target->text());
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("mail.example.net.")));
    QVERIFY(text->toPlainText() != before);

    // Back to the form, type again, then the tab shows the new value when it comes back.
    tabs->setCurrentWidget(window->findChild<QWidget*>(QStringLiteral("parameterForm")));
    auto* zone = window->findChild<QLineEdit*>(QStringLiteral("field:zoneName"));
    QTest::keyClicks(zone, QStringLiteral("example.org"));
    tabs->setCurrentWidget(python);
    QTRY_VERIFY2(text->toPlainText().contains(QStringLiteral("example.org")),
        qPrintable(text->toPlainText()));
    // The PHP tab too, once shown.
    auto* php = window->findChild<SnippetView*>(QStringLiteral("snippet:php"));
    tabs->setCurrentWidget(php);
    QTRY_VERIFY(window->findChild<QPlainTextEdit*>(QStringLiteral("snippetText:php"))
                    ->toPlainText()
                    .contains(QStringLiteral("mail.example.net.")));
}

void TestWindowCalls::copyPutsScriptOnClipboard()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    QVERIFY(window->openOperation(QStringLiteral("GET /domain/zone/{zoneName}/record")));
    QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("field:zoneName")),
        QStringLiteral("example.com"));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("operationTabs"));
    auto* shell = window->findChild<SnippetView*>(QStringLiteral("snippet:shell"));
    QVERIFY(shell);
    // As a person does: the "More code" tab, then Shell in its language selector.
    tabs->setCurrentWidget(window->findChild<QWidget*>(QStringLiteral("moreCodePage")));
    auto* languages = window->findChild<QComboBox*>(QStringLiteral("moreCodeLanguage"));
    languages->setCurrentIndex(languages->findText(QStringLiteral("Shell")));
    QTRY_VERIFY(shell->isVisible());
    QVERIFY(!window->findChild<SnippetView*>(QStringLiteral("snippet:node"))->isVisible());
    auto* copy = window->findChild<QPushButton*>(QStringLiteral("snippetCopy:shell"));
    QTRY_VERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(!copied.isEmpty());
    QCOMPARE(copied,
        window->findChild<QPlainTextEdit*>(QStringLiteral("snippetText:shell"))->toPlainText());
    QVERIFY(copied.contains(QStringLiteral("/domain/zone/example.com/record")));
}

void TestWindowCalls::accountButtonWithoutAccounts()
{
    // Without an AccountStore: ovh.conf/environment only (none here), demo keys on the sandbox.
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    waitLoaded(*window);
    auto* button = window->findChild<QToolButton*>(QStringLiteral("accountButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Not logged in"));
    QVERIFY(window->openOperation(QStringLiteral("GET /me")));
    auto* reason = window->findChild<QLabel*>(QStringLiteral("executeReason"));
    QVERIFY2(reason->text().contains(QStringLiteral("Not logged in")), qPrintable(reason->text()));
    auto* login = window->findChild<QPushButton*>(QStringLiteral("credentialsLoginButton"));
    QVERIFY(login && login->isVisible());
    // The ovh.conf way stays explained next to the button.
    const QString message
        = window->findChild<QLabel*>(QStringLiteral("credentialsMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("~/.ovh.conf"))
            && message.contains(QStringLiteral("Log in")),
        qPrintable(message));

    switchToSandbox(*window);
    QTRY_COMPARE(button->text(), QStringLiteral("Sandbox demo keys"));
    QCOMPARE(window->credentialSource().kind, CredentialSource::Kind::Demo);
    QVERIFY(!button->toolTip().contains(QString::fromLatin1(SandboxDemo::kApplicationSecret)));
    auto* logout = window->findChild<QAction*>(QStringLiteral("accountLogout"));
    QVERIFY(logout);
    QVERIFY(!logout->isEnabled()); // the shared demo key is never revoked
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("accountLogin"))->isEnabled());
}

QTEST_MAIN(TestWindowCalls)
#include "tst_windowcalls.moc"
