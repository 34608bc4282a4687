// SchemaRepository: where a load comes from (network, bundled, nothing), its end and its cancel.
#include "schemarig.h"

#include "schemafixtures.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TstSchemaRepository final : public QObject
{
    Q_OBJECT

private slots:
    void server_servesLikeTheApi();
    void eu_parallelDownloadThenRevalidateThenOffline();
    void offline_emptyCacheUsesBundled();
    void serverDown_usesBundled();
    void customEndpoint_nothingAvailable();
    void eu_oneProductFails();
    void malformedProduct();
    void neverAnsweringServer_timesOut();
    void cancel_emitsNothing();
    void newLoad_cancelsPrevious();
    void defaultCacheDir();
};

void TstSchemaRepository::server_servesLikeTheApi()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    QCOMPARE(server->baseUrl().toString(),
        QStringLiteral("http://127.0.0.1:%1/1.0").arg(server->port()));
    QNetworkAccessManager nam;
    auto get = [&nam, &server](
                   const QString& path, QByteArray* body, int* status, QNetworkReply** kept) {
        QUrl url = server->baseUrl();
        url.setPath(path);
        QNetworkReply* reply = nam.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool ok = finished.wait(5000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        *body = reply->readAll();
        *kept = reply;
        return ok;
    };
    QByteArray body;
    int status = 0;
    QNetworkReply* reply = nullptr;

    QVERIFY(get(QStringLiteral("/1.0/"), &body, &status, &reply));
    QCOMPARE(status, 200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1String("basePath")).toString(),
        server->baseUrl().toString());
    QVERIFY(reply->rawHeader("ETag").startsWith('"'));
    QVERIFY(reply->rawHeader("Last-Modified").endsWith(" GMT"));
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QStringLiteral("application/json")));
    reply->deleteLater();

    QVERIFY(get(QStringLiteral("/1.0/group/gamma.json"), &body, &status, &reply));
    QCOMPARE(status, 200);
    QCOMPARE(body, tinyProduct("/group/gamma"));
    reply->deleteLater();

    for (const char* missing :
        { "/1.0/nope.json", "/1.0/index.json", "/1.0/../index.json", "/elsewhere" }) {
        QVERIFY(get(QString::fromLatin1(missing), &body, &status, &reply));
        QCOMPARE(status, 404);
        QVERIFY2(!QJsonDocument::fromJson(body)
                      .object()
                      .value(QLatin1String("message"))
                      .toString()
                      .isEmpty(),
            body.constData());
        reply->deleteLater();
    }
    QCOMPARE(server->requestCount(QStringLiteral("/")), 1);
    QCOMPARE(server->requestCount(QStringLiteral("/nope.json")), 1);
}

