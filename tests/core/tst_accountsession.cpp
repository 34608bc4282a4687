// AccountSession without widgets: the one credential precedence (a data table), the login page
// and key-refused decisions, resolving an endpoint's keys without a keychain, the key-refused
// state following the calls, "Request this right" without keys, and logging out of keys that
// belong to ovh.conf against the in-process sandbox. With a private keychain
// (support/with-keyring.sh): a profile's logout revokes then forgets, "Request this right"
// plans a key that replaces the current one, and a replacing login revokes the old key.
#include "session/accountsession.h"
#include "session/credentialprecedence.h"

#include "auth/secretstore.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxoauth2.h"
#include "sandboxflow.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;
using Source = CredentialPrecedence::Source;
using Page = LoginPlan::Page;

Q_DECLARE_METATYPE(Ovh::CredentialPrecedence::Source)
Q_DECLARE_METATYPE(Ovh::LoginPlan::Page)
Q_DECLARE_METATYPE(Ovh::CredentialSource::Kind)
Q_DECLARE_METATYPE(Ovh::Credentials)

namespace {

Credentials keys(const QString& ak, const QString& as, const QString& ck)
{
    Credentials credentials;
    credentials.applicationKey = ak;
    credentials.applicationSecret = as;
    credentials.consumerKey = ck;
    return credentials;
}

CallResult answer(int status, const QString& code = {})
{
    CallResult result;
    result.status = status;
    result.error.errorCode = code;
    return result;
}

Endpoint eu()
{
    return *Endpoint::byName(u"ovh-eu");
}

const QString kProfile = QStringLiteral("reader");

CredentialRule rule(const char* method, const char* path)
{
    return CredentialRule { QString::fromLatin1(method), QString::fromLatin1(path) };
}

// Accounts over private settings and a keychain service of their own (never the person's).
struct PrivateAccounts
{
    QTemporaryDir dir;
    QSettings settings { dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat };
    SecretStore secrets { QStringLiteral("ovh-explorer-tst-accountsession-%1-%2")
                              .arg(QCoreApplication::applicationPid())
                              .arg(QRandomGenerator::global()->generate()) };
    AccountStore accounts { &settings, &secrets };
};

// The sandbox, a client and private accounts: one profile's life.
struct KeyringFixture : PrivateAccounts
{
    Sandbox sandbox;
    QNetworkAccessManager nam;
    ServerClock clock { &nam };
    ApiClient client { &nam, &clock };

    ~KeyringFixture() { wait(accounts.remove(endpoint().displayName(), kProfile)); }

    Endpoint endpoint() const
    {
        Endpoint endpoint;
        endpoint.name = QStringLiteral("local");
        endpoint.baseUrl = sandbox.baseUrl();
        return endpoint;
    }

    static AccountResult wait(AccountJob* job)
    {
        QSignalSpy finished(job, &AccountJob::finished);
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<AccountResult>();
    }

    Credentials obtainKey(const CredentialRules& rules)
    {
        return OvhTest::obtainKey(nam, &client, endpoint(), SandboxDemo::credentials(), rules);
    }

    bool saveProfile(const Credentials& credentials)
    {
        Profile profile;
        profile.name = kProfile;
        profile.endpoint = endpoint().displayName();
        profile.applicationKey = credentials.applicationKey;
        return wait(accounts.save(profile, credentials)).isOk(); // and makes it current
    }

    // A session on the sandbox with the saved profile resolved from the keychain.
    bool resolve(AccountSession& session)
    {
        QSignalSpy changed(&session, &AccountSession::accountChanged);
        session.setEndpoint(endpoint());
        return session.isResolving() && changed.wait(20000)
            && session.source().kind == CredentialSource::Kind::Profile;
    }
};

} // namespace

