// The login dialog's "Request access" page against the in-process sandbox and a private
// keychain (with-keyring.sh): read-only and custom rights requested, validated on the sandbox's
// page and saved; why the button waits; the note when the key is replaced; the waiting panel,
// a cancelled and a refused request. No secret may reach the settings file.
#include "loginfixture.h"

#include "auth/accountstore.h"
#include "auth/credentialinfo.h"
#include "login/ruleeditor.h"
#include "look/messagebar.h"
#include "sandbox/sandboxdemo.h"
#include "window/accountpresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Ovh;
using namespace OvhTest;

class TestLoginRequestAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void requestAccessReadOnly();
    void requestAccessCustomRules();
    void requestAccessReasons();
    void replacingKeyNote();
    void waitingPanel();
    void cancelWhileWaiting();
    void refused();

private:
    LoginFixture m_fixture;
};

void TestLoginRequestAccess::initTestCase()
{
    m_fixture.setUp();
}

void TestLoginRequestAccess::init()
{
    m_fixture.startTest(QTest::currentTestFunction() != QByteArrayView("replacingKeyNote"));
}

void TestLoginRequestAccess::cleanupTestCase()
{
    m_fixture.tearDown();
}

void TestLoginRequestAccess::requestAccessReadOnly()
{
    const QString profile = QStringLiteral("read-only");
    LoginDialog::Request request = m_fixture.demoRequest(profile, LoginPlan::Page::RequestAccess);
    request.prefill.consumerKey.clear();
    request.operationMethod = QStringLiteral("POST");
    request.operationPath = QStringLiteral("/domain/zone/{zoneName}/record");
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
    dialog.setPollInterval(100);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    // What the window reads in its slot to tell the user what they got.
    std::optional<CredentialInfo> obtained;
    QString summary;
    connect(&dialog, &LoginDialog::loggedIn, this, [&](const Profile& saved) {
        obtained = dialog.obtainedCredential();
        summary = AccountPresenter::loginSummary(saved.endpoint, saved.name, obtained);
    });
    dialog.show();
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::RequestAccess);
    QCOMPARE(child<QLabel>(&dialog, "rulePreview")->text(), QStringLiteral("Will request: GET /*"));
    QVERIFY(!child<QWidget>(&dialog, "waitingPanel")->isVisible());

    const QUrl url = m_fixture.startRequest(dialog);
    QVERIFY(url.isValid());
    QVERIFY(child<QWidget>(&dialog, "waitingPanel")->isVisible());
    auto* link = child<QLabel>(&dialog, "validationLink");
    QVERIFY2(link->text().contains(url.toString(QUrl::FullyEncoded).toHtmlEscaped()),
        qPrintable(link->text()));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(&dialog, "countdownLabel")->text().contains(QStringLiteral("left")), 5000);
    QVERIFY(child<QLabel>(&dialog, "countdownLabel")
                ->text()
                .contains(QStringLiteral("Waiting for your validation")));
    QVERIFY(!child<QLabel>(&dialog, "refusalHint")->isVisible()); // the sandbox reports a refusal

    QCOMPARE(m_fixture.decide(url, "validity=3600"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size(), 1, 20000);
    QCOMPARE(m_fixture.browser().urls.size(), 1); // opened once by itself
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(obtained.has_value());
    QCOMPARE(obtained->status, CredentialStatus::Validated);
    QCOMPARE(obtained->rules, AccessRules::readOnly());
    QVERIFY(obtained->hasExpiry());
    QVERIFY2(summary.startsWith(QStringLiteral("Logged in to %1 as “read-only”: key valid until ")
                                    .arg(m_fixture.endpointName())),
        qPrintable(summary));
    QVERIFY2(summary.endsWith(QStringLiteral("rights: GET /*.")), qPrintable(summary));

    const AccountResult loaded
        = waitFor(m_fixture.accounts()->load(m_fixture.endpointName(), profile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    const Credentials keys = loaded.credentials;
    QVERIFY(!keys.consumerKey.isEmpty());
    QVERIFY(keys.consumerKey != demoKeys().consumerKey);
    m_fixture.noteSecret(keys.consumerKey);
    QCOMPARE(keys.applicationKey, demoKeys().applicationKey);

    // The stored key reads, and only reads.
    const CallResult me = m_fixture.send(keys, "GET", QStringLiteral("/me"));
    QCOMPARE(me.status, 200);
    const CallResult post = m_fixture.send(keys, "POST",
        QStringLiteral("/domain/zone/%1/record").arg(QString::fromLatin1(SandboxDemo::kZone)),
        R"({"fieldType":"TXT","subDomain":"x","target":"hello"})");
    QCOMPARE(post.status, 403);
    QCOMPARE(post.error.errorCode, QStringLiteral("NOT_GRANTED_CALL"));
}

void TestLoginRequestAccess::requestAccessCustomRules()
{
    const QString profile = QStringLiteral("zone-writer");
    LoginDialog::Request request = m_fixture.demoRequest(profile, LoginPlan::Page::RequestAccess);
    request.prefill.consumerKey.clear();
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
    dialog.setPollInterval(100);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    std::optional<CredentialInfo> obtained;
    connect(&dialog, &LoginDialog::loggedIn, this, [&] { obtained = dialog.obtainedCredential(); });
    dialog.show();

    // Through the editor, as a person would: the read-only row becomes POST /domain/zone and
    // everything under it, usable only from the sandbox's own address.
    auto* editor = child<RuleEditor>(&dialog, "ruleEditor");
    QVERIFY(editor);
    auto* row = child<QWidget>(editor, "ruleRow");
    QVERIFY(row);
    child<QComboBox>(row, "ruleMethod")->setCurrentText(QStringLiteral("POST"));
    auto* path = child<QLineEdit>(row, "rulePath");
    path->setFocus();
    path->selectAll();
    QTest::keyClicks(path, QStringLiteral("/domain/zone"));
    QTest::mouseClick(child<QCheckBox>(row, "ruleRecursive"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(editor, "allowedIps"), QStringLiteral("127.0.0.1/32"));
    QCOMPARE(child<QLabel>(editor, "rulePreview")->text(),
        QStringLiteral("Will request: POST /domain/zone, POST /domain/zone/*"));

    const QUrl url = m_fixture.startRequest(dialog);
    QVERIFY(url.isValid());
    QCOMPARE(m_fixture.decide(url, "validity=3600"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size(), 1, 20000);

    const AccountResult loaded
        = waitFor(m_fixture.accounts()->load(m_fixture.endpointName(), profile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    m_fixture.noteSecret(loaded.credentials.consumerKey);
    // What the sandbox granted the stored key: exactly the rules chosen, from that address.
    const CallResult current
        = m_fixture.send(loaded.credentials, "GET", QStringLiteral("/auth/currentCredential"));
    QCOMPARE(current.status, 200);
    const std::optional<CredentialInfo> info = CredentialInfo::fromJson(current.json);
    QVERIFY(info);
    QCOMPARE(info->status, CredentialStatus::Validated);
    const CredentialRules expected { { QStringLiteral("POST"), QStringLiteral("/domain/zone") },
        { QStringLiteral("POST"), QStringLiteral("/domain/zone/*") } };
    QCOMPARE(info->rules, expected);
    QVERIFY2(info->allowedIPs.contains(QStringLiteral("127.0.0.1/32")),
        qPrintable(info->allowedIPs.join(QLatin1Char(' '))));
    // And what the dialog told the window in loggedIn.
    QVERIFY(obtained.has_value());
    QCOMPARE(obtained->rules, expected);
    QCOMPARE(obtained->allowedIPs, info->allowedIPs);
    QVERIFY(obtained->hasExpiry());
}

void TestLoginRequestAccess::requestAccessReasons()
{
    // A disabled Request access button always has its reason on screen.
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(QStringLiteral("reasons"), LoginPlan::Page::RequestAccess));
    dialog.show();
    auto* button = child<QPushButton>(&dialog, "requestAccessButton");
    auto* reason = child<QLabel>(&dialog, "requestAccessReason");
    auto* editor = child<RuleEditor>(&dialog, "ruleEditor");
    auto* preview = child<QLabel>(editor, "rulePreview");
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(!reason->isVisible());

    // "Add a right": a blank row changes nothing.
    QTest::mouseClick(child<QToolButton>(editor, "addRuleButton"), Qt::LeftButton);
    const QList<QLineEdit*> paths = editor->findChildren<QLineEdit*>(QStringLiteral("rulePath"));
    QCOMPARE(paths.size(), 2);
    QVERIFY(button->isEnabled());
    QCOMPARE(preview->text(), QStringLiteral("Will request: GET /*"));
    // Not a path: disabled, and the preview right above says why.
    QTest::keyClicks(paths.last(), QStringLiteral("me"));
    QVERIFY(!button->isEnabled());
    QVERIFY2(preview->text().contains(QStringLiteral("Right 2: a path starts with '/'")),
        qPrintable(preview->text()));
    QVERIFY(!preview->text().contains(QStringLiteral("Will request")));
    paths.last()->selectAll();
    QTest::keyClicks(paths.last(), QStringLiteral("/me"));
    QVERIFY(button->isEnabled());
    QCOMPARE(preview->text(), QStringLiteral("Will request: GET /*, GET /me"));

    // No application secret: said next to the button.
    auto* secret = child<QLineEdit>(&dialog, "requestAppSecret");
    const QString kept = secret->text();
    secret->clear();
    QVERIFY(!button->isEnabled());
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), QStringLiteral("Enter the application key and secret."));
    secret->setText(kept);
    QVERIFY(button->isEnabled());
    QVERIFY(!reason->isVisible());

    // An application key that cannot be a header value: said, with where the problem is.
    auto* key = child<QLineEdit>(&dialog, "requestAppKey");
    const QString keptKey = key->text();
    key->setText(QStringLiteral("Sbx Demo"));
    QVERIFY(!button->isEnabled());
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(),
        QStringLiteral("application_key: contains a space (U+0020) at character 4; keys are "
                       "printable ASCII without spaces"));
    key->setText(keptKey);
    QVERIFY(button->isEnabled());

    // The file chosen without a path.
    QTest::mouseClick(child<QRadioButton>(&dialog, "fileChoice"), Qt::LeftButton);
    child<QLineEdit>(&dialog, "configFilePath")->clear();
    QVERIFY(!button->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("ovh.conf")), qPrintable(reason->text()));
}

void TestLoginRequestAccess::replacingKeyNote()
{
    for (const bool replacing : { false, true }) {
        LoginDialog::Request request
            = m_fixture.demoRequest(QStringLiteral("more-rights"), LoginPlan::Page::RequestAccess);
        request.replacingKey = replacing;
        LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
        dialog.show();
        auto* note = child<MessageBar>(&dialog, "replacingKeyNote");
        if (!replacing) {
            QVERIFY(!note || !note->isVisible());
            continue;
        }
        QVERIFY(note && note->isVisible());
        QCOMPARE(note->kind(), MessageBar::Kind::Warning);
        QCOMPARE(note->text(),
            QStringLiteral(
                "Your current key will be revoked once the new one is saved; the new key "
                "has exactly the rights below — add any you still need."));
    }
}

void TestLoginRequestAccess::waitingPanel()
{
    // As on the real API, where a refused key answers like a pending one: the panel says what
    // to do after refusing, and its status line tells when the key was last checked.
    LoginDialog::Request request
        = m_fixture.demoRequest(QStringLiteral("waiting"), LoginPlan::Page::RequestAccess);
    request.demo = false;
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
    dialog.setPollInterval(300);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    auto* browse = child<QPushButton>(&dialog, "browseConfigButton");
    QVERIFY(browse->isEnabled());
    const QUrl url = m_fixture.startRequest(dialog);
    QVERIFY(url.isValid());
    // Where the secrets go is fixed while the request runs: the file chooser too.
    QVERIFY(!child<QRadioButton>(&dialog, "fileChoice")->isEnabled());
    QVERIFY(!browse->isEnabled());

    auto* hint = child<QLabel>(&dialog, "refusalHint");
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().startsWith(
                 QStringLiteral("If you refused the request on OVHcloud's page, press")),
        qPrintable(hint->text()));
    auto* countdown = child<QLabel>(&dialog, "countdownLabel");
    auto* status = child<QLabel>(&dialog, "waitStatus");
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().contains(QStringLiteral("not validated yet")), 5000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Checked ")), qPrintable(status->text()));
    QVERIFY(countdown->text().contains(QStringLiteral("Waiting for your validation")));
    QVERIFY(!status->text().contains(QStringLiteral("Waiting for your validation")));

    QTest::mouseClick(child<QPushButton>(&dialog, "cancelWaitButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>(&dialog, "requestAccessButton")->isVisible());
    QVERIFY(browse->isEnabled());
    QCOMPARE(loggedIn.size(), 0);
}

void TestLoginRequestAccess::cancelWhileWaiting()
{
    const QString profile = QStringLiteral("cancelled");
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(profile, LoginPlan::Page::RequestAccess));
    dialog.setPollInterval(100);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    const QUrl url = m_fixture.startRequest(dialog);
    QVERIFY(url.isValid());
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelWaitButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>(&dialog, "requestAccessButton")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "loginMessage")->text().contains(QStringLiteral("cancelled")));
    QVERIFY(dialog.isVisible());
    // Validating afterwards changes nothing here.
    QCOMPARE(m_fixture.decide(url, "validity=3600"), 200);
    QTest::qWait(500);
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(!m_fixture.hasProfile(profile));
    // The form is kept, ready for another try.
    QCOMPARE(child<QLineEdit>(&dialog, "requestAppKey")->text(), demoKeys().applicationKey);
    QVERIFY(child<QPushButton>(&dialog, "requestAccessButton")->isEnabled());
}

void TestLoginRequestAccess::refused()
{
    const QString profile = QStringLiteral("refused");
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(profile, LoginPlan::Page::RequestAccess));
    dialog.setPollInterval(100);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    const QUrl url = m_fixture.startRequest(dialog);
    QVERIFY(url.isValid());
    QCOMPARE(m_fixture.decide(url, "action=refuse"), 200);
    auto* message = child<QLabel>(&dialog, "loginMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("refused")), 10000);
    QVERIFY(message->text().contains(QStringLiteral("Nothing was saved")));
    QVERIFY(child<QPushButton>(&dialog, "requestAccessButton")->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "requestAppKey")->text(), demoKeys().applicationKey);
    QCOMPARE(child<QLineEdit>(&dialog, "requestAppSecret")->text(), demoKeys().applicationSecret);
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(!m_fixture.hasProfile(profile));
}

QTEST_MAIN(TestLoginRequestAccess)
#include "tst_loginrequestaccess.moc"
