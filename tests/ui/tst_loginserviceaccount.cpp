// The login dialog's "Service account" page, against the in-process sandbox's token endpoint
// and a private keychain (with-keyring.sh): the client id and secret proven by a token, then
// saved (the id in the profile, the secret in the keychain, never in the settings file); a
// wrong secret said on the spot, nothing saved; the page next to "I have keys".
#include "loginfixture.h"

#include "auth/accountstore.h"
#include "auth/oauth2tokens.h"
#include "look/messagebar.h"
#include "net/apiclient.h"
#include "sandbox/sandboxoauth2.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestLoginServiceAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void pageNextToHaveKeys();
    void checkedThenSaved();
    void wrongSecretSavesNothing();
    void sandboxPrefillsTheDemoAccount();

private:
    LoginFixture m_fixture;
    std::unique_ptr<OAuth2Tokens> m_tokens;
};

void TestLoginServiceAccount::initTestCase()
{
    m_fixture.setUp();
    m_tokens = std::make_unique<OAuth2Tokens>(&m_fixture.nam());
    m_fixture.client()->setBearerSource(m_tokens.get());
    m_fixture.noteSecret(QString::fromLatin1(SandboxDemo::kClientSecret));
}

void TestLoginServiceAccount::init()
{
    m_fixture.startTest(QTest::currentTestFunction() != QByteArrayView("pageNextToHaveKeys"));
}

void TestLoginServiceAccount::cleanupTestCase()
{
    m_fixture.client()->setBearerSource(nullptr);
    m_tokens.reset();
    m_fixture.tearDown();
}

void TestLoginServiceAccount::pageNextToHaveKeys()
{
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(QString(), LoginPlan::Page::HaveKeys));
    auto* tabs = child<QTabWidget>(&dialog, "loginTabs");
    QCOMPARE(tabs->tabText(0), QStringLiteral("I &have keys"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Ser&vice account"));
    dialog.setPage(LoginDialog::Page::ServiceAccount);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("serviceAccountPage"));
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::ServiceAccount);
    // The other pages keep their places.
    dialog.setPage(LoginDialog::Page::CreateApplication);
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::CreateApplication);
    dialog.setPage(LoginDialog::Page::RequestAccess);
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::RequestAccess);
    QCOMPARE(child<QLineEdit>(&dialog, "serviceClientSecret")->echoMode(), QLineEdit::Password);
}

void TestLoginServiceAccount::checkedThenSaved()
{
    const QString profile = QStringLiteral("robot");
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(profile, LoginPlan::Page::HaveKeys));
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    dialog.setPage(LoginDialog::Page::ServiceAccount);
    auto* save = child<QPushButton>(&dialog, "saveButton");
    QVERIFY(save->isVisible());
    QVERIFY(!save->isEnabled()); // nothing typed yet
    QTest::keyClicks(
        child<QLineEdit>(&dialog, "serviceClientId"), QString::fromLatin1(SandboxDemo::kClientId));
    QTest::keyClicks(child<QLineEdit>(&dialog, "serviceClientSecret"),
        QString::fromLatin1(SandboxDemo::kClientSecret));

    auto* status = child<QLabel>(&dialog, "serviceCheckStatus");
    QTest::mouseClick(child<QPushButton>(&dialog, "serviceCheckButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("token was issued")), 10000);
    QCOMPARE(loggedIn.size(), 0);
    // OVH_SCREENSHOT_DIR=/some/dir: the checked page as a person sees it.
    if (const QString shots = qEnvironmentVariable("OVH_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QLatin1String("/login-service-account.png")));

    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size(), 1, 20000);
    const auto saved = loggedIn.first().first().value<Profile>();
    QCOMPARE(saved.name, profile);
    QCOMPARE(saved.clientId, QString::fromLatin1(SandboxDemo::kClientId));
    QVERIFY(saved.applicationKey.isEmpty());
    QVERIFY(saved.usesKeychain());
    QVERIFY(child<QLineEdit>(&dialog, "serviceClientSecret")->text().isEmpty());

    const AccountResult loaded
        = waitFor(m_fixture.accounts()->load(m_fixture.endpointName(), profile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    QCOMPARE(loaded.credentials.clientId, QString::fromLatin1(SandboxDemo::kClientId));
    QCOMPARE(loaded.credentials.clientSecret, QString::fromLatin1(SandboxDemo::kClientSecret));
    QVERIFY(loaded.credentials.hasOAuth2());

    // The saved profile makes calls with a bearer token.
    const CallResult me = m_fixture.send(loaded.credentials, "GET", QStringLiteral("/me"));
    QVERIFY2(me.isSuccess(), qPrintable(me.errorString));
}

void TestLoginServiceAccount::wrongSecretSavesNothing()
{
    const QString profile = QStringLiteral("wrong-robot");
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(profile, LoginPlan::Page::HaveKeys));
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    dialog.setPage(LoginDialog::Page::ServiceAccount);
    QTest::keyClicks(
        child<QLineEdit>(&dialog, "serviceClientId"), QString::fromLatin1(SandboxDemo::kClientId));
    QTest::keyClicks(child<QLineEdit>(&dialog, "serviceClientSecret"), QStringLiteral("nope"));
    auto* save = child<QPushButton>(&dialog, "saveButton");
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto* message = child<MessageBar>(&dialog, "loginMessage");
    QTRY_VERIFY_WITH_TIMEOUT(
        message->isVisible() && message->text().contains(QStringLiteral("invalid_client")), 10000);
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::ServiceAccount);
    QVERIFY(!m_fixture.hasProfile(profile));
}

void TestLoginServiceAccount::sandboxPrefillsTheDemoAccount()
{
    // The window's sandbox plan carries the demo service account: its page is filled in and
    // checks at once.
    LoginDialog::Request request = m_fixture.demoRequest(QString(), LoginPlan::Page::HaveKeys);
    request.prefill.clientId = SandboxDemo::serviceAccount().clientId;
    request.prefill.clientSecret = SandboxDemo::serviceAccount().clientSecret;
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
    dialog.show();
    dialog.setPage(LoginDialog::Page::ServiceAccount);
    QCOMPARE(child<QLineEdit>(&dialog, "serviceClientId")->text(),
        QString::fromLatin1(SandboxDemo::kClientId));
    QCOMPARE(child<QLineEdit>(&dialog, "serviceClientSecret")->text(),
        QString::fromLatin1(SandboxDemo::kClientSecret));
    QTest::mouseClick(child<QPushButton>(&dialog, "serviceCheckButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "serviceCheckStatus")
                                 ->text()
                                 .contains(QStringLiteral("token was issued")),
        10000);
}

QTEST_MAIN(TestLoginServiceAccount)
#include "tst_loginserviceaccount.moc"
