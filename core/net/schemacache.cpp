#include "net/schemacache.h"

#include "base/coretr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <utility>

namespace Ovh {

namespace {

const QLatin1String kMetaSuffix(".meta");

QString metaPathFor(const QString& filePath)
{
    return filePath + kMetaSuffix;
}

bool saveAtomically(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = NetTr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray sha256Of(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray encodeMetadata(const CacheMetadata& metadata)
{
    QJsonObject object;
    object.insert(QLatin1String("etag"), QString::fromLatin1(metadata.etag));
    object.insert(QLatin1String("lastModified"), QString::fromLatin1(metadata.lastModified));
    object.insert(
        QLatin1String("fetchedAt"), metadata.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QLatin1String("sha256"), QString::fromLatin1(metadata.sha256));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<CacheMetadata> decodeMetadata(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    CacheMetadata metadata;
    metadata.etag = object.value(QLatin1String("etag")).toString().toLatin1();
    metadata.lastModified = object.value(QLatin1String("lastModified")).toString().toLatin1();
    metadata.fetchedAt = QDateTime::fromString(
        object.value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs);
    if (metadata.fetchedAt.isValid())
        metadata.fetchedAt = metadata.fetchedAt.toUTC();
    metadata.sha256 = object.value(QLatin1String("sha256")).toString().toLatin1();
    return metadata;
}

} // namespace

SchemaCache::SchemaCache(QString rootDir)
    : m_rootDir(std::move(rootDir))
{ }

QString SchemaCache::endpointDir(const Endpoint& endpoint) const
{
    return m_rootDir + QLatin1Char('/') + endpoint.cacheKey();
}

QString SchemaCache::sanitizeRelativePath(const QString& relative)
{
    QString path = relative;
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty() || path.contains(QLatin1Char('\\')) || path.contains(QLatin1Char(':'))
        || path.contains(QChar(0)))
        return QString();
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString& segment : segments) {
        // Also refuses "." / ".." and hidden names, so nothing lands next to a sidecar.
        if (segment.isEmpty() || segment.startsWith(QLatin1Char('.')))
            return QString();
    }
    if (path.endsWith(kMetaSuffix))
        return QString();
    return path;
}

QString SchemaCache::filePath(const Endpoint& endpoint, const QString& relative) const
{
    if (m_rootDir.isEmpty())
        return QString();
    const QString clean = sanitizeRelativePath(relative);
    if (clean.isEmpty())
        return QString();
    return endpointDir(endpoint) + QLatin1Char('/') + clean;
}

std::optional<CacheMetadata> SchemaCache::readMetadata(
    const Endpoint& endpoint, const QString& relative) const
{
    const QString path = filePath(endpoint, relative);
    if (path.isEmpty())
        return std::nullopt;
    QFile file(metaPathFor(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A sidecar is a few hundred bytes; anything big is not ours.
    return decodeMetadata(file.read(64 * 1024));
}

std::optional<CacheEntry> SchemaCache::read(const Endpoint& endpoint, const QString& relative) const
{
    const QString path = filePath(endpoint, relative);
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    CacheEntry entry;
    entry.data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return std::nullopt;
    if (auto metadata = readMetadata(endpoint, relative))
        entry.metadata = *metadata;
    if (!entry.metadata.sha256.isEmpty())
        entry.integrity = entry.metadata.sha256 == sha256Of(entry.data) ? CacheIntegrity::Verified
                                                                        : CacheIntegrity::Mismatch;
    return entry;
}

bool SchemaCache::write(const Endpoint& endpoint, const QString& relative, const QByteArray& data,
    const CacheMetadata& metadata, QString* error) const
{
    const QString path = filePath(endpoint, relative);
    if (path.isEmpty()) {
        if (error)
            *error = NetTr::tr("refusing to cache '%1' outside %2")
                         .arg(relative, endpointDir(endpoint));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = NetTr::tr("cannot create %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    // Old validators must never describe a new body: drop the sidecar first, so an
    // interruption leaves a body without metadata (revalidated unconditionally next time).
    QFile::remove(metaPathFor(path));
    CacheMetadata recorded = metadata;
    recorded.sha256 = sha256Of(data);
    return saveAtomically(path, data, error)
        && saveAtomically(metaPathFor(path), encodeMetadata(recorded), error);
}

} // namespace Ovh
