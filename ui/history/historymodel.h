#pragma once

#include "history/historyentry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace Ovh {

class HistoryStore;

// The history as a table, newest first, read from the store a page at a time (canFetchMore /
// fetchMore), never the whole table: summaries only (no bodies), filtered by the store's
// filter. Calls recorded since it was filled come in at the top (insertNewer()). It reads
// nothing until asked (reload(), setFilter()): a hidden History dock costs no read at start.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { StatusColumn, MethodColumn, PathColumn, EndpointColumn, TimeColumn, ColumnCount };
    enum Role {
        BadgeTextRole = Qt::UserRole + 100, // QString: the badge of the status / method columns
        BadgeFillRole, // QColor
        BadgeTextColorRole, // QColor
        EntryIdRole, // qint64
    };
    static constexpr int PageSize = 100;

    // `store` is owned by the caller and outlives the model.
    explicit HistoryModel(HistoryStore* store, QObject* parent = nullptr);

    // Shows the calls holding every word of `filter` (the first page).
    void setFilter(const QString& filter);
    const QString& filter() const { return m_filter; }
    // Reads the first page again.
    void reload();
    // Reads the first page if nothing was read yet.
    void load();
    bool isLoaded() const { return m_loaded; }
    // Adds at the top the calls recorded since the newest row (that match the filter); nothing
    // before the first read.
    void insertNewer();
    // The summary of `row` (no headers nor bodies: HistoryStore::entry() has them).
    const HistoryEntry& entryAt(int row) const { return m_entries.at(row); }
    bool removeEntry(int row);
    bool clearAll();
    // The relative times moved on ("just now" became "1 min ago"): the views repaint them.
    void refreshTimes();
    // What "now" is for the relative times (tests); the clock by default.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // "just now", "5 min ago", "3 h ago", "2 days ago", then the date.
    static QString relativeTime(const QDateTime& time, const QDateTime& now);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // A read or write of the store failed (the message says why); the rows stay as they were.
    void failed(const QString& message);

private:
    QList<HistoryEntry> read(qint64 beforeId, qint64 afterId);
    QVariant badgeData(const HistoryEntry& entry, int column, int role) const;

    HistoryStore* m_store;
    QString m_filter;
    QList<HistoryEntry> m_entries;
    bool m_more = false;
    bool m_loaded = false;
    std::function<QDateTime()> m_now;
};

} // namespace Ovh
