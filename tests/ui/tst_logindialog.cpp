// The login dialog's "Create an application" page, the summary the window shows after a login,
// and the current-credential dialog and its advice, against the in-process sandbox; with
// OVH_SHOTS_DIR set, screenshots of every page for review.
#include "loginfixture.h"
#include "tabletranslator.h"

#include "auth/accountstore.h"
#include "auth/credentialinfo.h"
#include "login/credentialdialog.h"
#include "login/ruleeditor.h"
#include "look/messagebar.h"
#include "look/palettes.h"
#include "sandbox/sandboxdemo.h"
#include "window/accountpresenter.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

Q_DECLARE_METATYPE(Ovh::CredentialRules)

using namespace Ovh;
using namespace OvhTest;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void createApplicationPage();
    void createApplicationPageOnSandbox();
    void loggedInSummary();
    void credentialDialog();
    void screenshots();

private:
    LoginFixture m_fixture;
};

void TestLoginDialog::initTestCase()
{
    m_fixture.setUp();
}

void TestLoginDialog::init()
{
    m_fixture.startTest(QTest::currentTestFunction() == QByteArrayView("credentialDialog"));
}

void TestLoginDialog::cleanupTestCase()
{
    m_fixture.tearDown();
}

// ---- Create an application ---------------------------------------------------------------------

void TestLoginDialog::createApplicationPage()
{
    // No login starts on this page: the person opens it.
    LoginDialog::Request request = m_fixture.demoRequest(QString(), LoginPlan::Page::HaveKeys);
    request.endpoint = *Endpoint::byName(u"ovh-eu");
    request.demo = false;
    request.rules = { { QStringLiteral("GET"), QStringLiteral("/me") } };
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
    dialog.setPage(LoginDialog::Page::CreateApplication);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Log in to ovh-eu"));
    QCOMPARE(child<QComboBox>(&dialog, "profileName")->currentText(), QStringLiteral("default"));
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::CreateApplication);
    QTest::mouseClick(child<QPushButton>(&dialog, "createAppButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, "createTokenButton"), Qt::LeftButton);
    QCOMPARE(m_fixture.browser().urls,
        (QList<QUrl> { QUrl(QStringLiteral("https://eu.api.ovh.com/createApp/")),
            QUrl(QStringLiteral("https://eu.api.ovh.com/createToken/?GET=/me")) }));
    // Rights that cannot be requested: the button waits, the preview says why.
    auto* createEditor = child<RuleEditor>(&dialog, "createRuleEditor");
    auto* createPath = child<QLineEdit>(createEditor, "rulePath");
    createPath->selectAll();
    QTest::keyClicks(createPath, QStringLiteral("me"));
    QVERIFY(!child<QPushButton>(&dialog, "createTokenButton")->isEnabled());
    QVERIFY(child<QLabel>(createEditor, "rulePreview")
                ->text()
                .contains(QStringLiteral("starts with '/'")));
    createPath->selectAll();
    QTest::keyClicks(createPath, QStringLiteral("/me"));
    QVERIFY(child<QPushButton>(&dialog, "createTokenButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, "haveMyKeysButton"), Qt::LeftButton);
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::HaveKeys);
}

void TestLoginDialog::createApplicationPageOnSandbox()
{
    // The sandbox serves none of these pages: the buttons are off, and the page says why.
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(QString(), LoginPlan::Page::RequestAccess));
    dialog.setPage(LoginDialog::Page::CreateApplication);
    dialog.show();
    auto* createApp = child<QPushButton>(&dialog, "createAppButton");
    auto* createToken = child<QPushButton>(&dialog, "createTokenButton");
    QVERIFY(!createApp->isEnabled());
    QVERIFY(!createToken->isEnabled());
    auto* note = child<MessageBar>(&dialog, "createDemoNote");
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->kind(), MessageBar::Kind::Info);
    QVERIFY2(note->text().contains(
                 QStringLiteral("demo application key and secret are already filled in")),
        qPrintable(note->text()));
    QTest::mouseClick(createApp, Qt::LeftButton);
    QTest::mouseClick(createToken, Qt::LeftButton);
    QVERIFY(m_fixture.browser().urls.isEmpty());
    QTest::mouseClick(child<QPushButton>(&dialog, "haveMyKeysButton"), Qt::LeftButton);
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::HaveKeys);
}

// ---- After a login -----------------------------------------------------------------------------

