#include "net/schemarepository.h"

#include "net/boundedreply.h"
#include "net/schemacache.h"
#include "schema/schemaparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

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

namespace Ovh {

// ---- SchemaSet ------------------------------------------------------------------------------

QString schemaSourceName(SchemaSource source)
{
    switch (source) {
    case SchemaSource::Network:
        return QStringLiteral("network");
    case SchemaSource::Cache:
        return QStringLiteral("cache");
    case SchemaSource::Bundled:
        return QStringLiteral("bundled");
    case SchemaSource::None:
        break;
    }
    return QStringLiteral("none");
}

int SchemaSet::pathCount() const
{
    int count = 0;
    for (const Product& product : products)
        count += int(product.paths.size());
    return count;
}

int SchemaSet::operationCount() const
{
    int count = 0;
    for (const Product& product : products)
        count += product.operationCount();
    return count;
}

int SchemaSet::modelCount() const
{
    int count = 0;
    for (const Product& product : products)
        count += int(product.models.size());
    return count;
}

const Product* SchemaSet::product(const QString& path) const
{
    for (const Product& candidate : products) {
        if (candidate.path == path)
            return &candidate;
    }
    return nullptr;
}

namespace {

const QString kIndexFile = QStringLiteral("index.json");

// ---- one HTTP GET ---------------------------------------------------------------------------

struct FetchResult
{
    enum Status : quint8 { Ok, NotModified, Failed };
    Status status = Failed;
    QByteArray body;
    CacheMetadata metadata;
    QString error; // for a person: names the HTTP status or the network error
};

QNetworkRequest makeRequest(const QUrl& url, const SchemaRepository::Options& options,
    const std::optional<CacheMetadata>& cached)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ovh-api-explorer/" OVH_VERSION));
    // Only on the endpoint's origin: another host's schema must never be cached as this one's.
    BoundedReply::followRedirectsOnOrigin(request, options.maxRedirects);
    // Revalidation is ours; an injected manager with a QNetworkDiskCache must not interfere.
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (cached) {
        if (!cached->etag.isEmpty())
            request.setRawHeader("If-None-Match", cached->etag);
        if (!cached->lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", cached->lastModified);
    }
    return request;
}

QString httpErrorMessage(const BoundedReply& reply)
{
    QString message = QStringLiteral("HTTP %1").arg(reply.status());
    const QString reason = QString::fromLatin1(reply.reasonPhrase()).trimmed();
    if (!reason.isEmpty())
        message += QLatin1Char(' ') + reason;
    // OVH error bodies carry a "message"; error pages are read only a little.
    const QJsonDocument body = QJsonDocument::fromJson(reply.body().left(64 * 1024));
    const QString detail = body.object().value(QLatin1String("message")).toString();
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    return message;
}

FetchResult resultOf(const BoundedReply& reply)
{
    FetchResult result;
    if (reply.outcome() == BoundedReply::Outcome::DeadlinePassed) {
        result.error = QStringLiteral("timeout: the load's deadline passed");
        return result;
    }
    if (!reply.isComplete()) {
        // A truncated or undecodable file is never cached.
        result.error = reply.outcome() == BoundedReply::Outcome::TransportError
            ? QStringLiteral("network error: %1").arg(reply.errorString())
            : reply.errorString();
        return result;
    }
    const int status = reply.status();
    if (status >= 400) {
        result.error = httpErrorMessage(reply);
        return result;
    }
    if (status == 304) {
        result.status = FetchResult::NotModified;
        return result;
    }
    if (status != 200) {
        result.error = QStringLiteral("unexpected HTTP status %1").arg(status);
        return result;
    }
    result.body = reply.body();
    result.status = FetchResult::Ok;
    result.metadata.etag = reply.reply()->rawHeader("ETag");
    result.metadata.lastModified = reply.reply()->rawHeader("Last-Modified");
    result.metadata.fetchedAt = QDateTime::currentDateTimeUtc();
    return result;
}

// Starts a GET read by a BoundedReply child of `context`; `done` runs once, on finish, never
// synchronously. Disconnect the reader from `context` before cancelling it to silence it.
void startFetch(QNetworkAccessManager* nam, const QNetworkRequest& request,
    const SchemaRepository::Options& options, QObject* context,
    std::function<void(FetchResult)> done)
{
    if (options.deadline.hasExpired()) { // nothing sent once the load's time is up
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                FetchResult result;
                result.error
                    = QStringLiteral("not fetched: the load was stopped or reached its deadline");
                done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    BoundedReply::Limits limits;
    limits.maxBytes = options.maxResponseBytes;
    limits.deadline = options.deadline;
    limits.origin = request.url();
    auto* reply = new BoundedReply(nam->get(request), limits, context);
    QObject::connect(reply, &BoundedReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(resultOf(*reply));
    });
}

// ---- one product, off the GUI thread --------------------------------------------------------

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
};

QString firstMessage(const Diagnostics& diagnostics)
{
    return diagnostics.isEmpty() ? QStringLiteral("unreadable") : diagnostics.constFirst().message;
}

QString bundledFile(const Endpoint& endpoint, const QString& fileName)
{
    if (endpoint.bundledSnapshot.isEmpty() || fileName.isEmpty())
        return QString();
    return QLatin1String(":/snapshots/") + endpoint.bundledSnapshot + QLatin1String("/1.0/")
        + fileName;
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
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QStringLiteral("an unknown date");
}

// Network body, else (after a 304) the cached body, else the fallback chain cache -> bundled.
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
        ProductParseResult parsed
            = SchemaParser::parseProduct(task.productPath, task.fetched->body);
        if (parsed.ok) {
            QString error;
            if (!task.fileName.isEmpty()
                && !task.cache.write(task.endpoint, task.fileName, task.fetched->body,
                    task.fetched->metadata, &error))
                note(QStringLiteral("cache not updated: %1").arg(error));
            accept(parsed);
            return out;
        }
        reason = QStringLiteral("unreadable schema from the server: %1")
                     .arg(firstMessage(parsed.diagnostics));
    } else if (task.fetched && task.fetched->status == FetchResult::NotModified) {
        cacheTried = true;
        if (auto entry = task.cache.read(task.endpoint, task.fileName)) {
            ProductParseResult parsed = SchemaParser::parseProduct(task.productPath, entry->data);
            if (parsed.ok) {
                accept(parsed);
                return out;
            }
        }
        if (task.mayRefetch) {
            out.refetch = true;
            return out;
        }
        reason = QStringLiteral("HTTP 304 Not Modified, but the cached copy is unusable");
    }

    if (task.tryCache && !cacheTried) {
        if (auto entry = task.cache.read(task.endpoint, task.fileName)) {
            ProductParseResult parsed = SchemaParser::parseProduct(task.productPath, entry->data);
            if (parsed.ok) {
                if (!reason.isEmpty())
                    note(QStringLiteral("%1; using the cached copy from %2")
                             .arg(reason, describeDate(entry->metadata.fetchedAt)));
                accept(parsed);
                return out;
            }
            reason += (reason.isEmpty() ? QString() : QStringLiteral("; "))
                + QStringLiteral("cached copy unreadable: %1")
                      .arg(firstMessage(parsed.diagnostics));
        }
    }
    if (auto bundled = readBundled(task.endpoint, task.fileName)) {
        ProductParseResult parsed = SchemaParser::parseProduct(task.productPath, *bundled);
        if (parsed.ok) {
            if (!reason.isEmpty())
                note(QStringLiteral("%1; using the bundled snapshot").arg(reason));
            accept(parsed);
            return out;
        }
    }
    note(reason.isEmpty() ? QStringLiteral("not in the cache nor in the bundled snapshot")
                          : QStringLiteral("%1; no cached or bundled copy").arg(reason));
    return out;
}

