#include "auth/ovhconfig.h"
#include "base/credentials.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

namespace {

// Recognisable fake secrets, so a leak shows up in any message.
const QString SecretAS = QStringLiteral("SECRET-AS-0123456789");
const QString SecretCK = QStringLiteral("SECRET-CK-0123456789");
const QString SecretClient = QStringLiteral("SECRET-CLIENT-0123456789");

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The permission bits as a Unix mode: 0600 is owner read/write only.
int unixMode(const QString& path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = { { QFileDevice::ReadOwner, 0400 },
        { QFileDevice::WriteOwner, 0200 }, { QFileDevice::ExeOwner, 0100 },
        { QFileDevice::ReadGroup, 040 }, { QFileDevice::WriteGroup, 020 },
        { QFileDevice::ExeGroup, 010 }, { QFileDevice::ReadOther, 04 },
        { QFileDevice::WriteOther, 02 }, { QFileDevice::ExeOther, 01 } };
    for (const auto& [flag, bit] : bits) {
        if (p.testFlag(flag))
            mode |= bit;
    }
    return mode;
}

bool mentionsSecret(const QString& text)
{
    return text.contains(SecretAS) || text.contains(SecretCK) || text.contains(SecretClient);
}

Credentials fullCredentials()
{
    Credentials c;
    c.applicationKey = QStringLiteral("AK-public");
    c.applicationSecret = SecretAS;
    c.consumerKey = SecretCK;
    return c;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void parse_data();
    void parse();
    void malformedLinesIgnored_data();
    void malformedLinesIgnored();
    void defaultSectionFallback();

    void filePriorityPerKey();
    void missingFilesTolerated();
    void defaultFiles();
    void environmentOverFiles();
    void overridesOverEnvironment();
    void endpointResolution_data();
    void endpointResolution();
    void explainNeverShowsSecrets();

    void missing_data();
    void missing();
    void headerValues_data();
    void headerValues();
    void invalidValueNamesItsSource_data();
    void invalidValueNamesItsSource();
    void exposedSecretWarning_data();
    void exposedSecretWarning();
    void debugOutputHidesSecrets();

    void writerRoundTrip();
    void writerKeepsTheRest();
    void writerRejectsUnwritableValues();
    void saveIsPrivate();
    void storeCredentialsUpdatesFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString& name) const { return m_dir->filePath(name); }
};

