#include "history/historystore.h"

#include "base/jsontext.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

namespace Ovh {

namespace {

// A contentless index forgets a row only when told its exact text again.
const QString createDeleteTrigger
    = QStringLiteral("CREATE TRIGGER calls_index_delete AFTER DELETE ON calls BEGIN"
                     " INSERT INTO calls_text(calls_text, rowid, path, url, vals, bodies)"
                     " VALUES ('delete', old.id, old.path, old.url, old.values_json,"
                     " substr(CAST(coalesce(old.request_body, '') AS TEXT), 1, 65536) || ' ' ||"
                     " substr(CAST(coalesce(old.response_body, '') AS TEXT), 1, 65536));"
                     " INSERT INTO calls_words(calls_words, rowid, words) VALUES ('delete', old.id,"
                     " old.path || ' ' || old.url || ' ' || old.values_json);"
                     " END");

// The steps from an empty file to SchemaVersion: step i makes version i + 1. Never edit a
// step once released; add one.
const QStringList migrationSteps[] = {
    {
        QStringLiteral("CREATE TABLE calls ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " time_ms INTEGER NOT NULL,"
                       " endpoint TEXT NOT NULL,"
                       " profile TEXT NOT NULL DEFAULT '',"
                       " method TEXT NOT NULL,"
                       " path TEXT NOT NULL,"
                       " values_json TEXT NOT NULL DEFAULT '{}',"
                       " body_kind TEXT NOT NULL DEFAULT 'none',"
                       " request_body BLOB,"
                       " request_body_size INTEGER NOT NULL DEFAULT 0,"
                       " url TEXT NOT NULL,"
                       " status INTEGER NOT NULL DEFAULT 0,"
                       " failure TEXT NOT NULL DEFAULT '',"
                       " error TEXT NOT NULL DEFAULT '',"
                       " elapsed_ms INTEGER NOT NULL DEFAULT 0,"
                       " query_id TEXT NOT NULL DEFAULT '',"
                       " response_headers TEXT NOT NULL DEFAULT '[]',"
                       " response_body BLOB,"
                       " response_body_size INTEGER NOT NULL DEFAULT 0)"),
    },
    {
        // Version 2: the filter's indexes, contentless (the text is not stored twice).
        // Trigrams find any part of a word ("recor" in "record") in the path, URL, values and
        // the first 64 KiB of each body; the words of the path, URL and values answer the
        // words too short for trigrams by their start ("ip" in "/ip/{ip}").
        QStringLiteral("CREATE VIRTUAL TABLE calls_text USING fts5(path, url, vals, bodies,"
                       " content='', tokenize='trigram')"),
        QStringLiteral("CREATE VIRTUAL TABLE calls_words USING fts5(words, content='',"
                       " prefix='1 2')"),
        QStringLiteral("CREATE TRIGGER calls_index_insert AFTER INSERT ON calls BEGIN"
                       " INSERT INTO calls_text(rowid, path, url, vals, bodies) VALUES (new.id,"
                       " new.path, new.url, new.values_json,"
                       " substr(CAST(coalesce(new.request_body, '') AS TEXT), 1, 65536) || ' ' ||"
                       " substr(CAST(coalesce(new.response_body, '') AS TEXT), 1, 65536));"
                       " INSERT INTO calls_words(rowid, words) VALUES (new.id,"
                       " new.path || ' ' || new.url || ' ' || new.values_json);"
                       " END"),
        createDeleteTrigger,
        QStringLiteral("INSERT INTO calls_text(rowid, path, url, vals, bodies) SELECT id, path,"
                       " url, values_json,"
                       " substr(CAST(coalesce(request_body, '') AS TEXT), 1, 65536) || ' ' ||"
                       " substr(CAST(coalesce(response_body, '') AS TEXT), 1, 65536) FROM calls"),
        QStringLiteral("INSERT INTO calls_words(rowid, words) SELECT id,"
                       " path || ' ' || url || ' ' || values_json FROM calls"),
    },
    {
        // Version 3: the saved requests (SavedRequestStore), in the person's order.
        QStringLiteral("CREATE TABLE saved ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " operation TEXT NOT NULL,"
                       " values_json TEXT NOT NULL DEFAULT '{}',"
                       " created_ms INTEGER NOT NULL)"),
        // A new one goes after max(position): found at once, even after an import of 10,000.
        QStringLiteral("CREATE INDEX saved_position ON saved(position)"),
    },
};
static_assert(std::size(migrationSteps) == HistoryStore::SchemaVersion);

const QString summaryColumns = QStringLiteral(
    "id, time_ms, endpoint, profile, method, path, url, status, failure, error, elapsed_ms, "
    "query_id, request_body_size, response_body_size");
const QString detailColumns
    = QStringLiteral("values_json, body_kind, request_body, response_headers, response_body");

HistoryEntry readSummary(const QSqlQuery& query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    entry.endpoint = query.value(2).toString();
    entry.profile = query.value(3).toString();
    entry.method = query.value(4).toString();
    entry.pathTemplate = query.value(5).toString();
    entry.url = query.value(6).toString();
    entry.status = query.value(7).toInt();
    entry.failure = query.value(8).toString();
    entry.error = query.value(9).toString();
    entry.elapsedMs = query.value(10).toLongLong();
    entry.queryId = query.value(11).toString();
    entry.requestBodySize = query.value(12).toLongLong();
    entry.responseBodySize = query.value(13).toLongLong();
    return entry;
}

QByteArray headersJson(const HeaderList& headers)
{
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromLatin1(value) });
    return compactJson(array);
}