class TestAccountSession final : public QObject
{
    Q_OBJECT

private slots:
    void precedence_data();
    void precedence();
    void loginPage_data();
    void loginPage();
    void keyRefused_data();
    void keyRefused();
    void resolveWithoutKeychain_data();
    void resolveWithoutKeychain();
    void keyRefusedFollowsTheCalls();
    void requestRightsWithoutKeys();
    void logoutOfConfigKeys();
    void sandboxSessionStartsOnDemoKeys();
    void sandboxOffersTheDemoServiceAccount();
    void missingSecretsAreSaidNotReplaced();
    void profileLogoutRevokesThenForgets();
    void requestRightsPlansAReplacingKey();
    void replacingLoginRevokesTheOldKey();
};

void TestAccountSession::precedence_data()
{
    QTest::addColumn<bool>("named");
    QTest::addColumn<bool>("explicitKeys");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<bool>("environment");
    QTest::addColumn<bool>("current");
    QTest::addColumn<Source>("expected");
    QTest::newRow("nothing: the files")
        << false << false << false << false << false << Source::ConfigFiles;
    QTest::newRow("a current profile")
        << false << false << false << false << true << Source::CurrentProfile;
    QTest::newRow("variables win over the current profile")
        << false << false << false << true << true << Source::Environment;
    QTest::newRow("variables alone")
        << false << false << false << true << false << Source::Environment;
    QTest::newRow("flags win over the variables")
        << false << true << false << true << true << Source::Explicit;
    QTest::newRow("a named profile wins over everything")
        << true << true << true << true << true << Source::NamedProfile;
    QTest::newRow("sandbox: demo keys over variables and files")
        << false << false << true << true << false << Source::Demo;
    QTest::newRow("sandbox: demo keys over a current profile")
        << false << false << true << false << true << Source::Demo;
    QTest::newRow("sandbox: a chosen profile over the demo keys")
        << true << false << true << false << false << Source::NamedProfile;
    QTest::newRow("sandbox: flags over the demo keys")
        << false << true << true << false << false << Source::Explicit;
}

void TestAccountSession::precedence()
{
    QFETCH(bool, named);
    QFETCH(bool, explicitKeys);
    QFETCH(bool, demo);
    QFETCH(bool, environment);
    QFETCH(bool, current);
    QFETCH(Source, expected);
    CredentialPrecedence::Inputs inputs;
    inputs.namedProfile = named;
    inputs.explicitKeys = explicitKeys;
    inputs.demoKeys = demo;
    inputs.environmentKeys = environment;
    inputs.currentProfile = current;
    QCOMPARE(CredentialPrecedence::choose(inputs), expected);
    QCOMPARE(CredentialPrecedence::readsProfile(expected),
        expected == Source::NamedProfile || expected == Source::CurrentProfile);
}

void TestAccountSession::loginPage_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<Page>("expected");
    QTest::newRow("newcomer") << Credentials() << Page::RequestAccess;
    QTest::newRow("application only")
        << keys(QStringLiteral("ak"), QStringLiteral("as"), QString()) << Page::RequestAccess;
    QTest::newRow("a lone consumer key")
        << keys(QString(), QString(), QStringLiteral("ck")) << Page::HaveKeys;
    QTest::newRow("consumer key and application key only")
        << keys(QStringLiteral("ak"), QString(), QStringLiteral("ck")) << Page::HaveKeys;
    QTest::newRow("complete keys (more rights)") << keys(QStringLiteral("ak"), QStringLiteral("as"),
        QStringLiteral("ck")) << Page::RequestAccess;
}

void TestAccountSession::loginPage()
{
    QFETCH(Credentials, credentials);
    QFETCH(Page, expected);
    QCOMPARE(AccountSession::loginPageFor(credentials), expected);
}

