#include "saved/savedrequeststore.h"

#include "base/jsontext.h"

#include <QDateTime>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    if (savedName(request.name).isEmpty())
        return fail(SavedTr::tr("the request could not be saved"), SavedTr::tr("it has no name"));
    query.addBindValue(savedName(request.name));
    query.addBindValue(request.operation);
    query.addBindValue(QString::fromUtf8(compactJson(withoutSecretValues(request.values))));
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
    for (const SavedRequest& request : list()) {
        if (!order.contains(request.id))
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

} // namespace Ovh
