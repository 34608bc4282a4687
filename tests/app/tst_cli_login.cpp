// `ovh-explorer-cli login`, the real process against the sandbox: it prints the validation
// URL, the test validates (or refuses) it through the sandbox's page like a person would, and
// the key ends up in the keychain or in an ovh.conf of mode 0600. CTest runs this inside a
// private D-Bus session with an unlocked gnome-keyring (tests/support/with-keyring.sh).
#include "auth/ovhconfig.h"
#include "auth/secretstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxoauth2.h"
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Ovh;

namespace {

struct LoginRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QUrl validationUrl;
    QByteArray consumerKey; // what the sandbox gave for that URL
    int decisionStatus = 0; // HTTP status of the test's POST to the page
};

} // namespace

class TestCliLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeInFile();
    void storeInKeychain();
    void refused();
    void expired();
    void timedOut();
    void badUsage_data();
    void badUsage();
    void noKeychainService();
    void serverTextIsEscapedAndCut();
    void serviceAccountFromStdin();
    void serviceAccountRefusals_data();
    void serviceAccountRefusals();

private:
    // Runs `login` with the demo application and `arguments`; once the validation URL shows,
    // POSTs `form` to it (nothing when empty).
    LoginRun login(const QStringList& arguments, const QByteArray& form,
        const QProcessEnvironment& environment = QProcessEnvironment());
    // The same, doing `decide` with the run and the credential token once the URL shows.
    using Decision = std::function<void(LoginRun& run, const QByteArray& token)>;
    LoginRun login(const QStringList& arguments, const Decision& decide,
        const QProcessEnvironment& environment = QProcessEnvironment());
    QProcessEnvironment baseEnvironment() const;
    QStringList common() const;
    // Runs any command of the CLI in baseEnvironment() (its own settings).
    LoginRun cli(const QStringList& arguments, const QByteArray& input = QByteArray());
    // login --client-id (the demo one) --client-secret-stdin `arguments`, `secret` on stdin.
    LoginRun serviceLogin(const QStringList& arguments, const QByteArray& secret);
    // No secret in anything the process printed.
    void checkNoSecret(const LoginRun& run);

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
};

void TestCliLogin::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment TestCliLogin::baseEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString& name : names) {
        if (name.startsWith(QLatin1String("OVH_")))
            environment.remove(name);
    }
    // The profile list (QSettings) goes here, not into the real configuration.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    return environment;
}

