// Where the keys come from: ovh.conf parsed, files, environment and overrides in their order,
// the endpoint resolved, and what explain() tells (never a secret).
#include "credentialfixtures.h"
#include "testfiles.h"

#include "auth/ovhconfig.h"

#include <QDir>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestCredentials final : public FolderTestCase
{
    Q_OBJECT

private slots:
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
};

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

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
