#include "net/schemarepository.h"

#include "base/coretr.h"
#include "net/boundedreply.h"
#include "net/schemacache.h"
#include "net/schemafetch.h"
#include "net/schemasources.h"
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

#include <algorithm>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace Ovh {

using namespace SchemaLoading;

namespace {

const QString kIndexFile = QStringLiteral("index.json");

// The cache and bundle file of a product: "/hosting/web.json" -> "hosting/web.json". Empty
// when unsafe, or when it would collide with the index file.
QString productFileName(const ApiIndexEntry& entry)
{
    const QString name = SchemaCache::sanitizeRelativePath(entry.schemaPath);
    return name == kIndexFile ? QString() : name;
}

int defaultPort(const QUrl& url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}

// Why an index entry's schema location would lead outside the endpoint's base path, or empty.
// The index comes from the server: "../", "%2e%2e", "//host", backslashes or an absolute URL
// to another origin must steer neither a download nor a cache file.
QString locationProblem(const ApiIndexEntry& entry, const Endpoint& endpoint)
{
    const QString& path = entry.schemaPath; // what the parser made of the entry
    if (path.isEmpty())
        return NetTr::tr("the index gives no usable schema location");
    auto refused = [&entry](const QString& why) {
        return NetTr::tr("schema location '%1' refused: %2")
            .arg(entry.schema.isEmpty() ? entry.schemaPath : entry.schema, why);
    };
    const QUrl& base = endpoint.baseUrl;
    if (entry.schema.contains(QLatin1String("://"))) {
        QString expanded = entry.schema;
        expanded.replace(QLatin1String("{path}"), entry.path);
        expanded.replace(QLatin1String("{format}"), QLatin1String("json"));
        const QUrl url(expanded, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0
            || url.host().compare(base.host(), Qt::CaseInsensitive) != 0
            || url.port(defaultPort(url)) != base.port(defaultPort(base)))
            return refused(NetTr::tr("another origin than %1")
                               .arg(base.adjusted(QUrl::RemovePath).toString()));
        if (!url.path().startsWith(base.path() + QLatin1Char('/')))
            return refused(NetTr::tr("outside the base path %1").arg(base.path()));
    }
    if (!path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("//")))
        return refused(NetTr::tr("not a path below the base URL"));
    if (path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#')))
        return refused(NetTr::tr("a query or fragment"));
    // As written and as a server decodes it.
    for (const QString& text : { path, QUrl::fromPercentEncoding(path.toUtf8()) }) {
        if (text.contains(QLatin1Char('\\')))
            return refused(NetTr::tr("a backslash"));
        for (const QChar c : text) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return refused(NetTr::tr("a control character"));
        }
        const QStringList segments = text.split(QLatin1Char('/'));
        for (const QString& segment : segments) {
            if (segment == QLatin1String(".") || segment == QLatin1String(".."))
                return refused(NetTr::tr("a dot segment leaves the base path"));
        }
    }
    return QString();
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
        std::optional<CacheMetadata> validators; // for the conditional request
        bool checked = false; // validators known: the conditional request may start
        std::optional<ProductOutcome> outcome;
    };

    void fetchIndex(bool conditional);
    void onIndexFetched(FetchResult result, bool conditional);
    void loadIndexOffline(const QString& reason);
    void useIndex(IndexParseResult parsed, SchemaSource source, const QDateTime& fetchedAt);
    void startProducts(bool online);
    void pump();
    void fetchProduct(int slot, bool conditional);
    void onCacheChecked(int slot, const CacheCheck& check);
    bool fitsLoadCap(qint64 bytes);
    void skipOverLoadCap(int slot);
    ProductTask taskFor(int slot) const;
    // Runs `work` on the thread pool, then `deliver(job, result)` on the GUI thread unless the
    // job was cancelled or destroyed meanwhile.
    template<typename Work, typename Deliver> void inPool(Work work, Deliver deliver);
    void decodeInPool(int slot, ProductTask task);
    void onProductDecoded(int slot, ProductOutcome outcome);
    void complete(int slot, ProductOutcome outcome);
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
    qint64 m_downloadedBytes = 0; // product bodies, against maxLoadBytes
    QList<int> m_overLoadCap; // slots not loaded once maxLoadBytes was reached
    QStringList m_cacheErrors; // one per file that could not be cached
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
        loadIndexOffline(NetTr::tr("no network access"));
    else
        fetchIndex(true);
}