QStringList TestCliLogin::common() const
{
    return { QStringLiteral("login"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
        QStringLiteral("--app-key"), QString::fromLatin1(SandboxDemo::kApplicationKey),
        QStringLiteral("--app-secret"), QString::fromLatin1(SandboxDemo::kApplicationSecret) };
}

LoginRun TestCliLogin::login(
    const QStringList& arguments, const QByteArray& form, const QProcessEnvironment& environment)
{
    if (form.isEmpty())
        return login(arguments, Decision(), environment);
    const Decision post = [this, form](LoginRun& run, const QByteArray&) {
        QNetworkRequest request(run.validationUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_nam.post(request, form);
        connect(reply, &QNetworkReply::finished, this, [reply, &run] {
            run.decisionStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        });
    };
    return login(arguments, post, environment);
}

LoginRun TestCliLogin::login(
    const QStringList& arguments, const Decision& decide, const QProcessEnvironment& environment)
{
    LoginRun run;
    QProcess process;
    process.setProgram(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"));
    process.setArguments(common() + arguments);
    process.setProcessEnvironment(environment.isEmpty() ? baseEnvironment() : environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QByteArray out;
    connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
        out += process.readAllStandardOutput();
        if (!run.validationUrl.isEmpty())
            return;
        const qsizetype start = out.indexOf("validation URL: ");
        const qsizetype end = start < 0 ? -1 : out.indexOf('\n', start);
        if (end < 0)
            return; // the line is not complete yet
        const QByteArray url = out.mid(start + 16, end - start - 16);
        run.validationUrl = QUrl::fromEncoded(url);
        const QByteArray token = QUrlQuery(run.validationUrl)
                                     .queryItemValue(QStringLiteral("credentialToken"))
                                     .toLatin1();
        if (const SandboxCredential* credential = m_sandbox.credentials().byToken(token))
            run.consumerKey = credential->consumerKey;
        if (decide)
            decide(run, token);
    });
    process.start();
    if (!process.waitForStarted(10000))
        return run;
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
    out += process.readAllStandardOutput();
    run.out = out;
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

LoginRun TestCliLogin::cli(const QStringList& arguments, const QByteArray& input)
{
    LoginRun run;
    QProcess process;
    process.setProcessEnvironment(baseEnvironment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"), arguments);
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

LoginRun TestCliLogin::serviceLogin(const QStringList& arguments, const QByteArray& secret)
{
    return cli(
        QStringList { QStringLiteral("login"), QStringLiteral("--endpoint"),
            m_sandbox.baseUrl().toString(), QStringLiteral("--client-id"),
            QString::fromLatin1(SandboxDemo::kClientId), QStringLiteral("--client-secret-stdin") }
            + arguments,
        secret);
}

void TestCliLogin::checkNoSecret(const LoginRun& run)
{
    const QByteArray secret(SandboxDemo::kApplicationSecret);
    QVERIFY(!run.out.contains(secret));
    QVERIFY(!run.err.contains(secret));
    if (!run.consumerKey.isEmpty()) {
        QVERIFY(!run.out.contains(run.consumerKey));
        QVERIFY(!run.err.contains(run.consumerKey));
    }
}

void TestCliLogin::storeInFile()
{
    const QString config = m_dir.filePath(QStringLiteral("stored-ovh.conf"));
    const LoginRun run = login(
        { QStringLiteral("--rights"), QStringLiteral("GET /me"), QStringLiteral("--rights"),
            QStringLiteral("GET /domain/*"), QStringLiteral("--store"), QStringLiteral("file"),
            QStringLiteral("--config"), config, QStringLiteral("--interval"), QStringLiteral("0.1"),
            QStringLiteral("--timeout"), QStringLiteral("30") },
        "validity=0");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.decisionStatus, 200);
    QVERIFY(run.out.startsWith("validation URL: http://127.0.0.1:"));
    QCOMPARE(run.consumerKey.size(), 32);
    QVERIFY(run.out.contains(QByteArray("stored in " + config.toUtf8())));
    checkNoSecret(run);

    // Mode 0600 and the three values, in the section of the endpoint as given.
    const QFileInfo info(config);
    QVERIFY(info.exists());
    QCOMPARE(info.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
        QFile::ReadOwner | QFile::WriteOwner);
    const OvhConfig file = OvhConfig::load({ config });
    const QString section = m_sandbox.baseUrl().toString();
    const Credentials stored = file.credentials(section);
    QCOMPARE(stored.consumerKey.toLatin1(), run.consumerKey);
    QCOMPARE(stored.applicationKey, QString::fromLatin1(SandboxDemo::kApplicationKey));
    QCOMPARE(stored.applicationSecret, QString::fromLatin1(SandboxDemo::kApplicationSecret));
    QCOMPARE(file.defaultEndpoint(), section);
    // Written once: one section, each key once.
    QFile written(config);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QCOMPARE(text.count("consumer_key"), 1);
    QCOMPARE(text.count(QByteArray("[" + section.toUtf8() + "]")), 1);
    QVERIFY(run.out.contains("as profile 'default'"));
    const SandboxCredential* credential = m_sandbox.credentials().byConsumerKey(run.consumerKey);
    QVERIFY(credential);
    QCOMPARE(credential->stateAt(m_sandbox.now()), CredentialState::Validated);
    QCOMPARE(credential->rules.size(), 2);

    // Also recorded as the endpoint's current profile, pointing at that file; no secret in
    // the settings.
    QFile settings(m_dir.filePath(QStringLiteral("xdg/ovh-api-explorer/ovh-explorer.conf")));
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray settingsText = settings.readAll();
    QVERIFY(settingsText.contains("configFile"));
    QVERIFY(settingsText.contains(QFileInfo(config).absoluteFilePath().toUtf8()));
    QVERIFY(!settingsText.contains(run.consumerKey));
    QVERIFY(!settingsText.contains(SandboxDemo::kApplicationSecret));

    // The stored key is used by `call --config` as it is.
    QProcess call;
    call.setProcessEnvironment(baseEnvironment());
    call.start(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
        { QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/me"),
            QStringLiteral("--config"), config, QStringLiteral("--cache-dir"),
            m_dir.filePath(QStringLiteral("cache")) });
    QSignalSpy done(&call, &QProcess::finished);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    const QByteArray callOut = call.readAllStandardOutput();
    QVERIFY2(call.exitCode() == 0, call.readAllStandardError().constData());
    QVERIFY(callOut.contains(SandboxDemo::kNichandle));
}

void TestCliLogin::storeInKeychain()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL(
            "needs a session bus with a Secret Service: run through tests/support/with-keyring.sh");
    const LoginRun run
        = login({ QStringLiteral("--rights"), QStringLiteral("GET /*"), QStringLiteral("--profile"),
                    QStringLiteral("work"), QStringLiteral("--interval"), QStringLiteral("0.1") },
            "validity=3600");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("stored in the keychain as profile 'work'"));
    checkNoSecret(run);

    SecretStore store; // the CLI's own service name
    const QString endpoint = m_sandbox.baseUrl().toString();
    SecretJob* job = store.read(endpoint, QStringLiteral("work"));
    QSignalSpy finished(job, &SecretJob::finished);
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().first().value<SecretResult>();
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.values.consumerKey.toLatin1(), run.consumerKey);
    QCOMPARE(result.values.applicationSecret, QString::fromLatin1(SandboxDemo::kApplicationSecret));

    // The profile list has the application key, never a secret.
    QFile settings(m_dir.filePath(QStringLiteral("xdg/ovh-api-explorer/ovh-explorer.conf")));
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray text = settings.readAll();
    QVERIFY(text.contains(SandboxDemo::kApplicationKey));
    QVERIFY(text.contains("work"));
    QVERIFY(!text.contains(run.consumerKey));
    QVERIFY(!text.contains(SandboxDemo::kApplicationSecret));

    // `call` with no credentials given signs with the current profile, read from the keychain.
    const QStringList call { QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/me"),
        QStringLiteral("--endpoint"), endpoint, QStringLiteral("--cache-dir"),
        m_dir.filePath(QStringLiteral("cache")) };
    LoginRun called = cli(call);
    QVERIFY2(called.exitCode == 0, called.err.constData());
    QVERIFY(called.out.contains(SandboxDemo::kNichandle));
    called.consumerKey = run.consumerKey;
    checkNoSecret(called);
    // The same, named explicitly.
    called = cli(call + QStringList { QStringLiteral("--profile"), QStringLiteral("work") });
    QVERIFY2(called.exitCode == 0, called.err.constData());
    // An unknown profile: bad usage, said clearly, nothing sent.
    const int before = m_sandbox.requestCount();
    called = cli(call + QStringList { QStringLiteral("--profile"), QStringLiteral("nosuch") });
    QCOMPARE(called.exitCode, 2);
    QVERIFY2(called.err.contains("no profile 'nosuch'"), called.err.constData());
    QCOMPARE(m_sandbox.requestCount(), before);
    // snippet takes --profile too, and its script holds no secret.
    called = cli({ QStringLiteral("snippet"), QStringLiteral("--lang"), QStringLiteral("python"),
        QStringLiteral("GET"), QStringLiteral("/me"), QStringLiteral("--endpoint"), endpoint,
        QStringLiteral("--cache-dir"), m_dir.filePath(QStringLiteral("cache")),
        QStringLiteral("--profile"), QStringLiteral("work") });
    QVERIFY2(called.exitCode == 0, called.err.constData());
    called.consumerKey = run.consumerKey;
    checkNoSecret(called);

    // Logging in again with --store file moves the profile: its keychain entries go.
    const QString config = m_dir.filePath(QStringLiteral("moved-ovh.conf"));
    const LoginRun moved
        = login({ QStringLiteral("--rights"), QStringLiteral("GET /*"), QStringLiteral("--profile"),
                    QStringLiteral("work"), QStringLiteral("--store"), QStringLiteral("file"),
                    QStringLiteral("--config"), config, QStringLiteral("--interval"),
                    QStringLiteral("0.1") },
            "validity=3600");
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QVERIFY2(!moved.err.contains("warning"), moved.err.constData());
    QCOMPARE(OvhConfig::load({ config }).credentials(endpoint).consumerKey.toLatin1(),
        moved.consumerKey);
    SecretJob* reread = store.read(endpoint, QStringLiteral("work"));
    QSignalSpy rereadDone(reread, &SecretJob::finished);
    QVERIFY(rereadDone.wait(30000));
    QCOMPARE(
        rereadDone.first().first().value<SecretResult>().status, SecretResult::Status::NotFound);
}

void TestCliLogin::refused()
{
    const QString config = m_dir.filePath(QStringLiteral("refused-ovh.conf"));
    const LoginRun run
        = login({ QStringLiteral("--rights"), QStringLiteral("GET /*"), QStringLiteral("--store"),
                    QStringLiteral("file"), QStringLiteral("--config"), config,
                    QStringLiteral("--interval"), QStringLiteral("0.1") },
            "action=refuse");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.decisionStatus, 200);
    QVERIFY2(run.err.contains("refused"), run.err.constData());
    QVERIFY(!QFileInfo::exists(config));
    checkNoSecret(run);
}

