#include "saved/savedrequeststore.h"

#include "base/jsontext.h"

#include <QDateTime>
#include <QDir>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace Ovh {

SavedRequestStore::SavedRequestStore(const QString& file, int busyTimeoutMs)
    : m_history(file, busyTimeoutMs)
{ }

bool SavedRequestStore::isOpen()
{
    return m_history.isOpen();
}

const QString& SavedRequestStore::errorString() const
{
    return m_error.isEmpty() ? m_history.errorString() : m_error;
}

bool SavedRequestStore::fail(const QString& what, const QString& detail)
{
    m_error = SavedTr::tr("Saved requests in %1: %2 (%3).")
                  .arg(QDir::toNativeSeparators(file()), what, detail);
    return false;
}

SavedRequest SavedRequestStore::kept(const SavedRequest& request)
{
    SavedRequest stored = request;
    stored.name = savedName(request.name);
    stored.values = withoutSecretValues(request.values);
    return stored;
}

QList<SavedRequest> SavedRequestStore::list()
{
    QList<SavedRequest> requests;
    if (!isOpen())
        return requests;
    QSqlQuery query(QSqlDatabase::database(m_history.connectionName(), false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, name, operation, values_json FROM saved ORDER BY position, id"))) {
        fail(SavedTr::tr("cannot be read"), query.lastError().text());
        return requests;
    }
    while (query.next()) {
        SavedRequest request;
        request.id = query.value(0).toLongLong();
        request.name = query.value(1).toString();
        request.operation = query.value(2).toString();
        request.values = parseJsonValue(query.value(3).toByteArray()).toObject();
        requests.append(request);
    }
    m_error.clear();
    return requests;
}

QSqlQuery SavedRequestStore::insertQuery() const
{
    QSqlQuery query(QSqlDatabase::database(m_history.connectionName(), false));
    query.prepare(QStringLiteral(
        "INSERT INTO saved (position, name, operation, values_json, created_ms) VALUES ("
        "(SELECT coalesce(max(position), -1) + 1 FROM saved), ?, ?, ?, ?)"));
    return query;
}

bool SavedRequestStore::insert(QSqlQuery& query, const SavedRequest& request, qint64* id)
{
    const SavedRequest stored = kept(request);
    if (stored.name.isEmpty())
        return fail(SavedTr::tr("the request could not be saved"), SavedTr::tr("it has no name"));
    query.addBindValue(stored.name);
    query.addBindValue(stored.operation);
    query.addBindValue(QString::fromUtf8(compactJson(stored.values)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return fail(SavedTr::tr("the request could not be saved"), query.lastError().text());
    *id = query.lastInsertId().toLongLong();
    return true;
}

bool SavedRequestStore::commit(const QString& what)
{
    QSqlDatabase database = QSqlDatabase::database(m_history.connectionName(), false);
    if (!database.commit()) {
        const QString detail = database.lastError().text();
        database.rollback();
        return fail(what, detail);
    }
    m_error.clear();
    return true;
}

qint64 SavedRequestStore::add(const SavedRequest& request)
{
    qint64 id = 0;
    if (!isOpen())
        return 0;
    QSqlQuery query = insertQuery();
    if (!insert(query, request, &id))
        return 0;
    m_error.clear();
    return id;
}

bool SavedRequestStore::addAll(
    const QList<SavedRequest>& requests, const std::function<bool(int done)>& progress)
{
    if (!isOpen())
        return false;
    QSqlDatabase database = QSqlDatabase::database(m_history.connectionName(), false);
    if (!database.transaction())
        return fail(SavedTr::tr("cannot be updated"), database.lastError().text());
    QSqlQuery query = insertQuery(); // prepared once for them all
    int done = 0;
    for (const SavedRequest& request : requests) {
        qint64 id = 0;
        if (!insert(query, request, &id)) {
            database.rollback();
            return false;
        }
        if (progress && !progress(++done)) {
            database.rollback();
            m_error.clear(); // cancelled by the caller: nothing failed
            return false;
        }
    }
    return commit(SavedTr::tr("cannot be updated"));
}

bool SavedRequestStore::rename(qint64 id, const QString& name)
{
    if (!isOpen() || savedName(name).isEmpty())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_history.connectionName(), false));
    query.prepare(QStringLiteral("UPDATE saved SET name = ? WHERE id = ?"));
    query.addBindValue(savedName(name));
    query.addBindValue(id);
    if (!query.exec())
        return fail(SavedTr::tr("the request could not be renamed"), query.lastError().text());
    m_error.clear();
    return query.numRowsAffected() > 0;
}

bool SavedRequestStore::remove(qint64 id)
{
    if (!isOpen())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_history.connectionName(), false));
    query.prepare(QStringLiteral("DELETE FROM saved WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(SavedTr::tr("the request could not be deleted"), query.lastError().text());
    m_error.clear();
    return query.numRowsAffected() > 0;
}

bool SavedRequestStore::reorder(const QList<qint64>& ids)
{
    if (!isOpen())
        return false;
    QList<qint64> order = ids;
    const QSet<qint64> given(ids.cbegin(), ids.cend());
    for (const SavedRequest& request : list()) {
        if (!given.contains(request.id))
            order.append(request.id);
    }
    QSqlDatabase database = QSqlDatabase::database(m_history.connectionName(), false);
    QSqlQuery query(database);
    if (!database.transaction())
        return fail(SavedTr::tr("cannot be updated"), database.lastError().text());
    query.prepare(QStringLiteral("UPDATE saved SET position = ? WHERE id = ?"));
    for (int position = 0; position < order.size(); ++position) {
        query.addBindValue(position);
        query.addBindValue(order.at(position));
        if (!query.exec()) {
            const QString detail = query.lastError().text();
            database.rollback();
            return fail(SavedTr::tr("the order could not be saved"), detail);
        }
    }
    return commit(SavedTr::tr("the order could not be saved"));
}

std::optional<qint64> SavedRequestStore::positionOf(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_history.connectionName(), false));
    query.prepare(QStringLiteral("SELECT position FROM saved WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool SavedRequestStore::move(const QList<qint64>& ids, qint64 beforeId)
{
    if (!isOpen())
        return false;
    const QSet<qint64> moving(ids.cbegin(), ids.cend());
    if (moving.isEmpty() || moving.contains(beforeId))
        return true; // nowhere to go
    const QString what = SavedTr::tr("the order could not be saved");
    QSqlDatabase database = QSqlDatabase::database(m_history.connectionName(), false);
    // Read and written in one write transaction: another program cannot move rows in between.
    if (QSqlQuery begin(database); !begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(what, begin.lastError().text());
    // The span rewritten: from the first row moved (or the one they go before, if above) to the
    // last row moved (or the row above the one they go before, if below).
    std::optional<qint64> low;
    std::optional<qint64> high;
    for (const qint64 id : moving) {
        if (const std::optional<qint64> position = positionOf(id)) {
            low = low ? qMin(*low, *position) : *position;
            high = high ? qMax(*high, *position) : *position;
        }
    }
    if (!low) { // none of them is there any more
        database.rollback();
        m_error.clear();
        return true;
    }
    // Where they go: before the position of `beforeId`; past the last position for the end.
    const qint64 before = beforeId != 0
        ? positionOf(beforeId).value_or(std::numeric_limits<qint64>::max())
        : std::numeric_limits<qint64>::max();
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, position FROM saved WHERE position >= ? AND position "
                                 "<= ? ORDER BY position, id"));
    query.addBindValue(qMin(*low, before));
    query.addBindValue(qMax(*high, before - 1));
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        database.rollback();
        return fail(what, detail);
    }
    // The span's rows in their new order (those above the row gone before, the moved ones, the
    // rest) take the span's positions, in order: the rows outside it keep theirs.
    QList<qint64> above;
    QList<qint64> moved;
    QList<qint64> below;
    QList<qint64> positions;
    QList<qint64> oldOrder;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const qint64 position = query.value(1).toLongLong();
        if (!positions.isEmpty() && position == positions.constLast()) {
            // Two rows at one position (a file written by hand?): renumber them all.
            query.finish();
            database.rollback();
            QList<qint64> order;
            for (const SavedRequest& request : list())
                order << request.id;
            return reorder(movedBefore(order, ids, beforeId));
        }
        positions << position;
        oldOrder << id;
        if (moving.contains(id))
            moved << id;
        else if (position >= before)
            below << id;
        else
            above << id;
    }
    query.finish();
    const QList<qint64> newOrder = above + moved + below;
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE saved SET position = ? WHERE id = ?"));
    for (int row = 0; row < newOrder.size(); ++row) {
        if (newOrder.at(row) == oldOrder.at(row))
            continue;
        update.addBindValue(positions.at(row));
        update.addBindValue(newOrder.at(row));
        if (!update.exec()) {
            const QString detail = update.lastError().text();
            database.rollback();
            return fail(what, detail);
        }
    }
    return commit(what);
}

QList<qint64> movedBefore(const QList<qint64>& order, const QList<qint64>& ids, qint64 beforeId)
{
    const QSet<qint64> moving(ids.cbegin(), ids.cend());
    if (moving.contains(beforeId))
        return order;
    QList<qint64> result;
    QList<qint64> moved;
    result.reserve(order.size());
    for (const qint64 id : order) {
        if (moving.contains(id))
            moved << id;
    }
    bool placed = false;
    for (const qint64 id : order) {
        if (id == beforeId) {
            result << moved;
            placed = true;
        }
        if (!moving.contains(id))
            result << id;
    }
    if (!placed)
        result << moved;
    return result;
}

} // namespace Ovh