void TestCredentials::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCredentials::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // "<none>" for absent

    const QString none = QStringLiteral("<none>");
    QTest::newRow("equals") << QByteArray("[ovh-eu]\napplication_key=abc\n")
                            << QStringLiteral("ovh-eu") << QStringLiteral("application_key")
                            << QStringLiteral("abc");
    QTest::newRow("colon") << QByteArray("[ovh-eu]\napplication_key: abc\n")
                           << QStringLiteral("ovh-eu") << QStringLiteral("application_key")
                           << QStringLiteral("abc");
    QTest::newRow("whitespace trimmed")
        << QByteArray("[ovh-eu]\n   application_key   =   abc  \t\n") << QStringLiteral("ovh-eu")
        << QStringLiteral("application_key") << QStringLiteral("abc");
    QTest::newRow("first separator splits") << QByteArray("[s]\nk = a=b:c\n") << QStringLiteral("s")
                                            << QStringLiteral("k") << QStringLiteral("a=b:c");
    QTest::newRow("colon before equals") << QByteArray("[s]\nk: a=b\n") << QStringLiteral("s")
                                         << QStringLiteral("k") << QStringLiteral("a=b");
    QTest::newRow("keys are lower-cased")
        << QByteArray("[ovh-eu]\nApplication_KEY = abc\n") << QStringLiteral("ovh-eu")
        << QStringLiteral("application_key") << QStringLiteral("abc");
    QTest::newRow("sections are case-sensitive")
        << QByteArray("[OVH-EU]\napplication_key = abc\n") << QStringLiteral("ovh-eu")
        << QStringLiteral("application_key") << none;
    QTest::newRow("section names are not trimmed")
        << QByteArray("[ ovh-eu ]\napplication_key = abc\n") << QStringLiteral("ovh-eu")
        << QStringLiteral("application_key") << none;
    QTest::newRow("text after the header is ignored")
        << QByteArray("[ovh-eu] ; main account\nk = v\n") << QStringLiteral("ovh-eu")
        << QStringLiteral("k") << QStringLiteral("v");
    QTest::newRow("hash comment") << QByteArray("[s]\n# k = commented\n") << QStringLiteral("s")
                                  << QStringLiteral("k") << none;
    QTest::newRow("semicolon comment") << QByteArray("[s]\n; k = commented\n")
                                       << QStringLiteral("s") << QStringLiteral("k") << none;
    QTest::newRow("no inline comments")
        << QByteArray("[s]\nk = value ; not a comment # either\n") << QStringLiteral("s")
        << QStringLiteral("k") << QStringLiteral("value ; not a comment # either");
    QTest::newRow("empty value") << QByteArray("[s]\nk =\n") << QStringLiteral("s")
                                 << QStringLiteral("k") << QString();
    QTest::newRow("continuation line")
        << QByteArray("[s]\nk = first\n   second\nj = 2\n") << QStringLiteral("s")
        << QStringLiteral("k") << QStringLiteral("first\nsecond");
    QTest::newRow("after a continuation")
        << QByteArray("[s]\nk = first\n   second\nj = 2\n") << QStringLiteral("s")
        << QStringLiteral("j") << QStringLiteral("2");
    QTest::newRow("CRLF") << QByteArray("[s]\r\nk = v\r\n") << QStringLiteral("s")
                          << QStringLiteral("k") << QStringLiteral("v");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF[s]\nk = v\n") << QStringLiteral("s")
                               << QStringLiteral("k") << QStringLiteral("v");
    QTest::newRow("UTF-8 value") << QByteArray("[s]\nk = caf\xC3\xA9\n") << QStringLiteral("s")
                                 << QStringLiteral("k") << QStringLiteral("caf\u00e9");
    QTest::newRow("duplicate key: last wins")
        << QByteArray("[s]\nk = 1\nk = 2\n") << QStringLiteral("s") << QStringLiteral("k")
        << QStringLiteral("2");
    QTest::newRow("repeated section merges")
        << QByteArray("[s]\nk = 1\n[t]\n[s]\nj = 2\n") << QStringLiteral("s") << QStringLiteral("k")
        << QStringLiteral("1");
    QTest::newRow("no final newline") << QByteArray("[s]\nk = v") << QStringLiteral("s")
                                      << QStringLiteral("k") << QStringLiteral("v");
}

void TestCredentials::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const IniDocument document = IniDocument::parse(text);
    const std::optional<QString> value = document.ownValue(section, key);
    if (expected == QLatin1String("<none>")) {
        QVERIFY(!value.has_value());
    } else {
        QVERIFY(value.has_value());
        QCOMPARE(*value, expected);
    }
}

void TestCredentials::malformedLinesIgnored_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("diagnostics");

    QTest::newRow("key before any section")
        << QByteArray("application_secret = SECRET-AS-0123456789\n[s]\nk = v\n") << 1;
    QTest::newRow("line without separator")
        << QByteArray("[s]\nSECRET-AS-0123456789\nk = v\n") << 1;
    QTest::newRow("empty key") << QByteArray("[s]\n= SECRET-AS-0123456789\nk = v\n") << 1;
    QTest::newRow("empty section header") << QByteArray("[]\n[s]\nk = v\n") << 1;
    QTest::newRow("unclosed header") << QByteArray("[s\n[s]\nk = v\n") << 1;
    QTest::newRow("binary garbage")
        << (QByteArray("[s]\nk = v\n") + QByteArray("\x00\xff\xfe\x01\n", 5)) << 1;
    QTest::newRow("very long line") << (QByteArray("[s]\nk = v\n") + QByteArray(100000, 'x')) << 1;
}

void TestCredentials::malformedLinesIgnored()
{
    QFETCH(QByteArray, text);
    QFETCH(int, diagnostics);
    const IniDocument document = IniDocument::parse(text);
    QCOMPARE(document.ownValue(QStringLiteral("s"), QStringLiteral("k")).value_or(QString()),
        QStringLiteral("v"));
    QCOMPARE(document.diagnostics.size(), diagnostics);
    for (const QString& note : document.diagnostics) {
        QVERIFY(note.startsWith(QLatin1String("line ")));
        QVERIFY2(!mentionsSecret(note), qPrintable(note)); // a diagnostic never quotes the line
    }
}