void SchemaRepository::Job::fetchIndex(bool conditional)
{
    std::optional<CacheMetadata> cached;
    if (conditional) {
        const CacheCheck check = checkCachedCopy(m_cache, m_set.endpoint, kIndexFile);
        if (!check.changed.isEmpty())
            m_set.diagnostics.append(Diagnostic { QString(), QString(), check.changed });
        cached = check.validators;
    }
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
                m_cacheErrors << error;
            useIndex(std::move(parsed), SchemaSource::Network, result.metadata.fetchedAt);
            startProducts(true);
            return;
        }
        reason = NetTr::tr("unreadable index from the server: %1")
                     .arg(firstMessage(parsed.diagnostics));
    } else if (result.status == FetchResult::NotModified) {
        // Changed since the check before the request: asked again below.
        if (auto entry = readIntact(m_cache, m_set.endpoint, kIndexFile, nullptr)) {
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
        reason = NetTr::tr("HTTP 304 Not Modified to an unconditional request");
    }
    loadIndexOffline(reason);
}

void SchemaRepository::Job::loadIndexOffline(const QString& networkFailure)
{
    QString reason = networkFailure;
    auto fellBack = [this, &reason](const QString& copy) {
        if (!reason.isEmpty())
            m_set.diagnostics.append(Diagnostic { QString(), QString(),
                NetTr::tr("%1: %2; using %3")
                    .arg(m_set.endpoint.url(u"/").toString(), reason, copy) });
    };
    QStringList tried;
    QString changed;
    if (auto entry = readIntact(m_cache, m_set.endpoint, kIndexFile, &changed)) {
        IndexParseResult parsed = SchemaParser::parseIndex(entry->data);
        if (parsed.ok) {
            fellBack(
                NetTr::tr("the cached copy from %1").arg(describeDate(entry->metadata.fetchedAt)));
            useIndex(std::move(parsed), SchemaSource::Cache, entry->metadata.fetchedAt);
            startProducts(false);
            return;
        }
        tried << NetTr::tr("the cached index is unreadable (%1)")
                     .arg(firstMessage(parsed.diagnostics));
    } else if (changed.isEmpty()) {
        tried << NetTr::tr("nothing cached in %1").arg(m_cache.endpointDir(m_set.endpoint));
    }
    reason = joinReasons(reason, changed);
    if (auto bundled = readBundled(m_set.endpoint, kIndexFile)) {
        IndexParseResult parsed = SchemaParser::parseIndex(*bundled);
        if (parsed.ok) {
            fellBack(NetTr::tr("the bundled snapshot"));
            useIndex(std::move(parsed), SchemaSource::Bundled, QDateTime());
            startProducts(false);
            return;
        }
    } else {
        tried << NetTr::tr("no bundled snapshot for this endpoint");
    }
    m_set.source = SchemaSource::None;
    m_set.diagnostics.append(Diagnostic { QString(), QString(),
        NetTr::tr("no schema available for %1: %2; %3")
            .arg(m_set.endpoint.displayName(), reason.isEmpty() ? NetTr::tr("offline") : reason,
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
    const int maxProducts = qMax(0, m_options.maxProducts);
    int overCap = 0;
    for (const ApiIndexEntry& entry : std::as_const(m_set.index.products)) {
        if (m_options.productFilter && !m_options.productFilter(entry.path))
            continue;
        if (m_slots.size() < maxProducts)
            m_slots.append(
                Slot { entry, productFileName(entry), std::nullopt, false, std::nullopt });
        else
            ++overCap;
    }
    if (overCap > 0) {
        m_set.failedProducts += overCap;
        m_set.diagnostics.append(Diagnostic { QString(), QString(),
            NetTr::tr("the index lists %1 products, over the cap of %2 per load; "
                      "the other %n are not loaded",
                nullptr, int(overCap))
                .arg(maxProducts + overCap)
                .arg(maxProducts) });
    }
    const int total = int(m_slots.size());
    emit progressChanged(0, total);
    if (total == 0) {
        finish();
        return;
    }
    for (int i = 0; i < total; ++i) {
        const QString problem = locationProblem(m_slots.at(i).entry, m_set.endpoint);
        if (!problem.isEmpty()) {
            ProductOutcome refused;
            refused.diagnostics.append(Diagnostic { m_slots.at(i).entry.path, QString(), problem });
            complete(i, std::move(refused));
        } else if (online) {
            // Hashing the cached copy reads it whole: off the GUI thread. Downloads still start
            // in index order.
            m_queue.emplace_back(i, true);
            inPool(
                [cache = m_cache, endpoint = m_set.endpoint, fileName = m_slots.at(i).fileName] {
                    return checkCachedCopy(cache, endpoint, fileName);
                },
                [i](Job& job, const CacheCheck& check) { job.onCacheChecked(i, check); });
        } else {
            decodeInPool(i, taskFor(i));
        }
    }
    pump();
}

void SchemaRepository::Job::pump()
{
    const int cap = qMax(1, m_options.maxParallelDownloads);
    while (m_running < cap && !m_queue.empty()) {
        const auto [slot, conditional] = m_queue.front();
        if (conditional && !m_slots.at(slot).checked)
            break;
        m_queue.pop_front();
        if (m_overLoadCap.isEmpty())
            fetchProduct(slot, conditional);
        else
            skipOverLoadCap(slot);
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
    const auto cached = conditional ? current.validators : std::nullopt;
    const QNetworkRequest request = makeRequest(
        productSchemaUrl(m_set.endpoint, current.entry.schemaPath), m_options, cached);
    ++m_running;
    startFetch(m_nam, request, m_options, this, [this, slot, conditional](FetchResult result) {
        --m_running;
        if (result.status == FetchResult::Ok && !fitsLoadCap(result.body.size())) {
            skipOverLoadCap(slot);
            pump();
            return;
        }
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

void SchemaRepository::Job::onCacheChecked(int slot, const CacheCheck& check)
{
    if (!check.changed.isEmpty())
        m_set.diagnostics.append(
            Diagnostic { m_slots.at(slot).entry.path, QString(), check.changed });
    m_slots[slot].validators = check.validators;
    m_slots[slot].checked = true;
    pump();
}

// Counts a downloaded product body against maxLoadBytes; false when it does not fit.
bool SchemaRepository::Job::fitsLoadCap(qint64 bytes)
{
    if (m_downloadedBytes + bytes > m_options.maxLoadBytes)
        return false;
    m_downloadedBytes += bytes;
    return true;
}

// Past maxLoadBytes, products are neither downloaded nor taken from elsewhere: finish() says so
// once for all of them.
void SchemaRepository::Job::skipOverLoadCap(int slot)
{
    m_overLoadCap << slot;
    complete(slot, ProductOutcome {});
}

template<typename Work, typename Deliver>
void SchemaRepository::Job::inPool(Work work, Deliver deliver)
{
    // The job may be gone when the result comes back: deliver through the application
    // object and check the guard on the GUI thread.
    QPointer<Job> guard(this);
    QThreadPool::globalInstance()->start(
        [guard, cancelled = m_cancelled, work = std::move(work), deliver = std::move(deliver)]() {
            if (*cancelled)
                return;
            auto result = work();
            if (*cancelled)
                return;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, deliver, result = std::move(result)]() {
                    if (guard && !*guard->m_cancelled)
                        deliver(*guard, result);
                },
                Qt::QueuedConnection);
        });
}

void SchemaRepository::Job::decodeInPool(int slot, ProductTask task)
{
    inPool([task = std::move(task)] { return decodeProduct(task); },
        [slot](Job& job, const ProductOutcome& outcome) { job.onProductDecoded(slot, outcome); });
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
    complete(slot, std::move(outcome));
}

void SchemaRepository::Job::complete(int slot, ProductOutcome outcome)
{
    m_slots[slot].outcome = std::move(outcome);
    ++m_done;
    emit progressChanged(m_done, int(m_slots.size()));
    if (m_done == m_slots.size())
        finish();
}

void SchemaRepository::Job::finish()
{
    bool downloaded = false;
    QStringList overLoadCap; // in index order, whatever order downloads ended in
    std::sort(m_overLoadCap.begin(), m_overLoadCap.end());
    for (const int slot : std::as_const(m_overLoadCap))
        overLoadCap << m_slots.at(slot).entry.path;
    for (Slot& slot : m_slots) {
        if (!slot.outcome)
            continue;
        m_set.diagnostics += slot.outcome->diagnostics;
        downloaded = downloaded || slot.outcome->downloaded;
        if (!slot.outcome->cacheError.isEmpty())
            m_cacheErrors << slot.outcome->cacheError;
        if (slot.outcome->product)
            m_set.products.append(std::move(*slot.outcome->product));
        else
            ++m_set.failedProducts;
    }
    m_slots.clear();
    // A 304 on the index says nothing of the products: fresh bodies make it a network load.
    if (downloaded && m_online && m_set.source == SchemaSource::Cache)
        m_set.source = SchemaSource::Network;
    // One line each, whatever the number of files: an unwritable cache folder fails them all.
    if (!m_cacheErrors.isEmpty())
        m_set.diagnostics.append(Diagnostic { QString(), QString(),
            NetTr::tr("cache not updated (%n files): %1", nullptr, int(m_cacheErrors.size()))
                .arg(m_cacheErrors.constFirst()) });
    if (!overLoadCap.isEmpty()) {
        constexpr int named = 5;
        QString names = overLoadCap.mid(0, named).join(QLatin1String(", "));
        if (overLoadCap.size() > named)
            names += QLatin1String(", ...");
        m_set.diagnostics.append(Diagnostic { QString(), QString(),
            NetTr::tr("download cap of %1 bytes per load reached; %n products not loaded: %2",
                nullptr, int(overLoadCap.size()))
                .arg(m_options.maxLoadBytes)
                .arg(names) });
    }
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
