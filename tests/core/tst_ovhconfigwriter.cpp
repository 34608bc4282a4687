// ovh.conf written back: a round trip, the rest of the file kept, values it cannot hold refused,
// and a private file (0600).
#include "credentialfixtures.h"
#include "testfiles.h"

#include "auth/ovhconfig.h"

#include <QFile>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestOvhConfigWriter final : public FolderTestCase
{
    Q_OBJECT

private slots:
    void writerRoundTrip();
    void writerKeepsTheRest();
    void writerRejectsUnwritableValues();
    void saveIsPrivate();
    void storeCredentialsUpdatesFile();
};

void TestOvhConfigWriter::writerRoundTrip()
{
    Credentials credentials = fullCredentials();
    QString error;
    const auto text = updateOvhConfigText({}, QStringLiteral("ovh-ca"), credentials, true, &error);
    QVERIFY2(text.has_value(), qPrintable(error));
    QCOMPARE(*text,
        QByteArray("[default]\nendpoint = ovh-ca\n\n[ovh-ca]\napplication_key = AK-public\n"
                   "application_secret = SECRET-AS-0123456789\n"
                   "consumer_key = SECRET-CK-0123456789\n"));

    OvhConfig config;
    config.addDocument(QStringLiteral("written"), IniDocument::parse(*text));
    QVERIFY(config.diagnostics().isEmpty());
    const ResolvedCredentials resolved = resolveCredentials(config, QProcessEnvironment());
    QCOMPARE(resolved.endpoint, QStringLiteral("ovh-ca"));
    QCOMPARE(resolved.credentials, credentials);

    // Values with INI-significant characters survive.
    Credentials odd;
    odd.applicationKey = QStringLiteral("a=b:c;#d");
    odd.clientId = QStringLiteral("[not-a-section]");
    const auto oddText = updateOvhConfigText({}, QStringLiteral("ovh-eu"), odd);
    QVERIFY(oddText.has_value());
    QCOMPARE(OvhConfig::load({}).credentials(QStringLiteral("ovh-eu")), Credentials());
    OvhConfig oddConfig;
    oddConfig.addDocument(QStringLiteral("odd"), IniDocument::parse(*oddText));
    QCOMPARE(oddConfig.credentials(QStringLiteral("ovh-eu")), odd);
}

void TestOvhConfigWriter::writerKeepsTheRest()
{
    const QByteArray existing("# my OVH accounts\n"
                              "[default]\n"
                              "endpoint = ovh-eu\n"
                              "\n"
                              "[ovh-eu]\n"
                              "application_key = old-ak\n"
                              "; expires in June\n"
                              "Consumer_Key = old-ck\n"
                              "  continued\n"
                              "consumer_key = duplicate\n"
                              "\n"
                              "   still the duplicate's value\n"
                              "# Canada\n"
                              "[ovh-ca]\n"
                              "application_key = ca-ak\n");
    Credentials update;
    update.consumerKey = QStringLiteral("new-ck");
    update.applicationSecret = QStringLiteral("new-as");
    const auto text = updateOvhConfigText(existing, QStringLiteral("ovh-eu"), update);
    QVERIFY(text.has_value());
    QCOMPARE(*text,
        QByteArray("# my OVH accounts\n"
                   "[default]\n"
                   "endpoint = ovh-eu\n"
                   "\n"
                   "[ovh-eu]\n"
                   "application_key = old-ak\n"
                   "; expires in June\n"
                   "consumer_key = new-ck\n"
                   "application_secret = new-as\n"
                   "\n"
                   "# Canada\n"
                   "[ovh-ca]\n"
                   "application_key = ca-ak\n"));

    // A new section goes at the end; makeDefault rewrites [default] endpoint in place.
    Credentials us;
    us.applicationKey = QStringLiteral("us-ak");
    const auto withUs = updateOvhConfigText(*text, QStringLiteral("ovh-us"), us, true);
    QVERIFY(withUs.has_value());
    QVERIFY(withUs->startsWith("# my OVH accounts\n[default]\nendpoint = ovh-us\n\n[ovh-eu]\n"));
    QVERIFY(withUs->endsWith("application_key = ca-ak\n\n[ovh-us]\napplication_key = us-ak\n"));

    OvhConfig config;
    config.addDocument(QStringLiteral("x"), IniDocument::parse(*withUs));
    QCOMPARE(config.defaultEndpoint(), QStringLiteral("ovh-us"));
    QCOMPARE(config.credentials(QStringLiteral("ovh-eu")).consumerKey, QStringLiteral("new-ck"));
    QCOMPARE(config.credentials(QStringLiteral("ovh-eu")).applicationKey, QStringLiteral("old-ak"));
    QCOMPARE(config.credentials(QStringLiteral("ovh-ca")).applicationKey, QStringLiteral("ca-ak"));
    QCOMPARE(config.credentials(QStringLiteral("ovh-us")).applicationKey, QStringLiteral("us-ak"));
}