HeaderList headersFromJson(const QByteArray& json)
{
    HeaderList headers;
    const QJsonArray array = parseJsonValue(json).toArray();
    for (const QJsonValue& pair : array) {
        headers.append({ pair.toArray().at(0).toString().toLatin1(),
            pair.toArray().at(1).toString().toLatin1() });
    }
    return headers;
}

// An FTS5 phrase: the text quoted, its quotes doubled.
QString phrase(const QString& text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\""))
        + QLatin1Char('"');
}

// The words of a filter as FTS5 queries: those of 3 characters or more for the trigram index,
// the shorter ones as word prefixes ("ip"*) for the word index. A word of punctuation only is
// too short to mean anything and is left out.
void splitFilter(const QString& filter, QString* textMatch, QString* wordMatch)
{
    QStringList texts;
    QStringList words;
    for (const QString& word : filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            texts.append(phrase(word));
        else if (std::any_of(
                     word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            words.append(phrase(word) + QLatin1Char('*'));
    }
    *textMatch = texts.join(QLatin1Char(' '));
    *wordMatch = words.join(QLatin1Char(' '));
}

} // namespace

QString HistoryStore::defaultFile()
{
    // One file for the window and the CLI, whatever the application name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/ovh-api-explorer/history.sqlite");
}

HistoryStore::HistoryStore(const QString& file, int busyTimeoutMs)
    : m_file(file)
    , m_busyTimeoutMs(busyTimeoutMs)
{
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("ovh-history-%1").arg(++counter);
}

bool HistoryStore::isOpen()
{
    if (!m_tried) {
        m_tried = true;
        m_open = open();
    }
    return m_open;
}

HistoryStore::~HistoryStore()
{
    if (!m_tried)
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::fail(const QString& what, const QString& detail)
{
    m_error = QStringLiteral("History file %1: %2 (%3). The history is off; calls still work.")
                  .arg(QDir::toNativeSeparators(m_file), what, detail);
    return false;
}

bool HistoryStore::open()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return fail(QStringLiteral("cannot be opened"),
            QStringLiteral("Qt's SQLite driver is missing; install libqt6sql6-sqlite"));
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath()))
        return fail(QStringLiteral("cannot be created"), QStringLiteral("no folder"));
    database.setDatabaseName(m_file);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!database.open())
        return fail(QStringLiteral("cannot be opened"), database.lastError().text());
    QSqlQuery query(database);
    // The first read of the file: a damaged one ("file is not a database") fails here.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return fail(QStringLiteral("cannot be read"), query.lastError().text());
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // durable at checkpoints, fast
    // A big write (a migration, a clear) must not leave the WAL file at its size for good.
    query.exec(QStringLiteral("PRAGMA journal_size_limit=16777216"));
    return migrate();
}

