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

int countDiagnostics(const SchemaSet& set, const QString& needle)
{
    int count = 0;
    for (const Diagnostic& diagnostic : set.diagnostics)
        count += diagnostic.message.contains(needle) ? 1 : 0;
    return count;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SchemaRepository::Options optionsFor(const QTemporaryDir& cache)
{
    SchemaRepository::Options options;
    options.cacheDir = cache.path();
    options.timeoutMs = 5000;
    return options;
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

// The tiny snapshot on a server, and a repository with its own empty cache.
class TinyRig final
{
public:
    TinyRig()
    {
        if (!folder.isValid() || !cacheDir.isValid() || !writeTinySnapshot(folder.path()))
            return;
        server = std::make_unique<SnapshotServer>(folder.path());
        if (!server->listen()) {
            server.reset();
            return;
        }
        endpoint = endpointFor(server->baseUrl());
        repository.setOptions(optionsFor(cacheDir));
    }
    bool isReady() const { return server != nullptr; }
    std::optional<SchemaSet> load() { return loadAndWait(repository, endpoint); }

    QTemporaryDir folder;
    std::unique_ptr<SnapshotServer> server;
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    SchemaRepository repository { &nam };
    Endpoint endpoint;
};

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
    void lostCacheBody_fetchedUnconditionally();
    void notModified_byLastModifiedAlone();
    void malformedProduct();
    void cache_recordsAndChecksTheHash();
    void changedCacheFile_downloadedAgain_data();
    void changedCacheFile_downloadedAgain();
    void changedCacheFile_offlineUsesBundled();
    void sidecarWithoutHash_revalidatedUnconditionallyOnce();
    void notModifiedIndex_freshProducts_sourceIsNetwork();
    void unwritableCache_oneDiagnostic();
    void productCountCap();
    void downloadCap();
    void schemaLocation_data();
    void schemaLocation();
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

void TstSchemaRepository::cache_roundTripAndSanitizing()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const SchemaCache cache(root.path());
    const Endpoint endpoint = *Endpoint::byName(QStringLiteral("ovh-eu"));

    QVERIFY(!cache.read(endpoint, QStringLiteral("hosting/web.json")));
    CacheMetadata metadata { "\"abc\"", "Tue, 01 Oct 2024 10:00:00 GMT",
        QDateTime(QDate(2024, 10, 1), QTime(10, 0, 1), Qt::UTC), {} };
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
    TinyRig rig;
    QVERIFY(rig.isReady());
    QVERIFY(rig.load());

    rig.server->setFailure(QStringLiteral("/beta.json"), 503);
    const auto set = rig.load();
    QVERIFY(set);
    QCOMPARE(set->failedProducts, 0);
    QCOMPARE(set->products.size(), 3);
    QCOMPARE(set->products.at(1).path, QStringLiteral("/beta"));
    const Diagnostic* diagnostic
        = findDiagnostic(*set, QStringLiteral("/beta"), QStringLiteral("HTTP 503"));
    QVERIFY2(diagnostic, qPrintable(dump(*set)));
    QVERIFY(diagnostic->message.contains(QStringLiteral("using the cached copy")));
}

void TstSchemaRepository::lostCacheBody_fetchedUnconditionally()
{
    TinyRig rig;
    QVERIFY(rig.isReady());
    QVERIFY(rig.load());

    // The body went missing but its validators stayed: they confirm nothing, so the request is
    // unconditional (a 304 would leave a hole).
    const QString body = rig.cacheDir.path() + QLatin1Char('/') + rig.endpoint.cacheKey()
        + QStringLiteral("/alpha.json");
    QVERIFY(QFile::remove(body));
    rig.server->resetCounters();
    const auto set = rig.load();
    QVERIFY(set);
    QCOMPARE(set->failedProducts, 0);
    QCOMPARE(set->products.size(), 3);
    QCOMPARE(rig.server->requestCount(QStringLiteral("/alpha.json")), 1);
    QCOMPARE(rig.server->notModifiedCount(QStringLiteral("/alpha.json")), 0);
    QVERIFY(
        rig.server->lastRequestHeader(QStringLiteral("/alpha.json"), "If-None-Match").isEmpty());
    QVERIFY(QFile::exists(body));
}

void TstSchemaRepository::notModified_byLastModifiedAlone()
{
    TinyRig rig;
    QVERIFY(rig.isReady());
    QVERIFY(rig.load());

    // A server that sent no ETag: revalidation rides on Last-Modified alone.
    const SchemaCache cache(rig.cacheDir.path());
    auto entry = cache.read(rig.endpoint, QStringLiteral("alpha.json"));
    QVERIFY(entry);
    QVERIFY(!entry->metadata.lastModified.isEmpty());
    entry->metadata.etag.clear();
    QVERIFY(cache.write(rig.endpoint, QStringLiteral("alpha.json"), entry->data, entry->metadata));
    rig.server->resetCounters();
    const auto set = rig.load();
    QVERIFY(set);
    QCOMPARE(set->products.size(), 3);
    QVERIFY(
        rig.server->lastRequestHeader(QStringLiteral("/alpha.json"), "If-None-Match").isEmpty());
    QCOMPARE(rig.server->notModifiedCount(QStringLiteral("/alpha.json")), 1);
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

void TstSchemaRepository::cache_recordsAndChecksTheHash()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const SchemaCache cache(root.path());
    const Endpoint endpoint = *Endpoint::byName(QStringLiteral("ovh-eu"));
    const QString name = QStringLiteral("domain.json");
    QVERIFY(cache.write(endpoint, name, "{\"a\":1}", CacheMetadata { "\"e\"", {}, {}, {} }));
    const QString file = cache.filePath(endpoint, name);
    const QJsonObject sidecar
        = QJsonDocument::fromJson(readFile(file + QStringLiteral(".meta"))).object();
    QCOMPARE(sidecar.value(QLatin1String("sha256")).toString(),
        QStringLiteral("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862"));
    QCOMPARE(cache.read(endpoint, name)->integrity, CacheIntegrity::Verified);

    QVERIFY(writeFile(file, "{\"a\":2}")); // valid JSON, not what was downloaded
    auto entry = cache.read(endpoint, name);
    QVERIFY(entry);
    QCOMPARE(entry->integrity, CacheIntegrity::Mismatch);
    QCOMPARE(entry->metadata.etag, QByteArray("\"e\"")); // the sidecar itself is intact

    // A sidecar from before the hash, or none at all: nothing proves the body.
    QVERIFY(writeFile(file + QStringLiteral(".meta"), R"({"etag":"\"e\""})"));
    QCOMPARE(cache.read(endpoint, name)->integrity, CacheIntegrity::Unverified);
    QVERIFY(QFile::remove(file + QStringLiteral(".meta")));
    QCOMPARE(cache.read(endpoint, name)->integrity, CacheIntegrity::Unverified);
}

void TstSchemaRepository::changedCacheFile_downloadedAgain_data()
{
    QTest::addColumn<QString>("cacheFile"); // relative to the endpoint's cache folder
    QTest::addColumn<QString>("served"); // as the server counts it
    QTest::addColumn<QString>("product"); // the diagnostic's product; empty for the index
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("flipped letter")
        << QStringLiteral("alpha.json") << QStringLiteral("/alpha.json") << QStringLiteral("/alpha")
        << QByteArray("List things") << QByteArray("List thinGs");
    QTest::newRow("another product's file")
        << QStringLiteral("alpha.json") << QStringLiteral("/alpha.json") << QStringLiteral("/alpha")
        << QByteArray() << QByteArray("beta.json");
    QTest::newRow("index") << QStringLiteral("index.json") << QStringLiteral("/") << QString()
                           << QByteArray("\"/beta\"") << QByteArray("\"/betb\"");
}

void TstSchemaRepository::changedCacheFile_downloadedAgain()
{
    QFETCH(QString, cacheFile);
    QFETCH(QString, served);
    QFETCH(QString, product);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    TinyRig rig;
    QVERIFY(rig.isReady());
    QVERIFY(rig.load());

    const QString endpointDir = rig.cacheDir.path() + QLatin1Char('/') + rig.endpoint.cacheKey();
    const QString file = endpointDir + QLatin1Char('/') + cacheFile;
    const QByteArray original = readFile(file);
    // Still valid JSON, and the sidecar (its ETag) is untouched.
    const QByteArray changed = from.isEmpty()
        ? readFile(endpointDir + QLatin1Char('/') + QString::fromLatin1(to))
        : QByteArray(original).replace(from, to);
    QVERIFY(changed != original);
    QVERIFY(writeFile(file, changed));

    rig.server->resetCounters();
    const auto set = rig.load();
    QVERIFY(set);
    QVERIFY2(findDiagnostic(*set, product, QStringLiteral("SHA-256")), qPrintable(dump(*set)));
    QCOMPARE(set->failedProducts, 0);
    QCOMPARE(productPaths(*set),
        QStringList(
            { QStringLiteral("/alpha"), QStringLiteral("/beta"), QStringLiteral("/group/gamma") }));
    QCOMPARE(set->source, SchemaSource::Network);
    // A fresh download, not a conditional request the intact ETag would turn into a 304.
    QCOMPARE(rig.server->requestCount(served), 1);
    QCOMPARE(rig.server->notModifiedCount(served), 0);
    QVERIFY(rig.server->lastRequestHeader(served, "If-None-Match").isEmpty());
    QVERIFY(rig.server->lastRequestHeader(served, "If-Modified-Since").isEmpty());
    QCOMPARE(readFile(file), original);
    QCOMPARE(set->product(QStringLiteral("/alpha"))
                 ->paths.constFirst()
                 .operations.constFirst()
                 .description,
        QStringLiteral("List things"));
}

void TstSchemaRepository::changedCacheFile_offlineUsesBundled()
{
    // A cache of the eu endpoint as a download would have left it, then one product changed.
    QTemporaryDir cacheDir;
    const Endpoint endpoint = *Endpoint::byName(QStringLiteral("ovh-eu"));
    const SchemaCache cache(cacheDir.path());
    const QString snapshot = OvhTest::snapshotDir(QStringLiteral("eu"));
    const CacheMetadata metadata { "\"x\"", {}, QDateTime::currentDateTimeUtc(), {} };
    for (const QString& name : { QStringLiteral("index.json"), QStringLiteral("domain.json") })
        QVERIFY(
            cache.write(endpoint, name, readFile(snapshot + QLatin1Char('/') + name), metadata));
    const QString domain = cache.filePath(endpoint, QStringLiteral("domain.json"));
    const QByteArray original = readFile(domain);
    QVERIFY(original.contains("\"/domain/zone\""));
    QVERIFY(
        writeFile(domain, QByteArray(original).replace("\"/domain/zone\"", "\"/domain/zonX\"")));

    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options = optionsFor(cacheDir);
    options.offline = true;
    options.productFilter = [](const QString& path) { return path == QLatin1String("/domain"); };
    repository.setOptions(options);
    const auto set = loadAndWait(repository, endpoint);
    QVERIFY(set);
    QCOMPARE(set->source, SchemaSource::Cache);
    QCOMPARE(productPaths(*set), QStringList { QStringLiteral("/domain") });
    const Diagnostic* diagnostic
        = findDiagnostic(*set, QStringLiteral("/domain"), QStringLiteral("SHA-256"));
    QVERIFY2(diagnostic, qPrintable(dump(*set)));
    QVERIFY(diagnostic->message.contains(QStringLiteral("using the bundled snapshot")));
    bool changedPathLoaded = false;
    for (const ApiPath& path : set->products.constFirst().paths)
        changedPathLoaded = changedPathLoaded || path.path.contains(QStringLiteral("zonX"));
    QVERIFY(!changedPathLoaded);
}

void TstSchemaRepository::sidecarWithoutHash_revalidatedUnconditionallyOnce()
{
    TinyRig rig;
    QVERIFY(rig.isReady());
    QVERIFY(rig.load());

    // The sidecar an older version wrote: validators, no hash.
    const SchemaCache cache(rig.cacheDir.path());
    const QString meta
        = cache.filePath(rig.endpoint, QStringLiteral("alpha.json")) + QStringLiteral(".meta");
    QJsonObject sidecar = QJsonDocument::fromJson(readFile(meta)).object();
    QVERIFY(sidecar.contains(QLatin1String("sha256")));
    sidecar.remove(QLatin1String("sha256"));
    QVERIFY(writeFile(meta, QJsonDocument(sidecar).toJson()));

    rig.server->resetCounters();
    auto set = rig.load();
    QVERIFY(set);
    QCOMPARE(set->products.size(), 3);
    QVERIFY2(!findDiagnostic(*set, QStringLiteral("/alpha"), QString()), qPrintable(dump(*set)));
    QCOMPARE(rig.server->notModifiedCount(QStringLiteral("/alpha.json")), 0);
    QVERIFY(
        rig.server->lastRequestHeader(QStringLiteral("/alpha.json"), "If-None-Match").isEmpty());
    QCOMPARE(rig.server->notModifiedCount(QStringLiteral("/beta.json")), 1);
    QCOMPARE(cache.read(rig.endpoint, QStringLiteral("alpha.json"))->integrity,
        CacheIntegrity::Verified);

    // Once: the next load revalidates it like the others.
    rig.server->resetCounters();
    set = rig.load();
    QVERIFY(set);
    QCOMPARE(rig.server->notModifiedCount(QStringLiteral("/alpha.json")), 1);
}

void TstSchemaRepository::notModifiedIndex_freshProducts_sourceIsNetwork()
{
    TinyRig rig;
    QVERIFY(rig.isReady());
    QVERIFY(rig.load());

    rig.server->setContent(QStringLiteral("/beta.json"), tinyProduct("/beta", 10)); // a new ETag
    rig.server->resetCounters();
    const auto set = rig.load();
    QVERIFY(set);
    QCOMPARE(rig.server->notModifiedCount(QStringLiteral("/")), 1);
    QCOMPARE(rig.server->notModifiedCount(QStringLiteral("/beta.json")), 0);
    QCOMPARE(set->source, SchemaSource::Network);
}

void TstSchemaRepository::unwritableCache_oneDiagnostic()
{
    QTemporaryDir folder;
    auto server = tinyServer(folder);
    QVERIFY(server);
    // The cache folder is a file: not one schema file can be written below it.
    QTemporaryDir parent;
    const QString notAFolder = parent.path() + QStringLiteral("/cache");
    QVERIFY(writeFile(notAFolder, "a file"));
    QNetworkAccessManager nam;
    SchemaRepository repository(&nam);
    SchemaRepository::Options options;
    options.cacheDir = notAFolder;
    repository.setOptions(options);
    const auto set = loadAndWait(repository, endpointFor(server->baseUrl()));
    QVERIFY(set);
    QCOMPARE(set->source, SchemaSource::Network);
    QCOMPARE(set->products.size(), 3);
    QVERIFY(set->isComplete());
    QCOMPARE(set->diagnostics.size(), 1);
    QVERIFY2(set->diagnostics.constFirst().message.contains(
                 QStringLiteral("cache not updated (4 files)")),
        qPrintable(dump(*set)));
    QVERIFY(set->diagnostics.constFirst().message.contains(notAFolder));
}

void TstSchemaRepository::productCountCap()
{
    TinyRig rig;
    QVERIFY(rig.isReady());
    SchemaRepository::Options options = optionsFor(rig.cacheDir);
    options.maxProducts = 2;
    rig.repository.setOptions(options);
    const auto set = rig.load();
    QVERIFY(set);
    QCOMPARE(
        productPaths(*set), QStringList({ QStringLiteral("/alpha"), QStringLiteral("/beta") }));
    QCOMPARE(set->failedProducts, 1);
    QVERIFY(!set->isComplete());
    QCOMPARE(rig.server->requestCount(QStringLiteral("/group/gamma.json")), 0);
    QCOMPARE(set->diagnostics.size(), 1);
    QVERIFY2(set->diagnostics.constFirst().message.contains(QStringLiteral("over the cap of 2")),
        qPrintable(dump(*set)));
}

void TstSchemaRepository::downloadCap()
{
    TinyRig rig;
    QVERIFY(rig.isReady());
    rig.server->setContent(QStringLiteral("/beta.json"), tinyProduct("/beta", 100 * 1024));
    SchemaRepository::Options options = optionsFor(rig.cacheDir);
    options.maxLoadBytes = 64 * 1024; // alpha fits, beta does not
    options.maxParallelDownloads = 1; // in index order
    rig.repository.setOptions(options);
    const auto set = rig.load();
    QVERIFY(set);
    QCOMPARE(set->source, SchemaSource::Network);
    QCOMPARE(productPaths(*set), QStringList { QStringLiteral("/alpha") });
    QCOMPARE(set->failedProducts, 2);
    QCOMPARE(rig.server->requestCount(QStringLiteral("/group/gamma.json")), 0); // never asked
    QCOMPARE(set->diagnostics.size(), 1);
    const QString message = set->diagnostics.constFirst().message;
    QVERIFY2(message.contains(QStringLiteral("download cap of 65536 bytes")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("2 products not loaded: /beta, /group/gamma")),
        qPrintable(message));
}

void TstSchemaRepository::schemaLocation_data()
{
    // "@BASE@" is the server's base URL.
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<bool>("followed");
    QTest::newRow("template") << QByteArray("{path}.{format}") << true;
    QTest::newRow("plain path") << QByteArray("/beta.json") << true;
    QTest::newRow("same origin URL") << QByteArray("@BASE@/beta.json") << true;
    QTest::newRow("dot-dot") << QByteArray("/../secret.json") << false;
    QTest::newRow("dot-dot in template") << QByteArray("{path}/../../secret.{format}") << false;
    QTest::newRow("relative dot-dot") << QByteArray("../secret.json") << false;
    QTest::newRow("percent-encoded dots") << QByteArray("/%2e%2e/secret.json") << false;
    QTest::newRow("percent-encoded, upper") << QByteArray("/%2E%2E/%2E%2E/secret.json") << false;
    QTest::newRow("another host") << QByteArray("//evil.example/1.0/beta.json") << false;
    QTest::newRow("another origin") << QByteArray("https://evil.example/1.0/beta.json") << false;
    QTest::newRow("another port") << QByteArray("http://127.0.0.1:1/1.0/beta.json") << false;
    QTest::newRow("outside the base path") << QByteArray("@BASE@/../beta.json") << false;
    QTest::newRow("backslashes") << QByteArray(R"(\\..\\secret.json)") << false;
    QTest::newRow("encoded backslash") << QByteArray("/%5c..%5csecret.json") << false;
}

void TstSchemaRepository::schemaLocation()
{
    QFETCH(QByteArray, schema);
    QFETCH(bool, followed);
    TinyRig rig;
    QVERIFY(rig.isReady());
    schema.replace("@BASE@", rig.server->baseUrl().toEncoded());
    const QByteArray index = R"({"apis": [
 {"path": "/alpha", "schema": "{path}.{format}", "format": ["json"], "description": ""},
 {"path": "/beta", "schema": ")"
        + schema + R"(", "format": ["json"], "description": ""}
], "basePath": ")"
        + rig.server->baseUrl().toEncoded() + R"("})";
    rig.server->setContent(QStringLiteral("/"), index);
    const auto set = rig.load();
    QVERIFY(set);
    QCOMPARE(set->source, SchemaSource::Network);
    QVERIFY(set->product(QStringLiteral("/alpha")));
    if (followed) {
        QVERIFY2(set->isComplete(), qPrintable(dump(*set)));
        QCOMPARE(rig.server->requestCount(QStringLiteral("/beta.json")), 1);
        return;
    }
    QCOMPARE(set->products.size(), 1);
    QCOMPARE(set->failedProducts, 1);
    QCOMPARE(rig.server->requestCount(), 2); // the index and /alpha.json, nothing else
    const Diagnostic* diagnostic
        = findDiagnostic(*set, QStringLiteral("/beta"), QStringLiteral("refused"));
    QVERIFY2(diagnostic, qPrintable(dump(*set)));
    QCOMPARE(countDiagnostics(*set, QStringLiteral("refused")), 1);
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
