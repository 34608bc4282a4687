// AccountStore over a temporary INI file and a real Secret Service: CTest runs this inside a
// private D-Bus session with an unlocked gnome-keyring (tests/support/with-keyring.sh). The
// "no keychain" case runs as its own CTest entry outside any session bus
// (tst_accountstore_nokeychain).
#include "auth/accountstore.h"
#include "auth/secretstore.h"
#include "base/ownedjob.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ovh;

namespace {

const QString euEndpoint = QStringLiteral("ovh-eu");
const QString caEndpoint = QStringLiteral("ovh-ca");

Credentials sampleCredentials()
{
    Credentials credentials;
    credentials.applicationKey = QStringLiteral("AcctTestAppKey01");
    credentials.applicationSecret = QStringLiteral("AcctTestAppSecret000000000000001");
    credentials.consumerKey = QStringLiteral("AcctTestConsumerKey0000000000001");
    return credentials;
}

// Waits for the job, checking that it did not finish inside the call that made it.
AccountResult waitFor(AccountJob* job, int timeoutMs = 30000)
{
    QSignalSpy finished(job, &AccountJob::finished);
    if (!finished.isEmpty() || !finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<AccountResult>();
}

SecretResult readSecrets(SecretStore* store, const QString& endpoint, const QString& profile)
{
    SecretJob* read = store->read(endpoint, profile);
    QSignalSpy finished(read, &SecretJob::finished);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<SecretResult>();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool hasSessionBus()
{
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

bool isOwnerOnly(const QString& path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions()
        & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    return permissions == (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void unknownProfileAndBadName();
    void keychainSaveAndLoad();
    void fileSaveAndLoad();
    void forgetConsumerKeyInKeychain();
    void forgetConsumerKeyInFile();
    void removeKeychainProfile();
    void removeFileProfile();
    void exportToFile();
    void moveKeychainToFile();
    void moveFileToKeychain();
    void moveFileToFile();
    void resolvePrecedence();
    void resolveReportsProfileFailures();
    void noKeychainService();
    void jobsBelongToTheirOwner();

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    void checkNoSecretInSettings();

    QTemporaryDir m_dir;
    QString m_service;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
};

void TestAccountStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = QStringLiteral("ovh-api-explorer-test-accounts-%1")
                    .arg(QCoreApplication::applicationPid());
}

void TestAccountStore::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    const QStringList offline { QStringLiteral("unknownProfileAndBadName"),
        QStringLiteral("fileSaveAndLoad"), QStringLiteral("forgetConsumerKeyInFile"),
        QStringLiteral("removeFileProfile"), QStringLiteral("moveFileToFile"),
        QStringLiteral("noKeychainService") };
    if (!offline.contains(name) && !hasSessionBus())
        QFAIL(
            "needs a session bus with a Secret Service: run through tests/support/with-keyring.sh");
    QFile::remove(settingsPath());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_secrets = std::make_unique<SecretStore>(m_service);
    m_secrets->setTimeout(5000);
    m_accounts = std::make_unique<AccountStore>(m_settings.get(), m_secrets.get());
}

void TestAccountStore::cleanup()
{
    if (hasSessionBus()) { // leave nothing in the test keyring
        for (const Profile& profile : m_accounts->profiles().profiles()) {
            if (profile.usesKeychain())
                waitFor(m_accounts->remove(profile.endpoint, profile.name));
        }
    }
    m_accounts.reset();
    m_secrets.reset();
    m_settings.reset();
}

void TestAccountStore::checkNoSecretInSettings()
{
    m_settings->sync();
    const QByteArray bytes = fileBytes(settingsPath());
    const Credentials secret = sampleCredentials();
    QVERIFY(!bytes.contains(secret.applicationSecret.toUtf8()));
    QVERIFY(!bytes.contains(secret.consumerKey.toUtf8()));
}

void TestAccountStore::unknownProfileAndBadName()
{
    AccountResult result = waitFor(m_accounts->load(euEndpoint, QStringLiteral("nosuch")));
    QCOMPARE(result.status, AccountResult::Status::NotFound);
    QVERIFY(result.errorString.contains(QLatin1String("nosuch")));
    result = waitFor(m_accounts->forgetConsumerKey(euEndpoint, QStringLiteral("nosuch")));
    QCOMPARE(result.status, AccountResult::Status::NotFound);
    result = waitFor(m_accounts->remove(euEndpoint, QStringLiteral("nosuch")));
    QCOMPARE(result.status, AccountResult::Status::NotFound);
    result = waitFor(m_accounts->save(
        Profile { QStringLiteral("a/b"), euEndpoint, QString(), QString() }, sampleCredentials()));
    QCOMPARE(result.status, AccountResult::Status::Failed);
    QVERIFY(m_accounts->profiles().profiles().isEmpty());
}

void TestAccountStore::keychainSaveAndLoad()
{
    const Credentials credentials = sampleCredentials();
    // The application key comes from the credentials when the profile has none.
    AccountResult result = waitFor(m_accounts->save(
        Profile { QStringLiteral("work"), euEndpoint, QString(), QString() }, credentials));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.profile.applicationKey, credentials.applicationKey);
    QVERIFY(result.credentials.isEmpty());
    QCOMPARE(m_accounts->profiles().currentName(euEndpoint), QStringLiteral("work"));
    QVERIFY(m_accounts->profiles().profile(euEndpoint, QStringLiteral("work"))->usesKeychain());

    result = waitFor(m_accounts->load(euEndpoint, QStringLiteral("work")));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.credentials, credentials);
    QCOMPARE(result.profile.name, QStringLiteral("work"));

    QVERIFY(fileBytes(settingsPath()).contains(credentials.applicationKey.toUtf8()));
    checkNoSecretInSettings();
}

void TestAccountStore::jobsBelongToTheirOwner()
{
    QVERIFY(waitFor(
        m_accounts->save(Profile { QStringLiteral("work"), euEndpoint, QString(), QString() },
            sampleCredentials()))
                .isOk());

    // A job that answered is still there: its owner deletes it, not the job itself.
    QObject owner;
    QPointer<AccountJob> job = adoptJob(
        &owner, m_accounts->load(euEndpoint, QStringLiteral("work")), &AccountJob::finished);
    QPointer<SecretJob> secret = m_secrets->read(euEndpoint, QStringLiteral("work"));
    QSignalSpy read(secret.data(), &SecretJob::finished);
    QVERIFY(waitFor(job).isOk());
    QVERIFY(!read.isEmpty() || read.wait(30000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!secret.isNull()); // nobody adopted it: the store owns it until it goes
    QVERIFY(job.isNull()); // adopted: deleted by its owner once it answered
    delete secret.data();

    // Destroyed mid-flight with its owner: the keychain step goes with it, nothing answers.
    const qsizetype jobsBefore = m_accounts->findChildren<AccountJob*>().size();
    auto doomed = std::make_unique<QObject>();
    bool answered = false;
    job = adoptJob(
        doomed.get(), m_accounts->load(euEndpoint, QStringLiteral("work")), &AccountJob::finished);
    connect(job, &AccountJob::finished, this, [&answered] { answered = true; });
    QCOMPARE(m_secrets->findChildren<SecretJob*>().size(), 0); // the step is the job's
    doomed.reset();
    QVERIFY(job.isNull());
    QTest::qWait(200); // a late keychain answer must reach nothing
    QVERIFY(!answered);
    QCOMPARE(m_accounts->findChildren<AccountJob*>().size(), jobsBefore);
}

void TestAccountStore::fileSaveAndLoad()
{
    const Credentials credentials = sampleCredentials();
    const QString path = m_dir.filePath(QStringLiteral("save-ovh.conf"));
    AccountResult result = waitFor(m_accounts->save(
        Profile { QStringLiteral("filed"), euEndpoint, QString(), path }, credentials));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(isOwnerOnly(path));
    QCOMPARE(OvhConfig::load({ path }).credentials(euEndpoint), credentials);
    const auto saved = m_accounts->profiles().current(euEndpoint);
    QVERIFY(saved);
    QCOMPARE(saved->configFile, path);
    QCOMPARE(saved->applicationKey, credentials.applicationKey);

    result = waitFor(m_accounts->load(euEndpoint, QStringLiteral("filed")));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.credentials, credentials);

    // A fresh store over the same settings reads the same profile back.
    QSettings again(settingsPath(), QSettings::IniFormat);
    QVERIFY(ProfileStore(&again).profile(euEndpoint, QStringLiteral("filed")) == saved);
    QVERIFY(fileBytes(settingsPath()).contains("configFile"));
    checkNoSecretInSettings();

    // The file gone: not found, never an empty success.
    QVERIFY(QFile::remove(path));
    result = waitFor(m_accounts->load(euEndpoint, QStringLiteral("filed")));
    QCOMPARE(result.status, AccountResult::Status::NotFound);
}

void TestAccountStore::forgetConsumerKeyInKeychain()
{
    const Credentials credentials = sampleCredentials();
    QVERIFY(waitFor(
        m_accounts->save(
            Profile { QStringLiteral("work"), euEndpoint, QString(), QString() }, credentials))
                .isOk());
    AccountResult result
        = waitFor(m_accounts->forgetConsumerKey(euEndpoint, QStringLiteral("work")));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    result = waitFor(m_accounts->load(euEndpoint, QStringLiteral("work")));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.credentials.applicationKey, credentials.applicationKey);
    QCOMPARE(result.credentials.applicationSecret, credentials.applicationSecret);
    QVERIFY(result.credentials.consumerKey.isEmpty());
    QVERIFY(result.credentials.hasApplication());
    QCOMPARE(m_accounts->profiles().currentName(euEndpoint), QStringLiteral("work"));
}

