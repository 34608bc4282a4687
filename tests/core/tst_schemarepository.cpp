#include "hostileserver.h"
#include "net/schemacache.h"
#include "net/schemarepository.h"
#include "sandbox/snapshotserver.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Ovh;

namespace {

constexpr int kLoadTimeoutMs = 20000;

// eu snapshot totals (see docs/ovh-api.md).
constexpr int kEuProducts = 89;
constexpr int kEuPaths = 4614;
constexpr int kEuOperations = 6339;
constexpr int kEuModels = 5630;

QByteArray tinyProduct(const QByteArray& path, int padding = 0)
{
    QByteArray json = QByteArrayLiteral(R"({
 "apiVersion": "1.0", "basePath": "https://eu.api.ovh.com/1.0", "resourcePath": "@PATH@",
 "apis": [{"path": "@PATH@", "description": "@PAD@", "operations": [{
   "httpMethod": "GET", "apiStatus": {"value": "PRODUCTION", "description": "Stable"},
   "noAuthentication": false, "description": "List things", "parameters": [],
   "responseType": "string[]"}]}],
 "models": {"tiny.Thing": {"id": "Thing", "namespace": "tiny", "properties": {
   "name": {"type": "string", "canBeNull": false, "readOnly": true}}}}
})");
    json.replace("@PATH@", path);
    json.replace("@PAD@", QByteArray(padding, 'x'));
    return json;
}

// Three products, one of them two segments deep, laid out like the API.
bool writeTinySnapshot(const QString& dir)
{
    const QByteArray index = QByteArrayLiteral(R"({"apis": [
 {"path": "/alpha", "schema": "{path}.{format}", "format": ["json"], "description": ""},
 {"path": "/beta", "schema": "{path}.{format}", "format": ["json"], "description": ""},
 {"path": "/group/gamma", "schema": "{path}.{format}", "format": ["json"], "description": ""}
], "basePath": "https://example.invalid/1.0"})");
    auto write = [&dir](const QString& name, const QByteArray& data) {
        const QString path = dir + QLatin1Char('/') + name;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    };
    return write(QStringLiteral("index.json"), index)
        && write(QStringLiteral("alpha.json"), tinyProduct("/alpha"))
        && write(QStringLiteral("beta.json"), tinyProduct("/beta"))
        && write(QStringLiteral("group/gamma.json"), tinyProduct("/group/gamma"));
}

Endpoint endpointFor(const QUrl& baseUrl, const QString& bundle = QString())
{
    return Endpoint { QString(), baseUrl, bundle };
}

// A loopback URL where nobody listens.
QUrl closedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return QUrl();
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/1.0").arg(port));
}

QString dump(const SchemaSet& set);

std::optional<SchemaSet> loadAndWait(SchemaRepository& repository, const Endpoint& endpoint)
{
    QSignalSpy spy(&repository, &SchemaRepository::loaded);
    repository.load(endpoint);
    if (!spy.wait(kLoadTimeoutMs) || spy.size() != 1)
        return std::nullopt;
    auto set = qvariant_cast<SchemaSet>(spy.constFirst().constFirst());
    if (qEnvironmentVariableIsSet("OVH_TEST_VERBOSE"))
        qDebug().noquote() << dump(set);
    return set;
}

const Diagnostic* findDiagnostic(
    const SchemaSet& set, const QString& product, const QString& needle)
{
    for (const Diagnostic& diagnostic : set.diagnostics) {
        if (diagnostic.product == product && diagnostic.message.contains(needle))
            return &diagnostic;
    }
    return nullptr;
}

QStringList productPaths(const SchemaSet& set)
{
    QStringList paths;
    for (const Product& product : set.products)
        paths << product.path;
    return paths;
}

QString dump(const SchemaSet& set)
{
    QStringList lines;
    lines << QStringLiteral("source=%1 products=%2 failed=%3")
                 .arg(schemaSourceName(set.source))
                 .arg(set.products.size())
                 .arg(set.failedProducts);
    for (const Diagnostic& diagnostic : set.diagnostics)
        lines << QStringLiteral("  [%1] %2").arg(diagnostic.product, diagnostic.message);
    return lines.join(QLatin1Char('\n'));
}