void TestAccountSession::keyRefused_data()
{
    QTest::addColumn<CallResult>("result");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<int>("page"); // -1: a login does not fix it
    QTest::newRow("200") << answer(200) << false << -1;
    QTest::newRow("INVALID_CREDENTIAL")
        << answer(403, QStringLiteral("INVALID_CREDENTIAL")) << true << int(Page::RequestAccess);
    QTest::newRow("NOT_CREDENTIAL")
        << answer(403, QStringLiteral("NOT_CREDENTIAL")) << true << int(Page::RequestAccess);
    QTest::newRow("INVALID_KEY") << answer(403, QStringLiteral("INVALID_KEY")) << false
                                 << int(Page::HaveKeys);
    QTest::newRow("INVALID_SIGNATURE")
        << answer(400, QStringLiteral("INVALID_SIGNATURE")) << false << int(Page::HaveKeys);
    QTest::newRow("NOT_GRANTED_CALL")
        << answer(403, QStringLiteral("NOT_GRANTED_CALL")) << false << -1;
    QTest::newRow("404") << answer(404) << false << -1;
    CallResult timeout;
    timeout.failure = CallResult::Failure::Timeout;
    QTest::newRow("timeout") << timeout << false << -1;
    CallResult cancelled;
    cancelled.failure = CallResult::Failure::Cancelled;
    QTest::newRow("cancelled") << cancelled << false << -1;
}

void TestAccountSession::keyRefused()
{
    QFETCH(CallResult, result);
    QFETCH(bool, refused);
    QFETCH(int, page);
    QCOMPARE(AccountSession::isKeyRefused(result), refused);
    const std::optional<Page> after = AccountSession::loginPageAfter(result);
    QCOMPARE(after ? int(*after) : -1, page);
}

void TestAccountSession::resolveWithoutKeychain_data()
{
    QTest::addColumn<QString>("endpointName");
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<QByteArray>("config"); // an ovh.conf
    QTest::addColumn<CredentialSource::Kind>("kind");
    QTest::addColumn<QString>("consumerKey");
    QTest::newRow("nothing") << QStringLiteral("ovh-eu") << QStringList() << QByteArray()
                             << CredentialSource::Kind::None << QString();
    QTest::newRow("variables") << QStringLiteral("ovh-eu")
                               << QStringList { QStringLiteral("OVH_APPLICATION_KEY=ak"),
                                      QStringLiteral("OVH_APPLICATION_SECRET=as"),
                                      QStringLiteral("OVH_CONSUMER_KEY=ck1") }
                               << QByteArray() << CredentialSource::Kind::ConfigOrEnvironment
                               << QStringLiteral("ck1");
    QTest::newRow("ovh.conf") << QStringLiteral("ovh-eu") << QStringList()
                              << QByteArray("[ovh-eu]\napplication_key=ak\napplication_secret=as\n"
                                            "consumer_key=ck2\n")
                              << CredentialSource::Kind::ConfigOrEnvironment
                              << QStringLiteral("ck2");
    QTest::newRow("a variable over ovh.conf")
        << QStringLiteral("ovh-eu") << QStringList { QStringLiteral("OVH_CONSUMER_KEY=ck3") }
        << QByteArray("[ovh-eu]\napplication_key=ak\napplication_secret=as\nconsumer_key=ck2\n")
        << CredentialSource::Kind::ConfigOrEnvironment << QStringLiteral("ck3");
    QTest::newRow("sandbox: the demo keys, not the variables")
        << QStringLiteral("sandbox") << QStringList { QStringLiteral("OVH_CONSUMER_KEY=ck4") }
        << QByteArray() << CredentialSource::Kind::Demo
        << QString::fromLatin1(SandboxDemo::kConsumerKey);
}

