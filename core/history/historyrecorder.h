#pragma once

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

#include <functional>

namespace Ovh {

class CallSession;
class ExplorerSettings;
class HistoryStore;
struct CallRequest;
struct CallResult;
struct Credentials;
struct Endpoint;

// Writes every call a CallSession finishes into the history: one object per program, connected
// by the composition root (the window's main, the CLI) so that no widget or command records.
// A history that cannot be written is reported once per trouble (unavailable()), and the calls
// go on. The CLI writes at once; the window writes on a thread of its own, since a write now
// and then waits for the disk (a WAL checkpoint) and must not stall the GUI thread.
class HistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    // Writes into `store` at once; `store` is owned by the caller and outlives the recorder.
    explicit HistoryRecorder(HistoryStore* store, QObject* parent = nullptr);
    // Writes into the history `file` from a thread of its own (its own connection). The writes
    // asked for are all done when the recorder is destroyed.
    explicit HistoryRecorder(const QString& file, QObject* parent = nullptr);
    ~HistoryRecorder() override;

    // The store written at once; null when the writes are on a thread.
    HistoryStore* store() const { return m_store; }
    // Bodies longer than this are kept cut (HistoryStore::DefaultMaxBodyBytes by default).
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    // false: the response's headers and body are not kept (its status, time and size are).
    void setKeepResponses(bool keep) { m_keepResponses = keep; }
    bool keepResponses() const { return m_keepResponses; }
    // Keeps the history within `keepDays` (0: forever) and `maxEntries` (0: no limit): pruned
    // now, then every PruneEvery calls recorded, so that it stays bounded however long it runs.
    // `pruneNow` false: pruned at the next prune() (the window's start defers it).
    void setRetention(int keepDays, qint64 maxEntries, bool pruneNow = true);
    static constexpr int PruneEvery = 100;
    // How many calls recorded between two prunes (PruneEvery by default; the CLI, which records
    // one call per run, prunes after each).
    void setPruneEvery(int calls) { m_pruneEvery = qMax(1, calls); }
    // All three from the person's settings (File > Settings > History), as the window and the
    // CLI both keep them.
    void applySettings(const ExplorerSettings& settings, bool pruneNow = true);
    // Removes what the retention no longer keeps (on the writer's thread when it has one).
    void prune();

    // Records each call `session` finishes; `profile` names the saved profile that signed it
    // (empty for keys from ovh.conf, flags or the sandbox), asked when the call ends.
    void watch(CallSession* session, std::function<QString()> profile = {});
    // Records one call: `request` sent to `endpoint` with `credentials`, which are never kept.
    // A call that sent nothing (no credentials) is not a call and is not recorded.
    void record(const CallRequest& request, const CallResult& result, const Endpoint& endpoint,
        const QString& profile, const Credentials& credentials);

signals:
    void recorded(qint64 id);
    // Old calls were forgotten to keep the history within its retention.
    void pruned(qint64 removed);
    // The history cannot be written (the message says why and that calls still work); once
    // until a write succeeds again.
    void unavailable(const QString& message);

private:
    class Writer;
    void onWritten(qint64 id, const QString& error);

    HistoryStore* m_store = nullptr;
    QThread* m_thread = nullptr;
    Writer* m_writer = nullptr; // lives in m_thread
    qint64 m_maxBodyBytes;
    bool m_keepResponses = true;
    int m_keepDays = 0;
    qint64 m_maxEntries = 0;
    int m_sincePrune = 0;
    int m_pruneEvery = PruneEvery;
    bool m_reported = false;
};

} // namespace Ovh