bool HistoryStore::migrate()
{
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(database);
    const auto version = [&query](int* value) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return false;
        *value = query.value(0).toInt();
        return true;
    };
    int current = 0;
    if (!version(&current))
        return fail(QStringLiteral("cannot be read"), query.lastError().text());
    if (current == SchemaVersion)
        return true;
    // Another process may be migrating too: decide inside the write transaction.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("cannot be updated"), query.lastError().text());
    const auto rollBack = [&](const QString& detail) {
        query.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("cannot be updated to this version"), detail);
    };
    if (!version(&current))
        return rollBack(query.lastError().text());
    if (current > SchemaVersion) {
        query.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("was written by a newer version of the program"),
            QStringLiteral("its format is %1, this version reads %2")
                .arg(current)
                .arg(SchemaVersion));
    }
    for (int step = current; step < SchemaVersion; ++step) {
        for (const QString& statement : migrationSteps[step]) {
            if (!query.exec(statement))
                return rollBack(query.lastError().text());
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))
        || !query.exec(QStringLiteral("COMMIT")))
        return rollBack(query.lastError().text());
    return true;
}

qint64 HistoryStore::add(const HistoryEntry& entry)
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT INTO calls (time_ms, endpoint, profile, method, path, values_json, body_kind, "
        "request_body, request_body_size, url, status, failure, error, elapsed_ms, query_id, "
        "response_headers, response_body, response_body_size) "
        // A null QString binds as NULL: the text columns take '' instead.
        "VALUES (?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, "
        "coalesce(?, ''), coalesce(?, ''), ?, coalesce(?, ''), ?, ?, ?)"));
    const QDateTime time = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    const QVariant values[] = {
        time.toMSecsSinceEpoch(),
        entry.endpoint,
        entry.profile,
        entry.method,
        entry.pathTemplate,
        QString::fromUtf8(compactJson(entry.values)),
        entry.bodyKind.isEmpty() ? QStringLiteral("none") : entry.bodyKind,
        entry.requestBody,
        qMax(entry.requestBodySize, qint64(entry.requestBody.size())),
        entry.url,
        entry.status,
        entry.failure,
        entry.error,
        entry.elapsedMs,
        entry.queryId,
        QString::fromLatin1(headersJson(entry.responseHeaders)),
        entry.responseBody,
        qMax(entry.responseBodySize, qint64(entry.responseBody.size())),
    };
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(QStringLiteral("the call could not be recorded"), query.lastError().text());
        return 0;
    }
    m_error.clear();
    return query.lastInsertId().toLongLong();
}

QList<HistoryEntry> HistoryStore::list(
    const QString& filter, int limit, qint64 beforeId, qint64 afterId)
{
    QList<HistoryEntry> entries;
    if (!isOpen())
        return entries;
    QString textMatch;
    QString wordMatch;
    splitFilter(filter, &textMatch, &wordMatch);
    if (textMatch.isEmpty() || wordMatch.isEmpty()) {
        readPage(textMatch, wordMatch, limit, beforeId, afterId, &entries);
        return entries;
    }
    // Both indexes: each alone would gather all its matches before the other narrows them (a
    // short word matches most of the history), so they are asked about the newest ids first,
    // in windows growing 4 times each step, until the page is full.
    qint64 top = beforeId;
    if (top <= 0) {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM calls"))
            || !query.next()) {
            fail(QStringLiteral("cannot be read"), query.lastError().text());
            return entries;
        }
        top = query.value(0).toLongLong();
    }
    const qint64 floor = qMax<qint64>(afterId, 0);
    for (qint64 window = 2048; top - 1 > floor && entries.size() < limit; window *= 4) {
        const qint64 bottom = qMax(floor, top - 1 - window);
        if (!readPage(textMatch, wordMatch, limit - int(entries.size()), top, bottom, &entries))
            break;
        top = bottom + 1;
    }
    return entries;
}