// The cache and bundle file of a product: "/hosting/web.json" -> "hosting/web.json". Empty
// when unsafe, or when it would collide with the index file.
QString productFileName(const ApiIndexEntry& entry)
{
    const QString name = SchemaCache::sanitizeRelativePath(entry.schemaPath);
    return name == kIndexFile ? QString() : name;
}

} // namespace

// ---- the job: one load of one endpoint -------------------------------------------------------

class SchemaRepository::Job final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    Job(QNetworkAccessManager* nam, const Options& options, const Endpoint& endpoint,
        QObject* parent);
    ~Job() override;

    void start();
    // Stops every request and silences the job for good.
    void abort();
    // Ends the downloads now; the load goes on with what it has (see stopWaiting()).
    void stopWaiting();

signals:
    void progressChanged(int done, int total);
    void finished(const Ovh::SchemaSet& schema);

private:
    struct Slot
    {
        ApiIndexEntry entry;
        QString fileName;
        std::optional<ProductOutcome> outcome;
    };

    void fetchIndex(bool conditional);
    void onIndexFetched(FetchResult result, bool conditional);
    void loadIndexOffline(const QString& reason);
    void useIndex(IndexParseResult parsed, SchemaSource source, const QDateTime& fetchedAt);
    void startProducts(bool online);
    void pump();
    void fetchProduct(int slot, bool conditional);
    ProductTask taskFor(int slot) const;
    void decodeInPool(int slot, ProductTask task);
    void onProductDecoded(int slot, ProductOutcome outcome);
    void finish();

    QPointer<QNetworkAccessManager> m_nam;
    Options m_options;
    SchemaCache m_cache;
    SchemaSet m_set;
    QList<Slot> m_slots;
    std::deque<std::pair<int, bool>> m_queue; // (slot, conditional) waiting for a connection
    int m_running = 0;
    int m_done = 0;
    bool m_online = false;
    QElapsedTimer m_timer;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

