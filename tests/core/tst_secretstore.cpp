// Secrets in a real Secret Service: CTest runs this inside a private D-Bus session with an
// unlocked gnome-keyring (tests/support/with-keyring.sh). The "no keychain" case runs as its
// own CTest entry outside any session bus (tst_secretstore_nokeychain).
#include "auth/profilestore.h"
#include "auth/secretstore.h"
#include "base/ownedjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ovh;

namespace {

SecretResult waitFor(SecretJob* job, int timeoutMs = 30000)
{
    QSignalSpy finished(job, &SecretJob::finished);
    if (!finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<SecretResult>();
}

bool hasSessionBus()
{
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void entryKeys();
    void probe();
    void writeReadRemove();
    void profilesAreSeparate();
    void onlySecretFields();
    void jobsAreAsynchronousAndOwned();
    void profiles();
    void noSecretInSettings();
    void noKeychainService();

private:
    QString m_service;
};

void TestSecretStore::initTestCase()
{
    m_service = QStringLiteral("ovh-api-explorer-test-%1").arg(QCoreApplication::applicationPid());
}

void TestSecretStore::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    const bool needsKeyring = name != QLatin1String("noKeychainService")
        && name != QLatin1String("entryKeys") && name != QLatin1String("profiles");
    if (needsKeyring && !hasSessionBus())
        QFAIL(
            "needs a session bus with a Secret Service: run through tests/support/with-keyring.sh");
}

void TestSecretStore::entryKeys()
{
    QCOMPARE(SecretStore::entryKey(
                 QStringLiteral("ovh-eu"), QStringLiteral("default"), CredentialField::ConsumerKey),
        QStringLiteral("ovh-eu/default/consumer_key"));
    QCOMPARE(SecretStore::secretFields(),
        (QList<CredentialField> { CredentialField::ApplicationSecret, CredentialField::ConsumerKey,
            CredentialField::ClientSecret }));
}

void TestSecretStore::probe()
{
    SecretStore store(m_service);
    const SecretResult result = waitFor(store.probe());
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QVERIFY(result.errorString.isEmpty());
}

void TestSecretStore::writeReadRemove()
{
    SecretStore store(m_service);
    Credentials secrets;
    secrets.applicationSecret = QStringLiteral("AppSecret-ü-0123456789abcdef");
    secrets.consumerKey = QStringLiteral("ConsumerKey0123456789abcdefABCDEF");
    SecretResult result
        = waitFor(store.write(QStringLiteral("ovh-eu"), QStringLiteral("default"), secrets));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));

    result = waitFor(store.read(QStringLiteral("ovh-eu"), QStringLiteral("default")));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.values.applicationSecret, secrets.applicationSecret);
    QCOMPARE(result.values.consumerKey, secrets.consumerKey);
    QVERIFY(result.values.clientSecret.isEmpty());
    QCOMPARE(result.found,
        (QList<CredentialField> {
            CredentialField::ApplicationSecret, CredentialField::ConsumerKey }));

    // Replace one field only.
    Credentials newKey;
    newKey.consumerKey = QStringLiteral("AnotherConsumerKey");
    QVERIFY(
        waitFor(store.write(QStringLiteral("ovh-eu"), QStringLiteral("default"), newKey)).isOk());
    result = waitFor(store.read(
        QStringLiteral("ovh-eu"), QStringLiteral("default"), { CredentialField::ConsumerKey }));
    QVERIFY(result.isOk());
    QCOMPARE(result.values.consumerKey, newKey.consumerKey);
    QVERIFY(result.values.applicationSecret.isEmpty()); // not asked for

    // Log out: forget the consumer key, keep the application secret.
    result = waitFor(store.remove(
        QStringLiteral("ovh-eu"), QStringLiteral("default"), { CredentialField::ConsumerKey }));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    result = waitFor(store.read(QStringLiteral("ovh-eu"), QStringLiteral("default")));
    QVERIFY(result.isOk());
    QVERIFY(result.values.consumerKey.isEmpty());
    QCOMPARE(result.values.applicationSecret, secrets.applicationSecret);

    // Removing everything, twice: the second time there is nothing, which is fine.
    QVERIFY(waitFor(store.remove(QStringLiteral("ovh-eu"), QStringLiteral("default"))).isOk());
    QVERIFY(waitFor(store.remove(QStringLiteral("ovh-eu"), QStringLiteral("default"))).isOk());
    result = waitFor(store.read(QStringLiteral("ovh-eu"), QStringLiteral("default")));
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(result.found.isEmpty());
}

