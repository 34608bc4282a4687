// `ovh-explorer-cli sandbox`: what it prints, and that what it prints is enough to make
// signed calls, over http and https.
#include "net/requestsigner.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ovh;

namespace {

QString cliPath()
{
    return OvhTest::binDir() + QStringLiteral("/ovh-explorer-cli");
}

// Starts the sandbox command and reads its banner ("key: value" lines up to "ready").
class RunningSandbox
{
public:
    bool start(const QStringList& options)
    {
        m_process.setProgram(cliPath());
        m_process.setArguments(QStringList { QStringLiteral("sandbox") } + options);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("ready") && timer.elapsed() < 30000
            && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        for (const QByteArray& line : out.split('\n')) {
            const qsizetype colon = line.indexOf(": ");
            if (colon > 0)
                m_banner.insert(
                    QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 2)));
        }
        return out.contains("ready");
    }
    ~RunningSandbox()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString value(const char* key) const { return m_banner.value(QString::fromLatin1(key)); }
    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QHash<QString, QString> m_banner;
};

struct Answer
{
    int status = 0;
    QByteArray body;
    QString error;
};

Answer get(const QUrl& url, const RequestSigner* signer, const QSslConfiguration& ssl = {},
    qint64 offset = 0)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!ssl.isNull())
        request.setSslConfiguration(ssl);
    if (signer) {
        const HeaderList headers
            = signer->headersAt("GET", RequestSigner::wireUrl(url), {}, systemUnixTime() + offset);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
    }
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        answer.error = reply->errorString();
    return answer;
}

} // namespace

class TestSandboxCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsWhatANewcomerNeeds();
    void servesHttpsWithItsCertificate();
    void cliTrustsTheCertificateItIsGiven();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void servesTheV2SnapshotItIsGiven();
};

void TestSandboxCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
}

void TestSandboxCli::printsWhatANewcomerNeeds()
{
    RunningSandbox sandbox;
    QVERIFY2(sandbox.start({ QStringLiteral("--skew"), QStringLiteral("3600"),
                 QStringLiteral("--snapshot"), OvhTest::snapshotDir(QStringLiteral("eu")) }),
        qPrintable(sandbox.errors()));
    const QUrl base(sandbox.value("base URL"));
    QVERIFY2(base.isValid() && base.port() > 0, qPrintable(base.toString()));
    QCOMPARE(base.scheme(), QStringLiteral("http"));
    QCOMPARE(base.path(), QStringLiteral("/1.0"));
    const QString applicationKey = sandbox.value("application key");
    const QString applicationSecret = sandbox.value("application secret");
    const QString consumerKey = sandbox.value("consumer key");
    QVERIFY(!applicationKey.isEmpty());
    QVERIFY(!applicationSecret.isEmpty());
    QVERIFY(!consumerKey.isEmpty());

    // The clock is an hour ahead.
    const Answer time = get(QUrl(base.toString() + QStringLiteral("/auth/time")), nullptr);
    QCOMPARE(time.status, 200);
    QVERIFY(qAbs(time.body.toLongLong() - (systemUnixTime() + 3600)) <= 2);

    const RequestSigner signer(applicationKey, applicationSecret, consumerKey);
    const Answer me = get(QUrl(base.toString() + QStringLiteral("/me")), &signer, {}, 3600);
    QVERIFY2(me.status == 200, me.body.constData());
    QVERIFY(QJsonDocument::fromJson(me.body).object().contains(QLatin1String("nichandle")));
}

void TestSandboxCli::servesHttpsWithItsCertificate()
{
    RunningSandbox sandbox;
    QVERIFY2(sandbox.start({ QStringLiteral("--tls") }), qPrintable(sandbox.errors()));
    const QUrl base(sandbox.value("base URL"));
    QCOMPARE(base.scheme(), QStringLiteral("https"));
    QFile certificateFile(sandbox.value("certificate"));
    QVERIFY2(certificateFile.open(QIODevice::ReadOnly), qPrintable(certificateFile.fileName()));
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(certificateFile.readAll());
    QCOMPARE(certificates.size(), 1);

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(certificates.first());
    const RequestSigner signer(sandbox.value("application key"),
        sandbox.value("application secret"), sandbox.value("consumer key"));
    const Answer domains = get(QUrl(base.toString() + QStringLiteral("/domain")), &signer, ssl);
    QVERIFY2(domains.status == 200, qPrintable(domains.error + QString::fromUtf8(domains.body)));
    // The bundled snapshot answers the index too.
    const Answer index = get(QUrl(base.toString() + QStringLiteral("/")), nullptr, ssl);
    QCOMPARE(index.status, 200);
    QCOMPARE(
        QJsonDocument::fromJson(index.body).object().value(QLatin1String("basePath")).toString(),
        base.toString());
}

