// The login dialogs against the in-process sandbox and a real keychain (with-keyring.sh):
// keys checked then saved, access requested and validated through the sandbox's page,
// cancelled, refused; the rule editor; the explicit ovh.conf choice without a keychain
// (tst_logindialog_nokeychain); the current-credential dialog and its advice. No secret may
// reach the settings file.
#include "auth/accountstore.h"
#include "auth/credentialrequest.h"
#include "auth/secretstore.h"
#include "login/credentialdialog.h"
#include "login/logindialog.h"
#include "login/ruleeditor.h"
#include "look/palettes.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandboxflow.h"
#include "window/accountpresenter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

Q_DECLARE_METATYPE(Ovh::CredentialRules)

using namespace Ovh;

namespace {

bool hasSessionBus()
{
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

Credentials demoKeys()
{
    return SandboxDemo::credentials();
}

template<typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

AccountResult waitFor(AccountJob* job)
{
    QSignalSpy finished(job, &AccountJob::finished);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<AccountResult>();
}

} // namespace

// Stands in for the browser: QDesktopServices hands it the URLs the dialogs open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void ruleEditor();
    void haveKeysSaves();
    void haveKeysWrongApplicationKey();
    void haveKeysSaveCannotBeCancelled();
    void requestAccessReadOnly();
    void requestAccessCustomRules();
    void requestAccessReasons();
    void replacingKeyNote();
    void waitingPanel();
    void cancelWhileWaiting();
    void refused();
    void createApplicationPage();
    void createApplicationPageOnSandbox();
    void loggedInSummary();
    void credentialDialog();
    void noKeychain();
    void screenshots();

private:
    Endpoint endpoint() const { return *Endpoint::fromUserText(m_sandbox.baseUrl().toString()); }
    QString endpointName() const { return endpoint().displayName(); }
    LoginDialog::Request demoRequest(const QString& profile, LoginDialog::Page page) const;
    int decide(const QUrl& validationUrl, const QByteArray& form);
    CallResult send(const Credentials& credentials, const QByteArray& method, const QString& path,
        const QByteArray& body = QByteArray());
    // Starts a request from the dialog's Request access page; the URL it opened.
    QUrl startRequest(LoginDialog& dialog);
    Credentials obtainKey(const CredentialRules& rules, qint64 validity);
    bool hasProfile(const QString& name) const
    {
        return m_accounts->profiles().profile(endpointName(), name).has_value();
    }

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    ServerClock* m_clock = nullptr;
    ApiClient* m_client = nullptr;
    QTemporaryDir m_dir;
    QSettings* m_settings = nullptr;
    SecretStore* m_secrets = nullptr;
    AccountStore* m_accounts = nullptr;
    UrlCatcher m_catcher;
    QStringList m_secretsSeen; // must never appear in the settings file
};

void TestLoginDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.listen());
    m_clock = new ServerClock(&m_nam, this);
    m_client = new ApiClient(&m_nam, m_clock, this);
    QSignalSpy synced(m_clock, &ServerClock::synced);
    m_clock->sync(endpoint());
    QVERIFY(synced.wait(10000));
    m_settings
        = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat, this);
    m_secrets = new SecretStore(QStringLiteral("ovh-api-explorer-test-logindialog-%1")
                                    .arg(QCoreApplication::applicationPid()),
        this);
    m_secrets->setTimeout(5000);
    m_accounts = new AccountStore(m_settings, m_secrets, this);
    // The file exists in every run, so cleanupTestCase always greps it for secrets.
    m_settings->setValue(QStringLiteral("test/run"), QCoreApplication::applicationPid());
    m_settings->sync();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_catcher, "open");
    m_secretsSeen << QString::fromLatin1(SandboxDemo::kApplicationSecret)
                  << QString::fromLatin1(SandboxDemo::kConsumerKey);
}

