// Keys checked before use: what is missing, what a header cannot carry, which source holds a bad
// value, a secret exposed to others, and debug output that hides secrets.
#include "credentialfixtures.h"
#include "testfiles.h"

#include "auth/ovhconfig.h"

#include <QDebug>
#include <QFile>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestCredentialChecks final : public FolderTestCase
{
    Q_OBJECT

private slots:
    void missing_data();
    void missing();
    void headerValues_data();
    void headerValues();
    void invalidValueNamesItsSource_data();
    void invalidValueNamesItsSource();
    void exposedSecretWarning_data();
    void exposedSecretWarning();
    void debugOutputHidesSecrets();
};

void TestCredentialChecks::missing_data()
{
    QTest::addColumn<QString>("ak");
    QTest::addColumn<QString>("as");
    QTest::addColumn<QString>("ck");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QStringList>("missingKeys");

    const QString ak = QStringLiteral("AK-public");
    const QString id = QStringLiteral("client-id");
    QTest::newRow("nothing") << QString() << QString() << QString() << QString() << QString()
                             << false
                             << QStringList { QStringLiteral("application_key"),
                                    QStringLiteral("application_secret"),
                                    QStringLiteral("consumer_key") };
    QTest::newRow("no consumer key") << ak << SecretAS << QString() << QString() << QString()
                                     << false << QStringList { QStringLiteral("consumer_key") };
    QTest::newRow("no application secret")
        << ak << QString() << SecretCK << QString() << QString() << false
        << QStringList { QStringLiteral("application_secret") };
    QTest::newRow("signing keys complete")
        << ak << SecretAS << SecretCK << QString() << QString() << true << QStringList();
    QTest::newRow("oauth2 complete")
        << QString() << QString() << QString() << id << SecretClient << true << QStringList();
    QTest::newRow("oauth2 half") << QString() << QString() << QString() << id << QString() << false
                                 << QStringList { QStringLiteral("client_secret") };
    QTest::newRow("oauth2 other half")
        << QString() << QString() << QString() << QString() << SecretClient << false
        << QStringList { QStringLiteral("client_id") };
    QTest::newRow("mixed partial asks for the triple")
        << ak << QString() << QString() << id << QString() << false
        << QStringList { QStringLiteral("application_secret"), QStringLiteral("consumer_key") };
}

void TestCredentialChecks::missing()
{
    QFETCH(QString, ak);
    QFETCH(QString, as);
    QFETCH(QString, ck);
    QFETCH(QString, clientId);
    QFETCH(QString, clientSecret);
    QFETCH(bool, complete);
    QFETCH(QStringList, missingKeys);

    const Credentials credentials { ak, as, ck, clientId, clientSecret };
    QCOMPARE(credentials.isComplete(), complete);
    QStringList keys;
    for (CredentialField field : credentials.missingFields())
        keys << configKey(field);
    QCOMPARE(keys, missingKeys);

    const QString message = credentials.missing();
    QCOMPARE(message.isEmpty(), complete);
    for (const QString& key : missingKeys) {
        QVERIFY2(message.contains(key), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("OVH_") + key.toUpper()), qPrintable(message));
    }
    QVERIFY2(!mentionsSecret(message), qPrintable(message));
    QVERIFY(!message.contains(ak) || ak.isEmpty());
}