void TestLoginDialog::loggedInSummary()
{
    const Profile profile { QStringLiteral("work"), QStringLiteral("ovh-eu"),
        QStringLiteral("AppKeyNotShown") };
    // The one summary, which the window shows after a login.
    const auto summary = [&profile](const std::optional<CredentialInfo>& info) {
        return AccountPresenter::loginSummary(profile.endpoint, profile.name, info);
    };
    QCOMPARE(summary(std::nullopt), QStringLiteral("Logged in to ovh-eu as “work”."));
    CredentialInfo info;
    info.status = CredentialStatus::Validated;
    info.rules = AccessRules::readOnly();
    QCOMPARE(summary(info),
        QStringLiteral("Logged in to ovh-eu as “work”: key with no expiry, rights: GET /*."));
    info.rules.clear();
    QCOMPARE(summary(info),
        QStringLiteral("Logged in to ovh-eu as “work”: key with no expiry, rights: none."));
    info.rules = AccessRules::readOnly();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    info.expiration = now.addDays(30).addSecs(60);
    info.allowedIPs = QStringList { QStringLiteral("192.0.2.0/24") };
    info.rules.append({ QStringLiteral("POST"), QStringLiteral("/me") });
    const QString text = summary(info);
    QVERIFY2(text.contains(QStringLiteral("key valid until ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("rights: GET /*, POST /me, only from 192.0.2.0/24.")),
        qPrintable(text));
    QVERIFY(!text.contains(profile.applicationKey));
}

// ---- Current credential ------------------------------------------------------------------------

void TestLoginDialog::credentialDialog()
{
    {
        CredentialDialog dialog(
            m_fixture.client(), m_fixture.endpoint(), demoKeys(), QStringLiteral("demo"));
        QSignalSpy rights(&dialog, &CredentialDialog::requestRightsRequested);
        QSignalSpy logout(&dialog, &CredentialDialog::logoutRequested);
        dialog.show();
        auto* status = child<QLabel>(&dialog, "credentialStatus");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("validated"), 10000);
        QCOMPARE(child<QListWidget>(&dialog, "credentialRules")->count(), 4);
        QCOMPARE(child<QLabel>(&dialog, "credentialExpiration")->text(), QStringLiteral("never"));
        QCOMPARE(
            child<QLabel>(&dialog, "credentialAllowedIps")->text(), QStringLiteral("any address"));
        auto* advice = child<MessageBar>(&dialog, "credentialAdvice");
        QVERIFY(advice && advice->isVisible());
        QCOMPARE(advice->kind(), MessageBar::Kind::Warning);
        QVERIFY2(advice->text().contains(QStringLiteral("more than usually needed")),
            qPrintable(advice->text()));
        QVERIFY(advice->text().contains(QStringLiteral("DELETE /*")));
        QVERIFY(!advice->text().contains(QStringLiteral("expire")));
        QTest::mouseClick(child<QPushButton>(&dialog, "requestRightsButton"), Qt::LeftButton);
        QCOMPARE(rights.size(), 1);
        QCOMPARE(rights.first().first().value<CredentialRules>(), AccessRules::fullAccess());
        QTest::mouseClick(child<QPushButton>(&dialog, "logoutButton"), Qt::LeftButton);
        QCOMPARE(logout.size(), 1);
    }
    {
        // A read-only key valid for an hour: it expires soon, and asks for nothing broad.
        const Credentials hour = m_fixture.obtainKey(AccessRules::readOnly(), 3600);
        QVERIFY(hour.canSign());
        CredentialDialog dialog(
            m_fixture.client(), m_fixture.endpoint(), hour, QStringLiteral("hour"));
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(&dialog, "credentialStatus")->text(), QStringLiteral("validated"), 10000);
        QVERIFY(child<QLabel>(&dialog, "credentialExpiration")
                    ->text()
                    .contains(QStringLiteral("(in ")));
        auto* advice = child<QLabel>(&dialog, "credentialAdvice");
        QVERIFY(advice->isVisible());
        QVERIFY2(advice->text().contains(QStringLiteral("expires in")), qPrintable(advice->text()));
        QVERIFY(!advice->text().contains(QStringLiteral("more than usually needed")));
        QCOMPARE(child<QListWidget>(&dialog, "credentialRules")->item(0)->text(),
            QStringLiteral("GET /*"));

        // A translation may put the date first: the advice still says when in words, taken
        // whole, never cut out of the translated "%1 (%2)".
        TableTranslator french;
        french.add("Ovh::CredentialDialog", "%1 (%2)", QStringLiteral("%2 (le %1)"));
        french.add("Ovh::CredentialDialog", "in %n minute(s)",
            QStringLiteral("dans %n minute|dans %n minutes"));
        QVERIFY(QCoreApplication::installTranslator(&french));
        const auto removeFrench
            = qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });
        dialog.refresh();
        const QRegularExpression inWords(QStringLiteral("expires dans \\d+ minutes?:"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            advice->text().contains(inWords), qPrintable(advice->text()), 10000);
    }
    {
        Credentials bogus = demoKeys();
        bogus.consumerKey = QStringLiteral("NotAValidConsumerKey000000000000");
        CredentialDialog dialog(m_fixture.client(), m_fixture.endpoint(), bogus, QString());
        dialog.show();
        auto* message = child<MessageBar>(&dialog, "credentialMessage");
        QVERIFY(message);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QCOMPARE(message->kind(), MessageBar::Kind::Error);
        QVERIFY2(
            message->text().contains(QStringLiteral("not valid")), qPrintable(message->text()));
        QVERIFY(!message->text().contains(bogus.consumerKey));
    }
}

// ---- Screenshots for review (OVH_SHOTS_DIR=… only) ---------------------------------------------

void TestLoginDialog::screenshots()
{
    const QString shots = qEnvironmentVariable("OVH_SHOTS_DIR");
    if (shots.isEmpty())
        QSKIP("set OVH_SHOTS_DIR to write the dialogs' screenshots");
    QDir().mkpath(shots);
    const QPalette original = QApplication::palette();
    for (const bool dark : { false, true }) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? darkPalette() : original);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        const auto grab = [&](QWidget* widget, const QString& name) {
            QTest::qWait(50);
            QVERIFY(widget->grab().save(QDir(shots).filePath(name + suffix)));
        };
        {
            LoginDialog::Request request
                = m_fixture.demoRequest(QStringLiteral("default"), LoginPlan::Page::HaveKeys);
            request.demo = false;
            request.endpoint = m_fixture.endpoint();
            LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
            dialog.show();
            QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return child<QLabel>(&dialog, "checkStatus")
                        ->text()
                        .contains(QStringLiteral("Rights"));
                },
                5000));
            grab(&dialog, QStringLiteral("login-havekeys"));
            dialog.setPage(LoginDialog::Page::RequestAccess);
            grab(&dialog, QStringLiteral("login-request"));
            dialog.setPage(LoginDialog::Page::CreateApplication);
            grab(&dialog, QStringLiteral("login-create"));
        }
        {
            LoginDialog::Request request
                = m_fixture.demoRequest(QStringLiteral("demo"), LoginPlan::Page::RequestAccess);
            request.operationMethod = QStringLiteral("POST");
            request.operationPath = QStringLiteral("/domain/zone/{zoneName}/record");
            request.rules
                = { AccessRules::forOperation(request.operationMethod, request.operationPath) };
            request.replacingKey = true;
            LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
            dialog.setPollInterval(500);
            dialog.show();
            grab(&dialog, QStringLiteral("login-request-demo"));
            // A right being added, with a mistake: the preview says why nothing is requested.
            auto* editor = child<RuleEditor>(&dialog, "ruleEditor");
            QTest::mouseClick(child<QToolButton>(editor, "addRuleButton"), Qt::LeftButton);
            QTest::keyClicks(editor->findChildren<QLineEdit*>(QStringLiteral("rulePath")).last(),
                QStringLiteral("me"));
            grab(&dialog, QStringLiteral("login-request-invalid"));
            dialog.setPage(LoginDialog::Page::CreateApplication);
            grab(&dialog, QStringLiteral("login-create-demo"));
        }
        {
            // The waiting panel as on a real endpoint (the refusal hint shows).
            LoginDialog::Request request
                = m_fixture.demoRequest(QStringLiteral("demo"), LoginPlan::Page::RequestAccess);
            request.demo = false;
            LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
            dialog.setPollInterval(500);
            dialog.show();
            m_fixture.browser().urls.clear();
            if (m_fixture.startRequest(dialog).isValid()) {
                QTest::qWait(2200);
                grab(&dialog, QStringLiteral("login-waiting"));
                QTest::mouseClick(child<QPushButton>(&dialog, "cancelWaitButton"), Qt::LeftButton);
                QTest::qWait(200);
            }
        }
        {
            CredentialDialog dialog(
                m_fixture.client(), m_fixture.endpoint(), demoKeys(), QStringLiteral("demo"));
            dialog.show();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return child<QLabel>(&dialog, "credentialStatus")->text()
                        == QStringLiteral("validated");
                },
                5000));
            grab(&dialog, QStringLiteral("credential"));
        }
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