void TestAccountStore::forgetConsumerKeyInFile()
{
    const Credentials credentials = sampleCredentials();
    const QString path = m_dir.filePath(QStringLiteral("forget-ovh.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# kept\n[other]\nconsumer_key = keep-me\n");
    }
    QVERIFY(
        waitFor(m_accounts->save(
                    Profile { QStringLiteral("filed"), euEndpoint, QString(), path }, credentials))
            .isOk());
    AccountResult result
        = waitFor(m_accounts->forgetConsumerKey(euEndpoint, QStringLiteral("filed")));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(isOwnerOnly(path));

    const QByteArray text = fileBytes(path);
    QVERIFY(text.startsWith("# kept\n[other]\nconsumer_key = keep-me\n"));
    QVERIFY(!text.contains(credentials.consumerKey.toUtf8()));
    const Credentials left = OvhConfig::load({ path }).credentials(euEndpoint);
    QCOMPARE(left.applicationKey, credentials.applicationKey);
    QCOMPARE(left.applicationSecret, credentials.applicationSecret);
    QVERIFY(left.consumerKey.isEmpty());

    result = waitFor(m_accounts->load(euEndpoint, QStringLiteral("filed")));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(result.credentials.hasApplication());
    QVERIFY(result.credentials.consumerKey.isEmpty());
}