void TestCredentials::defaultSectionFallback()
{
    OvhConfig config;
    config.addDocument(QStringLiteral("a"),
        IniDocument::parse("[DEFAULT]\nconsumer_key = from-default\n[ovh-eu]\n"));
    config.addDocument(QStringLiteral("b"),
        IniDocument::parse("[ovh-ca]\nconsumer_key = ca\n[ovh-eu]\napplication_key = ak\n"));
    ValueOrigin origin;
    QCOMPARE(config.value(QStringLiteral("ovh-eu"), QStringLiteral("consumer_key"), &origin),
        QStringLiteral("from-default"));
    QCOMPARE(origin.where, QStringLiteral("a"));
    // A section's own key, from any file, beats [DEFAULT].
    QCOMPARE(config.value(QStringLiteral("ovh-ca"), QStringLiteral("consumer_key")),
        QStringLiteral("ca"));
    // A section that exists nowhere gets nothing, not even [DEFAULT] (configparser raises).
    QCOMPARE(
        config.value(QStringLiteral("ovh-us"), QStringLiteral("consumer_key"), &origin), QString());
    QVERIFY(!origin.isSet());
}

void TestCredentials::filePriorityPerKey()
{
    const QString etc = path(QStringLiteral("etc.conf"));
    const QString home = path(QStringLiteral("home.conf"));
    const QString local = path(QStringLiteral("local.conf"));
    QVERIFY(writeFile(etc,
        "[default]\nendpoint = ovh-ca\n[ovh-eu]\napplication_key = etc-ak\n"
        "application_secret = etc-as\nconsumer_key = etc-ck\n"));
    QVERIFY(writeFile(home, "[ovh-eu]\napplication_secret = home-as\nconsumer_key = home-ck\n"));
    QVERIFY(writeFile(local,
        "# only the consumer key here\n[ovh-eu]\nconsumer_key = local-ck\n"
        "application_key =\n"));

    const OvhConfig config = OvhConfig::load({ etc, home, local });
    QCOMPARE(config.readFiles(), (QStringList { etc, home, local }));
    QVERIFY(config.diagnostics().isEmpty());

    ValueOrigin origin;
    QCOMPARE(config.defaultEndpoint(&origin), QStringLiteral("ovh-ca"));
    QCOMPARE(origin.where, etc);

    const Credentials eu = config.credentials(QStringLiteral("ovh-eu"));
    QCOMPARE(eu.applicationKey, QStringLiteral("etc-ak")); // an empty value sets nothing
    QCOMPARE(eu.applicationSecret, QStringLiteral("home-as"));
    QCOMPARE(eu.consumerKey, QStringLiteral("local-ck"));

    const ResolvedCredentials resolved = resolveCredentials(config, QProcessEnvironment(),
        CredentialOverrides { QStringLiteral("ovh-eu"), {}, QStringLiteral("--endpoint") });
    QCOMPARE(resolved.credentials, eu);
    QCOMPARE(resolved.origin(CredentialField::ApplicationKey).kind, ValueOrigin::Kind::File);
    QCOMPARE(resolved.origin(CredentialField::ApplicationKey).where, etc);
    QCOMPARE(resolved.origin(CredentialField::ApplicationSecret).where, home);
    QCOMPARE(resolved.origin(CredentialField::ConsumerKey).where, local);
    QVERIFY(!resolved.origin(CredentialField::ClientId).isSet());
}

void TestCredentials::missingFilesTolerated()
{
    const QString real = path(QStringLiteral("real.conf"));
    QVERIFY(writeFile(real, "[ovh-eu]\napplication_key = ak\n"));
    const QString directory = path(QStringLiteral("a-directory"));
    QVERIFY(QDir().mkpath(directory));

    const OvhConfig config = OvhConfig::load(
        { path(QStringLiteral("absent.conf")), real, directory, QStringLiteral("/nonexistent/x") });
    QCOMPARE(config.readFiles(), QStringList { real });
    QCOMPARE(config.diagnostics().size(), 1); // the directory; absent files are normal
    QVERIFY(config.diagnostics().constFirst().startsWith(directory));
    QCOMPARE(config.credentials(QStringLiteral("ovh-eu")).applicationKey, QStringLiteral("ak"));

    const OvhConfig empty = OvhConfig::load({});
    QVERIFY(empty.readFiles().isEmpty());
    QVERIFY(empty.credentials(QStringLiteral("ovh-eu")).isEmpty());
}

void TestCredentials::defaultFiles()
{
    const QStringList files = OvhConfig::defaultFiles();
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.at(0), QStringLiteral("/etc/ovh.conf"));
    QCOMPARE(files.at(1), QDir::homePath() + QStringLiteral("/.ovh.conf"));
    QCOMPARE(files.at(2), QDir::currentPath() + QStringLiteral("/ovh.conf"));
}