void TestSecretStore::profilesAreSeparate()
{
    SecretStore store(m_service);
    const QString custom = QStringLiteral("http://127.0.0.1:8080/1.0");
    const struct
    {
        QString endpoint;
        QString profile;
        QString key;
    } entries[] = {
        { QStringLiteral("ovh-eu"), QStringLiteral("alice"), QStringLiteral("key-eu-alice") },
        { QStringLiteral("ovh-eu"), QStringLiteral("bob"), QStringLiteral("key-eu-bob") },
        { QStringLiteral("ovh-ca"), QStringLiteral("alice"), QStringLiteral("key-ca-alice") },
        { custom, QStringLiteral("alice"), QStringLiteral("key-custom-alice") },
    };
    for (const auto& entry : entries) {
        Credentials secrets;
        secrets.consumerKey = entry.key;
        QVERIFY(waitFor(store.write(entry.endpoint, entry.profile, secrets)).isOk());
    }
    for (const auto& entry : entries) {
        const SecretResult result = waitFor(store.read(entry.endpoint, entry.profile));
        QVERIFY(result.isOk());
        QCOMPARE(result.values.consumerKey, entry.key);
    }
    QCOMPARE(waitFor(store.read(QStringLiteral("ovh-us"), QStringLiteral("alice"))).status,
        SecretResult::Status::NotFound);
    // Another service name sees none of them.
    SecretStore other(m_service + QStringLiteral("-other"));
    QCOMPARE(waitFor(other.read(QStringLiteral("ovh-eu"), QStringLiteral("alice"))).status,
        SecretResult::Status::NotFound);
    for (const auto& entry : entries)
        QVERIFY(waitFor(store.remove(entry.endpoint, entry.profile)).isOk());
}

void TestSecretStore::onlySecretFields()
{
    SecretStore store(m_service);
    Credentials values;
    values.applicationKey = QStringLiteral("NotASecretAppKey");
    values.clientId = QStringLiteral("client-id");
    // Nothing secret to write: done at once, Ok.
    QVERIFY(waitFor(store.write(QStringLiteral("ovh-eu"), QStringLiteral("keys"), values)).isOk());
    const SecretResult result = waitFor(store.read(QStringLiteral("ovh-eu"), QStringLiteral("keys"),
        { CredentialField::ApplicationKey, CredentialField::ClientId }));
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(result.values.isEmpty());
}

void TestSecretStore::jobsAreAsynchronousAndOwned()
{
    SecretStore store(m_service);
    QPointer<SecretJob> job = store.probe();
    QSignalSpy finished(job.data(), &SecretJob::finished);
    QCOMPARE(finished.size(), 0); // never from inside the call that started it
    QVERIFY(finished.wait(30000));
    // Owned: the store (its parent) until its owner takes it; never deleted by itself.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!job.isNull());
    QCOMPARE(job->parent(), &store);
    // Taken while running, it goes with its owner; the keychain's late answer reaches nothing.
    auto owner = std::make_unique<QObject>();
    job = adoptJob(owner.get(), store.probe(), &SecretJob::finished);
    QSignalSpy again(job.data(), &SecretJob::finished);
    owner.reset();
    QVERIFY(job.isNull());
    QTest::qWait(200);
    QCOMPARE(again.size(), 0);
}