void TestLoginDialog::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    if (name == QLatin1String("noKeychain")) {
        if (hasSessionBus())
            QSKIP("runs outside any session bus (tst_logindialog_nokeychain)");
        return;
    }
    static const QStringList withoutKeyring { QStringLiteral("ruleEditor"),
        QStringLiteral("createApplicationPage"), QStringLiteral("createApplicationPageOnSandbox"),
        QStringLiteral("replacingKeyNote"), QStringLiteral("loggedInSummary"),
        QStringLiteral("screenshots") };
    const bool needsKeyring = !withoutKeyring.contains(name);
    if (needsKeyring && !hasSessionBus())
        QFAIL("needs a session bus with a Secret Service: run through support/with-keyring.sh");
    m_catcher.urls.clear();
}

void TestLoginDialog::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    if (!m_settings)
        return;
    // The settings (profiles, current choice) were written, and hold no secret.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY2(
        file.open(QIODevice::ReadOnly), qPrintable(file.fileName())); // written by initTestCase
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("[test]"));
    if (hasProfile(QStringLiteral("demo-keys")))
        QVERIFY(bytes.contains("demo-keys")); // the file checked is the one the profiles went to
    for (const QString& secret : std::as_const(m_secretsSeen))
        QVERIFY2(!bytes.contains(secret.toUtf8()), "a secret reached the settings file");
    // Leave nothing behind in the (private) keychain.
    for (const Profile& profile : m_accounts->profiles().profiles(endpointName()))
        waitFor(m_accounts->remove(profile.endpoint, profile.name));
}

LoginDialog::Request TestLoginDialog::demoRequest(
    const QString& profile, LoginDialog::Page page) const
{
    LoginDialog::Request request;
    request.endpoint = endpoint();
    request.profileName = profile;
    request.prefill = demoKeys();
    request.page = page;
    request.demo = true;
    return request;
}

int TestLoginDialog::decide(const QUrl& validationUrl, const QByteArray& form)
{
    return OvhTest::decideOnValidationPage(m_nam, validationUrl, form);
}

CallResult TestLoginDialog::send(const Credentials& credentials, const QByteArray& method,
    const QString& path, const QByteArray& body)
{
    return OvhTest::sendAndWait(m_client, endpoint(), credentials, method, path, body);
}

QUrl TestLoginDialog::startRequest(LoginDialog& dialog)
{
    auto* button = child<QPushButton>(&dialog, "requestAccessButton");
    if (!button || !button->isEnabled())
        return QUrl();
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return !m_catcher.urls.isEmpty(); }, 10000))
        return QUrl();
    return m_catcher.urls.first();
}

Credentials TestLoginDialog::obtainKey(const CredentialRules& rules, qint64 validity)
{
    CredentialRequestSpec spec;
    spec.rules = rules;
    CredentialRequest::Options options;
    options.pollIntervalMs = 100;
    options.timeoutSeconds = 30;
    Credentials application = demoKeys();
    application.consumerKey.clear();
    CredentialRequest request(m_client, endpoint(), application, spec, options);
    connect(&request, &CredentialRequest::validationRequired, this,
        [&](const QUrl& url) { decide(url, "validity=" + QByteArray::number(validity)); });
    QSignalSpy finished(&request, &CredentialRequest::finished);
    request.start();
    if (!finished.wait(20000))
        return {};
    const auto result = finished.first().first().value<CredentialRequestResult>();
    if (!result.isValidated())
        return {};
    application.consumerKey = result.consumerKey;
    m_secretsSeen << result.consumerKey;
    return application;
}

// ---- The rule editor
// -----------------------------------------------------------------------------