void verifyEuCounts(const SchemaSet& set)
{
    QCOMPARE(set.products.size(), kEuProducts);
    QCOMPARE(set.failedProducts, 0);
    QCOMPARE(set.pathCount(), kEuPaths);
    QCOMPARE(set.operationCount(), kEuOperations);
    QCOMPARE(set.modelCount(), kEuModels);
    QVERIFY(set.product(QStringLiteral("/hosting/web")));
    QVERIFY(set.isComplete());
}

} // namespace

class TstSchemaRepository final : public QObject
{
    Q_OBJECT

private slots:
    void cache_roundTripAndSanitizing();
    void server_servesLikeTheApi();
    void eu_parallelDownloadThenRevalidateThenOffline();
    void offline_emptyCacheUsesBundled();
    void serverDown_usesCache();
    void serverDown_usesBundled();
    void customEndpoint_nothingAvailable();
    void eu_oneProductFails();
    void productFailure_fallsBackToCache();
    void notModified_withLostCacheBodyRefetches();
    void notModified_byLastModifiedAlone();
    void malformedProduct();
    void responseTooLarge();
    void redirects_followedWithinLimit();
    void neverAnsweringServer_timesOut();
    void cancel_emitsNothing();
    void newLoad_cancelsPrevious();
    void defaultCacheDir();
    void http_redirectToAnotherOriginRefused();
    void http_brokenProductNeverCached_data();
    void http_brokenProductNeverCached();
    void http_oneDeadlineForTheWholeLoad_data();
    void http_oneDeadlineForTheWholeLoad();
    void http_stopWaitingEndsTheLoadNow();

private:
    std::unique_ptr<SnapshotServer> tinyServer(QTemporaryDir& folder);
    SchemaRepository::Options optionsFor(const QTemporaryDir& cache) const;
};

std::unique_ptr<SnapshotServer> TstSchemaRepository::tinyServer(QTemporaryDir& folder)
{
    if (!folder.isValid() || !writeTinySnapshot(folder.path()))
        return nullptr;
    auto server = std::make_unique<SnapshotServer>(folder.path());
    if (!server->listen())
        return nullptr;
    return server;
}

SchemaRepository::Options TstSchemaRepository::optionsFor(const QTemporaryDir& cache) const
{
    SchemaRepository::Options options;
    options.cacheDir = cache.path();
    options.timeoutMs = 5000;
    return options;
}

void TstSchemaRepository::cache_roundTripAndSanitizing()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const SchemaCache cache(root.path());
    const Endpoint endpoint = *Endpoint::byName(QStringLiteral("ovh-eu"));

    QVERIFY(!cache.read(endpoint, QStringLiteral("hosting/web.json")));
    CacheMetadata metadata { "\"abc\"", "Tue, 01 Oct 2024 10:00:00 GMT",
        QDateTime(QDate(2024, 10, 1), QTime(10, 0, 1), Qt::UTC) };
    QVERIFY(cache.write(endpoint, QStringLiteral("/hosting/web.json"), "{}", metadata));
    const QString file = root.path() + QStringLiteral("/ovh-eu/hosting/web.json");
    QVERIFY(QFile::exists(file));
    QVERIFY(QFile::exists(file + QStringLiteral(".meta")));

    auto entry = cache.read(endpoint, QStringLiteral("hosting/web.json"));
    QVERIFY(entry);
    QCOMPARE(entry->data, QByteArray("{}"));
    QCOMPARE(entry->metadata.etag, metadata.etag);
    QCOMPARE(entry->metadata.lastModified, metadata.lastModified);
    QCOMPARE(entry->metadata.fetchedAt, metadata.fetchedAt);

    // A corrupt sidecar costs the validators, never the body.
    QFile meta(file + QStringLiteral(".meta"));
    QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
    meta.write("not json");
    meta.close();
    entry = cache.read(endpoint, QStringLiteral("hosting/web.json"));
    QVERIFY(entry);
    QCOMPARE(entry->data, QByteArray("{}"));
    QVERIFY(entry->metadata.etag.isEmpty());
    QVERIFY(!cache.readMetadata(endpoint, QStringLiteral("hosting/web.json")));

    for (const char* bad : { "../evil.json", "/a/../../evil.json", "", "/", "a\\b.json",
             ".hidden.json", "c:/x.json", "domain.json.meta" })
        QVERIFY2(cache.filePath(endpoint, QString::fromLatin1(bad)).isEmpty(), bad);
    QVERIFY(!cache.write(endpoint, QStringLiteral("../evil.json"), "{}", metadata));
    QVERIFY(!QFile::exists(root.path() + QStringLiteral("/evil.json")));
}

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
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options = optionsFor(cacheDir);
    options.maxParallelDownloads = 4;
    repository.setOptions(options);
    const Endpoint endpoint = endpointFor(server.baseUrl());

    // 1. Everything from the network, in parallel, within the cap.
    QSignalSpy progress(&repository, &SchemaRepository::progressChanged);
    const auto first = loadAndWait(repository, endpoint);
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
    const QString cached = cacheDir.path() + QLatin1Char('/') + endpoint.cacheKey();
    QVERIFY(QFile::exists(cached + QStringLiteral("/index.json")));
    QVERIFY(QFile::exists(cached + QStringLiteral("/hosting/web.json")));
    QVERIFY(QFile::exists(cached + QStringLiteral("/hosting/web.json.meta")));
    QVERIFY(!repository.isLoading());

    // 2. Revalidation: every file answers 304 and comes from the cache.
    server.resetCounters();
    const auto second = loadAndWait(repository, endpoint);
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
    repository.setOptions(options);
    const auto third = loadAndWait(repository, endpoint);
    QVERIFY(third);
    QVERIFY2(third->source == SchemaSource::Cache, qPrintable(dump(*third)));
    verifyEuCounts(*third);
    QCOMPARE(server.requestCount(), 0);
}