void TestCliLogin::expired()
{
    const QString config = m_dir.filePath(QStringLiteral("expired-ovh.conf"));
    QElapsedTimer timer;
    timer.start();
    // Validated, in one step on the sandbox's own clock, for one second as of two seconds
    // ago: already expired whenever the CLI first looks, however slow the machine.
    bool validated = false;
    const Decision expireAtOnce = [this, &validated](LoginRun&, const QByteArray& token) {
        validated = m_sandbox.credentials().validate(token, 1, m_sandbox.now() - 2);
    };
    const LoginRun run
        = login({ QStringLiteral("--rights"), QStringLiteral("GET /*"), QStringLiteral("--store"),
                    QStringLiteral("file"), QStringLiteral("--config"), config,
                    QStringLiteral("--interval"), QStringLiteral("0.1") },
            expireAtOnce);
    QVERIFY(validated);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY2(run.err.contains("expired"), run.err.constData());
    QVERIFY(!QFileInfo::exists(config));
    checkNoSecret(run);
}

void TestCliLogin::timedOut()
{
    const QString config = m_dir.filePath(QStringLiteral("timeout-ovh.conf"));
    QElapsedTimer timer;
    timer.start();
    const LoginRun run
        = login({ QStringLiteral("--rights"), QStringLiteral("GET /*"), QStringLiteral("--store"),
                    QStringLiteral("file"), QStringLiteral("--config"), config,
                    QStringLiteral("--interval"), QStringLiteral("0.2"),
                    QStringLiteral("--timeout"), QStringLiteral("2") },
            QByteArray());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.validationUrl.isValid());
    QVERIFY2(run.err.contains("timed out"), run.err.constData());
    QVERIFY(timer.elapsed() < 30000);
    QVERIFY(!QFileInfo::exists(config));
    checkNoSecret(run);
}