void TstSchemaRepository::eu_parallelDownloadThenRevalidateThenOffline()
{
    SnapshotServer server(OvhTest::snapshotDir(QStringLiteral("eu")));
    QVERIFY(server.listen());
    server.setDelay(5); // lets requests overlap, so parallelism is observable
    RepositoryRig rig;
    SchemaRepository::Options options = optionsFor(rig.cacheDir);
    options.maxParallelDownloads = 4;
    rig.repository.setOptions(options);
    const Endpoint endpoint = endpointFor(server.baseUrl());

    // 1. Everything from the network, in parallel, within the cap.
    QSignalSpy progress(&rig.repository, &SchemaRepository::progressChanged);
    const auto first = rig.load(endpoint);
    QVERIFY(first);
    QVERIFY2(first->source == SchemaSource::Network, qPrintable(dump(*first)));
    verifyEuCounts(*first);
    QVERIFY(first->fetchedAt.isValid());
    QCOMPARE(server.requestCount(), kEuProducts + 1);
    QCOMPARE(server.requestCount(QStringLiteral("/domain.json")), 1);
    QCOMPARE(server.requestCount(QStringLiteral("/hosting/web.json")), 1);
    QVERIFY2(server.maxConcurrentRequests() > 1,
        qPrintable(QString::number(server.maxConcurrentRequests())));
    QVERIFY(server.maxConcurrentRequests() <= options.maxParallelDownloads);
    QCOMPARE(
        server.lastRequestHeader(QStringLiteral("/"), "Accept"), QByteArray("application/json"));
    QVERIFY(server.lastRequestHeader(QStringLiteral("/"), "User-Agent")
                .startsWith("ovh-api-explorer/"));
    QCOMPARE(progress.size(), kEuProducts + 1); // (0, total), then one per product
    QCOMPARE(progress.constLast().at(0).toInt(), kEuProducts);
    QCOMPARE(progress.constLast().at(1).toInt(), kEuProducts);
    QCOMPARE(first->products.constFirst().path, first->index.products.constFirst().path);
    const QString cached = rig.cacheDir.path() + QLatin1Char('/') + endpoint.cacheKey();
    QVERIFY(QFile::exists(cached + QStringLiteral("/index.json")));
    QVERIFY(QFile::exists(cached + QStringLiteral("/hosting/web.json")));
    QVERIFY(QFile::exists(cached + QStringLiteral("/hosting/web.json.meta")));
    QVERIFY(!rig.repository.isLoading());

    // 2. Revalidation: every file answers 304 and comes from the cache.
    server.resetCounters();
    const auto second = rig.load(endpoint);
    QVERIFY(second);
    QVERIFY2(second->source == SchemaSource::Cache, qPrintable(dump(*second)));
    verifyEuCounts(*second);
    QCOMPARE(server.requestCount(), kEuProducts + 1);
    QCOMPARE(server.notModifiedCount(), kEuProducts + 1);
    QVERIFY(!server.lastRequestHeader(QStringLiteral("/domain.json"), "If-None-Match").isEmpty());
    QVERIFY(
        !server.lastRequestHeader(QStringLiteral("/domain.json"), "If-Modified-Since").isEmpty());
    QCOMPARE(second->fetchedAt, first->fetchedAt.toUTC());
    QVERIFY(!findDiagnostic(*second, QString(), QStringLiteral("using")));

    // 3. Offline: the cache only, the server is not asked.
    server.resetCounters();
    options.offline = true;
    rig.repository.setOptions(options);
    const auto third = rig.load(endpoint);
    QVERIFY(third);
    QVERIFY2(third->source == SchemaSource::Cache, qPrintable(dump(*third)));
    verifyEuCounts(*third);
    QCOMPARE(server.requestCount(), 0);
}

void TstSchemaRepository::offline_emptyCacheUsesBundled()
{
    RepositoryRig rig;
    SchemaRepository::Options options = optionsFor(rig.cacheDir);
    options.offline = true;
    rig.repository.setOptions(options);
    const auto set = rig.load(*Endpoint::byName(QStringLiteral("ovh-eu")));
    QVERIFY(set);
    QVERIFY2(set->source == SchemaSource::Bundled, qPrintable(dump(*set)));
    QVERIFY(!set->fetchedAt.isValid());
    verifyEuCounts(*set);
    QVERIFY(!findDiagnostic(*set, QString(), QStringLiteral("using")));
}

void TstSchemaRepository::serverDown_usesBundled()
{
    RepositoryRig rig;
    const QUrl url = closedPortUrl();
    QVERIFY(url.isValid());
    const auto set = rig.load(endpointFor(url, QStringLiteral("eu")));
    QVERIFY(set);
    QVERIFY2(set->source == SchemaSource::Bundled, qPrintable(dump(*set)));
    verifyEuCounts(*set);
    QVERIFY2(findDiagnostic(*set, QString(), QStringLiteral("using the bundled snapshot")),
        qPrintable(dump(*set)));
}

void TstSchemaRepository::customEndpoint_nothingAvailable()
{
    RepositoryRig rig;
    const QUrl url = closedPortUrl();
    QVERIFY(url.isValid());
    const auto set = rig.load(endpointFor(url));
    QVERIFY(set);
    QCOMPARE(set->source, SchemaSource::None);
    QVERIFY(set->products.isEmpty());
    QVERIFY(!set->isComplete());
    const Diagnostic* diagnostic = findDiagnostic(*set, QString(), QStringLiteral("no schema"));
    QVERIFY2(diagnostic, qPrintable(dump(*set)));
    QVERIFY(diagnostic->message.contains(url.toString()));
    QVERIFY(diagnostic->message.contains(QStringLiteral("network error")));
    QVERIFY(diagnostic->message.contains(QStringLiteral("no bundled snapshot")));
}

