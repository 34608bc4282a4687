#pragma once

#include "auth/accountstore.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "login/logindialog.h"
#include "net/callresult.h"
#include "sandbox/sandbox.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Ovh {
class ApiClient;
class SecretStore;
class ServerClock;
} // namespace Ovh

namespace OvhTest {

bool hasSessionBus();
Ovh::Credentials demoKeys();
// The job's result; an empty AccountResult on a time-out.
Ovh::AccountResult waitFor(Ovh::AccountJob* job);

template<typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// Stands in for the browser: QDesktopServices hands it the URLs the dialogs open.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};

// What the login dialogs' tests share: the in-process sandbox, a client synced with it, an
// AccountStore over a temporary settings file and a private keychain (with-keyring.sh), and
// the browser's stand-in. tearDown() checks that no secret reached the settings file and
// leaves nothing in the keychain.
class LoginFixture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginFixture)

public:
    LoginFixture();
    ~LoginFixture() override;

    // From initTestCase (QVERIFY inside: check QTest::currentTestFailed()).
    void setUp();
    // From init(): false (and a failure said) when the test needs a keyring and has none.
    bool startTest(bool needsKeyring);
    // From cleanupTestCase.
    void tearDown();

    Ovh::Endpoint endpoint() const
    {
        return *Ovh::Endpoint::fromUserText(m_sandbox.baseUrl().toString());
    }
    QString endpointName() const { return endpoint().displayName(); }
    // A login on the sandbox with its demo keys filled in.
    Ovh::LoginDialog::Request demoRequest(const QString& profile, Ovh::LoginPlan::Page page) const;
    int decide(const QUrl& validationUrl, const QByteArray& form);
    Ovh::CallResult send(const Ovh::Credentials& credentials, const QByteArray& method,
        const QString& path, const QByteArray& body = QByteArray());
    // Starts a request from the dialog's Request access page; the URL it opened.
    QUrl startRequest(Ovh::LoginDialog& dialog);
    // A consumer key with `rules` valid `validity` seconds, validated on the sandbox's page.
    Ovh::Credentials obtainKey(const Ovh::CredentialRules& rules, qint64 validity);
    bool hasProfile(const QString& name) const;
    // A secret the settings file must never hold.
    void noteSecret(const QString& secret) { m_secretsSeen << secret; }

    QNetworkAccessManager& nam() { return m_nam; }
    Ovh::ApiClient* client() const { return m_client; }
    Ovh::AccountStore* accounts() const { return m_accounts; }
    UrlCatcher& browser() { return m_catcher; }

private:
    Ovh::Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    Ovh::ServerClock* m_clock = nullptr;
    Ovh::ApiClient* m_client = nullptr;
    QTemporaryDir m_dir;
    QSettings* m_settings = nullptr;
    Ovh::SecretStore* m_secrets = nullptr;
    Ovh::AccountStore* m_accounts = nullptr;
    UrlCatcher m_catcher;
    QStringList m_secretsSeen;
};

} // namespace OvhTest