void TstSchemaRepository::offline_emptyCacheUsesBundled()
{
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options = optionsFor(cacheDir);
    options.offline = true;
    repository.setOptions(options);
    const auto set = loadAndWait(repository, *Endpoint::byName(QStringLiteral("ovh-eu")));
    QVERIFY(set);
    QVERIFY2(set->source == SchemaSource::Bundled, qPrintable(dump(*set)));
    QVERIFY(!set->fetchedAt.isValid());
    verifyEuCounts(*set);
    QVERIFY(!findDiagnostic(*set, QString(), QStringLiteral("using")));
}

void TstSchemaRepository::serverDown_usesCache()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    QTemporaryDir cacheDir;
    const Endpoint endpoint = endpointFor(server->baseUrl());
    {
        QNetworkAccessManager nam;
        SchemaRepository repository(&nam);
        repository.setOptions(optionsFor(cacheDir));
        const auto warm = loadAndWait(repository, endpoint);
        QVERIFY(warm);
        QCOMPARE(warm->source, SchemaSource::Network);
        QCOMPARE(warm->products.size(), 3);
    }
    server.reset(); // the port is closed now

    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    const auto set = loadAndWait(repository, endpoint);
    QVERIFY(set);
    QVERIFY2(set->source == SchemaSource::Cache, qPrintable(dump(*set)));
    QCOMPARE(productPaths(*set),
        QStringList(
            { QStringLiteral("/alpha"), QStringLiteral("/beta"), QStringLiteral("/group/gamma") }));
    QCOMPARE(set->failedProducts, 0);
    QVERIFY2(
        findDiagnostic(*set, QString(), QStringLiteral("network error")), qPrintable(dump(*set)));
    QVERIFY(findDiagnostic(*set, QString(), QStringLiteral("using the cached copy")));
}

void TstSchemaRepository::serverDown_usesBundled()
{
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    const QUrl url = closedPortUrl();
    QVERIFY(url.isValid());
    const auto set = loadAndWait(repository, endpointFor(url, QStringLiteral("eu")));
    QVERIFY(set);
    QVERIFY2(set->source == SchemaSource::Bundled, qPrintable(dump(*set)));
    verifyEuCounts(*set);
    QVERIFY2(findDiagnostic(*set, QString(), QStringLiteral("using the bundled snapshot")),
        qPrintable(dump(*set)));
}

void TstSchemaRepository::customEndpoint_nothingAvailable()
{
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    const QUrl url = closedPortUrl();
    QVERIFY(url.isValid());
    const auto set = loadAndWait(repository, endpointFor(url));
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
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    const auto set = loadAndWait(repository, endpointFor(server.baseUrl()));
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

void TstSchemaRepository::productFailure_fallsBackToCache()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    const Endpoint endpoint = endpointFor(server->baseUrl());
    QVERIFY(loadAndWait(repository, endpoint));

    server->setFailure(QStringLiteral("/beta.json"), 503);
    const auto set = loadAndWait(repository, endpoint);
    QVERIFY(set);
    QCOMPARE(set->failedProducts, 0);
    QCOMPARE(set->products.size(), 3);
    QCOMPARE(set->products.at(1).path, QStringLiteral("/beta"));
    const Diagnostic* diagnostic
        = findDiagnostic(*set, QStringLiteral("/beta"), QStringLiteral("HTTP 503"));
    QVERIFY2(diagnostic, qPrintable(dump(*set)));
    QVERIFY(diagnostic->message.contains(QStringLiteral("using the cached copy")));
}