void TestCredentials::environmentOverFiles()
{
    const QString file = path(QStringLiteral("ovh.conf"));
    QVERIFY(writeFile(file,
        "[ovh-eu]\napplication_key = file-ak\napplication_secret = file-as\n"
        "consumer_key = file-ck\n"));
    const OvhConfig config = OvhConfig::load({ file });

    QProcessEnvironment env;
    env.insert(QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("env-ck"));
    env.insert(QStringLiteral("OVH_CLIENT_ID"), QStringLiteral("env-id"));
    env.insert(QStringLiteral("OVH_APPLICATION_SECRET"), QString()); // empty: ignored
    env.insert(QStringLiteral("HOME"), QStringLiteral("/unrelated"));

    const ResolvedCredentials resolved = resolveCredentials(config, env);
    QCOMPARE(resolved.endpoint, QStringLiteral("ovh-eu"));
    QCOMPARE(resolved.endpointOrigin.kind, ValueOrigin::Kind::Default);
    QCOMPARE(resolved.credentials.applicationKey, QStringLiteral("file-ak"));
    QCOMPARE(resolved.credentials.applicationSecret, QStringLiteral("file-as"));
    QCOMPARE(resolved.credentials.consumerKey, QStringLiteral("env-ck"));
    QCOMPARE(resolved.credentials.clientId, QStringLiteral("env-id"));
    QCOMPARE(resolved.origin(CredentialField::ConsumerKey).kind, ValueOrigin::Kind::Environment);
    QCOMPARE(resolved.origin(CredentialField::ConsumerKey).describe(),
        QStringLiteral("environment variable OVH_CONSUMER_KEY"));
    QCOMPARE(resolved.origin(CredentialField::ApplicationSecret).kind, ValueOrigin::Kind::File);
}

void TestCredentials::overridesOverEnvironment()
{
    const QString file = path(QStringLiteral("ovh.conf"));
    QVERIFY(writeFile(file, "[ovh-eu]\napplication_key = file-ak\nconsumer_key = file-ck\n"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("OVH_APPLICATION_KEY"), QStringLiteral("env-ak"));
    env.insert(QStringLiteral("OVH_CONSUMER_KEY"), QStringLiteral("env-ck"));

    CredentialOverrides flags;
    flags.credentials.applicationKey = QStringLiteral("flag-ak");
    flags.credentials.applicationSecret = QStringLiteral("flag-as");
    flags.label = QStringLiteral("command-line flag");
    const ResolvedCredentials resolved = resolveCredentials(OvhConfig::load({ file }), env, flags);
    QCOMPARE(resolved.credentials.applicationKey, QStringLiteral("flag-ak"));
    QCOMPARE(resolved.credentials.applicationSecret, QStringLiteral("flag-as"));
    QCOMPARE(resolved.credentials.consumerKey, QStringLiteral("env-ck")); // no flag for it
    QCOMPARE(resolved.origin(CredentialField::ApplicationKey).kind, ValueOrigin::Kind::Override);
    QCOMPARE(resolved.origin(CredentialField::ApplicationKey).describe(),
        QStringLiteral("command-line flag"));
    QVERIFY(resolved.credentials.canSign());
}

void TestCredentials::endpointResolution_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("consumerKey");

    const QByteArray sections("[ovh-eu]\nconsumer_key = eu\n[ovh-ca]\nconsumer_key = ca\n"
                              "[kimsufi-eu]\nconsumer_key = ks\n"
                              "[http://127.0.0.1:8080/1.0]\nconsumer_key = local\n");
    const auto kind = [](ValueOrigin::Kind k) { return static_cast<int>(k); };
    QTest::newRow("built-in default")
        << sections << QString() << QString() << QStringLiteral("ovh-eu")
        << kind(ValueOrigin::Kind::Default) << QStringLiteral("eu");
    QTest::newRow("[default] endpoint")
        << (QByteArray("[default]\nendpoint = ovh-ca\n") + sections) << QString() << QString()
        << QStringLiteral("ovh-ca") << kind(ValueOrigin::Kind::File) << QStringLiteral("ca");
    QTest::newRow("OVH_ENDPOINT over the file")
        << (QByteArray("[default]\nendpoint = ovh-ca\n") + sections) << QStringLiteral("kimsufi-eu")
        << QString() << QStringLiteral("kimsufi-eu") << kind(ValueOrigin::Kind::Environment)
        << QStringLiteral("ks");
    QTest::newRow("flag over OVH_ENDPOINT")
        << sections << QStringLiteral("kimsufi-eu") << QStringLiteral("ovh-ca")
        << QStringLiteral("ovh-ca") << kind(ValueOrigin::Kind::Override) << QStringLiteral("ca");
    QTest::newRow("known name in another case")
        << sections << QString() << QStringLiteral("OVH-CA") << QStringLiteral("ovh-ca")
        << kind(ValueOrigin::Kind::Override) << QStringLiteral("ca");
    QTest::newRow("custom base URL is a section name")
        << sections << QStringLiteral("http://127.0.0.1:8080/1.0") << QString()
        << QStringLiteral("http://127.0.0.1:8080/1.0") << kind(ValueOrigin::Kind::Environment)
        << QStringLiteral("local");
    QTest::newRow("no section for it")
        << sections << QString() << QStringLiteral("ovh-us") << QStringLiteral("ovh-us")
        << kind(ValueOrigin::Kind::Override) << QString();
}

