#pragma once

#include "base/endpoint.h"
#include "schema/schemaset.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ovh {

// Loads the index and every product schema of an endpoint: from the network (in parallel,
// revalidating the disk cache with If-None-Match / If-Modified-Since), else from the disk
// cache, else from the bundled snapshot. One product failing never stops the others.
class SchemaRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaRepository)

public:
    struct Options
    {
        QString cacheDir; // empty: defaultCacheDir()
        bool offline = false; // never touch the network
        // One deadline for the whole load (index and every product): what has not come by
        // then falls back to the cache or the bundled snapshot. The earlier of the two applies.
        int timeoutMs = 120000;
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
        qint64 maxResponseBytes = 64 * 1024 * 1024; // per file
        int maxRedirects = 3;
        int maxParallelDownloads = 8;
        // Caps of one load, against a hostile or broken server (the real eu API: 89 products,
        // ~12.4 MB). Products past a cap are not loaded, and one diagnostic says so.
        int maxProducts = 500; // over 5x the largest real index
        qint64 maxLoadBytes = 128 * 1024 * 1024; // product bodies downloaded; ~10x the real eu
        // Loads only the products it accepts (by index path, "/domain"); all when unset.
        // A single call needs one product, not 89.
        std::function<bool(const QString& productPath)> productFilter;
    };

    explicit SchemaRepository(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~SchemaRepository() override;

    void setOptions(const Options& options);
    const Options& options() const { return m_options; }

    // Starts loading; a load in progress is cancelled. Emits progressChanged() then loaded().
    void load(const Endpoint& endpoint);
    void cancel();
    // Stops waiting for the network: downloads in flight end now and the load finishes with
    // the cache or the bundled snapshot for what did not come; loaded() follows.
    void stopWaiting();
    bool isLoading() const;

    static QString defaultCacheDir();

signals:
    void progressChanged(int done, int total);
    void loaded(const Ovh::SchemaSet& schema);

private:
    class Job;
    QNetworkAccessManager* m_nam;
    Options m_options;
    QPointer<Job> m_job;
};

} // namespace Ovh