void TestCredentialChecks::headerValues_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // empty: accepted

    const int ak = int(CredentialField::ApplicationKey);
    const int ck = int(CredentialField::ConsumerKey);
    const int id = int(CredentialField::ClientId);
    const int as = int(CredentialField::ApplicationSecret);
    QTest::newRow("plain") << ck << QStringLiteral("SbxDemoConsumerKey00000000000001") << QString();
    QTest::newRow("punctuation") << id << QStringLiteral("EU.abc-def_ghi~1") << QString();
    QTest::newRow("header injection") << ck << QStringLiteral("evilCK\r\nX-Injected: 1")
                                      << QStringLiteral("contains a carriage return (U+000D) "
                                                        "at character 7");
    QTest::newRow("lone CR") << ak << QStringLiteral("key\rX-Injected: 1")
                             << QStringLiteral(
                                    "contains a carriage return (U+000D) at character 4");
    QTest::newRow("LF") << ak << QStringLiteral("k\n")
                        << QStringLiteral("contains a line feed (U+000A) at character 2");
    QTest::newRow("tab") << id << QStringLiteral("a\tb")
                         << QStringLiteral("contains a control character (U+0009) at character 2");
    QTest::newRow("NUL") << ck << QString(QChar(0))
                         << QStringLiteral("contains a control character (U+0000) at character 1");
    QTest::newRow("DEL") << ck << QStringLiteral("a\x7f")
                         << QStringLiteral("contains a control character (U+007F) at character 2");
    // Never trimmed silently: a pasted key with a space around it is said, not fixed.
    QTest::newRow("trailing space") << ak << QStringLiteral("AK1 ")
                                    << QStringLiteral("contains a space (U+0020) at character 4");
    QTest::newRow("leading space") << ck << QStringLiteral(" CK")
                                   << QStringLiteral("contains a space (U+0020) at character 1");
    QTest::newRow("non-ASCII") << ak << QStringLiteral("cl\u00e9")
                               << QStringLiteral(
                                      "contains a non-ASCII character (U+00E9) at character 3");
    QTest::newRow("replacement character")
        << ck << QStringLiteral("a\ufffd")
        << QStringLiteral("contains a non-ASCII character (U+FFFD) at character 2");
    // Secrets are hashed into the signature, never sent as a header: any text will do.
    QTest::newRow("secret with a space") << as << QStringLiteral("a b\r") << QString();
}

void TestCredentialChecks::headerValues()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);

    const auto which = CredentialField(field);
    const QString found = credentialValueProblem(which, value);
    if (problem.isEmpty()) {
        QCOMPARE(found, QString());
    } else {
        QCOMPARE(found, problem + QStringLiteral("; keys are printable ASCII without spaces"));
    }

    Credentials credentials = fullCredentials();
    credentials.clientId = QStringLiteral("client-id");
    credentials.clientSecret = SecretClient;
    credentials.setValue(which, value);
    const bool valid = problem.isEmpty();
    QCOMPARE(credentials.isUsable(which), valid && !value.isEmpty());
    if (which != CredentialField::ClientId) // the signing triple
        QCOMPARE(credentials.canSign(), valid);
    else
        QCOMPARE(credentials.hasOAuth2(), valid);
    // Said, with the key's name, never with its value.
    const QString invalid = credentials.invalidValue();
    QCOMPARE(invalid.isEmpty(), valid);
    QCOMPARE(credentials.missing().isEmpty(), valid);
    if (!valid) {
        QVERIFY2(invalid.startsWith(configKey(which) + QLatin1String(": ")), qPrintable(invalid));
        QVERIFY2(credentials.missing() == invalid, qPrintable(credentials.missing()));
        QVERIFY2(!invalid.contains(QLatin1String("Injected")), qPrintable(invalid));
    }
}

void TestCredentialChecks::invalidValueNamesItsSource_data()
{
    QTest::addColumn<QByteArray>("file"); // ovh.conf text
    QTest::addColumn<QString>("variable"); // NAME=value, or empty
    QTest::addColumn<QString>("flag"); // consumer key given as an override, or empty
    QTest::addColumn<QString>("expected"); // %1: the file's path

    const QByteArray good = "[ovh-eu]\napplication_key=AK1\napplication_secret=AS1\n"
                            "consumer_key=CK1\n";
    // configparser splits lines on \n only: a lone CR stays inside the value.
    QTest::newRow("ovh.conf, lone CR")
        << QByteArray("[ovh-eu]\napplication_key=AK1\napplication_secret=AS1\n"
                      "consumer_key=evilCK\rX-Injected: 1\n")
        << QString() << QString()
        << QStringLiteral("consumer_key (from %1): contains a carriage return");
    QTest::newRow("environment, trailing space")
        << good << QStringLiteral("OVH_APPLICATION_KEY=AK2 ") << QString()
        << QStringLiteral("application_key (from environment variable OVH_APPLICATION_KEY): "
                          "contains a space");
    QTest::newRow("environment, non-ASCII")
        << good << QStringLiteral("OVH_CLIENT_ID=id\u00e9") << QString()
        << QStringLiteral("client_id (from environment variable OVH_CLIENT_ID): contains a "
                          "non-ASCII character");
    QTest::newRow("flag, CRLF") << good << QString() << QStringLiteral("CK\r\nX: 1")
                                << QStringLiteral("consumer_key (from command line): contains a "
                                                  "carriage return");
    QTest::newRow("all valid") << good << QString() << QString() << QString();
}