void TestLoginDialog::ruleEditor()
{
    using CredentialAdvice::RulePreset;
    RuleEditor editor;
    editor.show();
    QSignalSpy changed(&editor, &RuleEditor::changed);
    auto* preset = child<QComboBox>(&editor, "rulePreset");
    auto* preview = child<QLabel>(&editor, "rulePreview");
    QVERIFY(preset && preview);
    const auto visibleRows = [&editor] {
        QList<QWidget*> rows;
        for (QWidget* row : editor.findChildren<QWidget*>(QStringLiteral("ruleRow"))) {
            if (row->isVisible())
                rows.append(row);
        }
        return rows;
    };

    // Read-only by default.
    QCOMPARE(editor.preset(), RulePreset::ReadOnly);
    QCOMPARE(editor.rules(), AccessRules::readOnly());
    QCOMPARE(preview->text(), QStringLiteral("Will request: GET /*"));
    QVERIFY(editor.isValid());

    // The current-operation preset is disabled until an operation is given.
    auto* model = qobject_cast<QStandardItemModel*>(preset->model());
    QVERIFY(model);
    const int opIndex = preset->findData(int(RulePreset::CurrentOperation));
    QVERIFY(!model->item(opIndex)->isEnabled());
    editor.setCurrentOperation(
        QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"));
    QVERIFY(model->item(opIndex)->isEnabled());
    QVERIFY(preset->itemText(opIndex).contains(QStringLiteral("POST /domain/zone/*/record")));
    editor.setPreset(RulePreset::CurrentOperation);
    QCOMPARE(editor.rules(),
        (CredentialRules { { QStringLiteral("POST"), QStringLiteral("/domain/zone/*/record") } }));

    // Full access: four rows.
    editor.setPreset(RulePreset::FullAccess);
    QCOMPARE(editor.rules(), AccessRules::fullAccess());
    QCOMPARE(visibleRows().size(), 4);
    QVERIFY(changed.size() > 0);

    // Editing a row switches to Custom; a path without '/' is marked with the reason.
    editor.setPreset(RulePreset::ReadOnly);
    QList<QWidget*> rows = visibleRows();
    QCOMPARE(rows.size(), 1);
    auto* path = child<QLineEdit>(rows.first(), "rulePath");
    auto* problem = child<QLabel>(rows.first(), "ruleProblem");
    path->setFocus();
    path->selectAll();
    QTest::keyClicks(path, QStringLiteral("domain"));
    QCOMPARE(editor.preset(), RulePreset::Custom);
    QVERIFY(problem->isVisible());
    QVERIFY2(
        problem->text().contains(QStringLiteral("starts with '/'")), qPrintable(problem->text()));
    QString reason;
    QVERIFY(!editor.isValid(&reason));
    QVERIFY2(reason.contains(QStringLiteral("starts with '/'")), qPrintable(reason));
    QVERIFY(editor.rules().isEmpty());
    // The preview never shows rights that cannot be requested: it says why instead.
    QVERIFY2(preview->text().startsWith(
                 QStringLiteral("Nothing can be requested yet: Right 1: a path starts with '/'")),
        qPrintable(preview->text()));

    // "And everything under it": /x and /x/*.
    path->selectAll();
    QTest::keyClicks(path, QStringLiteral("/domain"));
    QVERIFY(!problem->isVisible());
    QTest::mouseClick(child<QCheckBox>(rows.first(), "ruleRecursive"), Qt::LeftButton);
    QCOMPARE(editor.rules(),
        (CredentialRules { { QStringLiteral("GET"), QStringLiteral("/domain") },
            { QStringLiteral("GET"), QStringLiteral("/domain/*") } }));
    QCOMPARE(preview->text(), QStringLiteral("Will request: GET /domain, GET /domain/*"));

    // Add a row: blank, it is left out and is no error (nothing marked, still valid).
    QTest::mouseClick(child<QToolButton>(&editor, "addRuleButton"), Qt::LeftButton);
    rows = visibleRows();
    QCOMPARE(rows.size(), 2);
    QVERIFY(editor.isValid(&reason));
    QVERIFY(reason.isEmpty());
    QVERIFY(!child<QLabel>(rows.last(), "ruleProblem")->isVisible());
    QCOMPARE(editor.rules().size(), 2);
    QCOMPARE(preview->text(), QStringLiteral("Will request: GET /domain, GET /domain/*"));
    // Something typed that is not a path: marked, and the preview says why.
    QTest::keyClicks(child<QLineEdit>(rows.last(), "rulePath"), QStringLiteral("me"));
    QVERIFY(!editor.isValid(&reason));
    QVERIFY2(
        reason.startsWith(QStringLiteral("Right 2: a path starts with '/'")), qPrintable(reason));
    QVERIFY(child<QLabel>(rows.last(), "ruleProblem")->isVisible());
    QCOMPARE(preview->text(), QStringLiteral("Nothing can be requested yet: %1").arg(reason));
    child<QLineEdit>(rows.last(), "rulePath")->clear();
    QVERIFY(editor.isValid());
    // Every row blank: nothing to request, and the preview says so.
    {
        RuleEditor blank;
        blank.show();
        QTest::mouseClick(child<QToolButton>(&blank, "addRuleButton"), Qt::LeftButton);
        const QList<QLineEdit*> paths = blank.findChildren<QLineEdit*>(QStringLiteral("rulePath"));
        QCOMPARE(paths.size(), 2);
        for (QLineEdit* each : paths)
            each->clear();
        QTest::keyClick(paths.first(), Qt::Key_Space); // an edit: the editor looks again
        QVERIFY(!blank.isValid(&reason));
        QCOMPARE(reason, QStringLiteral("Add at least one right."));
        QCOMPARE(child<QLabel>(&blank, "rulePreview")->text(),
            QStringLiteral("Nothing can be requested yet: Add at least one right."));
    }

    // Fill it: POST /me.
    child<QComboBox>(rows.last(), "ruleMethod")->setCurrentText(QStringLiteral("POST"));
    QTest::keyClicks(child<QLineEdit>(rows.last(), "rulePath"), QStringLiteral("/me"));
    QVERIFY(
        editor.rules().contains(CredentialRule { QStringLiteral("POST"), QStringLiteral("/me") }));
    QVERIFY(editor.isValid());

    // The keyboard walks the rows in order, then to the add button and the IPs.
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    preset->setFocus();
    QCOMPARE(QApplication::focusWidget(), preset);
    const QStringList expectedFocus { QStringLiteral("ruleMethod"), QStringLiteral("rulePath"),
        QStringLiteral("ruleRecursive"), QStringLiteral("removeRuleButton"),
        QStringLiteral("ruleMethod"), QStringLiteral("rulePath"), QStringLiteral("ruleRecursive"),
        QStringLiteral("removeRuleButton"), QStringLiteral("addRuleButton"),
        QStringLiteral("allowedIps") };
    QStringList focused;
    for (int i = 0; i < expectedFocus.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        focused.append(
            QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
    }
    QCOMPARE(focused, expectedFocus);

    // Remove it again.
    QTest::mouseClick(child<QToolButton>(rows.last(), "removeRuleButton"), Qt::LeftButton);
    QCOMPARE(visibleRows().size(), 1);
    QCOMPARE(editor.rules().size(), 2);

    // setRules shows pairs as one recursive row and finds the preset.
    const CredentialRules mixed { { QStringLiteral("GET"), QStringLiteral("/ip/*") },
        { QStringLiteral("GET"), QStringLiteral("/ip") },
        { QStringLiteral("post"), QStringLiteral("/me") } };
    editor.setRules(mixed);
    rows = visibleRows();
    QCOMPARE(rows.size(), 2);
    QVERIFY(child<QCheckBox>(rows.first(), "ruleRecursive")->isChecked());
    QCOMPARE(child<QLineEdit>(rows.first(), "rulePath")->text(), QStringLiteral("/ip"));
    QCOMPARE(editor.preset(), RulePreset::Custom);
    QCOMPARE(editor.rules(),
        (CredentialRules { { QStringLiteral("GET"), QStringLiteral("/ip") },
            { QStringLiteral("GET"), QStringLiteral("/ip/*") },
            { QStringLiteral("POST"), QStringLiteral("/me") } }));
    CredentialRules full = AccessRules::fullAccess();
    std::reverse(full.begin(), full.end());
    editor.setRules(full);
    QCOMPARE(editor.preset(), RulePreset::FullAccess);
    editor.setRules({ AccessRules::forOperation(
        QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record")) });
    QCOMPARE(editor.preset(), RulePreset::CurrentOperation);

    // Allowed IPs, validated loosely.
    auto* ips = child<QLineEdit>(&editor, "allowedIps");
    auto* ipsProblem = child<QLabel>(&editor, "allowedIpsProblem");
    QTest::keyClicks(ips, QStringLiteral("192.0.2.0/24, nope"));
    QVERIFY(!editor.isValid(&reason));
    QVERIFY2(reason.contains(QStringLiteral("nope")), qPrintable(reason));
    // Said once, in the preview right under the field…
    QCOMPARE(preview->text(), QStringLiteral("Nothing can be requested yet: %1").arg(reason));
    QVERIFY(!ipsProblem->isVisible());
    // …and under the field too when the preview has a right to complain about first.
    rows = visibleRows();
    auto* firstPath = child<QLineEdit>(rows.first(), "rulePath");
    const QString kept = firstPath->text();
    firstPath->selectAll();
    QTest::keyClicks(firstPath, QStringLiteral("ip"));
    QVERIFY(preview->text().contains(QStringLiteral("Right 1")));
    QVERIFY(ipsProblem->isVisible());
    QVERIFY(ipsProblem->text().contains(QStringLiteral("nope")));
    firstPath->selectAll();
    QTest::keyClicks(firstPath, kept);
    ips->clear();
    QTest::keyClicks(ips, QStringLiteral("192.0.2.0/24 2001:db8::/32"));
    QVERIFY(!ipsProblem->isVisible());
    QVERIFY(editor.isValid());
    QCOMPARE(editor.allowedIPs(),
        (QStringList { QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::/32") }));
}

// ---- I have keys --------------------------------------------------------------------------------

void TestLoginDialog::haveKeysSaves()
{
    const QString profile = QStringLiteral("demo-keys");
    LoginDialog dialog(m_accounts, m_client, demoRequest(profile, LoginDialog::Page::HaveKeys));
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Log in to %1").arg(endpointName()));
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
    QCOMPARE(saved.endpoint, endpointName());
    QVERIFY(saved.usesKeychain());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    // The closed dialog holds no secret.
    QVERIFY(child<QLineEdit>(&dialog, "keysAppSecret")->text().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "keysConsumerKey")->text().isEmpty());

    const AccountResult loaded = waitFor(m_accounts->load(endpointName(), profile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    QCOMPARE(loaded.credentials.applicationKey, demoKeys().applicationKey);
    QCOMPARE(loaded.credentials.applicationSecret, demoKeys().applicationSecret);
    QCOMPARE(loaded.credentials.consumerKey, demoKeys().consumerKey);
    QCOMPARE(m_accounts->profiles().currentName(endpointName()), profile);
}

void TestLoginDialog::haveKeysWrongApplicationKey()
{
    const QString profile = QStringLiteral("wrong-key");
    LoginDialog::Request request = demoRequest(profile, LoginDialog::Page::HaveKeys);
    request.prefill.applicationKey = QStringLiteral("NotAKnownAppKey");
    LoginDialog dialog(m_accounts, m_client, request);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    auto* message = child<QLabel>(&dialog, "loginMessage");
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), 10000);
    QVERIFY2(message->text().contains(
                 QStringLiteral("This application key is not known to %1").arg(endpointName())),
        qPrintable(message->text()));
    QVERIFY(!message->text().contains(demoKeys().applicationSecret));
    QTest::qWait(300);
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!hasProfile(profile));

    // A consumer key that is not valid: the message says what to do.
    auto* ck = child<QLineEdit>(&dialog, "keysConsumerKey");
    auto* ak = child<QLineEdit>(&dialog, "keysAppKey");
    ak->setText(demoKeys().applicationKey);
    ck->setText(QStringLiteral("NotAValidConsumerKey000000000000"));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("request a new one")), 10000);
    QVERIFY(!hasProfile(profile));

    // One that would inject a header: refused on the spot, nothing asked of the server.
    ck->setText(QStringLiteral("evilCK\rX-Injected: 1"));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QCOMPARE(message->text(),
        QStringLiteral("consumer_key: contains a carriage return (U+000D) at character 7; keys "
                       "are printable ASCII without spaces"));
    QVERIFY(!hasProfile(profile));
}

// ---- Request access -----------------------------------------------------------------------------

void TestLoginDialog::requestAccessReadOnly()
{
    const QString profile = QStringLiteral("read-only");
    LoginDialog::Request request = demoRequest(profile, LoginDialog::Page::RequestAccess);
    request.prefill.consumerKey.clear();
    request.operationMethod = QStringLiteral("POST");
    request.operationPath = QStringLiteral("/domain/zone/{zoneName}/record");
    LoginDialog dialog(m_accounts, m_client, request);
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

    const QUrl url = startRequest(dialog);
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

    QCOMPARE(decide(url, "validity=3600"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size(), 1, 20000);
    QCOMPARE(m_catcher.urls.size(), 1); // opened once by itself
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(obtained.has_value());
    QCOMPARE(obtained->status, CredentialStatus::Validated);
    QCOMPARE(obtained->rules, AccessRules::readOnly());
    QVERIFY(obtained->hasExpiry());
    QVERIFY2(
        summary.startsWith(
            QStringLiteral("Logged in to %1 as “read-only”: key valid until ").arg(endpointName())),
        qPrintable(summary));
    QVERIFY2(summary.endsWith(QStringLiteral("rights: GET /*.")), qPrintable(summary));

    const AccountResult loaded = waitFor(m_accounts->load(endpointName(), profile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    const Credentials keys = loaded.credentials;
    QVERIFY(!keys.consumerKey.isEmpty());
    QVERIFY(keys.consumerKey != demoKeys().consumerKey);
    m_secretsSeen << keys.consumerKey;
    QCOMPARE(keys.applicationKey, demoKeys().applicationKey);

    // The stored key reads, and only reads.
    const CallResult me = send(keys, "GET", QStringLiteral("/me"));
    QCOMPARE(me.status, 200);
    const CallResult post = send(keys, "POST",
        QStringLiteral("/domain/zone/%1/record").arg(QString::fromLatin1(SandboxDemo::kZone)),
        R"({"fieldType":"TXT","subDomain":"x","target":"hello"})");
    QCOMPARE(post.status, 403);
    QCOMPARE(post.error.errorCode, QStringLiteral("NOT_GRANTED_CALL"));
}

void TestLoginDialog::haveKeysSaveCannotBeCancelled()
{
    // Once the save runs, Cancel, Esc and the close button wait for it: the profile it makes
    // current always comes with loggedIn.
    const QString profile = QStringLiteral("saved-despite-esc");
    LoginDialog dialog(m_accounts, m_client, demoRequest(profile, LoginDialog::Page::HaveKeys));
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
    QCOMPARE(m_accounts->profiles().currentName(endpointName()), profile);
    // What the check said about the saved keys.
    QVERIFY(dialog.obtainedCredential().has_value());
    QCOMPARE(dialog.obtainedCredential()->status, CredentialStatus::Validated);
    QCOMPARE(dialog.obtainedCredential()->rules, AccessRules::fullAccess());
}

void TestLoginDialog::requestAccessCustomRules()
{
    const QString profile = QStringLiteral("zone-writer");
    LoginDialog::Request request = demoRequest(profile, LoginDialog::Page::RequestAccess);
    request.prefill.consumerKey.clear();
    LoginDialog dialog(m_accounts, m_client, request);
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

    const QUrl url = startRequest(dialog);
    QVERIFY(url.isValid());
    QCOMPARE(decide(url, "validity=3600"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size(), 1, 20000);

    const AccountResult loaded = waitFor(m_accounts->load(endpointName(), profile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    m_secretsSeen << loaded.credentials.consumerKey;
    // What the sandbox granted the stored key: exactly the rules chosen, from that address.
    const CallResult current
        = send(loaded.credentials, "GET", QStringLiteral("/auth/currentCredential"));
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

void TestLoginDialog::requestAccessReasons()
{
    // A disabled Request access button always has its reason on screen.
    LoginDialog dialog(m_accounts, m_client,
        demoRequest(QStringLiteral("reasons"), LoginDialog::Page::RequestAccess));
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

void TestLoginDialog::replacingKeyNote()
{
    for (const bool replacing : { false, true }) {
        LoginDialog::Request request
            = demoRequest(QStringLiteral("more-rights"), LoginDialog::Page::RequestAccess);
        request.replacingKey = replacing;
        LoginDialog dialog(m_accounts, m_client, request);
        dialog.show();
        auto* note = child<QLabel>(&dialog, "replacingKeyNote");
        if (!replacing) {
            QVERIFY(!note || !note->isVisible());
            continue;
        }
        QVERIFY(note && note->isVisible());
        QCOMPARE(note->text(),
            QStringLiteral(
                "Your current key will be revoked once the new one is saved; the new key "
                "has exactly the rights below — add any you still need."));
    }
}

void TestLoginDialog::waitingPanel()
{
    // As on the real API, where a refused key answers like a pending one: the panel says what
    // to do after refusing, and its status line tells when the key was last checked.
    LoginDialog::Request request
        = demoRequest(QStringLiteral("waiting"), LoginDialog::Page::RequestAccess);
    request.demo = false;
    LoginDialog dialog(m_accounts, m_client, request);
    dialog.setPollInterval(300);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    auto* browse = child<QPushButton>(&dialog, "browseConfigButton");
    QVERIFY(browse->isEnabled());
    const QUrl url = startRequest(dialog);
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

void TestLoginDialog::cancelWhileWaiting()
{
    const QString profile = QStringLiteral("cancelled");
    LoginDialog dialog(
        m_accounts, m_client, demoRequest(profile, LoginDialog::Page::RequestAccess));
    dialog.setPollInterval(100);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    const QUrl url = startRequest(dialog);
    QVERIFY(url.isValid());
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelWaitButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>(&dialog, "requestAccessButton")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "loginMessage")->text().contains(QStringLiteral("cancelled")));
    QVERIFY(dialog.isVisible());
    // Validating afterwards changes nothing here.
    QCOMPARE(decide(url, "validity=3600"), 200);
    QTest::qWait(500);
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(!hasProfile(profile));
    // The form is kept, ready for another try.
    QCOMPARE(child<QLineEdit>(&dialog, "requestAppKey")->text(), demoKeys().applicationKey);
    QVERIFY(child<QPushButton>(&dialog, "requestAccessButton")->isEnabled());
}

void TestLoginDialog::refused()
{
    const QString profile = QStringLiteral("refused");
    LoginDialog dialog(
        m_accounts, m_client, demoRequest(profile, LoginDialog::Page::RequestAccess));
    dialog.setPollInterval(100);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();
    const QUrl url = startRequest(dialog);
    QVERIFY(url.isValid());
    QCOMPARE(decide(url, "action=refuse"), 200);
    auto* message = child<QLabel>(&dialog, "loginMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("refused")), 10000);
    QVERIFY(message->text().contains(QStringLiteral("Nothing was saved")));
    QVERIFY(child<QPushButton>(&dialog, "requestAccessButton")->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "requestAppKey")->text(), demoKeys().applicationKey);
    QCOMPARE(child<QLineEdit>(&dialog, "requestAppSecret")->text(), demoKeys().applicationSecret);
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(!hasProfile(profile));
}

void TestLoginDialog::createApplicationPage()
{
    LoginDialog::Request request = demoRequest(QString(), LoginDialog::Page::CreateApplication);
    request.endpoint = *Endpoint::byName(u"ovh-eu");
    request.demo = false;
    request.rules = { { QStringLiteral("GET"), QStringLiteral("/me") } };
    LoginDialog dialog(m_accounts, m_client, request);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Log in to ovh-eu"));
    QCOMPARE(child<QComboBox>(&dialog, "profileName")->currentText(), QStringLiteral("default"));
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::CreateApplication);
    QTest::mouseClick(child<QPushButton>(&dialog, "createAppButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, "createTokenButton"), Qt::LeftButton);
    QCOMPARE(m_catcher.urls,
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
    LoginDialog dialog(
        m_accounts, m_client, demoRequest(QString(), LoginDialog::Page::CreateApplication));
    dialog.show();
    auto* createApp = child<QPushButton>(&dialog, "createAppButton");
    auto* createToken = child<QPushButton>(&dialog, "createTokenButton");
    QVERIFY(!createApp->isEnabled());
    QVERIFY(!createToken->isEnabled());
    auto* note = child<QLabel>(&dialog, "createDemoNote");
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(
                 QStringLiteral("demo application key and secret are already filled in")),
        qPrintable(note->text()));
    QTest::mouseClick(createApp, Qt::LeftButton);
    QTest::mouseClick(createToken, Qt::LeftButton);
    QVERIFY(m_catcher.urls.isEmpty());
    QTest::mouseClick(child<QPushButton>(&dialog, "haveMyKeysButton"), Qt::LeftButton);
    QCOMPARE(dialog.currentPage(), LoginDialog::Page::HaveKeys);
}

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

// ---- Current credential -------------------------------------------------------------------------

void TestLoginDialog::credentialDialog()
{
    {
        CredentialDialog dialog(m_client, endpoint(), demoKeys(), QStringLiteral("demo"));
        QSignalSpy rights(&dialog, &CredentialDialog::requestRightsRequested);
        QSignalSpy logout(&dialog, &CredentialDialog::logoutRequested);
        dialog.show();
        auto* status = child<QLabel>(&dialog, "credentialStatus");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("validated"), 10000);
        QCOMPARE(child<QListWidget>(&dialog, "credentialRules")->count(), 4);
        QCOMPARE(child<QLabel>(&dialog, "credentialExpiration")->text(), QStringLiteral("never"));
        QCOMPARE(
            child<QLabel>(&dialog, "credentialAllowedIps")->text(), QStringLiteral("any address"));
        auto* advice = child<QLabel>(&dialog, "credentialAdvice");
        QVERIFY(advice->isVisible());
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
        const Credentials hour = obtainKey(AccessRules::readOnly(), 3600);
        QVERIFY(hour.canSign());
        CredentialDialog dialog(m_client, endpoint(), hour, QStringLiteral("hour"));
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
    }
    {
        Credentials bogus = demoKeys();
        bogus.consumerKey = QStringLiteral("NotAValidConsumerKey000000000000");
        CredentialDialog dialog(m_client, endpoint(), bogus, QString());
        dialog.show();
        auto* message = child<QLabel>(&dialog, "credentialMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QVERIFY2(
            message->text().contains(QStringLiteral("not valid")), qPrintable(message->text()));
        QVERIFY(!message->text().contains(bogus.consumerKey));
    }
}

// ---- No keychain --------------------------------------------------------------------------------

void TestLoginDialog::noKeychain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(QStringLiteral("ovh-api-explorer-test-nokeychain-%1")
                            .arg(QCoreApplication::applicationPid()));
    secrets.setTimeout(5000);
    AccountStore accounts(&settings, &secrets);
    const QString profile = QStringLiteral("in-a-file");
    LoginDialog dialog(&accounts, m_client, demoRequest(profile, LoginDialog::Page::HaveKeys));
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.show();

    auto* warning = child<QLabel>(&dialog, "keychainWarning");
    auto* keychain = child<QRadioButton>(&dialog, "keychainChoice");
    auto* file = child<QRadioButton>(&dialog, "fileChoice");
    auto* save = child<QPushButton>(&dialog, "saveButton");
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
    QVERIFY(warning->text().contains(QStringLiteral("No system keychain")));
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
    const AccountResult loaded = waitFor(accounts.load(endpointName(), profile));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorString));
    QCOMPARE(loaded.credentials.consumerKey, demoKeys().consumerKey);
    settings.sync();
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(!bytes.contains(SandboxDemo::kApplicationSecret));
    QVERIFY(!bytes.contains(SandboxDemo::kConsumerKey));
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
                = demoRequest(QStringLiteral("default"), LoginDialog::Page::HaveKeys);
            request.demo = false;
            request.endpoint = endpoint();
            LoginDialog dialog(m_accounts, m_client, request);
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
                = demoRequest(QStringLiteral("demo"), LoginDialog::Page::RequestAccess);
            request.operationMethod = QStringLiteral("POST");
            request.operationPath = QStringLiteral("/domain/zone/{zoneName}/record");
            request.rules
                = { AccessRules::forOperation(request.operationMethod, request.operationPath) };
            request.replacingKey = true;
            LoginDialog dialog(m_accounts, m_client, request);
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
                = demoRequest(QStringLiteral("demo"), LoginDialog::Page::RequestAccess);
            request.demo = false;
            LoginDialog dialog(m_accounts, m_client, request);
            dialog.setPollInterval(500);
            dialog.show();
            m_catcher.urls.clear();
            if (startRequest(dialog).isValid()) {
                QTest::qWait(2200);
                grab(&dialog, QStringLiteral("login-waiting"));
                QTest::mouseClick(child<QPushButton>(&dialog, "cancelWaitButton"), Qt::LeftButton);
                QTest::qWait(200);
            }
        }
        {
            CredentialDialog dialog(m_client, endpoint(), demoKeys(), QStringLiteral("demo"));
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
