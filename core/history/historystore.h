#pragma once

#include "history/historyentry.h"
#include "schema/operationusage.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Ovh {

// The history of calls: one SQLite file shared by the window and the CLI (each process, each
// store its own connection; WAL and a busy timeout let them write at once). The file outlives
// program versions: its schema is migrated step by step (PRAGMA user_version), and a file made
// by a newer version is left alone. A file that cannot be used (damaged, locked, unwritable)
// turns the history off with a message for a person, and nothing else stops working. The file
// is opened on first use (a program told not to record never touches it). Lives and is used on
// one thread.
class HistoryStore final
{
public:
    static constexpr int SchemaVersion = 3;
    static constexpr int DefaultBusyTimeoutMs = 2000;
    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;

    // ~/.local/share/ovh-api-explorer/history.sqlite on Linux: one file whatever the program.
    static QString defaultFile();

    // The history in `file`, opened (created, migrated) on first use.
    explicit HistoryStore(
        const QString& file = defaultFile(), int busyTimeoutMs = DefaultBusyTimeoutMs);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    const QString& file() const { return m_file; }
    // Opens the file if not tried yet; false when the history is off (errorString() says why).
    bool isOpen();
    // Why the last operation failed (or the history is off), for a person; empty when fine.
    const QString& errorString() const { return m_error; }
    // The Qt SQL connection of this store, once open: for the stores that share the file (the
    // saved requests), on this store's thread.
    const QString& connectionName() const { return m_connection; }

    // Stores `entry`; its new id, or 0 when it could not be written (errorString() says why).
    qint64 add(const HistoryEntry& entry);
    // The newest entries first, at most `limit`, without headers and bodies. With a filter,
    // only those holding every word of it (case-insensitive, anywhere in the path, URL,
    // values, or the first 64 KiB of each body; words under 3 letters: path, URL and values).
    // Pages: `beforeId` > 0 keeps the entries older than that id (the next page after the last
    // one shown), `afterId` > 0 those newer (the calls recorded since).
    QList<HistoryEntry> list(const QString& filter = QString(), int limit = 100,
        qint64 beforeId = 0, qint64 afterId = 0);
    // The whole entry, or nullopt when there is none (or it cannot be read: errorString()).
    std::optional<HistoryEntry> entry(qint64 id);
    bool remove(qint64 id);
    bool clear();
    qint64 count();
    // Forgets the calls made before `olderThan` (invalid: whatever their age) and all but the
    // newest `maxEntries` (0 or less: however many); how many were removed, -1 on failure.
    qint64 prune(const QDateTime& olderThan, qint64 maxEntries);
    // How much each operation ("GET /me") was used among the last `recentCalls` calls, for the
    // search to rank what one uses first. Bounded, so it costs the same at any history size.
    QList<OperationUsage> usage(int recentCalls = DefaultUsageCalls);
    // The same, endpoint by endpoint (Endpoint::displayName() as recorded → its usage): what
    // one calls on ovh-ca need not rank first on ovh-eu (EndpointUsage).
    QHash<QString, QList<OperationUsage>> usageByEndpoint(int recentCalls = DefaultUsageCalls);
    static constexpr int DefaultUsageCalls = 5000;

    // The path values of the answered calls (2xx) with path parameters among the `window`
    // newest calls, those after `afterId` only, newest first: id, time, endpoint, path template
    // and values["path"] only (RecentValuesFeed reads them).
    QList<HistoryEntry> pathValues(qint64 afterId, int window);

private:
    bool open();
    bool migrate();
    bool fail(const QString& what, const QString& detail);
    // Appends the newest calls matching both (non-empty) FTS queries between the two ids
    // (exclusive; 0: unbounded).
    bool readPage(const QString& textMatch, const QString& wordMatch, int limit, qint64 beforeId,
        qint64 afterId, QList<HistoryEntry>* entries);

    QString m_file;
    QString m_connection;
    int m_busyTimeoutMs;
    bool m_tried = false;
    bool m_open = false;
    QString m_error;
};

} // namespace Ovh
