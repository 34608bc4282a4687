// The login dialog's "I have keys" page and its storage part, against the in-process sandbox
// and a private keychain (with-keyring.sh): keys checked then saved, wrong keys said on the spot,
// a save that cannot be cancelled, the explicit ovh.conf choice without a keychain
// (tst_loginhavekeys_nokeychain), and the dialog's notes as message bars. No secret may reach
// the settings file.
#include "loginfixture.h"

#include "auth/accountstore.h"
#include "look/messagebar.h"
#include "look/palettes.h"
#include "sandbox/sandboxdemo.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Ovh;
using namespace OvhTest;

class TestLoginHaveKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void haveKeysSaves();
    void haveKeysWrongApplicationKey();
    void haveKeysSaveCannotBeCancelled();
    void notesAreMessageBars();
    void noKeychain();

private:
    LoginFixture m_fixture;
};

void TestLoginHaveKeys::initTestCase()
{
    m_fixture.setUp();
}

void TestLoginHaveKeys::init()
{
    if (QTest::currentTestFunction() == QByteArrayView("noKeychain")) {
        if (hasSessionBus())
            QSKIP("runs outside any session bus (tst_loginhavekeys_nokeychain)");
        return;
    }
    m_fixture.startTest(QTest::currentTestFunction() != QByteArrayView("notesAreMessageBars"));
}

void TestLoginHaveKeys::cleanupTestCase()
{
    m_fixture.tearDown();
}

void TestLoginHaveKeys::haveKeysSaves()
{
    const QString profile = QStringLiteral("demo-keys");
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(profile, LoginPlan::Page::HaveKeys));
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Log in to %1").arg(m_fixture.endpointName()));
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::HaveKeys);
    QCOMPARE(child<QLineEdit>(&dialog, "keysAppSecret")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(&dialog, "keysConsumerKey")->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QToolButton>(&dialog, "keysConsumerKeyShow"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&dialog, "keysConsumerKey")->echoMode(), QLineEdit::Normal);

    auto* status = child<QLabel>(&dialog, "checkStatus");
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("validated")), 10000);
    QVERIFY2(status->text().contains(QStringLiteral("DELETE /*")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("never")));
    QCOMPARE(loggedIn.size(), 0);

    auto* save = child<QPushButton>(&dialog, "saveButton");
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size(), 1, 20000);
    const auto saved = loggedIn.first().first().value<Profile>();
    QCOMPARE(saved.name, profile);
    QCOMPARE(saved.endpoint, m_fixture.endpointName());
    QVERIFY(saved.usesKeychain());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    // The closed dialog holds no secret.
    QVERIFY(child<QLineEdit>(&dialog, "keysAppSecret")->text().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "keysConsumerKey")->text().isEmpty());

    const AccountResult loaded
        = waitFor(m_fixture.accounts()->load(m_fixture.endpointName(), profile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    QCOMPARE(loaded.credentials.applicationKey, demoKeys().applicationKey);
    QCOMPARE(loaded.credentials.applicationSecret, demoKeys().applicationSecret);
    QCOMPARE(loaded.credentials.consumerKey, demoKeys().consumerKey);
    QCOMPARE(m_fixture.accounts()->profiles().currentName(m_fixture.endpointName()), profile);
}

void TestLoginHaveKeys::haveKeysWrongApplicationKey()
{
    const QString profile = QStringLiteral("wrong-key");
    LoginDialog::Request request = m_fixture.demoRequest(profile, LoginPlan::Page::HaveKeys);
    request.prefill.applicationKey = QStringLiteral("NotAKnownAppKey");
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(), request);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    auto* message = child<QLabel>(&dialog, "loginMessage");
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), 10000);
    QVERIFY2(message->text().contains(QStringLiteral("This application key is not known to %1")
                                          .arg(m_fixture.endpointName())),
        qPrintable(message->text()));
    QVERIFY(!message->text().contains(demoKeys().applicationSecret));
    QTest::qWait(300);
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_fixture.hasProfile(profile));

    // A consumer key that is not valid: the message says what to do.
    auto* ck = child<QLineEdit>(&dialog, "keysConsumerKey");
    auto* ak = child<QLineEdit>(&dialog, "keysAppKey");
    ak->setText(demoKeys().applicationKey);
    ck->setText(QStringLiteral("NotAValidConsumerKey000000000000"));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("request a new one")), 10000);
    QVERIFY(!m_fixture.hasProfile(profile));

    // One that would inject a header: refused on the spot, nothing asked of the server.
    ck->setText(QStringLiteral("evilCK\rX-Injected: 1"));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QCOMPARE(message->text(),
        QStringLiteral("consumer_key: contains a carriage return (U+000D) at character 7; keys "
                       "are printable ASCII without spaces"));
    QVERIFY(!m_fixture.hasProfile(profile));
}

