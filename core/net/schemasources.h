#pragma once

#include "base/endpoint.h"
#include "net/schemacache.h"
#include "net/schemafetch.h"
#include "schema/schema.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// Where SchemaRepository reads a schema file from besides the network (the disk cache, checked
// against the hash taken at download; the bundled snapshot), and the fallback chain of one
// product: network -> cache -> bundled. Pure work, safe off the GUI thread.
namespace Ovh::SchemaLoading {

struct ProductTask
{
    Endpoint endpoint;
    SchemaCache cache { QString() };
    QString productPath; // "/hosting/web"
    QString fileName; // "hosting/web.json"; empty: cannot be cached/bundled
    std::optional<FetchResult> fetched; // Ok or NotModified; none when offline or failed
    QString failure; // why the network gave nothing usable
    bool tryCache = true;
    bool mayRefetch = false; // a 304 whose cached copy is gone may ask again
};

struct ProductOutcome
{
    std::optional<Product> product;
    Diagnostics diagnostics;
    bool refetch = false;
    bool downloaded = false; // the product is a fresh body from the server
    QString cacheError; // why that fresh body could not be cached
};

// What a conditional request may send for a cached copy: its validators only when its body is
// the one they describe. A body changed on disk is reported; one without a recorded hash (a
// cache older than the hash) proves nothing either. Both are downloaded again in full.
struct CacheCheck
{
    std::optional<CacheMetadata> validators;
    QString changed; // why the copy is not what was downloaded; empty when it is
};

CacheCheck checkCachedCopy(
    const SchemaCache& cache, const Endpoint& endpoint, const QString& fileName);

// The cached body, unless it no longer hashes to the SHA-256 recorded when it was downloaded
// (a flipped letter, another product's file): then nothing, and why in `problem` if given.
std::optional<CacheEntry> readIntact(
    const SchemaCache& cache, const Endpoint& endpoint, const QString& fileName, QString* problem);

// The bundled snapshot's copy of `fileName` for `endpoint`; none when it has no snapshot.
std::optional<QByteArray> readBundled(const Endpoint& endpoint, const QString& fileName);

// Network body, else (after a 304) the cached body, else the fallback chain cache -> bundled.
ProductOutcome decodeProduct(const ProductTask& task);

// "a; b", skipping an empty part.
QString joinReasons(const QString& first, const QString& second);
// The first diagnostic's message, "unreadable" when there is none.
QString firstMessage(const Diagnostics& diagnostics);
// "2024-01-31T12:00:00Z", or "an unknown date".
QString describeDate(const QDateTime& date);

} // namespace Ovh::SchemaLoading