void TestCliLogin::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString config = m_dir.filePath(QStringLiteral("usage-ovh.conf"));
    QTest::newRow("no rights") << QStringList() << QByteArray("--rights");
    QTest::newRow("bad rule") << QStringList { QStringLiteral("--rights"),
        QStringLiteral("GET me") }
                              << QByteArray("starts with '/'");
    QTest::newRow("bad method") << QStringList { QStringLiteral("--rights"),
        QStringLiteral("PATCH /me") }
                                << QByteArray("unknown method");
    QTest::newRow("file without config") << QStringList { QStringLiteral("--rights"),
        QStringLiteral("GET /*"), QStringLiteral("--store"), QStringLiteral("file") }
                                         << QByteArray("--config FILE");
    QTest::newRow("unknown store") << QStringList { QStringLiteral("--rights"),
        QStringLiteral("GET /*"), QStringLiteral("--store"), QStringLiteral("clipboard") }
                                   << QByteArray("--store");
    QTest::newRow("zero timeout") << QStringList { QStringLiteral("--rights"),
        QStringLiteral("GET /*"), QStringLiteral("--timeout"), QStringLiteral("0") }
                                  << QByteArray("--timeout");
    QTest::newRow("bad profile") << QStringList { QStringLiteral("--rights"),
        QStringLiteral("GET /*"), QStringLiteral("--profile"), QStringLiteral("a/b") }
                                 << QByteArray("--profile");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--frobnicate") } << QByteArray("frobnicate");
    // The application key is a header value: refused before anything is sent, never trimmed.
    QTest::newRow("app key with CRLF")
        << QStringList { QStringLiteral("--rights"), QStringLiteral("GET /*"),
               QStringLiteral("--app-key"), QStringLiteral("AppKey\r\nX-Injected: 1") }
        << QByteArray("login: application_key (from command line): contains a carriage return "
                      "(U+000D) at character 7; keys are printable ASCII without spaces\n");
    QTest::newRow("app key with a trailing space")
        << QStringList { QStringLiteral("--rights"), QStringLiteral("GET /*"),
               QStringLiteral("--app-key"),
               QString::fromLatin1(SandboxDemo::kApplicationKey) + QLatin1Char(' ') }
        << QByteArray("application_key (from command line): contains a space (U+0020) at "
                      "character 17");
}