void TestOvhConfigWriter::writerRejectsUnwritableValues()
{
    Credentials bad = fullCredentials();
    bad.applicationSecret = SecretAS + QStringLiteral("\nconsumer_key = injected");
    QString error;
    QVERIFY(!updateOvhConfigText({}, QStringLiteral("ovh-eu"), bad, false, &error));
    QVERIFY2(error.contains(QStringLiteral("application_secret")), qPrintable(error));
    QVERIFY2(!mentionsSecret(error), qPrintable(error));

    bad = fullCredentials();
    bad.consumerKey = QStringLiteral(" padded ");
    QVERIFY(!updateOvhConfigText({}, QStringLiteral("ovh-eu"), bad, false, &error));
    QVERIFY(error.contains(QStringLiteral("consumer_key")));

    QVERIFY(!updateOvhConfigText({}, QStringLiteral("a]b"), fullCredentials(), false, &error));
    QVERIFY(!updateOvhConfigText({}, QString(), fullCredentials(), false, &error));
}

void TestOvhConfigWriter::saveIsPrivate()
{
    const QString file = path(QStringLiteral("ovh.conf"));
    QVERIFY(writeFile(file, "[ovh-eu]\n"));
    QVERIFY(QFile::setPermissions(file, // 0644
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther));

    const QByteArray text("[ovh-eu]\napplication_secret = SECRET-AS-0123456789\n");
    QString error;
    QVERIFY2(saveOvhConfig(file, text, &error), qPrintable(error));
    QCOMPARE(readFile(file), text);
    QCOMPARE(unixMode(file), 0600); // was 0644 before

    const QString fresh = path(QStringLiteral("fresh.conf"));
    QVERIFY(saveOvhConfig(fresh, text, &error));
    QCOMPARE(unixMode(fresh), 0600);

    // A folder that does not exist yet is made, for the owner only.
    const QString nested = path(QStringLiteral("new/dir/ovh.conf"));
    QVERIFY2(saveOvhConfig(nested, text, &error), qPrintable(error));
    QCOMPARE(unixMode(nested), 0600);
    QCOMPARE(unixMode(path(QStringLiteral("new/dir"))), 0700);

    // Under a file, no folder can be made: the reason names the path.
    QVERIFY(!saveOvhConfig(path(QStringLiteral("ovh.conf/sub/ovh.conf")), text, &error));
    QVERIFY2(error.contains(QStringLiteral("ovh.conf/sub")), qPrintable(error));
}

void TestOvhConfigWriter::storeCredentialsUpdatesFile()
{
    const QString file = path(QStringLiteral("ovh.conf"));
    QString error;
    // No file yet: created.
    QVERIFY2(storeCredentials(file, QStringLiteral("ovh-eu"), fullCredentials(), true, &error),
        qPrintable(error));
    // The login flow later stores a new consumer key only.
    Credentials login;
    login.consumerKey = QStringLiteral("fresh-ck");
    QVERIFY2(
        storeCredentials(file, QStringLiteral("ovh-eu"), login, false, &error), qPrintable(error));

    const ResolvedCredentials resolved
        = resolveCredentials(OvhConfig::load({ file }), QProcessEnvironment());
    QCOMPARE(resolved.endpointOrigin.kind, ValueOrigin::Kind::File);
    QCOMPARE(resolved.credentials.applicationKey, QStringLiteral("AK-public"));
    QCOMPARE(resolved.credentials.applicationSecret, SecretAS);
    QCOMPARE(resolved.credentials.consumerKey, QStringLiteral("fresh-ck"));
    QCOMPARE(unixMode(file), 0600);
}

QTEST_GUILESS_MAIN(TestOvhConfigWriter)
#include "tst_ovhconfigwriter.moc"
