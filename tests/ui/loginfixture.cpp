#include "loginfixture.h"

#include "auth/credentialrequest.h"
#include "auth/secretstore.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "sandbox/sandboxdemo.h"
#include "sandboxflow.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Ovh;

namespace OvhTest {

bool hasSessionBus()
{
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

Credentials demoKeys()
{
    return SandboxDemo::credentials();
}

AccountResult waitFor(AccountJob* job)
{
    QSignalSpy finished(job, &AccountJob::finished);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<AccountResult>();
}

LoginFixture::LoginFixture() = default;

LoginFixture::~LoginFixture()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void LoginFixture::setUp()
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
    m_secrets = new SecretStore(QStringLiteral("ovh-api-explorer-test-%1-%2")
                                    .arg(QCoreApplication::applicationName())
                                    .arg(QCoreApplication::applicationPid()),
        this);
    m_secrets->setTimeout(5000);
    m_accounts = new AccountStore(m_settings, m_secrets, this);
    // The file exists in every run, so tearDown always greps it for secrets.
    m_settings->setValue(QStringLiteral("test/run"), QCoreApplication::applicationPid());
    m_settings->sync();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_catcher, "open");
    m_secretsSeen << QString::fromLatin1(SandboxDemo::kApplicationSecret)
                  << QString::fromLatin1(SandboxDemo::kConsumerKey);
}

bool LoginFixture::startTest(bool needsKeyring)
{
    m_catcher.urls.clear();
    if (needsKeyring && !hasSessionBus()) {
        QTest::qFail("needs a session bus with a Secret Service: run through "
                     "support/with-keyring.sh",
            __FILE__, __LINE__);
        return false;
    }
    return true;
}

void LoginFixture::tearDown()
{
    if (!m_settings)
        return;
    // The settings (profiles, current choice) were written, and hold no secret.
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName())); // written by setUp
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("[test]"));
    for (const Profile& profile : m_accounts->profiles().profiles(endpointName()))
        QVERIFY(bytes.contains(profile.name.toUtf8())); // the file checked is the profiles' one
    for (const QString& secret : std::as_const(m_secretsSeen))
        QVERIFY2(!bytes.contains(secret.toUtf8()), "a secret reached the settings file");
    // Leave nothing behind in the (private) keychain.
    for (const Profile& profile : m_accounts->profiles().profiles(endpointName()))
        waitFor(m_accounts->remove(profile.endpoint, profile.name));
}

LoginDialog::Request LoginFixture::demoRequest(const QString& profile, LoginPlan::Page page) const
{
    LoginDialog::Request request;
    request.endpoint = endpoint();
    request.profileName = profile;
    request.prefill = demoKeys();
    request.page = page;
    request.demo = true;
    return request;
}

int LoginFixture::decide(const QUrl& validationUrl, const QByteArray& form)
{
    return decideOnValidationPage(m_nam, validationUrl, form);
}

CallResult LoginFixture::send(const Credentials& credentials, const QByteArray& method,
    const QString& path, const QByteArray& body)
{
    return sendAndWait(m_client, endpoint(), credentials, method, path, body);
}

QUrl LoginFixture::startRequest(LoginDialog& dialog)
{
    auto* button = child<QPushButton>(&dialog, "requestAccessButton");
    if (!button || !button->isEnabled())
        return QUrl();
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return !m_catcher.urls.isEmpty(); }, 10000))
        return QUrl();
    return m_catcher.urls.first();
}

Credentials LoginFixture::obtainKey(const CredentialRules& rules, qint64 validity)
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

bool LoginFixture::hasProfile(const QString& name) const
{
    return m_accounts->profiles().profile(endpointName(), name).has_value();
}

} // namespace OvhTest