SchemaRepository::Job::Job(
    QNetworkAccessManager* nam, const Options& options, const Endpoint& endpoint, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(options)
    , m_cache(options.cacheDir)
{
    m_set.endpoint = endpoint;
}

SchemaRepository::Job::~Job()
{
    *m_cancelled = true;
}

void SchemaRepository::Job::abort()
{
    *m_cancelled = true;
    disconnect(this, nullptr, nullptr, nullptr);
    const auto replies = findChildren<BoundedReply*>(QString(), Qt::FindDirectChildrenOnly);
    for (BoundedReply* reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
    }
}

void SchemaRepository::Job::stopWaiting()
{
    m_options.deadline = QDeadlineTimer(0); // nothing more is sent
    const auto replies = findChildren<BoundedReply*>(QString(), Qt::FindDirectChildrenOnly);
    for (BoundedReply* reply : replies)
        reply->cancel();
}

void SchemaRepository::Job::start()
{
    if (*m_cancelled)
        return;
    m_timer.start();
    if (m_options.offline)
        loadIndexOffline(QString());
    else if (!m_nam)
        loadIndexOffline(QStringLiteral("no network access"));
    else
        fetchIndex(true);
}

void SchemaRepository::Job::fetchIndex(bool conditional)
{
    const auto cached
        = conditional ? m_cache.readMetadata(m_set.endpoint, kIndexFile) : std::nullopt;
    startFetch(m_nam, makeRequest(m_set.endpoint.url(u"/"), m_options, cached), m_options, this,
        [this, conditional](
            FetchResult result) { onIndexFetched(std::move(result), conditional); });
}

void SchemaRepository::Job::onIndexFetched(FetchResult result, bool conditional)
{
    QString reason = result.error;
    if (result.status == FetchResult::Ok) {
        IndexParseResult parsed = SchemaParser::parseIndex(result.body);
        if (parsed.ok) {
            QString error;
            if (!m_cache.write(m_set.endpoint, kIndexFile, result.body, result.metadata, &error))
                m_set.diagnostics.append(Diagnostic { QString(), QStringLiteral("index"),
                    QStringLiteral("cache not updated: %1").arg(error) });
            useIndex(std::move(parsed), SchemaSource::Network, result.metadata.fetchedAt);
            startProducts(true);
            return;
        }
        reason = QStringLiteral("unreadable index from the server: %1")
                     .arg(firstMessage(parsed.diagnostics));
    } else if (result.status == FetchResult::NotModified) {
        if (auto entry = m_cache.read(m_set.endpoint, kIndexFile)) {
            IndexParseResult parsed = SchemaParser::parseIndex(entry->data);
            if (parsed.ok) {
                useIndex(std::move(parsed), SchemaSource::Cache, entry->metadata.fetchedAt);
                startProducts(true);
                return;
            }
        }
        if (conditional) {
            fetchIndex(false); // the cached copy vanished or rotted: ask for the body
            return;
        }
        reason = QStringLiteral("HTTP 304 Not Modified to an unconditional request");
    }
    loadIndexOffline(reason);
}

void SchemaRepository::Job::loadIndexOffline(const QString& reason)
{
    auto fellBack = [this, &reason](const QString& copy) {
        if (!reason.isEmpty())
            m_set.diagnostics.append(Diagnostic { QString(), QStringLiteral("index"),
                QStringLiteral("%1: %2; using %3")
                    .arg(m_set.endpoint.url(u"/").toString(), reason, copy) });
    };
    QStringList tried;
    if (auto entry = m_cache.read(m_set.endpoint, kIndexFile)) {
        IndexParseResult parsed = SchemaParser::parseIndex(entry->data);
        if (parsed.ok) {
            fellBack(QStringLiteral("the cached copy from %1")
                         .arg(describeDate(entry->metadata.fetchedAt)));
            useIndex(std::move(parsed), SchemaSource::Cache, entry->metadata.fetchedAt);
            startProducts(false);
            return;
        }
        tried << QStringLiteral("the cached index is unreadable (%1)")
                     .arg(firstMessage(parsed.diagnostics));
    } else {
        tried << QStringLiteral("nothing cached in %1").arg(m_cache.endpointDir(m_set.endpoint));
    }
    if (auto bundled = readBundled(m_set.endpoint, kIndexFile)) {
        IndexParseResult parsed = SchemaParser::parseIndex(*bundled);
        if (parsed.ok) {
            fellBack(QStringLiteral("the bundled snapshot"));
            useIndex(std::move(parsed), SchemaSource::Bundled, QDateTime());
            startProducts(false);
            return;
        }
    } else {
        tried << QStringLiteral("no bundled snapshot for this endpoint");
    }
    m_set.source = SchemaSource::None;
    m_set.diagnostics.append(Diagnostic { QString(), QStringLiteral("index"),
        QStringLiteral("no schema available for %1: %2; %3")
            .arg(m_set.endpoint.displayName(),
                reason.isEmpty() ? QStringLiteral("offline") : reason,
                tried.join(QLatin1String("; "))) });
    finish();
}

void SchemaRepository::Job::useIndex(
    IndexParseResult parsed, SchemaSource source, const QDateTime& fetchedAt)
{
    m_set.source = source;
    m_set.fetchedAt = fetchedAt;
    m_set.index = std::move(parsed.index);
    m_set.diagnostics += parsed.diagnostics;
}

void SchemaRepository::Job::startProducts(bool online)
{
    m_online = online;
    m_slots.clear();
    m_slots.reserve(m_set.index.products.size());
    for (const ApiIndexEntry& entry : std::as_const(m_set.index.products)) {
        if (!m_options.productFilter || m_options.productFilter(entry.path))
            m_slots.append(Slot { entry, productFileName(entry), std::nullopt });
    }
    const int total = int(m_slots.size());
    emit progressChanged(0, total);
    if (total == 0) {
        finish();
        return;
    }
    for (int i = 0; i < total; ++i) {
        if (online)
            m_queue.emplace_back(i, true);
        else
            decodeInPool(i, taskFor(i));
    }
    pump();
}

void SchemaRepository::Job::pump()
{
    const int cap = qMax(1, m_options.maxParallelDownloads);
    while (m_running < cap && !m_queue.empty()) {
        const auto [slot, conditional] = m_queue.front();
        m_queue.pop_front();
        fetchProduct(slot, conditional);
    }
}

ProductTask SchemaRepository::Job::taskFor(int slot) const
{
    ProductTask task;
    task.endpoint = m_set.endpoint;
    task.cache = m_cache;
    task.productPath = m_slots.at(slot).entry.path;
    task.fileName = m_slots.at(slot).fileName;
    // A bundled index means the cache had none: its products would not match it.
    task.tryCache = m_set.source != SchemaSource::Bundled;
    return task;
}

void SchemaRepository::Job::fetchProduct(int slot, bool conditional)
{
    const Slot& current = m_slots.at(slot);
    if (current.entry.schemaPath.isEmpty() || !current.entry.schemaPath.startsWith(u'/')) {
        ProductTask task = taskFor(slot);
        task.failure = QStringLiteral("the index gives no usable schema location");
        decodeInPool(slot, std::move(task));
        return;
    }
    const auto cached = conditional && !current.fileName.isEmpty()
        ? m_cache.readMetadata(m_set.endpoint, current.fileName)
        : std::nullopt;
    const QNetworkRequest request
        = makeRequest(m_set.endpoint.url(current.entry.schemaPath), m_options, cached);
    ++m_running;
    startFetch(m_nam, request, m_options, this, [this, slot, conditional](FetchResult result) {
        --m_running;
        ProductTask task = taskFor(slot);
        task.mayRefetch = conditional;
        if (result.status == FetchResult::Failed)
            task.failure = result.error;
        else
            task.fetched = std::move(result);
        decodeInPool(slot, std::move(task));
        pump();
    });
}

void SchemaRepository::Job::decodeInPool(int slot, ProductTask task)
{
    // The job may be gone when the result comes back: deliver through the application
    // object and check the guard on the GUI thread.
    QPointer<Job> guard(this);
    QThreadPool::globalInstance()->start(
        [guard, cancelled = m_cancelled, slot, task = std::move(task)]() {
            if (*cancelled)
                return;
            ProductOutcome outcome = decodeProduct(task);
            if (*cancelled)
                return;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, slot, outcome = std::move(outcome)]() {
                    if (guard)
                        guard->onProductDecoded(slot, outcome);
                },
                Qt::QueuedConnection);
        });
}