void TestAccountSession::resolveWithoutKeychain()
{
    QFETCH(QString, endpointName);
    QFETCH(QStringList, variables);
    QFETCH(QByteArray, config);
    QFETCH(CredentialSource::Kind, kind);
    QFETCH(QString, consumerKey);
    QProcessEnvironment environment;
    for (const QString& variable : std::as_const(variables))
        environment.insert(
            variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    OvhConfig files;
    if (!config.isEmpty())
        files.addDocument(QStringLiteral("ovh.conf"), IniDocument::parse(config));
    AccountSession session(nullptr, nullptr, files, environment);
    Endpoint endpoint = eu();
    if (endpointName == QLatin1String("sandbox")) {
        endpoint.name = sandboxEndpointName();
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/1.0"));
        session.startSandboxSession(SandboxDemo::credentials());
    }
    QSignalSpy changed(&session, &AccountSession::accountChanged);
    QSignalSpy started(&session, &AccountSession::resolveStarted);
    session.setEndpoint(endpoint);
    // Without a keychain to read, the keys are known at once.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(started.count(), 1);
    QVERIFY(!session.isResolving());
    QCOMPARE(session.source().kind, kind);
    QCOMPARE(session.credentials().consumerKey, consumerKey);
    QCOMPARE(session.canLogOut(), kind == CredentialSource::Kind::ConfigOrEnvironment);
    QVERIFY(!session.canReplaceKey()); // only a profile's key is replaced
    QCOMPARE(session.configHasKeys(), kind == CredentialSource::Kind::ConfigOrEnvironment);
}

void TestAccountSession::keyRefusedFollowsTheCalls()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OVH_APPLICATION_KEY"), QStringLiteral("ak"));
    environment.insert(QStringLiteral("OVH_APPLICATION_SECRET"), QStringLiteral("as"));
    environment.insert(QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("ck"));
    AccountSession session(nullptr, nullptr, OvhConfig(), environment);
    session.setEndpoint(eu());
    QSignalSpy state(&session, &AccountSession::stateChanged);
    session.noteCallResult(answer(404)); // says nothing of the key
    QVERIFY(!session.isKeyRefusedNow());
    session.noteCallResult(answer(403, QStringLiteral("INVALID_CREDENTIAL")));
    QVERIFY(session.isKeyRefusedNow());
    QCOMPARE(state.count(), 1);
    session.noteCallResult(answer(500)); // still refused: no news
    QVERIFY(session.isKeyRefusedNow());
    session.noteCallResult(answer(200));
    QVERIFY(!session.isKeyRefusedNow());
    QCOMPARE(state.count(), 2);
    session.noteCallResult(answer(403, QStringLiteral("INVALID_CREDENTIAL")));
    session.resolve(); // another account (or the same, read again): not refused yet
    QVERIFY(!session.isKeyRefusedNow());
}

void TestAccountSession::requestRightsWithoutKeys()
{
    // No key to read the rules of: a plain login for the missing right, replacing nothing.
    PrivateAccounts store;
    AccountStore& accounts = store.accounts;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OVH_APPLICATION_KEY"), QStringLiteral("ak"));
    environment.insert(QStringLiteral("OVH_APPLICATION_SECRET"), QStringLiteral("as"));
    AccountSession session(&accounts, nullptr, OvhConfig(), environment);
    session.setEndpoint(eu());
    QVERIFY(!session.credentials().canSign());
    QSignalSpy login(&session, &AccountSession::loginNeeded);
    const CredentialRules missing { CredentialRule {
        QStringLiteral("POST"), QStringLiteral("/me") } };
    session.requestRights(missing);
    QCOMPARE(login.count(), 1);
    const auto plan = login.first().first().value<LoginPlan>();
    QCOMPARE(plan.page, Page::RequestAccess);
    QCOMPARE(plan.rules, missing);
    QVERIFY(!plan.replacingKey);
    QCOMPARE(plan.prefill.applicationKey, QStringLiteral("ak"));
    QVERIFY(plan.prefill.consumerKey.isEmpty());
    QVERIFY(!plan.demo);
}