// `--ca-cert` lets the schema-loading commands talk to the TLS sandbox; without it the
// self-signed certificate is refused, with a TLS error and exit code 1.
void TestSandboxCli::cliTrustsTheCertificateItIsGiven()
{
    RunningSandbox sandbox;
    QVERIFY2(sandbox.start({ QStringLiteral("--tls") }), qPrintable(sandbox.errors()));
    const QString certificate = sandbox.value("certificate");
    const auto run = [&sandbox](const QStringList& arguments, QByteArray* out, QByteArray* err) {
        QTemporaryDir cache;
        QProcess process;
        process.start(cliPath(),
            arguments
                + QStringList { QStringLiteral("--endpoint"), sandbox.value("base URL"),
                    QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("--config"),
                    OvhTest::dataFile(QStringLiteral("empty-ovh.conf")) });
        if (!process.waitForFinished(60000))
            return -1;
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    const QStringList getMe { QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/me"),
        QStringLiteral("--json"), QStringLiteral("--app-key"), sandbox.value("application key"),
        QStringLiteral("--app-secret"), sandbox.value("application secret"),
        QStringLiteral("--consumer-key"), sandbox.value("consumer key") };
    const QStringList trust { QStringLiteral("--ca-cert"), certificate };
    QByteArray out;
    QByteArray err;

    QCOMPARE(run(getMe + trust, &out, &err), 0);
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    QCOMPARE(result.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(result.value(QLatin1String("body")).toObject().value(QLatin1String("nichandle")),
        QJsonValue(QStringLiteral("sb4242-ovh")));

    QCOMPARE(run(getMe, &out, &err), 1);
    QVERIFY2(err.contains("SSL handshake failed"), err.constData());
    QVERIFY2(err.contains("self-signed"), err.constData());

    const QStringList snippet { QStringLiteral("snippet"), QStringLiteral("--lang"),
        QStringLiteral("shell"), QStringLiteral("GET"), QStringLiteral("/me") };
    QCOMPARE(run(snippet + trust, &out, &err), 0);
    QVERIFY(out.contains(QByteArray(sandbox.value("base URL").toUtf8() + "/me")));

    const QStringList notPem { QStringLiteral("--ca-cert"), cliPath() };
    QCOMPARE(run(getMe + notPem, &out, &err), 2);
    QVERIFY2(err.contains("--ca-cert: no PEM certificate"), err.constData());
    const QStringList missing { QStringLiteral("--ca-cert"), QStringLiteral("/nonexistent") };
    QCOMPARE(run(getMe + missing, &out, &err), 2);
    QVERIFY2(err.contains("--ca-cert: cannot read"), err.constData());
}

void TestSandboxCli::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("port") << QStringList { QStringLiteral("--port"), QStringLiteral("http") };
    QTest::newRow("skew") << QStringList { QStringLiteral("--skew"), QStringLiteral("soon") };
    QTest::newRow("snapshot") << QStringList { QStringLiteral("--snapshot"),
        QStringLiteral("/nonexistent") };
    QTest::newRow("v2 snapshot") << QStringList { QStringLiteral("--v2-snapshot"),
        QStringLiteral("/nonexistent") };
    QTest::newRow("extra argument") << QStringList { QStringLiteral("now") };
}

void TestSandboxCli::rejectsBadOptions()
{
    QFETCH(QStringList, options);
    QProcess process;
    process.start(cliPath(), QStringList { QStringLiteral("sandbox") } + options);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

// --v2-snapshot DIR: the /v2 branch answers from that folder (here one product of the
// bundled v2 snapshot), not from the bundled one.
void TestSandboxCli::servesTheV2SnapshotItIsGiven()
{
    const QString bundled
        = QDir::cleanPath(OvhTest::snapshotDir(QStringLiteral("eu")) + QLatin1String("/../v2"));
    QTemporaryDir dir;
    QVERIFY(QFile::copy(
        bundled + QLatin1String("/iam.json"), dir.filePath(QStringLiteral("iam.json"))));
    QFile index(dir.filePath(QStringLiteral("index.json")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(R"({"apis":[{"path":"/iam","schema":"{path}.{format}","format":["json"],)"
                R"("description":""}],"basePath":"https://eu.api.ovh.com/v2"})");
    index.close();

    RunningSandbox sandbox;
    QVERIFY2(sandbox.start({ QStringLiteral("--v2-snapshot"), dir.path() }),
        qPrintable(sandbox.errors()));
    QCOMPARE(sandbox.value("v2 snapshot"), dir.path());
    const QUrl v2(sandbox.value("v2 base URL"));
    QCOMPARE(v2.path(), QStringLiteral("/v2"));
    const Answer products = get(QUrl(v2.toString() + QLatin1Char('/')), nullptr);
    QCOMPARE(products.status, 200);
    const QJsonArray apis
        = QJsonDocument::fromJson(products.body).object().value(QLatin1String("apis")).toArray();
    QCOMPARE(apis.size(), 1);
    QCOMPARE(
        apis.first().toObject().value(QLatin1String("path")).toString(), QStringLiteral("/iam"));
    QCOMPARE(get(QUrl(v2.toString() + QStringLiteral("/iam.json")), nullptr).status, 200);
    QCOMPARE(get(QUrl(v2.toString() + QStringLiteral("/vrackServices.json")), nullptr).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