void TestCliLogin::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const int before = m_sandbox.requestCount();
    const LoginRun run = login(arguments, QByteArray());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_sandbox.requestCount(), before); // nothing was sent
    checkNoSecret(run);
}

void TestCliLogin::serverTextIsEscapedAndCut()
{
    // The sandbox quotes an allowed IP it refuses in its message: a hostile server could put
    // anything there, escape sequences and pages of it.
    const QString evil
        = QStringLiteral("\u001b]0;pwned\u0007\u001b[2J") + QString(5000, QLatin1Char('A'));
    const QString config = m_dir.filePath(QStringLiteral("hostile-ovh.conf"));
    const int before = m_sandbox.requestCount();
    const LoginRun run = login({ QStringLiteral("--rights"), QStringLiteral("GET /*"),
                                   QStringLiteral("--allowed-ip"), evil, QStringLiteral("--store"),
                                   QStringLiteral("file"), QStringLiteral("--config"), config },
        QByteArray());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(m_sandbox.requestCount() > before); // the server did answer
    QVERIFY2(!run.err.contains('\x1b') && !run.err.contains('\x07'), run.err.constData());
    QVERIFY2(run.err.contains("\\x1b]0;pwned\\x07\\x1b[2JAAAA"), run.err.constData());
    QByteArray error;
    for (const QByteArray& line : run.err.split('\n')) {
        if (line.startsWith("error: "))
            error = line;
    }
    QVERIFY2(error.contains("A... ("), error.constData()); // cut, with the whole length
    QVERIFY2(error.size() < 2100, QByteArray::number(error.size()).constData());
    QVERIFY(!QFileInfo::exists(config));
    checkNoSecret(run);
}