void SchemaRepository::Job::onProductDecoded(int slot, ProductOutcome outcome)
{
    if (*m_cancelled)
        return;
    if (outcome.refetch) {
        m_queue.emplace_back(slot, false);
        pump();
        return;
    }
    m_slots[slot].outcome = std::move(outcome);
    ++m_done;
    emit progressChanged(m_done, int(m_slots.size()));
    if (m_done == m_slots.size())
        finish();
}

void SchemaRepository::Job::finish()
{
    for (Slot& slot : m_slots) {
        if (!slot.outcome)
            continue;
        m_set.diagnostics += slot.outcome->diagnostics;
        if (slot.outcome->product)
            m_set.products.append(std::move(*slot.outcome->product));
        else
            ++m_set.failedProducts;
    }
    m_slots.clear();
    m_set.elapsedMs = m_timer.elapsed();
    emit finished(m_set);
}

// ---- the repository --------------------------------------------------------------------------

SchemaRepository::SchemaRepository(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{
    qRegisterMetaType<Ovh::SchemaSet>();
}

SchemaRepository::~SchemaRepository()
{
    cancel();
}

void SchemaRepository::setOptions(const Options& options)
{
    m_options = options;
}

void SchemaRepository::load(const Endpoint& endpoint)
{
    cancel();
    Options options = m_options;
    options.deadline = qMin(options.deadline, QDeadlineTimer(options.timeoutMs));
    if (options.cacheDir.isEmpty())
        options.cacheDir = defaultCacheDir();
    auto* job = new Job(m_nam, options, endpoint, this);
    m_job = job;
    connect(job, &Job::progressChanged, this, &SchemaRepository::progressChanged);
    connect(job, &Job::finished, this, [this, job](const SchemaSet& schema) {
        if (m_job == job)
            m_job = nullptr;
        job->deleteLater();
        emit loaded(schema);
    });
    // Never emit from inside load(): callers connect after calling it, too.
    QMetaObject::invokeMethod(job, &Job::start, Qt::QueuedConnection);
}

void SchemaRepository::cancel()
{
    if (!m_job)
        return;
    m_job->abort();
    m_job->deleteLater();
    m_job = nullptr;
}

void SchemaRepository::stopWaiting()
{
    if (m_job)
        m_job->stopWaiting();
}

bool SchemaRepository::isLoading() const
{
    return !m_job.isNull();
}

QString SchemaRepository::defaultCacheDir()
{
    // One cache for the GUI and the CLI, whatever the application name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QLatin1String("/ovh-api-explorer/schemas");
}

} // namespace Ovh

#include "schemarepository.moc"
