// The schema cache: what it keeps, its hash, revalidation, and the fall-back on it when the
// network fails.
#include "schemarig.h"

#include "testfiles.h"
#include "testpaths.h"

#include "net/schemacache.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TstSchemaCache final : public QObject
{
    Q_OBJECT

private slots:
    void cache_roundTripAndSanitizing();
    void serverDown_usesCache();
    void productFailure_fallsBackToCache();
    void lostCacheBody_fetchedUnconditionally();
    void notModified_byLastModifiedAlone();
    void cache_recordsAndChecksTheHash();
    void changedCacheFile_downloadedAgain_data();
    void changedCacheFile_downloadedAgain();
    void changedCacheFile_offlineUsesBundled();
    void sidecarWithoutHash_revalidatedUnconditionallyOnce();
    void notModifiedIndex_freshProducts_sourceIsNetwork();
    void unwritableCache_oneDiagnostic();
};

void TstSchemaCache::cache_roundTripAndSanitizing()
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

void TstSchemaCache::serverDown_usesCache()
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

void TstSchemaCache::productFailure_fallsBackToCache()
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

void TstSchemaCache::lostCacheBody_fetchedUnconditionally()
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

void TstSchemaCache::notModified_byLastModifiedAlone()
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

void TstSchemaCache::cache_recordsAndChecksTheHash()
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
    const QByteArray olderSidecar = R"({"etag":"\"e\""})";
    QVERIFY(writeFile(file + QStringLiteral(".meta"), olderSidecar));
    QCOMPARE(cache.read(endpoint, name)->integrity, CacheIntegrity::Unverified);
    QVERIFY(QFile::remove(file + QStringLiteral(".meta")));
    QCOMPARE(cache.read(endpoint, name)->integrity, CacheIntegrity::Unverified);
}

void TstSchemaCache::changedCacheFile_downloadedAgain_data()
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

void TstSchemaCache::changedCacheFile_downloadedAgain()
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

void TstSchemaCache::changedCacheFile_offlineUsesBundled()
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

void TstSchemaCache::sidecarWithoutHash_revalidatedUnconditionallyOnce()
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

void TstSchemaCache::notModifiedIndex_freshProducts_sourceIsNetwork()
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

void TstSchemaCache::unwritableCache_oneDiagnostic()
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

QTEST_GUILESS_MAIN(TstSchemaCache)
#include "tst_schemacache.moc"