void TestCliLogin::noKeychainService()
{
    // Outside any session bus: said at once, before anything is requested.
    QProcessEnvironment environment = baseEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const int before = m_sandbox.requestCount();
    const LoginRun run = login(
        { QStringLiteral("--rights"), QStringLiteral("GET /*") }, QByteArray(), environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no keychain service available"), run.err.constData());
    QVERIFY(run.err.contains("--store file --config FILE"));
    QVERIFY(!run.out.contains("validation URL"));
    // The clock sync may have gone out; no consumer key was requested.
    QVERIFY(m_sandbox.requestCount() - before <= 1);
    checkNoSecret(run);
}

void TestCliLogin::serviceAccountFromStdin()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL(
            "needs a session bus with a Secret Service: run through tests/support/with-keyring.sh");
    const QByteArray secret(SandboxDemo::kClientSecret);
    const LoginRun run
        = serviceLogin({ QStringLiteral("--profile"), QStringLiteral("robot") }, secret + "\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("stored in the keychain as profile 'robot'"), run.out.constData());
    QVERIFY(!run.out.contains(secret));
    QVERIFY(!run.err.contains(secret));

    // The secret is in the keychain, the profile list has the client id only.
    SecretStore store;
    const QString endpoint = m_sandbox.baseUrl().toString();
    SecretJob* job = store.read(endpoint, QStringLiteral("robot"));
    QSignalSpy finished(job, &SecretJob::finished);
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().first().value<SecretResult>();
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.values.clientSecret, QString::fromLatin1(secret));
    QFile settings(m_dir.filePath(QStringLiteral("xdg/ovh-api-explorer/ovh-explorer.conf")));
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray text = settings.readAll();
    QVERIFY(text.contains(SandboxDemo::kClientId));
    QVERIFY(!text.contains(secret));

    // `call` with no credentials given uses it: a bearer token, no signature.
    const LoginRun called = cli({ QStringLiteral("call"), QStringLiteral("GET"),
        QStringLiteral("/me"), QStringLiteral("--endpoint"), endpoint, QStringLiteral("--profile"),
        QStringLiteral("robot"), QStringLiteral("--cache-dir"),
        m_dir.filePath(QStringLiteral("cache")) });
    QVERIFY2(called.exitCode == 0, called.err.constData());
    QVERIFY(called.out.contains(SandboxDemo::kNichandle));
    QVERIFY(!called.out.contains(secret));
}

void TestCliLogin::serviceAccountRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("wrong secret") << QStringList { QStringLiteral("--profile"),
        QStringLiteral("wrong") } << QByteArray("NotTheSecret\n")
                                  << 1 << QByteArray("nothing stored");
    QTest::newRow("empty stdin") << QStringList() << QByteArray() << 2
                                 << QByteArray("no client secret");
    QTest::newRow("in a file") << QStringList { QStringLiteral("--store"), QStringLiteral("file") }
                               << QByteArray(SandboxDemo::kClientSecret) << 2
                               << QByteArray("keychain only");
    QTest::newRow("with rights") << QStringList { QStringLiteral("--rights"),
        QStringLiteral("GET /*") }
                                 << QByteArray(SandboxDemo::kClientSecret) << 2
                                 << QByteArray("--rights is for consumer keys");
}

void TestCliLogin::serviceAccountRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, secret);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const LoginRun run = serviceLogin(arguments, secret);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(!run.out.contains("stored"));
    if (!secret.isEmpty())
        QVERIFY(!run.err.contains(secret.trimmed()));
    // Without --client-secret-stdin: refused, nothing read.
    const LoginRun half
        = cli({ QStringLiteral("login"), QStringLiteral("--client-id"), QStringLiteral("x") });
    QCOMPARE(half.exitCode, 2);
    QVERIFY(half.err.contains("--client-secret-stdin"));
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