void TestAccountSession::logoutOfConfigKeys()
{
    // Keys from ovh.conf belong to the person: logging out revokes the key (here one the
    // sandbox never issued, which it refuses: as good as revoked), keeps the application and
    // says to remove the key from the files; nothing is written.
    Sandbox sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    ServerClock clock(&nam);
    ApiClient client(&nam, &clock);
    Endpoint endpoint;
    endpoint.name = QStringLiteral("local");
    endpoint.baseUrl = sandbox.baseUrl();
    OvhConfig files;
    files.addDocument(QStringLiteral("/tmp/ovh.conf"),
        IniDocument::parse(QByteArrayLiteral("[") + endpoint.displayName().toUtf8()
            + QByteArrayLiteral("]\napplication_key=") + SandboxDemo::kApplicationKey
            + QByteArrayLiteral("\napplication_secret=") + SandboxDemo::kApplicationSecret
            + QByteArrayLiteral("\nconsumer_key=NeverIssuedByThisSandbox01\n")));
    AccountSession session(nullptr, &client, files, QProcessEnvironment());
    session.setEndpoint(endpoint);
    QCOMPARE(session.source().kind, CredentialSource::Kind::ConfigOrEnvironment);
    QVERIFY(session.canLogOut());
    QSignalSpy events(&session, &AccountSession::event);
    QSignalSpy changed(&session, &AccountSession::accountChanged);
    session.logout();
    QVERIFY(!session.canLogOut()); // one logout at a time
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QCOMPARE(events.count(), 2);
    QCOMPARE(events.at(0).at(0).value<AccountEvent>().kind, AccountEvent::Kind::LoggingOut);
    const auto done = events.at(1).at(0).value<AccountEvent>();
    QCOMPARE(done.kind, AccountEvent::Kind::LoggedOut);
    QVERIFY(!done.forgotten);
    QCOMPARE(done.where, QStringLiteral("/tmp/ovh.conf"));
    QVERIFY(session.credentials().consumerKey.isEmpty());
    QVERIFY(session.credentials().hasApplication());
    QCOMPARE(session.loginPage(), Page::RequestAccess);
}

void TestAccountSession::sandboxSessionStartsOnDemoKeys()
{
    // The sandbox keeps the keys it issues in memory: a sandbox profile chosen in an earlier
    // run holds a key this sandbox never issued. A new sandbox session starts on the demo keys.
    PrivateAccounts store;
    AccountStore& accounts = store.accounts;
    Profile earlier;
    earlier.name = kProfile;
    earlier.endpoint = sandboxEndpointName();
    earlier.applicationKey = QStringLiteral("ak");
    QVERIFY(accounts.profiles().save(earlier));
    accounts.profiles().setCurrent(sandboxEndpointName(), kProfile);
    QProcessEnvironment environment; // keys for a real endpoint: never sent to the sandbox
    environment.insert(QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("RealEndpointCk"));
    AccountSession session(&accounts, nullptr, OvhConfig(), environment);
    session.startSandboxSession(SandboxDemo::credentials());
    QVERIFY(accounts.profiles().currentName(sandboxEndpointName()).isEmpty());
    Endpoint sandbox;
    sandbox.name = sandboxEndpointName();
    sandbox.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/1.0"));
    session.setEndpoint(sandbox);
    QVERIFY(!session.isResolving());
    QCOMPARE(session.source().kind, CredentialSource::Kind::Demo);
    QCOMPARE(session.credentials().consumerKey, QString::fromLatin1(SandboxDemo::kConsumerKey));
    QVERIFY(session.isSandbox());
    QVERIFY(!session.canLogOut()); // the demo key is shared: never revoked
    QVERIFY(!session.canReplaceKey());
    QVERIFY(!session.configHasKeys());
    QVERIFY(session.loginPlan(Page::RequestAccess).demo);
    // Choosing the profile again reads the keychain (it counts as chosen by name).
    QSignalSpy reading(&session, &AccountSession::readingKeychain);
    session.chooseProfile(kProfile);
    QCOMPARE(reading.count(), 1);
    QVERIFY(session.isResolving());
}

void TestAccountSession::sandboxOffersTheDemoServiceAccount()
{
    // The window hands the demo keys with the demo service account: the session signs with
    // the keys (a service account would win over them), the login dialog gets the account.
    Credentials demo = SandboxDemo::credentials();
    demo.clientId = SandboxDemo::serviceAccount().clientId;
    demo.clientSecret = SandboxDemo::serviceAccount().clientSecret;
    AccountSession session(nullptr, nullptr, OvhConfig(), QProcessEnvironment());
    session.startSandboxSession(demo);
    Endpoint sandbox;
    sandbox.name = sandboxEndpointName();
    sandbox.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/1.0"));
    session.setEndpoint(sandbox);
    QCOMPARE(session.source().kind, CredentialSource::Kind::Demo);
    QVERIFY(session.credentials().canSign());
    QVERIFY(session.credentials().clientId.isEmpty());
    QVERIFY(session.credentials().clientSecret.isEmpty());
    const LoginPlan plan = session.loginPlan(Page::RequestAccess);
    QVERIFY(plan.demo);
    QCOMPARE(plan.prefill.clientId, QString::fromLatin1(SandboxDemo::kClientId));
    QCOMPARE(plan.prefill.clientSecret, QString::fromLatin1(SandboxDemo::kClientSecret));
    // Elsewhere nothing of it is offered.
    session.setEndpoint(eu());
    QVERIFY(session.loginPlan(Page::RequestAccess).prefill.clientId.isEmpty());
}