void TstSchemaRepository::notModified_withLostCacheBodyRefetches()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    const Endpoint endpoint = endpointFor(server->baseUrl());
    QVERIFY(loadAndWait(repository, endpoint));

    // The body went missing but its validators stayed: the 304 must not leave a hole.
    const QString body
        = cacheDir.path() + QLatin1Char('/') + endpoint.cacheKey() + QStringLiteral("/alpha.json");
    QVERIFY(QFile::remove(body));
    server->resetCounters();
    const auto set = loadAndWait(repository, endpoint);
    QVERIFY(set);
    QCOMPARE(set->failedProducts, 0);
    QCOMPARE(set->products.size(), 3);
    QCOMPARE(server->requestCount(QStringLiteral("/alpha.json")), 2);
    QCOMPARE(server->notModifiedCount(QStringLiteral("/alpha.json")), 1);
    QVERIFY(QFile::exists(body));
}

void TstSchemaRepository::notModified_byLastModifiedAlone()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    const Endpoint endpoint = endpointFor(server->baseUrl());
    QVERIFY(loadAndWait(repository, endpoint));

    // A server that sent no ETag: revalidation rides on Last-Modified alone.
    const SchemaCache cache(cacheDir.path());
    auto entry = cache.read(endpoint, QStringLiteral("alpha.json"));
    QVERIFY(entry);
    QVERIFY(!entry->metadata.lastModified.isEmpty());
    entry->metadata.etag.clear();
    QVERIFY(cache.write(endpoint, QStringLiteral("alpha.json"), entry->data, entry->metadata));
    server->resetCounters();
    const auto set = loadAndWait(repository, endpoint);
    QVERIFY(set);
    QCOMPARE(set->products.size(), 3);
    QVERIFY(server->lastRequestHeader(QStringLiteral("/alpha.json"), "If-None-Match").isEmpty());
    QCOMPARE(server->notModifiedCount(QStringLiteral("/alpha.json")), 1);
}

void TstSchemaRepository::malformedProduct()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    server->setContent(QStringLiteral("/beta.json"), "<html><body>Bad gateway</body></html>");
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    const Endpoint endpoint = endpointFor(server->baseUrl());
    const auto set = loadAndWait(repository, endpoint);
    QVERIFY(set);
    QCOMPARE(set->failedProducts, 1);
    QCOMPARE(productPaths(*set),
        QStringList({ QStringLiteral("/alpha"), QStringLiteral("/group/gamma") }));
    QVERIFY2(findDiagnostic(*set, QStringLiteral("/beta"), QStringLiteral("unreadable schema")),
        qPrintable(dump(*set)));
    // Garbage is never cached.
    QVERIFY(!QFile::exists(
        cacheDir.path() + QLatin1Char('/') + endpoint.cacheKey() + QStringLiteral("/beta.json")));
}

void TstSchemaRepository::responseTooLarge()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    server->setContent(QStringLiteral("/beta.json"), tinyProduct("/beta", 300 * 1024));
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options = optionsFor(cacheDir);
    options.maxResponseBytes = 64 * 1024;
    repository.setOptions(options);
    const auto set = loadAndWait(repository, endpointFor(server->baseUrl()));
    QVERIFY(set);
    QCOMPARE(set->source, SchemaSource::Network);
    QCOMPARE(set->failedProducts, 1);
    QCOMPARE(set->products.size(), 2);
    QVERIFY2(findDiagnostic(*set, QStringLiteral("/beta"), QStringLiteral("too large")),
        qPrintable(dump(*set)));
}

