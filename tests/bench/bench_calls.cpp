// 1,000 sequential signed GET /me against the sandbox over TLS: calls per second of our
// ApiClient and of the official Node.js wrapper (npm ovh) in the same run, with the ratio and
// the memory of both. The sandbox runs in its own process (`ovh-explorer-cli sandbox --tls`)
// so that neither client pays for it.
// Usage: bench_calls [--calls N]. Run by hand; never a pass/fail test. Needs node and npm.
#include "benchstats.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "sandbox/sandboxdemo.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>

#include <cstdio>

using namespace Ovh;
using namespace OvhBench;

namespace {

// Installs the wrapper once into the build tree, from the lock file the tests use.
QString nodeModulesDir(QString* error)
{
    const QString work = OvhTest::binDir() + QStringLiteral("/../tests/bench-node");
    if (QFile::exists(work + QStringLiteral("/node_modules/ovh/package.json")))
        return work + QStringLiteral("/node_modules");
    QDir().mkpath(work);
    for (const char* name : { "package.json", "package-lock.json" }) {
        QFile::remove(work + QLatin1Char('/') + QLatin1String(name));
        QFile::copy(QStringLiteral(OVH_SANDBOX_PEER_SOURCE_DIR "/") + QLatin1String(name),
            work + QLatin1Char('/') + QLatin1String(name));
    }
    QProcess npm;
    npm.setWorkingDirectory(work);
    npm.start(QStringLiteral("npm"),
        { QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
            QStringLiteral("--silent") });
    if (!npm.waitForFinished(300000) || npm.exitCode() != 0) {
        *error = QStringLiteral("npm ci failed: ")
            + QString::fromLocal8Bit(npm.readAllStandardError());
        return QString();
    }
    return work + QStringLiteral("/node_modules");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int calls = arguments.contains(QStringLiteral("--calls"))
        ? arguments.value(arguments.indexOf(QStringLiteral("--calls")) + 1).toInt()
        : 1000;

    // The sandbox, in its own process.
    QProcess sandbox;
    sandbox.start(OvhTest::binDir() + QStringLiteral("/ovh-explorer-cli"),
        { QStringLiteral("sandbox"), QStringLiteral("--tls"), QStringLiteral("--port"),
            QStringLiteral("0") });
    QString baseUrl;
    QString certificate;
    QElapsedTimer waiting;
    waiting.start();
    while (baseUrl.isEmpty() || certificate.isEmpty()) {
        if (waiting.elapsed() > 30000 || sandbox.state() == QProcess::NotRunning) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        sandbox.waitForReadyRead(1000);
        while (sandbox.canReadLine()) {
            const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
            if (line.startsWith(QLatin1String("base URL: ")))
                baseUrl = line.mid(10);
            else if (line.startsWith(QLatin1String("certificate: ")))
                certificate = line.mid(13);
        }
    }
    QFile pem(certificate);
    if (!pem.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "no sandbox certificate\n");
        return 1;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromData(pem.readAll()));
    QSslConfiguration::setDefaultConfiguration(ssl); // trust it, never ignore errors
    const Endpoint endpoint = *Endpoint::fromUserText(baseUrl);
    std::printf("sandbox %s, %d sequential GET /me per client\n", qPrintable(baseUrl), calls);

    // Ours: the explorer's ApiClient, signing with the server's time.
    QNetworkAccessManager nam;
    ServerClock clock(&nam);
    QSignalSpy synced(&clock, &ServerClock::synced);
    clock.sync(endpoint);
    synced.wait(10000);
    ApiClient client(&nam, &clock);
    const Credentials credentials = SandboxDemo::credentials();
    const HttpCall me { "GET", endpoint.url(u"/me"), {}, true };
    const qint64 rssBefore = peakRssKb();
    int done = 0;
    int failed = 0;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        ApiCall* call = client.send(endpoint, credentials, me);
        QObject::connect(call, &ApiCall::finished, &app, [&, call](const CallResult& result) {
            call->deleteLater();
            if (!result.isSuccess())
                ++failed;
            if (++done == calls + 1) { // +1: the warm-up call
                app.quit();
                return;
            }
            if (done == 1)
                timer.start();
            next();
        });
    };
    next();
    app.exec();
    const double ourMs = double(timer.nsecsElapsed()) / 1e6;
    const double ourRate = calls / (ourMs / 1000);
    std::printf(
        "%-36s %8.0f calls/s  (%d calls in %.0f ms, %d failed)  peak RSS %lld KiB (%lld before)\n",
        "ovh-explorer ApiClient (C++/Qt)", ourRate, calls, ourMs, failed, peakRssKb(), rssBefore);

    // Theirs: npm ovh, same sandbox, same call.
    QString error;
    const QString modules = nodeModulesDir(&error);
    if (modules.isEmpty()) {
        std::printf("node wrapper not measured: %s\n", qPrintable(error));
        sandbox.kill();
        return 0;
    }
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"), modules);
    environment.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), certificate);
    environment.insert(QStringLiteral("SANDBOX_HOST"), endpoint.baseUrl.host());
    environment.insert(QStringLiteral("SANDBOX_PORT"), QString::number(endpoint.baseUrl.port()));
    environment.insert(QStringLiteral("OVH_APP_KEY"), credentials.applicationKey);
    environment.insert(QStringLiteral("OVH_APP_SECRET"), credentials.applicationSecret);
    environment.insert(QStringLiteral("OVH_CONSUMER_KEY"), credentials.consumerKey);
    environment.insert(QStringLiteral("CALLS"), QString::number(calls));
    node.setProcessEnvironment(environment);
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral("node"), { QStringLiteral(OVH_BENCH_SOURCE_DIR "/node_calls.js") });
    node.waitForFinished(600000);
    const QJsonObject theirs = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    sandbox.kill();
    sandbox.waitForFinished(5000);
    if (theirs.isEmpty()) {
        std::printf("node wrapper failed (exit %d)\n", node.exitCode());
        return 1;
    }
    const double nodeMs = theirs.value(QLatin1String("ms")).toDouble();
    const double nodeRate = calls / (nodeMs / 1000);
    std::printf("%-36s %8.0f calls/s  (%d calls in %.0f ms)  peak RSS %lld KiB\n",
        "npm ovh 2.x (Node.js)", nodeRate, calls, nodeMs,
        qlonglong(theirs.value(QLatin1String("maxRssKb")).toDouble()));
    std::printf("ratio ours / node (calls per second): %.2f (target >= 1)\n", ourRate / nodeRate);
    return 0;
}