void TestAccountStore::removeKeychainProfile()
{
    QVERIFY(waitFor(
        m_accounts->save(Profile { QStringLiteral("work"), euEndpoint, QString(), QString() },
            sampleCredentials()))
                .isOk());
    AccountResult result = waitFor(m_accounts->remove(euEndpoint, QStringLiteral("work")));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(m_accounts->profiles().profiles().isEmpty());
    QVERIFY(m_accounts->profiles().currentName(euEndpoint).isEmpty());

    SecretJob* read = m_secrets->read(euEndpoint, QStringLiteral("work"));
    QSignalSpy finished(read, &SecretJob::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<SecretResult>().status, SecretResult::Status::NotFound);
}

void TestAccountStore::removeFileProfile()
{
    const QString path = m_dir.filePath(QStringLiteral("remove-ovh.conf"));
    QVERIFY(
        waitFor(m_accounts->save(Profile { QStringLiteral("filed"), caEndpoint, QString(), path },
                    sampleCredentials()))
            .isOk());
    const AccountResult result = waitFor(m_accounts->remove(caEndpoint, QStringLiteral("filed")));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(m_accounts->profiles().profiles().isEmpty());
    QVERIFY(OvhConfig::load({ path }).credentials(caEndpoint).isEmpty());
}

void TestAccountStore::exportToFile()
{
    const Credentials credentials = sampleCredentials();
    QVERIFY(waitFor(
        m_accounts->save(
            Profile { QStringLiteral("work"), euEndpoint, QString(), QString() }, credentials))
                .isOk());
    const QString path = m_dir.filePath(QStringLiteral("export-ovh.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[default]\nendpoint = ovh-ca\n\n[ovh-ca]\napplication_key = other\n");
    }
    const AccountResult result
        = waitFor(m_accounts->exportToFile(euEndpoint, QStringLiteral("work"), path));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(result.credentials.isEmpty());
    QVERIFY(isOwnerOnly(path));

    // python-ovh reads "[ovh-eu]" with its three keys; the other sections stay.
    const QByteArray text = fileBytes(path);
    QVERIFY(text.contains("\n[ovh-eu]\napplication_key = AcctTestAppKey01\n"));
    const OvhConfig config = OvhConfig::load({ path });
    QVERIFY(config.diagnostics().isEmpty());
    QCOMPARE(config.credentials(euEndpoint), credentials);
    QCOMPARE(config.defaultEndpoint(), caEndpoint);
    QCOMPARE(config.credentials(caEndpoint).applicationKey, QStringLiteral("other"));
    QVERIFY(waitFor(m_accounts->exportToFile(euEndpoint, QStringLiteral("nosuch"), path)).status
        == AccountResult::Status::NotFound);
}

