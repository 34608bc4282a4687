#pragma once

#include "history/historystore.h"
#include "saved/savedrequest.h"

#include <QList>

#include <functional>

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
    bool reorder(const QList<qint64>& ids);

private:
    bool fail(const QString& what, const QString& detail);
    QSqlQuery insertQuery() const;
    bool insert(QSqlQuery& query, const SavedRequest& request, qint64* id);
    // Commits the transaction begun, or rolls it back and fails with `what`.
    bool commit(const QString& what);

    HistoryStore m_history;
    QString m_error;
};

} // namespace Ovh
