#pragma once

#include "base/endpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Ovh {

// What the server said about a cached body, kept next to it for revalidation.
struct CacheMetadata
{
    QByteArray etag; // the ETag header as served (quotes included)
    QByteArray lastModified; // the Last-Modified header as served
    QDateTime fetchedAt; // when the body was downloaded (UTC)
    // SHA-256 of the body as written (hex); empty in sidecars older than the hash, which
    // then cannot prove their body is what was downloaded.
    QByteArray sha256;
};

// What the sidecar's hash says of a cached body.
enum class CacheIntegrity : quint8 {
    Verified, // the body hashes to the recorded SHA-256
    Unverified, // no hash recorded (no sidecar, or one from before the hash)
    Mismatch, // the body changed on disk since it was written
};

struct CacheEntry
{
    QByteArray data;
    CacheMetadata metadata; // empty when the sidecar is missing or unreadable
    CacheIntegrity integrity = CacheIntegrity::Unverified;
};

// The schema files of each endpoint on disk, laid out like the API so that a cache folder is
// itself a snapshot folder:
//   <root>/<endpoint.cacheKey()>/index.json         (GET <base>/)
//   <root>/<endpoint.cacheKey()>/hosting/web.json   (GET <base>/hosting/web.json)
// and a sidecar "<file>.meta" (JSON: etag, lastModified, fetchedAt, sha256) next to each file.
// Files are replaced atomically (QSaveFile). A value type holding only its root: every
// method is safe to call from any thread.
class SchemaCache final
{
public:
    explicit SchemaCache(QString rootDir);

    const QString& rootDir() const { return m_rootDir; }
    QString endpointDir(const Endpoint& endpoint) const;
    // Absolute path of a cached file, or empty when `relative` would leave the endpoint
    // folder ("..", absolute, empty, backslashes).
    QString filePath(const Endpoint& endpoint, const QString& relative) const;

    // Body plus metadata and the body's integrity; nothing when the body is missing or
    // unreadable.
    std::optional<CacheEntry> read(const Endpoint& endpoint, const QString& relative) const;
    // The sidecar alone (cheap, for conditional request headers).
    std::optional<CacheMetadata> readMetadata(
        const Endpoint& endpoint, const QString& relative) const;
    // Creates the folders and records the body's SHA-256 (metadata.sha256 is ignored); on
    // failure returns false and a reason in `error`.
    bool write(const Endpoint& endpoint, const QString& relative, const QByteArray& data,
        const CacheMetadata& metadata, QString* error = nullptr) const;

    // A path relative to the endpoint folder that stays inside it: "/hosting/web.json" ->
    // "hosting/web.json"; empty for anything suspicious.
    static QString sanitizeRelativePath(const QString& relative);

private:
    QString m_rootDir;
};

} // namespace Ovh