void TestCredentialChecks::invalidValueNamesItsSource()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, variable);
    QFETCH(QString, flag);
    QFETCH(QString, expected);

    const QString conf = path(QStringLiteral("ovh.conf"));
    QVERIFY(writeFile(conf, file));
    QProcessEnvironment environment;
    if (!variable.isEmpty()) {
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        environment.insert(variable.left(equals), variable.mid(equals + 1));
    }
    CredentialOverrides overrides;
    overrides.credentials.consumerKey = flag;
    const ResolvedCredentials resolved
        = resolveCredentials(OvhConfig::load({ conf }), environment, overrides);
    const QString invalid = resolved.invalidValue();
    if (expected.isEmpty()) {
        QCOMPARE(invalid, QString());
        QVERIFY(resolved.credentials.canSign());
        return;
    }
    QVERIFY2(invalid.startsWith(QString(expected).replace(QLatin1String("%1"), conf)),
        qPrintable(invalid));
    QVERIFY2(!invalid.contains(QLatin1String("evil")) && !invalid.contains(QLatin1String("X-")),
        qPrintable(invalid));
}

void TestCredentialChecks::exposedSecretWarning_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("readableBy"); // empty: no warning

    const QByteArray secret = "[ovh-eu]\napplication_key=AK1\napplication_secret=AS1\n";
    const QByteArray noSecret = "[default]\nendpoint=ovh-ca\n[ovh-ca]\napplication_key=AK1\n";
    QTest::newRow("0644 with a secret") << secret << 0644 << QStringLiteral("its group and others");
    QTest::newRow("0640 with a secret") << secret << 0640 << QStringLiteral("its group");
    QTest::newRow("0604 with a secret") << secret << 0604 << QStringLiteral("others");
    QTest::newRow("0600 with a secret") << secret << 0600 << QString();
    QTest::newRow("0400 with a secret") << secret << 0400 << QString();
    QTest::newRow("0644 without a secret") << noSecret << 0644 << QString();
    QTest::newRow("0644, consumer key in DEFAULT") << QByteArray(
        "[DEFAULT]\nconsumer_key=CK1\n") << 0644 << QStringLiteral("its group and others");
}

void TestCredentialChecks::exposedSecretWarning()
{
    QFETCH(QByteArray, text);
    QFETCH(int, mode);
    QFETCH(QString, readableBy);

    const QString conf = path(QStringLiteral("ovh.conf"));
    QVERIFY(writeFile(conf, text));
    QFileDevice::Permissions permissions;
    const std::pair<int, QFileDevice::Permission> bits[]
        = { { 0400, QFileDevice::ReadOwner }, { 0200, QFileDevice::WriteOwner },
              { 040, QFileDevice::ReadGroup }, { 04, QFileDevice::ReadOther } };
    for (const auto& [bit, flag] : bits) {
        if (mode & bit)
            permissions |= flag;
    }
    QVERIFY(QFile::setPermissions(conf, permissions));
    QCOMPARE(unixMode(conf), mode);

    const OvhConfig config = OvhConfig::load({ conf });
    QCOMPARE(config.credentials(QStringLiteral("ovh-eu")).applicationSecret.isEmpty(),
        !text.contains("application_secret")); // read all the same
    if (readableBy.isEmpty()) {
        QCOMPARE(config.warnings(), QStringList());
        return;
    }
    QCOMPARE(config.warnings().size(), 1);
    const QString warning = config.warnings().constFirst();
    QCOMPARE(warning,
        QStringLiteral("%1 holds a secret and is readable by %2 (mode %3); make it private: "
                       "chmod 600 %1")
            .arg(conf, readableBy, QString::number(mode, 8).rightJustified(4, QLatin1Char('0'))));
    QVERIFY(!warning.contains(QLatin1String("AS1")) && !warning.contains(QLatin1String("CK1")));
}

void TestCredentialChecks::debugOutputHidesSecrets()
{
    Credentials credentials = fullCredentials();
    credentials.clientSecret = SecretClient;
    QString text;
    QDebug(&text) << credentials;
    QVERIFY2(!mentionsSecret(text), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("application_secret=<set>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("client_id=<unset>")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCredentialChecks)
#include "tst_credentialchecks.moc"