void TestCredentials::endpointResolution()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, environment);
    QFETCH(QString, flag);
    QFETCH(QString, endpoint);
    QFETCH(int, kind);
    QFETCH(QString, consumerKey);

    const QString conf = path(QStringLiteral("ovh.conf"));
    QVERIFY(writeFile(conf, file));
    QProcessEnvironment env;
    if (!environment.isEmpty())
        env.insert(QStringLiteral("OVH_ENDPOINT"), environment);
    CredentialOverrides flags;
    flags.endpoint = flag;
    const ResolvedCredentials resolved = resolveCredentials(OvhConfig::load({ conf }), env, flags);
    QCOMPARE(resolved.endpoint, endpoint);
    QCOMPARE(static_cast<int>(resolved.endpointOrigin.kind), kind);
    QCOMPARE(resolved.credentials.consumerKey, consumerKey);
}

void TestCredentials::explainNeverShowsSecrets()
{
    const QString file = path(QStringLiteral("ovh.conf"));
    QVERIFY(writeFile(file,
        QStringLiteral("[ovh-eu]\napplication_key = AK-public\napplication_secret = %1\n")
            .arg(SecretAS)
            .toUtf8()));
    QProcessEnvironment env;
    env.insert(QStringLiteral("OVH_CONSUMER_KEY"), SecretCK);
    CredentialOverrides flags;
    flags.credentials.clientSecret = SecretClient;
    flags.label = QStringLiteral("--client-secret");
    const ResolvedCredentials resolved = resolveCredentials(OvhConfig::load({ file }), env, flags);

    const QStringList lines = resolved.explain();
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), QStringLiteral("endpoint: ovh-eu (built-in default)"));
    QCOMPARE(lines.at(1), QStringLiteral("application_key: from ") + file);
    QCOMPARE(lines.at(2), QStringLiteral("application_secret: from ") + file);
    QCOMPARE(
        lines.at(3), QStringLiteral("consumer_key: from environment variable OVH_CONSUMER_KEY"));
    QCOMPARE(lines.at(4), QStringLiteral("client_id: not set"));
    QCOMPARE(lines.at(5), QStringLiteral("client_secret: from --client-secret"));
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY(!mentionsSecret(all));
    QVERIFY(!all.contains(QStringLiteral("AK-public")));
}

void TestCredentials::missing_data()
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

void TestCredentials::missing()
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

void TestCredentials::headerValues_data()
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

void TestCredentials::headerValues()
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

void TestCredentials::invalidValueNamesItsSource_data()
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

void TestCredentials::invalidValueNamesItsSource()
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

void TestCredentials::exposedSecretWarning_data()
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

void TestCredentials::exposedSecretWarning()
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

void TestCredentials::debugOutputHidesSecrets()
{
    Credentials credentials = fullCredentials();
    credentials.clientSecret = SecretClient;
    QString text;
    QDebug(&text) << credentials;
    QVERIFY2(!mentionsSecret(text), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("application_secret=<set>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("client_id=<unset>")), qPrintable(text));
}

void TestCredentials::writerRoundTrip()
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

void TestCredentials::writerKeepsTheRest()
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

void TestCredentials::writerRejectsUnwritableValues()
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

void TestCredentials::saveIsPrivate()
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

void TestCredentials::storeCredentialsUpdatesFile()
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

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