bool HistoryStore::readPage(const QString& textMatch, const QString& wordMatch, int limit,
    qint64 beforeId, qint64 afterId, QList<HistoryEntry>* entries)
{
    QVariantList bindings;
    const auto range = [&](const QString& column) {
        QString sql;
        if (beforeId > 0) {
            sql += QStringLiteral(" AND %1 < ?").arg(column);
            bindings << beforeId;
        }
        if (afterId > 0) {
            sql += QStringLiteral(" AND %1 > ?").arg(column);
            bindings << afterId;
        }
        return sql;
    };
    QString sql = QStringLiteral("SELECT %1 FROM calls WHERE 1").arg(summaryColumns);
    // One index alone walks its matches newest first and stops at `limit`.
    const bool both = !textMatch.isEmpty() && !wordMatch.isEmpty();
    for (const auto& [table, match] : { std::pair(QStringLiteral("calls_text"), textMatch),
             std::pair(QStringLiteral("calls_words"), wordMatch) }) {
        if (match.isEmpty())
            continue;
        sql += QStringLiteral(" AND id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(table);
        bindings << match;
        sql += range(QStringLiteral("rowid"));
        if (!both) {
            sql += QLatin1String(" ORDER BY rowid DESC LIMIT ?");
            bindings << limit;
        }
        sql += QLatin1Char(')');
    }
    sql += range(QStringLiteral("id")) + QLatin1String(" ORDER BY id DESC LIMIT ?");
    bindings << limit;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec())
        return fail(QStringLiteral("cannot be read"), query.lastError().text());
    while (query.next())
        entries->append(readSummary(query));
    m_error.clear();
    return true;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, %2 FROM calls WHERE id = ?").arg(summaryColumns, detailColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(QStringLiteral("cannot be read"), query.lastError().text());
        return std::nullopt;
    }
    m_error.clear();
    if (!query.next())
        return std::nullopt;
    HistoryEntry entry = readSummary(query);
    const int first = summaryColumns.count(QLatin1Char(',')) + 1;
    entry.values = parseJsonValue(query.value(first).toByteArray()).toObject();
    entry.bodyKind = query.value(first + 1).toString();
    entry.requestBody = query.value(first + 2).toByteArray();
    entry.responseHeaders = headersFromJson(query.value(first + 3).toByteArray());
    entry.responseBody = query.value(first + 4).toByteArray();
    return entry;
}

bool HistoryStore::remove(qint64 id)
{
    if (!isOpen())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM calls WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("the entry could not be removed"), query.lastError().text());
    m_error.clear();
    return query.numRowsAffected() > 0;
}

bool HistoryStore::clear()
{
    if (!isOpen())
        return false;
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(database);
    // The indexes are emptied at once rather than row by row through the trigger.
    if (!database.transaction() || !query.exec(QStringLiteral("DROP TRIGGER calls_index_delete"))
        || !query.exec(QStringLiteral("DELETE FROM calls"))
        || !query.exec(QStringLiteral("INSERT INTO calls_text(calls_text) VALUES('delete-all')"))
        || !query.exec(QStringLiteral("INSERT INTO calls_words(calls_words) VALUES('delete-all')"))
        || !query.exec(createDeleteTrigger) || !database.commit()) {
        const QString detail = query.lastError().text();
        database.rollback();
        return fail(QStringLiteral("the history could not be cleared"), detail);
    }
    return true;
}