void TestAccountStore::moveKeychainToFile()
{
    const Credentials credentials = sampleCredentials();
    const QString name = QStringLiteral("moving");
    QVERIFY(
        waitFor(m_accounts->save(Profile { name, euEndpoint, QString(), QString() }, credentials))
            .isOk());
    QVERIFY(readSecrets(m_secrets.get(), euEndpoint, name).isOk());

    const QString path = m_dir.filePath(QStringLiteral("moved-ovh.conf"));
    AccountResult result
        = waitFor(m_accounts->save(Profile { name, euEndpoint, QString(), path }, credentials));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
    QCOMPARE(OvhConfig::load({ path }).credentials(euEndpoint), credentials);
    QCOMPARE(m_accounts->profiles().profile(euEndpoint, name)->configFile, path);
    // Nothing left behind in the keychain.
    QCOMPARE(readSecrets(m_secrets.get(), euEndpoint, name).status, SecretResult::Status::NotFound);
    result = waitFor(m_accounts->load(euEndpoint, name));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.credentials, credentials);
}

void TestAccountStore::moveFileToKeychain()
{
    const Credentials credentials = sampleCredentials();
    const QString name = QStringLiteral("moving");
    const QString path = m_dir.filePath(QStringLiteral("tokeychain-ovh.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# kept\n[other]\nconsumer_key = keep-me\n");
    }
    QVERIFY(waitFor(m_accounts->save(Profile { name, euEndpoint, QString(), path }, credentials))
                .isOk());
    QVERIFY(fileBytes(path).contains(credentials.consumerKey.toUtf8()));

    AccountResult result = waitFor(
        m_accounts->save(Profile { name, euEndpoint, QString(), QString() }, credentials));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
    QVERIFY(m_accounts->profiles().profile(euEndpoint, name)->usesKeychain());
    result = waitFor(m_accounts->load(euEndpoint, name));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.credentials, credentials);

    // The file lost that section's keys and kept everything else.
    const QByteArray text = fileBytes(path);
    QVERIFY(text.startsWith("# kept\n[other]\nconsumer_key = keep-me\n"));
    QVERIFY(!text.contains(credentials.applicationSecret.toUtf8()));
    QVERIFY(!text.contains(credentials.consumerKey.toUtf8()));
    QVERIFY(OvhConfig::load({ path }).credentials(euEndpoint).isEmpty());
    QVERIFY(isOwnerOnly(path));
}