void TstSchemaRepository::eu_oneProductFails()
{
    SnapshotServer server(OvhTest::snapshotDir(QStringLiteral("eu")));
    QVERIFY(server.listen());
    server.setFailure(QStringLiteral("/domain.json"), 500);
    RepositoryRig rig;
    const auto set = rig.load(endpointFor(server.baseUrl()));
    QVERIFY(set);
    QCOMPARE(set->source, SchemaSource::Network);
    QCOMPARE(set->failedProducts, 1);
    QCOMPARE(set->products.size(), kEuProducts - 1);
    QVERIFY(!set->product(QStringLiteral("/domain")));
    QVERIFY(set->product(QStringLiteral("/hosting/web")));
    const Diagnostic* diagnostic
        = findDiagnostic(*set, QStringLiteral("/domain"), QStringLiteral("HTTP 500"));
    QVERIFY2(diagnostic, qPrintable(dump(*set)));
    QVERIFY(diagnostic->message.contains(QStringLiteral("no cached or bundled copy")));
}

void TstSchemaRepository::malformedProduct()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    server->setContent(QStringLiteral("/beta.json"), "<html><body>Bad gateway</body></html>");
    RepositoryRig rig;
    const Endpoint endpoint = endpointFor(server->baseUrl());
    const auto set = rig.load(endpoint);
    QVERIFY(set);
    QCOMPARE(set->failedProducts, 1);
    QCOMPARE(productPaths(*set),
        QStringList({ QStringLiteral("/alpha"), QStringLiteral("/group/gamma") }));
    QVERIFY2(findDiagnostic(*set, QStringLiteral("/beta"), QStringLiteral("unreadable schema")),
        qPrintable(dump(*set)));
    // Garbage is never cached.
    QVERIFY(!QFile::exists(rig.cacheDir.path() + QLatin1Char('/') + endpoint.cacheKey()
        + QStringLiteral("/beta.json")));
}

void TstSchemaRepository::neverAnsweringServer_timesOut()
{
    // Accepts connections, reads nothing, answers nothing.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    connect(&silent, &QTcpServer::newConnection, &silent, [&silent] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            socket->setParent(&silent);
    });
    RepositoryRig rig;
    SchemaRepository::Options options = optionsFor(rig.cacheDir);
    options.timeoutMs = 500;
    rig.repository.setOptions(options);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/1.0").arg(silent.serverPort()));
    QElapsedTimer timer;
    timer.start();
    const auto set = rig.load(endpointFor(url, QStringLiteral("eu")));
    QVERIFY(set);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY2(set->source == SchemaSource::Bundled, qPrintable(dump(*set)));
    QCOMPARE(set->products.size(), kEuProducts);
    QVERIFY2(findDiagnostic(*set, QString(), QStringLiteral("timeout")), qPrintable(dump(*set)));
}

void TstSchemaRepository::cancel_emitsNothing()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    server->setDelay(200);
    RepositoryRig rig;
    QSignalSpy loaded(&rig.repository, &SchemaRepository::loaded);
    QSignalSpy progress(&rig.repository, &SchemaRepository::progressChanged);
    rig.repository.load(endpointFor(server->baseUrl()));
    QVERIFY(rig.repository.isLoading());
    QTRY_COMPARE(server->requestCount(), 1);
    rig.repository.cancel();
    QVERIFY(!rig.repository.isLoading());
    QTest::qWait(600);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(progress.size(), 0);

    // Cancelled before it even started.
    rig.repository.load(endpointFor(server->baseUrl()));
    rig.repository.cancel();
    QTest::qWait(300);
    QCOMPARE(loaded.size(), 0);
}

void TstSchemaRepository::newLoad_cancelsPrevious()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    RepositoryRig rig;
    QSignalSpy loaded(&rig.repository, &SchemaRepository::loaded);
    const QUrl deadUrl = closedPortUrl();
    rig.repository.load(endpointFor(deadUrl));
    rig.repository.load(endpointFor(server->baseUrl()));
    QVERIFY(loaded.wait(kLoadTimeoutMs));
    QTest::qWait(200);
    QCOMPARE(loaded.size(), 1);
    const auto set = qvariant_cast<SchemaSet>(loaded.constFirst().constFirst());
    QCOMPARE(set.endpoint.baseUrl, server->baseUrl());
    QCOMPARE(set.products.size(), 3);
}

void TstSchemaRepository::defaultCacheDir()
{
    const QString dir = SchemaRepository::defaultCacheDir();
    QVERIFY(dir.endsWith(QStringLiteral("/schemas")));
    QVERIFY(QDir::isAbsolutePath(dir));
}

QTEST_GUILESS_MAIN(TstSchemaRepository)
#include "tst_schemarepository.moc"