qint64 HistoryStore::count()
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM calls")) || !query.next()) {
        fail(QStringLiteral("cannot be read"), query.lastError().text());
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 HistoryStore::prune(const QDateTime& olderThan, qint64 maxEntries)
{
    if (!isOpen())
        return -1;
    QStringList conditions;
    QVariantList bindings;
    if (olderThan.isValid()) {
        conditions << QStringLiteral("time_ms < ?");
        bindings << olderThan.toMSecsSinceEpoch();
    }
    if (maxEntries > 0) {
        conditions << QStringLiteral(
            "id <= (SELECT id FROM calls ORDER BY id DESC LIMIT 1 OFFSET ?)");
        bindings << maxEntries;
    }
    if (conditions.isEmpty())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("DELETE FROM calls WHERE ") + conditions.join(QLatin1String(" OR ")));
    for (const QVariant& value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec()) {
        fail(QStringLiteral("old calls could not be removed"), query.lastError().text());
        return -1;
    }
    m_error.clear();
    return query.numRowsAffected();
}

QList<OperationUsage> HistoryStore::usage(int recentCalls)
{
    QHash<QString, OperationUsage> merged;
    const QHash<QString, QList<OperationUsage>> byEndpoint = usageByEndpoint(recentCalls);
    for (const QList<OperationUsage>& usage : byEndpoint) {
        for (const OperationUsage& one : usage) {
            OperationUsage& all = merged[one.operation];
            all.operation = one.operation;
            all.calls += one.calls;
            all.lastCall = all.lastCall.isValid() ? qMax(all.lastCall, one.lastCall) : one.lastCall;
        }
    }
    return merged.values();
}

QHash<QString, QList<OperationUsage>> HistoryStore::usageByEndpoint(int recentCalls)
{
    QHash<QString, QList<OperationUsage>> usage;
    if (!isOpen())
        return usage;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    // The newest rows by id: a walk down the table's own b-tree, no index needed.
    query.prepare(QStringLiteral(
        "SELECT endpoint, method, path, count(*), max(time_ms) FROM (SELECT endpoint, method,"
        " path, time_ms FROM calls ORDER BY id DESC LIMIT ?) GROUP BY endpoint, method, path"));
    query.addBindValue(recentCalls);
    if (!query.exec()) {
        fail(QStringLiteral("cannot be read"), query.lastError().text());
        return usage;
    }
    while (query.next()) {
        usage[query.value(0).toString()].append(
            { query.value(1).toString() + QLatin1Char(' ') + query.value(2).toString(),
                query.value(3).toLongLong(),
                QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC) });
    }
    m_error.clear();
    return usage;
}

QList<HistoryEntry> HistoryStore::pathValues(qint64 afterId, int window)
{
    QList<HistoryEntry> entries;
    if (!isOpen())
        return entries;
    // A range of the primary key: a bounded read whatever the size of the history.
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, time_ms, endpoint, path, json_extract(values_json, '$.path') FROM calls"
        " WHERE id > max(?, (SELECT coalesce(max(id), 0) FROM calls) - ?)"
        " AND status BETWEEN 200 AND 299 AND instr(path, '{') > 0 ORDER BY id DESC"));
    query.addBindValue(afterId);
    query.addBindValue(window);
    if (!query.exec()) {
        fail(QStringLiteral("cannot be read"), query.lastError().text());
        return entries;
    }
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        entry.endpoint = query.value(2).toString();
        entry.pathTemplate = query.value(3).toString();
        const QJsonObject path = parseJsonValue(query.value(4).toByteArray()).toObject();
        if (!path.isEmpty())
            entry.values.insert(QLatin1String("path"), path);
        entries.append(entry);
    }
    m_error.clear();
    return entries;
}

} // namespace Ovh
