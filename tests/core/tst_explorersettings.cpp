// ExplorerSettings, the one settings facade of the window and the CLI: it lives in core (this
// test links no Widgets), opens the store both applications share, reads hand-edited values
// safely and keeps the profiles AccountStore writes through it.
#include "auth/profilestore.h"
#include "settings/explorersettings.h"

#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ovh;

class TestExplorerSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nativeStoreSharedByWindowAndCli();
    void defaults();
    void timeouts_data();
    void timeouts();
    void formValuesPerOperation();
    void confirmCallsPerEndpoint();
    void profilesShareTheStore();
    void apiBranchRemembered();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExplorerSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExplorerSettings::nativeStoreSharedByWindowAndCli()
{
    const ExplorerSettings settings;
    QSettings* store = settings.store();
    QVERIFY(store);
    QCOMPARE(store->organizationName(), QStringLiteral("ovh-api-explorer"));
    QCOMPARE(store->applicationName(), QStringLiteral("ovh-explorer"));
    QCOMPARE(store->format(), QSettings::NativeFormat);
    QCOMPARE(store->scope(), QSettings::UserScope);
}

void TestExplorerSettings::defaults()
{
    const ExplorerSettings settings(iniPath());
    QCOMPARE(settings.lastEndpoint(), QStringLiteral("ovh-eu"));
    QVERIFY(settings.lastOperation().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
    QCOMPARE(settings.schemaTimeoutSeconds(), ExplorerSettings::DefaultSchemaTimeoutSeconds);
    QCOMPARE(settings.callTimeoutSeconds(), ExplorerSettings::DefaultCallTimeoutSeconds);
    QVERIFY(settings.formValues(QStringLiteral("GET /me")).isEmpty());
}

// A hand-edited value that is not a number or out of range reads as the default; a set value is
// kept within range.
void TestExplorerSettings::timeouts_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("schema");
    QTest::addColumn<int>("call");
    const int schema = ExplorerSettings::DefaultSchemaTimeoutSeconds;
    const int call = ExplorerSettings::DefaultCallTimeoutSeconds;
    QTest::newRow("in range") << QStringLiteral("30") << 30 << 30;
    QTest::newRow("one second") << QStringLiteral("1") << 1 << 1;
    QTest::newRow("one day") << QStringLiteral("86400") << 86400 << 86400;
    QTest::newRow("zero") << QStringLiteral("0") << schema << call;
    QTest::newRow("negative") << QStringLiteral("-5") << schema << call;
    QTest::newRow("over a day") << QStringLiteral("86401") << schema << call;
    QTest::newRow("not a number") << QStringLiteral("soon") << schema << call;
    QTest::newRow("empty") << QString() << schema << call;
}

void TestExplorerSettings::timeouts()
{
    QFETCH(QString, written);
    QFETCH(int, schema);
    QFETCH(int, call);
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("network/schemaTimeoutSeconds"), written);
        raw.setValue(QStringLiteral("network/callTimeoutSeconds"), written);
    }
    ExplorerSettings settings(iniPath());
    QCOMPARE(settings.schemaTimeoutSeconds(), schema);
    QCOMPARE(settings.callTimeoutSeconds(), call);

    settings.setSchemaTimeoutSeconds(0);
    settings.setCallTimeoutSeconds(1000000);
    QCOMPARE(settings.schemaTimeoutSeconds(), 1);
    QCOMPARE(settings.callTimeoutSeconds(), 24 * 3600);
}

void TestExplorerSettings::formValuesPerOperation()
{
    const QString record = QStringLiteral("POST /domain/zone/{zoneName}/record");
    const QString other = QStringLiteral("POST /domain/zone/{zoneName}/refresh");
    const QJsonObject values { { QStringLiteral("path/zoneName"), QStringLiteral("example.com") },
        { QStringLiteral("body/ttl"), 3600 } };
    {
        ExplorerSettings settings(iniPath());
        settings.setFormValues(record, values);
        settings.sync();
    }
    ExplorerSettings settings(iniPath());
    QCOMPARE(settings.formValues(record), values);
    QVERIFY(settings.formValues(other).isEmpty()); // '/' and '{' do not mix keys up
    settings.setFormValues(record, QJsonObject());
    QVERIFY(settings.formValues(record).isEmpty());
    QVERIFY(!settings.store()->allKeys().join(QLatin1Char(' ')).contains(QLatin1String("forms")));
}

void TestExplorerSettings::confirmCallsPerEndpoint()
{
    ExplorerSettings settings(iniPath());
    const QString custom = QStringLiteral("https://127.0.0.1:8443/1.0");
    QVERIFY(settings.confirmCalls(QStringLiteral("ovh-eu")));
    QVERIFY(settings.confirmCalls(custom));
    settings.setConfirmCalls(custom, false);
    QVERIFY(!settings.confirmCalls(custom));
    QVERIFY(settings.confirmCalls(QStringLiteral("ovh-eu")));
}

// What `login` in the CLI saves through its ExplorerSettings, the window reads through its own.
void TestExplorerSettings::profilesShareTheStore()
{
    {
        ExplorerSettings cli(iniPath());
        ProfileStore profiles(cli.store());
        Profile profile;
        profile.name = QStringLiteral("acme");
        profile.endpoint = QStringLiteral("ovh-eu");
        profile.applicationKey = QStringLiteral("AK123");
        QVERIFY(profiles.save(profile));
        profiles.setCurrent(QStringLiteral("ovh-eu"), QStringLiteral("acme"));
        cli.sync();
    }
    ExplorerSettings window(iniPath());
    const ProfileStore profiles(window.store());
    QCOMPARE(profiles.currentName(QStringLiteral("ovh-eu")), QStringLiteral("acme"));
    const std::optional<Profile> profile = profiles.current(QStringLiteral("ovh-eu"));
    QVERIFY(profile);
    QCOMPARE(profile->applicationKey, QStringLiteral("AK123"));
}

void TestExplorerSettings::apiBranchRemembered()
{
    QCOMPARE(ExplorerSettings(iniPath()).apiBranch(), QStringLiteral("v1"));
    ExplorerSettings(iniPath()).setApiBranch(QStringLiteral("v2"));
    QCOMPARE(ExplorerSettings(iniPath()).apiBranch(), QStringLiteral("v2"));
}

QTEST_GUILESS_MAIN(TestExplorerSettings)
#include "tst_explorersettings.moc"