void TestAccountStore::moveFileToFile()
{
    const Credentials credentials = sampleCredentials();
    const QString first = m_dir.filePath(QStringLiteral("first-ovh.conf"));
    const QString second = m_dir.filePath(QStringLiteral("second-ovh.conf"));
    const QString name = QStringLiteral("moving");
    QVERIFY(waitFor(m_accounts->save(Profile { name, euEndpoint, QString(), first }, credentials))
                .isOk());
    // The same file under another spelling is no move: nothing removed.
    const QString sameFile = m_dir.path() + QStringLiteral("/./first-ovh.conf");
    AccountResult result
        = waitFor(m_accounts->save(Profile { name, euEndpoint, QString(), sameFile }, credentials));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(OvhConfig::load({ first }).credentials(euEndpoint), credentials);

    result = waitFor(m_accounts->save(Profile { name, caEndpoint, QString(), first }, credentials));
    QVERIFY(result.isOk()); // another endpoint, same file: another section
    result
        = waitFor(m_accounts->save(Profile { name, euEndpoint, QString(), second }, credentials));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
    QCOMPARE(OvhConfig::load({ second }).credentials(euEndpoint), credentials);
    const OvhConfig left = OvhConfig::load({ first });
    QVERIFY(left.credentials(euEndpoint).isEmpty());
    QCOMPARE(left.credentials(caEndpoint), credentials); // the other section stays

    // Two profiles sharing one file's section: moving one leaves the section to the other.
    const QString shared = m_dir.filePath(QStringLiteral("shared-ovh.conf"));
    QVERIFY(
        waitFor(m_accounts->save(
                    Profile { QStringLiteral("one"), euEndpoint, QString(), shared }, credentials))
            .isOk());
    QVERIFY(
        waitFor(m_accounts->save(
                    Profile { QStringLiteral("two"), euEndpoint, QString(), shared }, credentials))
            .isOk());
    QVERIFY(
        waitFor(m_accounts->save(
                    Profile { QStringLiteral("one"), euEndpoint, QString(), second }, credentials))
            .isOk());
    QCOMPARE(OvhConfig::load({ shared }).credentials(euEndpoint), credentials);
    checkNoSecretInSettings();
}

void TestAccountStore::resolvePrecedence()
{
    const QString path = m_dir.filePath(QStringLiteral("resolve-ovh.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ovh-eu]\napplication_key = FileAppKey\napplication_secret = FileSecret\n");
    }
    const OvhConfig config = OvhConfig::load({ path });
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("EnvConsumerKey"));

    // No profile: the files and the environment, named without their values.
    AccountResult result = waitFor(m_accounts->resolve(euEndpoint, config, environment));
    QVERIFY(result.isOk());
    QCOMPARE(result.source.kind, CredentialSource::Kind::ConfigOrEnvironment);
    QCOMPARE(result.credentials.applicationSecret, QStringLiteral("FileSecret"));
    QCOMPARE(result.credentials.consumerKey, QStringLiteral("EnvConsumerKey"));
    QVERIFY2(result.source.description.contains(path), qPrintable(result.source.description));
    QVERIFY(result.source.description.contains(QLatin1String("environment")));
    QVERIFY(!result.source.description.contains(QLatin1String("FileSecret")));
    QVERIFY(!result.source.description.contains(QLatin1String("EnvConsumerKey")));
    QString description;
    QCOMPARE(AccountStore::fromConfigAndEnvironment(euEndpoint, config, environment, &description),
        result.credentials);
    QCOMPARE(description, result.source.description);

    // Nothing anywhere: None, still Ok (the caller says what is missing).
    result = waitFor(m_accounts->resolve(caEndpoint, config, QProcessEnvironment()));
    QVERIFY(result.isOk());
    QCOMPARE(result.source.kind, CredentialSource::Kind::None);
    QVERIFY(result.credentials.isEmpty());

    // The current profile wins over the files and the environment, for its endpoint only.
    const Credentials credentials = sampleCredentials();
    QVERIFY(waitFor(
        m_accounts->save(
            Profile { QStringLiteral("work"), euEndpoint, QString(), QString() }, credentials))
                .isOk());
    result = waitFor(m_accounts->resolve(euEndpoint, config, environment));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.source.kind, CredentialSource::Kind::Profile);
    QCOMPARE(result.source.profileName, QStringLiteral("work"));
    QCOMPARE(result.source.description, QStringLiteral("profile 'work' (keychain)"));
    QCOMPARE(result.credentials, credentials);
    result = waitFor(m_accounts->resolve(caEndpoint, config, environment));
    QCOMPARE(result.source.kind, CredentialSource::Kind::ConfigOrEnvironment);

    // A profile kept in a file says which file.
    const QString profileFile = m_dir.filePath(QStringLiteral("profile-ovh.conf"));
    QVERIFY(waitFor(
        m_accounts->save(
            Profile { QStringLiteral("filed"), caEndpoint, QString(), profileFile }, credentials))
                .isOk());
    result = waitFor(m_accounts->resolve(caEndpoint, config, environment));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.source.kind, CredentialSource::Kind::Profile);
    QCOMPARE(result.source.description, QStringLiteral("profile 'filed' (%1)").arg(profileFile));
    QCOMPARE(result.credentials, credentials);
    checkNoSecretInSettings();
}

