#pragma once

#include "base/credentials.h"
#include "base/endpoint.h"
#include "call/callrequest.h"
#include "net/callresult.h"
#include "results/objectrow.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <optional>

namespace Ovh {

class ApiCall;
class ApiClient;

// Fetches the detail of every id of an id list (the window's Fetch all, the CLI's --expand):
// one signed call per id through ApiClient, at most `concurrency` at a time. A 429 answer puts
// its id back at the head of the queue and pauses sending for its Retry-After (bounded), a
// bounded number of times per id; any other failure is kept on its row and the rest go on.
// The rows come out in the order of the ids, whatever order the answers came in.
class FetchAll final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchAll)

public:
    struct Settings
    {
        static constexpr int DefaultConcurrency = 4;
        static constexpr int MaxConcurrency = 32;
        int concurrency = DefaultConcurrency; // calls in flight at once, 1 to MaxConcurrency
        int maxRetries = 5; // 429s honoured per id before its row fails
        int maxWaitMs = 60000; // the longest pause a Retry-After may ask for
    };

    // One id and the request of its detail; `error` set (and nothing sent) when the request
    // could not be built.
    struct Item
    {
        QJsonValue id;
        CallRequest request;
        QString error;
    };

    FetchAll(ApiClient* client, const Endpoint& endpoint, const Credentials& credentials,
        QObject* parent = nullptr);
    ~FetchAll() override;

    void setSettings(const Settings& settings);
    const Settings& settings() const { return m_settings; }

    // Starts fetching; finished() follows exactly once, never synchronously. False (nothing
    // done) while running or without a client.
    bool start(const QList<Item>& items);
    // Stops: calls in flight are aborted, the ids not fetched get a "cancelled" error, and
    // finished(rows, true) is emitted before this returns. Nothing when not running.
    void cancel();
    bool isRunning() const { return m_running; }
    // A 429's Retry-After holds sending back.
    bool isPaused() const { return m_pause.isActive(); }

    int total() const { return int(m_rows.size()); }
    int done() const { return m_done; }
    int failed() const { return m_failed; }
    int inFlight() const { return int(m_calls.size()); }
    int retries() const { return m_retries; } // 429s honoured so far
    qint64 elapsedMs() const;
    double rate() const; // rows done per second since start
    const ObjectRows& rows() const { return m_rows; }

signals:
    void progress(int done, int total);
    // A 429 paused sending for `waitMs`.
    void throttled(qint64 waitMs);
    void finished(const Ovh::ObjectRows& rows, bool cancelled);

private:
    void pump();
    void send(int index);
    void onCallFinished(ApiCall* call, const CallResult& result);
    void complete(int index, const CallResult& result);
    void finishIfDone();
    void releaseCalls();

    QPointer<ApiClient> m_client;
    Endpoint m_endpoint;
    Credentials m_credentials;
    Settings m_settings;
    QList<Item> m_items;
    ObjectRows m_rows;
    QList<int> m_attempts; // 429s per item
    std::deque<int> m_queue; // indexes of items not sent yet, in order
    QHash<ApiCall*, int> m_calls; // in flight -> item index
    QTimer m_pause; // a Retry-After: no call is sent until it fires
    QElapsedTimer m_clock;
    qint64 m_endMs = -1;
    int m_done = 0;
    int m_failed = 0;
    int m_retries = 0;
    bool m_running = false;
};

} // namespace Ovh