void TestAccountSession::missingSecretsAreSaidNotReplaced()
{
    // The profile is in the settings, its secrets are gone from the keychain: the session says
    // so and signs with nothing, rather than falling back to other keys.
    KeyringFixture fixture;
    Profile profile;
    profile.name = kProfile;
    profile.endpoint = eu().displayName();
    profile.applicationKey = QStringLiteral("ak");
    QVERIFY(fixture.accounts.profiles().save(profile));
    fixture.accounts.profiles().setCurrent(profile.endpoint, kProfile);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OVH_APPLICATION_KEY"), QStringLiteral("ak"));
    environment.insert(QStringLiteral("OVH_APPLICATION_SECRET"), QStringLiteral("as"));
    environment.insert(QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("ck"));
    AccountSession session(&fixture.accounts, nullptr, OvhConfig(), environment);
    QSignalSpy events(&session, &AccountSession::event);
    QSignalSpy changed(&session, &AccountSession::accountChanged);
    session.setEndpoint(eu());
    QVERIFY(session.isResolving());
    QVERIFY(changed.wait(20000));
    QCOMPARE(events.count(), 1);
    const auto missing = events.first().first().value<AccountEvent>();
    QCOMPARE(missing.kind, AccountEvent::Kind::ProfileMissing);
    QCOMPARE(missing.profile, kProfile);
    QCOMPARE(session.source().kind, CredentialSource::Kind::Profile);
    QCOMPARE(session.source().profileName, kProfile);
    QVERIFY(session.credentials().isEmpty());
    QCOMPARE(session.loginPage(), Page::RequestAccess);
    QCOMPARE(session.loginPlan(session.loginPage()).profileName, kProfile);
    fixture.accounts.profiles().remove(profile.endpoint, kProfile);
}

void TestAccountSession::profileLogoutRevokesThenForgets()
{
    KeyringFixture fixture;
    QVERIFY(fixture.sandbox.listen());
    const Credentials key = fixture.obtainKey({ rule("GET", "/*") });
    QVERIFY(key.canSign());
    QVERIFY(fixture.saveProfile(key));
    AccountSession session(&fixture.accounts, &fixture.client, OvhConfig(), QProcessEnvironment());
    QVERIFY(fixture.resolve(session));
    QCOMPARE(session.source().profileName, kProfile);
    QCOMPARE(session.credentials().consumerKey, key.consumerKey);
    QVERIFY(session.canLogOut());
    QVERIFY(session.canReplaceKey());

    QSignalSpy events(&session, &AccountSession::event);
    QSignalSpy changed(&session, &AccountSession::accountChanged);
    session.logout();
    QVERIFY(changed.wait(20000)); // revoked, forgotten, resolved again
    QCOMPARE(events.count(), 2);
    const auto done = events.at(1).at(0).value<AccountEvent>();
    QCOMPARE(done.kind, AccountEvent::Kind::LoggedOut);
    QVERIFY(done.forgotten);
    QCOMPARE(done.profile, kProfile);
    // Still the profile, without its consumer key: the next login requests one.
    QCOMPARE(session.source().kind, CredentialSource::Kind::Profile);
    QVERIFY(session.credentials().consumerKey.isEmpty());
    QCOMPARE(session.credentials().applicationSecret, key.applicationSecret);
    QCOMPARE(session.loginPage(), Page::RequestAccess);
    QVERIFY(!session.canLogOut());
    const AccountResult loaded
        = fixture.wait(fixture.accounts.load(fixture.endpoint().displayName(), kProfile));
    QVERIFY(loaded.isOk());
    QVERIFY(loaded.credentials.consumerKey.isEmpty());
    // And revoked on the server.
    const CallResult after = OvhTest::sendAndWait(
        &fixture.client, fixture.endpoint(), key, "GET", QStringLiteral("/me"));
    QVERIFY(AccountSession::isKeyRefused(after));
}