void TestLoginHaveKeys::haveKeysSaveCannotBeCancelled()
{
    // Once the save runs, Cancel, Esc and the close button wait for it: the profile it makes
    // current always comes with loggedIn.
    const QString profile = QStringLiteral("saved-despite-esc");
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(profile, LoginPlan::Page::HaveKeys));
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(&dialog, "checkStatus")->text().contains(QStringLiteral("validated")), 10000);
    auto* save = child<QPushButton>(&dialog, "saveButton");
    auto* cancel = child<QPushButton>(&dialog, "cancelButton");
    QTRY_VERIFY(save->isEnabled());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!dialog.isSaving());

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.isSaving());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "loginMessage")->text().contains(QStringLiteral("Saving")));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.close());
    QVERIFY(dialog.isVisible());
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QCOMPARE(loggedIn.size(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size(), 1, 20000);
    QVERIFY(!dialog.isSaving());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_fixture.accounts()->profiles().currentName(m_fixture.endpointName()), profile);
    // What the check said about the saved keys.
    QVERIFY(dialog.obtainedCredential().has_value());
    QCOMPARE(dialog.obtainedCredential()->status, CredentialStatus::Validated);
    QCOMPARE(dialog.obtainedCredential()->rules, AccessRules::fullAccess());
}

void TestLoginHaveKeys::notesAreMessageBars()
{
    // The dialog's notes and messages are message bars of their kind, and follow the palette
    // (a style sheet set once would keep a light bar on a dark window).
    LoginDialog dialog(m_fixture.accounts(), m_fixture.client(),
        m_fixture.demoRequest(QStringLiteral("notes"), LoginPlan::Page::HaveKeys));
    dialog.setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    dialog.show();
    auto* demoNote = child<MessageBar>(&dialog, "demoNote");
    auto* message = child<MessageBar>(&dialog, "loginMessage");
    QVERIFY(demoNote && message);
    QVERIFY(demoNote->isVisible());
    QCOMPARE(demoNote->kind(), MessageBar::Kind::Info);
    QVERIFY(demoNote->styleSheet().isEmpty());
    QVERIFY(!message->isVisible());
    const auto textColour
        = [](const MessageBar* bar) { return bar->palette().color(QPalette::WindowText); };
    QCOMPARE(
        textColour(demoNote), MessageBar::colors(dialog.palette(), MessageBar::Kind::Info).text);

    // A key that cannot be sent: an error, said on the spot.
    child<QLineEdit>(&dialog, "keysConsumerKey")->setText(QStringLiteral("bad key"));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageBar::Kind::Error);

    dialog.setPalette(darkPalette());
    QCOMPARE(textColour(demoNote), MessageBar::colors(darkPalette(), MessageBar::Kind::Info).text);
    QCOMPARE(textColour(message), MessageBar::colors(darkPalette(), MessageBar::Kind::Error).text);
}

// ---- No keychain -------------------------------------------------------------------------------

void TestLoginHaveKeys::noKeychain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(QStringLiteral("ovh-api-explorer-test-nokeychain-%1")
                            .arg(QCoreApplication::applicationPid()));
    secrets.setTimeout(5000);
    AccountStore accounts(&settings, &secrets);
    const QString profile = QStringLiteral("in-a-file");
    LoginDialog dialog(
        &accounts, m_fixture.client(), m_fixture.demoRequest(profile, LoginPlan::Page::HaveKeys));
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();

    auto* warning = child<MessageBar>(&dialog, "keychainWarning");
    QVERIFY(warning);
    auto* keychain = child<QRadioButton>(&dialog, "keychainChoice");
    auto* file = child<QRadioButton>(&dialog, "fileChoice");
    auto* save = child<QPushButton>(&dialog, "saveButton");
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
    QVERIFY(warning->text().contains(QStringLiteral("No system keychain")));
    QCOMPARE(warning->kind(), MessageBar::Kind::Warning);
    QVERIFY(!keychain->isEnabled());
    QVERIFY(!keychain->isChecked());
    QVERIFY(!file->isChecked()); // never chosen for the user
    QVERIFY(!save->isEnabled());
    dialog.setPage(LoginDialog::Page::RequestAccess);
    QVERIFY(!child<QPushButton>(&dialog, "requestAccessButton")->isEnabled());
    dialog.setPage(LoginDialog::Page::HaveKeys);

    const QString path = dir.filePath(QStringLiteral("conf/ovh.conf"));
    child<QLineEdit>(&dialog, "configFilePath")->setText(path);
    QVERIFY(!save->isEnabled()); // a path alone is not the choice
    QTest::mouseClick(file, Qt::LeftButton);
    QVERIFY(file->isChecked());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        loggedIn.size() == 1, qPrintable(child<QLabel>(&dialog, "loginMessage")->text()), 20000);
    QCOMPARE(loggedIn.first().first().value<Profile>().configFile, QDir::cleanPath(path));

    QVERIFY(QFile::exists(path));
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QCOMPARE(permissions & others, QFileDevice::Permissions());
    const AccountResult loaded = waitFor(accounts.load(m_fixture.endpointName(), profile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    QCOMPARE(loaded.credentials.consumerKey, demoKeys().consumerKey);
    settings.sync();
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(!bytes.contains(SandboxDemo::kApplicationSecret));
    QVERIFY(!bytes.contains(SandboxDemo::kConsumerKey));
}

QTEST_MAIN(TestLoginHaveKeys)
#include "tst_loginhavekeys.moc"