void TstSchemaRepository::redirects_followedWithinLimit()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    QFile::copy(folder.path() + QStringLiteral("/alpha.json"),
        folder.path() + QStringLiteral("/moved.json"));
    auto url = [&server](const char* relative) {
        QUrl target = server->baseUrl();
        target.setPath(target.path() + QLatin1String(relative));
        return target;
    };
    server->setRedirect(QStringLiteral("/alpha.json"), url("/moved.json"));
    server->setRedirect(QStringLiteral("/beta.json"), url("/beta.json")); // a loop
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options = optionsFor(cacheDir);
    options.maxRedirects = 2;
    repository.setOptions(options);
    const auto set = loadAndWait(repository, endpointFor(server->baseUrl()));
    QVERIFY(set);
    QCOMPARE(productPaths(*set),
        QStringList({ QStringLiteral("/alpha"), QStringLiteral("/group/gamma") }));
    QCOMPARE(set->failedProducts, 1);
    QCOMPARE(server->requestCount(QStringLiteral("/moved.json")), 1);
    // Bounded, not exact: QNAM sometimes resends a redirected request on a fresh connection
    // (more often since each hop waits for the origin check on this thread).
    const int loopRequests = server->requestCount(QStringLiteral("/beta.json"));
    QVERIFY2(
        loopRequests >= options.maxRedirects + 1 && loopRequests <= 3 * (options.maxRedirects + 1),
        qPrintable(QString::number(loopRequests)));
    QVERIFY2(findDiagnostic(*set, QStringLiteral("/beta"), QStringLiteral("redirect")),
        qPrintable(dump(*set)));
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
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options = optionsFor(cacheDir);
    options.timeoutMs = 500;
    repository.setOptions(options);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/1.0").arg(silent.serverPort()));
    QElapsedTimer timer;
    timer.start();
    const auto set = loadAndWait(repository, endpointFor(url, QStringLiteral("eu")));
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
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    QSignalSpy loaded(&repository, &SchemaRepository::loaded);
    QSignalSpy progress(&repository, &SchemaRepository::progressChanged);
    repository.load(endpointFor(server->baseUrl()));
    QVERIFY(repository.isLoading());
    QTRY_COMPARE(server->requestCount(), 1);
    repository.cancel();
    QVERIFY(!repository.isLoading());
    QTest::qWait(600);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(progress.size(), 0);

    // Cancelled before it even started.
    repository.load(endpointFor(server->baseUrl()));
    repository.cancel();
    QTest::qWait(300);
    QCOMPARE(loaded.size(), 0);
}

void TstSchemaRepository::newLoad_cancelsPrevious()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    QSignalSpy loaded(&repository, &SchemaRepository::loaded);
    const QUrl deadUrl = closedPortUrl();
    repository.load(endpointFor(deadUrl));
    repository.load(endpointFor(server->baseUrl()));
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

using Mode = OvhTest::HostileServer::Mode;

namespace {

const QByteArray kOneProductIndex
    = "{\"apis\": [{\"path\": \"/alpha\", \"schema\": \"{path}.{format}\", \"format\": "
      "[\"json\"], \"description\": \"\"}], \"basePath\": \"https://example.invalid/1.0\"}";

OvhTest::HostileServer::Behaviour serve(const QByteArray& body)
{
    return { Mode::Serve, 200, body, {}, 0 };
}

} // namespace

void TstSchemaRepository::http_redirectToAnotherOriginRefused()
{
    // The other host serves a perfectly good schema: it must still not become this endpoint's.
    QTemporaryDir folder;
    auto elsewhere = tinyServer(folder);
    QVERIFY(elsewhere);
    OvhTest::HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(QStringLiteral("/1.0/"),
        { Mode::Redirect, 302, {}, elsewhere->baseUrl().toEncoded() + "/", 0 });
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    const Endpoint endpoint = endpointFor(server.url(QStringLiteral("/1.0")));
    const auto set = loadAndWait(repository, endpoint);
    QVERIFY(set);
    QCOMPARE(set->source, SchemaSource::None);
    QVERIFY2(findDiagnostic(*set, QString(), QStringLiteral("refused")), qPrintable(dump(*set)));
    QCOMPARE(elsewhere->requestCount(), 0);
    QVERIFY(!SchemaCache(cacheDir.path()).read(endpoint, QStringLiteral("index.json")));
}

void TstSchemaRepository::http_brokenProductNeverCached_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("message");
    QTest::newRow("body shorter than Content-Length")
        << int(Mode::ShortBody) << QStringLiteral("cut short");
    QTest::newRow("reset after the headers")
        << int(Mode::ResetAfterHeaders) << QStringLiteral("cut short");
    QTest::newRow("invalid gzip") << int(Mode::BadGzip) << QStringLiteral("not valid 'gzip' data");
    QTest::newRow("endless chunked") << int(Mode::EndlessChunked) << QStringLiteral("too large");
    QTest::newRow("huge Content-Length") << int(Mode::HugeLength) << QStringLiteral("too large");
}