void TestAccountSession::requestRightsPlansAReplacingKey()
{
    KeyringFixture fixture;
    QVERIFY(fixture.sandbox.listen());
    const Credentials key = fixture.obtainKey({ rule("GET", "/*") });
    QVERIFY(key.canSign());
    QVERIFY(fixture.saveProfile(key));
    AccountSession session(&fixture.accounts, &fixture.client, OvhConfig(), QProcessEnvironment());
    QVERIFY(fixture.resolve(session));
    QSignalSpy events(&session, &AccountSession::event);
    QSignalSpy login(&session, &AccountSession::loginNeeded);
    session.requestRights({ rule("POST", "/domain/zone/*/record") });
    QVERIFY(login.wait(20000));
    QCOMPARE(events.first().first().value<AccountEvent>().kind, AccountEvent::Kind::ReadingRights);
    const auto plan = login.first().first().value<LoginPlan>();
    QCOMPARE(plan.page, Page::RequestAccess);
    // The current key's rules plus the missing one, as a key that replaces it.
    QCOMPARE(
        plan.rules, CredentialRules({ rule("GET", "/*"), rule("POST", "/domain/zone/*/record") }));
    QVERIFY(plan.replacingKey);
    QCOMPARE(plan.profileName, kProfile);
    QCOMPARE(plan.prefill.applicationKey, key.applicationKey);
    QVERIFY(plan.prefill.consumerKey.isEmpty()); // never handed to the dialog

    // An account switch meanwhile drops the answer: no login for the previous account.
    login.clear();
    session.requestRights({ rule("POST", "/me") });
    session.chooseProfile(QString());
    QTest::qWait(500);
    QCOMPARE(login.count(), 0);
}

void TestAccountSession::replacingLoginRevokesTheOldKey()
{
    KeyringFixture fixture;
    QVERIFY(fixture.sandbox.listen());
    const Credentials old = fixture.obtainKey({ rule("GET", "/*") });
    QVERIFY(old.canSign());
    QVERIFY(fixture.saveProfile(old));
    AccountSession session(&fixture.accounts, &fixture.client, OvhConfig(), QProcessEnvironment());
    QVERIFY(fixture.resolve(session));
    const LoginPlan plan = session.loginPlan(Page::RequestAccess, {}, true);
    QVERIFY(plan.replacingKey);
    // The dialog saved a new key under the same profile.
    const Credentials replacement = fixture.obtainKey({ rule("GET", "/*"), rule("POST", "/me") });
    QVERIFY(replacement.canSign());
    QVERIFY(fixture.saveProfile(replacement));
    QSignalSpy reports(&session, &AccountSession::loginReported);
    Profile profile;
    profile.name = kProfile;
    profile.endpoint = fixture.endpoint().displayName();
    session.loggedIn(profile, fixture.endpoint(), std::nullopt, plan, old, kProfile);
    QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty()
            && reports.last().first().value<LoginReport>().revocation
                != LoginReport::Revocation::None
            && reports.last().first().value<LoginReport>().description
                == LoginReport::Description::Known,
        20000);
    const auto report = reports.last().first().value<LoginReport>();
    QCOMPARE(report.revocation, LoginReport::Revocation::Revoked);
    QCOMPARE(report.previousProfile, kProfile);
    QVERIFY(report.info);
    QCOMPARE(report.info->rules, CredentialRules({ rule("GET", "/*"), rule("POST", "/me") }));
    QVERIFY(!report.isProblem());
    QTRY_COMPARE_WITH_TIMEOUT(session.credentials().consumerKey, replacement.consumerKey, 20000);
    QVERIFY(AccountSession::isKeyRefused(OvhTest::sendAndWait(
        &fixture.client, fixture.endpoint(), old, "GET", QStringLiteral("/me"))));
}

QTEST_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