void TestAccountStore::resolveReportsProfileFailures()
{
    // The current profile's secrets are gone: reported, not replaced by the files.
    QVERIFY(m_accounts->profiles().save(
        Profile { QStringLiteral("ghost"), euEndpoint, QStringLiteral("GhostKey"), QString() }));
    m_accounts->profiles().setCurrent(euEndpoint, QStringLiteral("ghost"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("EnvConsumerKey"));
    const AccountResult result = waitFor(m_accounts->resolve(euEndpoint, OvhConfig(), environment));
    QCOMPARE(result.status, AccountResult::Status::NotFound);
    QCOMPARE(result.source.kind, CredentialSource::Kind::Profile);
    QCOMPARE(result.source.profileName, QStringLiteral("ghost"));
    QVERIFY(result.credentials.isEmpty());
}

void TestAccountStore::noKeychainService()
{
    if (hasSessionBus())
        QSKIP("runs outside any session bus (tst_accountstore_nokeychain)");
    const Credentials credentials = sampleCredentials();

    // Saving to the keychain: reported, and nothing at all in the settings.
    AccountResult result = waitFor(m_accounts->save(
        Profile { QStringLiteral("work"), euEndpoint, QString(), QString() }, credentials));
    QCOMPARE(result.status, AccountResult::Status::KeychainUnavailable);
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY(!result.errorString.contains(credentials.applicationSecret));
    QVERIFY(m_settings->allKeys().isEmpty());
    m_settings->sync();
    QVERIFY(QSettings(settingsPath(), QSettings::IniFormat).allKeys().isEmpty());

    // A keychain profile cannot be read: said, never replaced by the files.
    QVERIFY(m_accounts->profiles().save(
        Profile { QStringLiteral("work"), euEndpoint, credentials.applicationKey, QString() }));
    m_accounts->profiles().setCurrent(euEndpoint, QStringLiteral("work"));
    result = waitFor(m_accounts->load(euEndpoint, QStringLiteral("work")));
    QCOMPARE(result.status, AccountResult::Status::KeychainUnavailable);
    result = waitFor(m_accounts->resolve(euEndpoint, OvhConfig()));
    QCOMPARE(result.status, AccountResult::Status::KeychainUnavailable);
    QCOMPARE(result.source.kind, CredentialSource::Kind::Profile);
    QVERIFY(result.credentials.isEmpty());

    // The explicit file choice still works without a keychain.
    const QString path = m_dir.filePath(QStringLiteral("nokeychain-ovh.conf"));
    result = waitFor(m_accounts->save(
        Profile { QStringLiteral("filed"), euEndpoint, QString(), path }, credentials));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(isOwnerOnly(path));
    result = waitFor(m_accounts->resolve(euEndpoint, OvhConfig()));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.credentials, credentials);
    checkNoSecretInSettings();
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
