#pragma once

#include "history/historystore.h"
#include "saved/savedrequest.h"

#include <QList>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace Ovh {

// The saved requests, in the person's order, kept in the history's SQLite file (table `saved`,
// made by the history's migrations) through a connection of their own opened by the same rules:
// WAL, busy timeout, opened on first use, a file that cannot be used turns them off with a
// message. Values are stored without secrets. Lives and is used on one thread.
class SavedRequestStore final
{
public:
    explicit SavedRequestStore(const QString& file = HistoryStore::defaultFile(),
        int busyTimeoutMs = HistoryStore::DefaultBusyTimeoutMs);

    const QString& file() const { return m_history.file(); }
    bool isOpen();
    // Why the last operation failed, for a person; empty when fine.
    const QString& errorString() const;

    // `request` as the store keeps it (and list() reads it back): its name as savedName() makes
    // it, its values without a secret.
    static SavedRequest kept(const SavedRequest& request);

    QList<SavedRequest> list();
    // Appends `request` (its id is ignored); its new id, or 0 (errorString() says why).
    qint64 add(const SavedRequest& request);
    // Appends them all or none (one transaction); false when none were. `progress`, if set, is
    // told how many are in after each one and returns false to cancel (none are then added, and
    // errorString() is empty).
    bool addAll(
        const QList<SavedRequest>& requests, const std::function<bool(int done)>& progress = {});
    bool rename(qint64 id, const QString& name);
    bool remove(qint64 id);
    // Puts the saved requests in the order of `ids` (those left out keep their place after).
    // Rewrites every position: for a whole new order; move() is for a row or a block.
    bool reorder(const QList<qint64>& ids);
    // Moves the saved requests `ids` (keeping their order) to just before `beforeId`, or to the
    // end when it is 0 or no longer there; the others keep their order. Only the rows between
    // where they were and where they go are written, in one transaction: Alt+Down writes two
    // rows whatever the length of the list. Ids no longer there are left out.
    bool move(const QList<qint64>& ids, qint64 beforeId);

private:
    bool fail(const QString& what, const QString& detail);
    QSqlQuery insertQuery() const;
    bool insert(QSqlQuery& query, const SavedRequest& request, qint64* id);
    // Commits the transaction begun, or rolls it back and fails with `what`.
    bool commit(const QString& what);
    // The position of `id`, or nullopt when it is not there.
    std::optional<qint64> positionOf(qint64 id);

    HistoryStore m_history;
    QString m_error;
};

// `order` after SavedRequestStore::move(ids, beforeId): the ids of `ids` in `order` go, in
// their order there, just before `beforeId` (or to the end when it is 0 or not in `order`).
QList<qint64> movedBefore(const QList<qint64>& order, const QList<qint64>& ids, qint64 beforeId);

} // namespace Ovh