void TestSecretStore::profiles()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.current(QStringLiteral("ovh-eu")));

    const Profile alice { QStringLiteral("alice"), QStringLiteral("ovh-eu"),
        QStringLiteral("AK1") };
    const Profile bob { QStringLiteral("bob"), QStringLiteral("ovh-eu"), QStringLiteral("AK2") };
    const Profile sandbox { QStringLiteral("alice"), QStringLiteral("http://127.0.0.1:1/1.0"),
        QStringLiteral("AK3") };
    QVERIFY(store.save(alice));
    QVERIFY(store.save(bob));
    QVERIFY(store.save(sandbox));
    QCOMPARE(store.profiles(), (QList<Profile> { alice, bob, sandbox }));
    QCOMPARE(store.profiles(QStringLiteral("ovh-eu")), (QList<Profile> { alice, bob }));
    QCOMPARE(*store.profile(sandbox.endpoint, QStringLiteral("alice")), sandbox);

    Profile bob2 = bob;
    bob2.applicationKey = QStringLiteral("AK2b");
    QVERIFY(store.save(bob2)); // replaced in place
    QCOMPARE(store.profiles(QStringLiteral("ovh-eu")), (QList<Profile> { alice, bob2 }));

    store.setCurrent(QStringLiteral("ovh-eu"), QStringLiteral("bob"));
    store.setCurrent(sandbox.endpoint, QStringLiteral("alice"));
    QCOMPARE(store.currentName(QStringLiteral("ovh-eu")), QStringLiteral("bob"));
    QCOMPARE(*store.current(QStringLiteral("ovh-eu")), bob2);
    store.setCurrent(QStringLiteral("ovh-eu"), QStringLiteral("alice"));
    QCOMPARE(*store.current(QStringLiteral("ovh-eu")), alice);

    // Read back by another instance over the same file.
    settings.sync();
    QSettings again(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore reread(&again);
    QCOMPARE(reread.profiles().size(), 3);
    QCOMPARE(reread.currentName(sandbox.endpoint), QStringLiteral("alice"));

    QVERIFY(store.remove(QStringLiteral("ovh-eu"), QStringLiteral("alice")));
    QVERIFY(!store.remove(QStringLiteral("ovh-eu"), QStringLiteral("alice")));
    QVERIFY(store.currentName(QStringLiteral("ovh-eu")).isEmpty());
    QCOMPARE(store.profiles(QStringLiteral("ovh-eu")), QList<Profile> { bob2 });

    for (const QString& bad : { QString(), QStringLiteral("  "), QStringLiteral("a/b"),
             QStringLiteral("line\nbreak"), QString(65, QLatin1Char('x')) }) {
        QVERIFY2(!ProfileStore::isValidName(bad), qPrintable(bad));
        QVERIFY(!store.save(Profile { bad, QStringLiteral("ovh-eu"), QString() }));
    }
    QVERIFY(ProfileStore::isValidName(QStringLiteral("équipe client 2")));
}

void TestSecretStore::noSecretInSettings()
{
    // A profile as the login flow leaves it: application key in the settings, secrets in the
    // keychain. The settings file must not contain either secret.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    Credentials secrets;
    secrets.applicationSecret = QStringLiteral("SettingsCheckSecret0000000000001");
    secrets.consumerKey = QStringLiteral("SettingsCheckConsumer00000000001");
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QVERIFY(profiles.save({ QStringLiteral("work"), QStringLiteral("ovh-eu"),
            QStringLiteral("SettingsCheckAppKey") }));
        profiles.setCurrent(QStringLiteral("ovh-eu"), QStringLiteral("work"));
        SecretStore store(m_service);
        QVERIFY(
            waitFor(store.write(QStringLiteral("ovh-eu"), QStringLiteral("work"), secrets)).isOk());
        const SecretResult read
            = waitFor(store.read(QStringLiteral("ovh-eu"), QStringLiteral("work")));
        QCOMPARE(read.values.consumerKey, secrets.consumerKey);
        QVERIFY(waitFor(store.remove(QStringLiteral("ovh-eu"), QStringLiteral("work"))).isOk());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("SettingsCheckAppKey"));
    QVERIFY(!text.contains(secrets.applicationSecret.toUtf8()));
    QVERIFY(!text.contains(secrets.consumerKey.toUtf8()));
}

void TestSecretStore::noKeychainService()
{
    if (hasSessionBus())
        QSKIP("runs outside any session bus: see the CTest entry tst_secretstore_nokeychain");
    SecretStore store(m_service);
    store.setTimeout(10000);
    QElapsedTimer timer;
    timer.start();

    SecretResult result = waitFor(store.probe(), 20000);
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QVERIFY(result.isUnavailable());
    QVERIFY2(result.errorString.startsWith(QLatin1String("no keychain service available")),
        qPrintable(result.errorString));

    Credentials secrets;
    secrets.consumerKey = QStringLiteral("NeverWrittenConsumerKey000000001");
    result
        = waitFor(store.write(QStringLiteral("ovh-eu"), QStringLiteral("default"), secrets), 20000);
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QVERIFY(!result.errorString.contains(secrets.consumerKey));

    result = waitFor(store.read(QStringLiteral("ovh-eu"), QStringLiteral("default")), 20000);
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QVERIFY(result.values.isEmpty());
    // Reported, not hung: well under the per-operation timeout.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    qInfo("no keychain: %s", qPrintable(result.errorString));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
