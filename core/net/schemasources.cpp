#include "net/schemasources.h"

#include "base/coretr.h"
#include "schema/openapireader.h"

#include <QFile>

// Outside any namespace: the bundled snapshots live in the static core library, and only an
// explicit reference keeps the linker from dropping them.
static void initSnapshotResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(snapshots);
        return true;
    }();
    Q_UNUSED(done)
}

namespace Ovh::SchemaLoading {

namespace {

QString bundledFile(const Endpoint& endpoint, const QString& fileName)
{
    const QString dir = endpoint.bundledSnapshotDir();
    if (dir.isEmpty() || fileName.isEmpty())
        return QString();
    return dir + QLatin1Char('/') + fileName;
}

} // namespace

QString joinReasons(const QString& first, const QString& second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    return NetTr::tr("%1; %2").arg(first, second);
}

std::optional<CacheEntry> readIntact(
    const SchemaCache& cache, const Endpoint& endpoint, const QString& fileName, QString* problem)
{
    auto entry = cache.read(endpoint, fileName);
    if (entry && entry->integrity == CacheIntegrity::Mismatch) {
        if (problem)
            *problem = NetTr::tr(
                "the cached copy changed on disk since it was downloaded (SHA-256 mismatch)");
        return std::nullopt;
    }
    return entry;
}

CacheCheck checkCachedCopy(
    const SchemaCache& cache, const Endpoint& endpoint, const QString& fileName)
{
    CacheCheck check;
    if (fileName.isEmpty())
        return check;
    const auto entry = readIntact(cache, endpoint, fileName, &check.changed);
    if (!check.changed.isEmpty())
        check.changed = NetTr::tr("%1; downloading it again").arg(check.changed);
    if (entry && entry->integrity == CacheIntegrity::Verified)
        check.validators = entry->metadata;
    return check;
}

QString firstMessage(const Diagnostics& diagnostics)
{
    return diagnostics.isEmpty() ? QStringLiteral("unreadable") : diagnostics.constFirst().message;
}

std::optional<QByteArray> readBundled(const Endpoint& endpoint, const QString& fileName)
{
    const QString path = bundledFile(endpoint, fileName);
    if (path.isEmpty())
        return std::nullopt;
    initSnapshotResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QString describeDate(const QDateTime& date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : NetTr::tr("an unknown date");
}

ProductOutcome decodeProduct(const ProductTask& task)
{
    ProductOutcome out;
    QString reason = task.failure;
    auto accept = [&out](ProductParseResult& parsed) {
        out.diagnostics += parsed.diagnostics;
        out.product = std::move(parsed.product);
    };
    auto note = [&out, &task](const QString& message) {
        out.diagnostics.append(Diagnostic { task.productPath, QString(), message });
    };

    bool cacheTried = false;
    if (task.fetched && task.fetched->status == FetchResult::Ok) {
        ProductParseResult parsed = parseAnyProductSchema(task.productPath, task.fetched->body);
        if (parsed.ok) {
            if (!task.fileName.isEmpty())
                task.cache.write(task.endpoint, task.fileName, task.fetched->body,
                    task.fetched->metadata, &out.cacheError);
            out.downloaded = true;
            accept(parsed);
            return out;
        }
        reason = NetTr::tr("unreadable schema from the server: %1")
                     .arg(firstMessage(parsed.diagnostics));
    } else if (task.fetched && task.fetched->status == FetchResult::NotModified) {
        cacheTried = true;
        if (auto entry = readIntact(task.cache, task.endpoint, task.fileName, nullptr)) {
            ProductParseResult parsed = parseAnyProductSchema(task.productPath, entry->data);
            if (parsed.ok) {
                accept(parsed);
                return out;
            }
        }
        if (task.mayRefetch) {
            out.refetch = true;
            return out;
        }
        reason = NetTr::tr("HTTP 304 Not Modified, but the cached copy is unusable");
    }

    if (task.tryCache && !cacheTried) {
        QString problem;
        if (auto entry = readIntact(task.cache, task.endpoint, task.fileName, &problem)) {
            ProductParseResult parsed = parseAnyProductSchema(task.productPath, entry->data);
            if (parsed.ok) {
                if (!reason.isEmpty())
                    note(NetTr::tr("%1; using the cached copy from %2")
                             .arg(reason, describeDate(entry->metadata.fetchedAt)));
                accept(parsed);
                return out;
            }
            problem = NetTr::tr("cached copy unreadable: %1").arg(firstMessage(parsed.diagnostics));
        }
        reason = joinReasons(reason, problem);
    }
    if (auto bundled = readBundled(task.endpoint, task.fileName)) {
        ProductParseResult parsed = parseAnyProductSchema(task.productPath, *bundled);
        if (parsed.ok) {
            if (!reason.isEmpty())
                note(NetTr::tr("%1; using the bundled snapshot").arg(reason));
            accept(parsed);
            return out;
        }
    }
    note(reason.isEmpty() ? NetTr::tr("not in the cache nor in the bundled snapshot")
                          : NetTr::tr("%1; no cached or bundled copy").arg(reason));
    return out;
}

} // namespace Ovh::SchemaLoading