void TstSchemaRepository::http_brokenProductNeverCached()
{
    QFETCH(int, mode);
    QFETCH(QString, message);
    OvhTest::HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(QStringLiteral("/1.0/"), serve(kOneProductIndex));
    // A complete product as the body: only the framing says it is cut short.
    server.setBehaviour(
        QStringLiteral("/1.0/alpha.json"), { Mode(mode), 200, tinyProduct("/alpha"), {}, 0 });
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options = optionsFor(cacheDir);
    options.maxResponseBytes = 1024 * 1024;
    repository.setOptions(options);
    const Endpoint endpoint = endpointFor(server.url(QStringLiteral("/1.0")));
    const auto set = loadAndWait(repository, endpoint);
    QVERIFY(set);
    QCOMPARE(set->source, SchemaSource::Network);
    QCOMPARE(set->failedProducts, 1);
    QVERIFY2(findDiagnostic(*set, QStringLiteral("/alpha"), message), qPrintable(dump(*set)));
    QVERIFY(!SchemaCache(cacheDir.path()).read(endpoint, QStringLiteral("alpha.json")));
}

void TstSchemaRepository::http_oneDeadlineForTheWholeLoad_data()
{
    QTest::addColumn<bool>("indexHangs");
    QTest::addColumn<int>("mode");
    QTest::newRow("silent index") << true << int(Mode::Silent);
    QTest::newRow("dripping index") << true << int(Mode::Drip);
    QTest::newRow("every product silent") << false << int(Mode::Silent);
    QTest::newRow("every product dripping") << false << int(Mode::Drip);
}

void TstSchemaRepository::http_oneDeadlineForTheWholeLoad()
{
    QFETCH(bool, indexHangs);
    QFETCH(int, mode);
    const QByteArray euIndex = [] {
        QFile file(OvhTest::snapshotDir(QStringLiteral("eu")) + QStringLiteral("/index.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!euIndex.isEmpty());
    OvhTest::HostileServer server;
    QVERIFY(server.listen());
    const OvhTest::HostileServer::Behaviour hang { Mode(mode), 200, QByteArray(100000, ' '), {},
        100 };
    server.setDefaultBehaviour(hang);
    if (!indexHangs)
        server.setBehaviour(QStringLiteral("/1.0/"), serve(euIndex));
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options = optionsFor(cacheDir);
    options.timeoutMs = 1500;
    repository.setOptions(options);
    QElapsedTimer timer;
    timer.start();
    const auto set = loadAndWait(
        repository, endpointFor(server.url(QStringLiteral("/1.0")), QStringLiteral("eu")));
    QVERIFY(set);
    // 89 products, 8 at a time, each once allowed 30 s of silence: 360 s before.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(set->products.size(), kEuProducts); // all from the bundled snapshot
    QVERIFY2(findDiagnostic(
                 *set, indexHangs ? QString() : QStringLiteral("/me"), QStringLiteral("deadline")),
        qPrintable(dump(*set)));
}

void TstSchemaRepository::http_stopWaitingEndsTheLoadNow()
{
    OvhTest::HostileServer server;
    QVERIFY(server.listen());
    server.setDefaultBehaviour({ Mode::Silent, 200, {}, {}, 0 });
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    repository.setOptions(optionsFor(cacheDir));
    QSignalSpy loaded(&repository, &SchemaRepository::loaded);
    repository.load(endpointFor(server.url(QStringLiteral("/1.0")), QStringLiteral("eu")));
    QTRY_VERIFY(!server.requests().isEmpty());
    QElapsedTimer timer;
    timer.start();
    repository.stopWaiting();
    QVERIFY(loaded.wait(5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    const auto set = qvariant_cast<SchemaSet>(loaded.constFirst().constFirst());
    QCOMPARE(set.source, SchemaSource::Bundled);
    QVERIFY2(findDiagnostic(set, QString(), QStringLiteral("cancelled")), qPrintable(dump(set)));
}

QTEST_GUILESS_MAIN(TstSchemaRepository)
#include "tst_schemarepository.moc"
