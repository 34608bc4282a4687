// The history store: what it keeps and never keeps, the filter, migrations, two programs at
// once, and files it cannot use.
#include "base/credentials.h"
#include "base/endpoint.h"
#include "call/callrequest.h"
#include "history/historyentry.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "historycalls.h"
#include "net/apiclient.h"
#include "net/callresult.h"
#include "net/serverclock.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "session/callsession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;
using namespace HistoryCalls;

namespace {

QByteArray fileBytes(const QString& file)
{
    QByteArray bytes;
    for (const QString& name : { file, QString(file + QLatin1String("-wal")) }) {
        QFile part(name);
        if (part.open(QIODevice::ReadOnly))
            bytes += part.readAll();
    }
    return bytes;
}

// Runs `statements` on `file` through a connection of its own (an older program, another one).
bool execOn(const QString& file, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase database
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        database.setDatabaseName(file);
        ok = database.open();
        QSqlQuery query(database);
        for (const QString& statement : statements)
            ok = ok && query.exec(statement);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QStringList paths(const QList<HistoryEntry>& entries)
{
    QStringList list;
    for (const HistoryEntry& entry : entries)
        list << entry.url.section(QLatin1String("/1.0"), 1);
    return list;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultFileIsShared();
    void keepsWhatWasSent();
    void keepsNoSecret();
    void filter_data();
    void filter();
    void bodiesAboveTheLimitAreCut();
    void migratesAnOlderFile();
    void leavesANewerFileAlone();
    void twoProgramsAtOnce();
    void damagedFile_data();
    void damagedFile();
    void lockedFile();
    void removeAndClear();
    void recorderReportsOnce();
    void recordsWhatACallSessionSends();
    void recorderOnItsThread();
    void pages_data();
    void pages();
    void prune_data();
    void prune();
    void recorderPrunesNowAndThen();
    void recorderWithoutResponses();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::defaultFileIsShared()
{
    // One file for both programs: the application name is not part of it.
    QCoreApplication::setApplicationName(QStringLiteral("ovh-explorer-cli"));
    const QString cli = HistoryStore::defaultFile();
    QCoreApplication::setApplicationName(QStringLiteral("ovh-explorer"));
    QCOMPARE(HistoryStore::defaultFile(), cli);
    QVERIFY2(cli.endsWith(QLatin1String("/ovh-api-explorer/history.sqlite")), qPrintable(cli));
}

void TestHistoryStore::keepsWhatWasSent()
{
    HistoryStore store(file());
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    CallRequest sent = request(QStringLiteral("/domain/zone/{zoneName}/record"),
        QStringLiteral("/domain/zone/example.com/record"), R"({"fieldType":"A","ttl":60})");
    sent.pathParams.append({ QStringLiteral("zoneName"), ParamLocation::Path, {}, {}, true,
        QStringLiteral("example.com") });
    sent.bodyKind = BodyKind::Parameters;
    sent.bodyFields.append(
        { QStringLiteral("ttl"), ParamLocation::Body, {}, {}, false, QJsonValue(60) });
    CallResult result = answer(200, R"({"id":5})", "https://eu.api.ovh.com/1.0/domain/zone/x");
    const HistoryEntry recorded = HistoryEntry::fromCall(sent, result, QStringLiteral("ovh-eu"),
        QStringLiteral("work"), keys(), HistoryStore::DefaultMaxBodyBytes);
    const qint64 first = store.add(recorded);
    QVERIFY2(first > 0, qPrintable(store.errorString()));
    const qint64 second = store.add(entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}"));
    QVERIFY(second > first);

    const std::optional<HistoryEntry> read = store.entry(first);
    QVERIFY(read);
    QCOMPARE(read->endpoint, QStringLiteral("ovh-eu"));
    QCOMPARE(read->profile, QStringLiteral("work"));
    QCOMPARE(read->method, QStringLiteral("POST"));
    QCOMPARE(read->pathTemplate, QStringLiteral("/domain/zone/{zoneName}/record"));
    QCOMPARE(read->values.value(QStringLiteral("path"))[QStringLiteral("zoneName")].toString(),
        QStringLiteral("example.com"));
    QCOMPARE(read->values.value(QStringLiteral("body"))[QStringLiteral("ttl")].toInt(), 60);
    QCOMPARE(read->bodyKind, QStringLiteral("parameters"));
    QCOMPARE(read->requestBody, QByteArray(R"({"fieldType":"A","ttl":60})"));
    QCOMPARE(read->url, QStringLiteral("https://eu.api.ovh.com/1.0/domain/zone/x"));
    QCOMPARE(read->status, 200);
    QCOMPARE(read->elapsedMs, 42);
    QCOMPARE(read->queryId, QStringLiteral("EU.ext-1.abc"));
    QCOMPARE(read->responseHeaders, result.headers);
    QCOMPARE(read->responseBody, QByteArray(R"({"id":5})"));
    QVERIFY(!read->responseTruncated());
    QCOMPARE(read->time.toSecsSinceEpoch(), recorded.time.toSecsSinceEpoch());

    // Newest first, without bodies.
    const QList<HistoryEntry> listed = store.list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).id, second);
    QCOMPARE(listed.at(1).id, first);
    QVERIFY(listed.at(1).responseBody.isEmpty());
    QCOMPARE(store.list(QString(), 1).size(), 1);
    QVERIFY(!store.entry(second + 100));
}

void TestHistoryStore::keepsNoSecret()
{
    CallRequest sent
        = request(QStringLiteral("/me/api/credential"), QStringLiteral("/me/api/credential"),
            R"({"password":"hunter2-secret","note":"histConsumerKeyZYXWVUTSRQPONMLKJI"})");
    sent.bodyFields.append({ QStringLiteral("password"), ParamLocation::Body, {}, {}, false,
        QStringLiteral("hunter2-secret") });
    sent.bodyKind = BodyKind::Parameters;
    CallResult result = answer(200,
        R"({"consumerKey":"issuedKeyQWERTYUIOPASDFGHJKL","validationUrl":"https://x/?ak=)"
            + appKey.toUtf8() + R"("})",
        "https://eu.api.ovh.com/1.0/me?k=" + consumerKey.toUtf8());
    result.headers << std::pair<QByteArray, QByteArray>("Set-Cookie", "session=cookieSecret99")
                   << std::pair<QByteArray, QByteArray>("X-Ovh-Application", appKey.toUtf8())
                   << std::pair<QByteArray, QByteArray>("X-Echo", appSecret.toUtf8());
    result.errorString = QStringLiteral("refused for ") + consumerKey;
    {
        HistoryStore store(file());
        QVERIFY(store.add(HistoryEntry::fromCall(sent, result, QStringLiteral("ovh-eu"), QString(),
                    keys(), HistoryStore::DefaultMaxBodyBytes))
            > 0);
        const HistoryEntry read = *store.entry(store.list().first().id);
        QVERIFY(read.responseBody.contains("validationUrl"));
        for (const auto& header : read.responseHeaders)
            QVERIFY2(header.first != "Set-Cookie" && header.first != "X-Ovh-Application",
                header.first.constData());
    }
    const QByteArray bytes = fileBytes(file());
    QVERIFY(bytes.contains("validationUrl")); // the file is read as it is, not compressed
    for (const QByteArray& secret :
        { appKey.toUtf8(), appSecret.toUtf8(), consumerKey.toUtf8(), QByteArray("hunter2-secret"),
            QByteArray("issuedKeyQWERTYUIOPASDFGHJKL"), QByteArray("cookieSecret99") })
        QVERIFY2(!bytes.contains(secret), secret.constData());
}

void TestHistoryStore::filter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected"); // paths, newest first

    const QString record = QStringLiteral("/domain/zone/example.com/record");
    const QString me = QStringLiteral("/me");
    const QString ip = QStringLiteral("/ip/1.2.3.4/reverse");
    QTest::newRow("everything") << QString() << QStringList { ip, me, record };
    QTest::newRow("part of a path word") << QStringLiteral("recor") << QStringList { record };
    QTest::newRow("any case") << QStringLiteral("ZONE") << QStringList { record };
    QTest::newRow("every word") << QStringLiteral("zone example") << QStringList { record };
    QTest::newRow("word order") << QStringLiteral("example zone") << QStringList { record };
    QTest::newRow("one word missing") << QStringLiteral("zone nichandle") << QStringList {};
    QTest::newRow("response body") << QStringLiteral("nichandle") << QStringList { me };
    QTest::newRow("request body") << QStringLiteral("reverse.example") << QStringList { ip };
    QTest::newRow("value") << QStringLiteral("1.2.3.4") << QStringList { ip };
    QTest::newRow("short word") << QStringLiteral("ip") << QStringList { ip };
    QTest::newRow("short and long") << QStringLiteral("me nic") << QStringList { me };
    QTest::newRow("quotes and wildcards") << QStringLiteral("\"%zone_*\"") << QStringList {};
    QTest::newRow("punctuation alone is no word")
        << QStringLiteral("% _") << QStringList { ip, me, record };
    QTest::newRow("short word starts a word") << QStringLiteral("re") << QStringList { ip, record };
    QTest::newRow("short word: com of every URL")
        << QStringLiteral("co") << QStringList { ip, me, record };
    QTest::newRow("nothing") << QStringLiteral("nowhere") << QStringList {};
}

void TestHistoryStore::filter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    HistoryStore store(file());
    QVERIFY(store.add(entry(QStringLiteral("/domain/zone/{zoneName}/record"),
        QStringLiteral("/domain/zone/example.com/record"), "[1,2]")));
    QVERIFY(store.add(
        entry(QStringLiteral("/me"), QStringLiteral("/me"), R"({"nichandle":"xx1-ovh"})")));
    HistoryEntry ipEntry = entry(QStringLiteral("/ip/{ip}/reverse"),
        QStringLiteral("/ip/1.2.3.4/reverse"), "{}", R"({"reverse":"reverse.example.net."})");
    ipEntry.values.insert(QStringLiteral("path"),
        QJsonObject { { QStringLiteral("ip"), QStringLiteral("1.2.3.4") } });
    QVERIFY(store.add(ipEntry));
    QCOMPARE(paths(store.list(filter)), expected);
    QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
}

void TestHistoryStore::bodiesAboveTheLimitAreCut()
{
    const QByteArray big(3000, 'x');
    const HistoryEntry cut
        = HistoryEntry::fromCall(request(QStringLiteral("/me"), QStringLiteral("/me"), big),
            answer(200, big + "tail", "https://eu.api.ovh.com/1.0/me"), QStringLiteral("ovh-eu"),
            QString(), keys(), 1000);
    HistoryStore store(file());
    const qint64 id = store.add(cut);
    const HistoryEntry read = *store.entry(id);
    QCOMPARE(read.responseBody, QByteArray(1000, 'x'));
    QCOMPARE(read.responseBodySize, 3004);
    QVERIFY(read.responseTruncated());
    QCOMPARE(read.requestBody.size(), 1000);
    QVERIFY(read.requestTruncated());
    QCOMPARE(store.list().first().responseBodySize, 3004);
    QVERIFY(!store.entry(store.add(entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}")))
                 ->responseTruncated());
}

void TestHistoryStore::migratesAnOlderFile()
{
    // A file as version 1 left it: the calls table, no index, one call in it.
    QVERIFY(execOn(file(),
        { QStringLiteral("CREATE TABLE calls (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms "
                         "INTEGER NOT NULL, endpoint TEXT NOT NULL, profile TEXT NOT NULL "
                         "DEFAULT '', method TEXT NOT NULL, path TEXT NOT NULL, values_json TEXT "
                         "NOT NULL DEFAULT '{}', body_kind TEXT NOT NULL DEFAULT 'none', "
                         "request_body BLOB, request_body_size INTEGER NOT NULL DEFAULT 0, url "
                         "TEXT NOT NULL, status INTEGER NOT NULL DEFAULT 0, failure TEXT NOT "
                         "NULL DEFAULT '', error TEXT NOT NULL DEFAULT '', elapsed_ms INTEGER "
                         "NOT NULL DEFAULT 0, query_id TEXT NOT NULL DEFAULT '', "
                         "response_headers TEXT NOT NULL DEFAULT '[]', response_body BLOB, "
                         "response_body_size INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("INSERT INTO calls (time_ms, endpoint, method, path, url, status, "
                           "response_body) VALUES (1700000000000, 'ovh-ca', 'GET', '/dedicated/"
                           "server', 'https://ca.api.ovh.com/1.0/dedicated/server', 200, "
                           "'[\"ns1.example\"]')"),
            QStringLiteral("PRAGMA user_version = 1") }));
    HistoryStore store(file());
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QVERIFY(execOn(file(), {})); // still a database
    const QList<HistoryEntry> old = store.list(QStringLiteral("ns1.example"));
    QCOMPARE(old.size(), 1); // the old call is in the new index
    QCOMPARE(old.first().endpoint, QStringLiteral("ovh-ca"));
    QCOMPARE(old.first().time.toMSecsSinceEpoch(), 1700000000000);
    QVERIFY(store.add(entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}")) > old.first().id);
    QCOMPARE(store.count(), 2);
    HistoryStore again(file()); // opening a current file changes nothing
    QVERIFY(again.isOpen());
    QCOMPARE(again.count(), 2);
}

void TestHistoryStore::leavesANewerFileAlone()
{
    QVERIFY(execOn(file(),
        { QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 99") }));
    const QByteArray before = fileBytes(file());
    {
        HistoryStore store(file());
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(QLatin1String("newer version")),
            qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QLatin1String("calls still work")));
        QCOMPARE(store.add(entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}")), 0);
        QVERIFY(store.list().isEmpty());
    }
    QCOMPARE(fileBytes(file()).size(), before.size());
}

void TestHistoryStore::twoProgramsAtOnce()
{
    HistoryStore window(file());
    HistoryStore cli(file());
    QVERIFY(window.isOpen() && cli.isOpen());
    QList<qint64> ids;
    for (int i = 0; i < 20; ++i) {
        HistoryStore& writer = i % 2 ? cli : window;
        ids << writer.add(entry(QStringLiteral("/me"), QStringLiteral("/me/%1").arg(i), "{}"));
        QVERIFY2(ids.last() > 0, qPrintable(writer.errorString()));
    }
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 20);
    QCOMPARE(window.count(), 20);
    QCOMPARE(cli.list(QStringLiteral("/me/19")).size(), 1);
    QCOMPARE(window.list().first().id, ids.last()); // each sees the other's newest
}

void TestHistoryStore::damagedFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not a database") << QByteArray(8192, 'z');
    QTest::newRow("cut header") << QByteArray("SQLite format 3").append('\0').append(84, '\xff');
}

void TestHistoryStore::damagedFile()
{
    QFETCH(QByteArray, bytes);
    {
        QFile damaged(file());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(bytes);
    }
    {
        HistoryStore store(file());
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(file())
                && store.errorString().contains(QLatin1String("history is off")),
            qPrintable(store.errorString()));
        QCOMPARE(store.add(entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}")), 0);
        QVERIFY(store.list().isEmpty());
        QVERIFY(!store.entry(1));
    }
    QCOMPARE(fileBytes(file()), bytes); // nothing lost: the file is left for the person
}

void TestHistoryStore::lockedFile()
{
    HistoryStore store(file(), 50);
    QVERIFY(store.isOpen());
    QVERIFY(store.add(entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}")) > 0);
    {
        // Another program holds the write lock.
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("DELETE FROM calls")));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(store.add(entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}")), 0);
        QVERIFY2(
            store.errorString().contains(QLatin1String("locked")), qPrintable(store.errorString()));
        QVERIFY(timer.elapsed() < 2000); // the busy timeout, not forever
        QCOMPARE(store.list().size(), 1); // readers go on (WAL)
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(store.add(entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}")) > 0);
    QVERIFY(store.errorString().isEmpty());
    QCOMPARE(store.count(), 2);
}

void TestHistoryStore::removeAndClear()
{
    HistoryStore store(file());
    const qint64 me = store.add(entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}"));
    store.add(entry(QStringLiteral("/ip"), QStringLiteral("/ip"), R"(["1.2.3.4"])"));
    store.add(entry(QStringLiteral("/me/bill"), QStringLiteral("/me/bill"), "[]"));
    QVERIFY(store.remove(me));
    QVERIFY(!store.remove(me));
    QCOMPARE(paths(store.list(QStringLiteral("me"))), QStringList { QStringLiteral("/me/bill") });
    QVERIFY(store.clear());
    QCOMPARE(store.count(), 0);
    QVERIFY(store.list(QStringLiteral("1.2.3.4")).isEmpty());
    // The index still follows the calls after a clear.
    const qint64 again = store.add(entry(QStringLiteral("/ip"), QStringLiteral("/ip"), "[]"));
    QVERIFY(store.remove(again));
    QVERIFY(store.list(QStringLiteral("/ip")).isEmpty());
    QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
}

void TestHistoryStore::recorderReportsOnce()
{
    QVERIFY(execOn(file(), { QStringLiteral("PRAGMA user_version = 99") }));
    HistoryStore store(file());
    HistoryRecorder recorder(&store);
    QSignalSpy unavailable(&recorder, &HistoryRecorder::unavailable);
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    const CallRequest sent = request(QStringLiteral("/me"), QStringLiteral("/me"));
    const Endpoint eu = *Endpoint::byName(u"ovh-eu");
    for (int i = 0; i < 3; ++i)
        recorder.record(sent, answer(200, "{}", "u"), eu, QString(), keys());
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(recorded.size(), 0);

    // Nothing sent is nothing recorded.
    QTemporaryDir dir;
    HistoryStore fine(dir.filePath(QStringLiteral("h.sqlite")));
    HistoryRecorder other(&fine);
    CallResult notSent;
    notSent.failure = CallResult::Failure::MissingCredentials;
    other.record(sent, notSent, eu, QString(), {});
    other.record(sent, answer(404, "{}", "u"), eu, QStringLiteral("work"), keys());
    QCOMPARE(fine.count(), 1);
    QCOMPARE(fine.list().first().endpoint, QStringLiteral("ovh-eu"));
    // A v2 call is recorded with its branch, as Endpoint::fromUserText reads it back (so that
    // `call --from-history` sends it to v2); a v1 call's name stays as older rows have it.
    other.record(sent, answer(200, "{}", "u"), *eu.onBranch(ApiBranch::V2), QString(), keys());
    QCOMPARE(fine.list().first().endpoint, QStringLiteral("ovh-eu/v2"));
    QCOMPARE(Endpoint::fromUserText(fine.list().first().endpoint)->branch(), ApiBranch::V2);
    QCOMPARE(Endpoint::fromUserText(QStringLiteral("ovh-eu"))->branch(), ApiBranch::V1);
}

void TestHistoryStore::recordsWhatACallSessionSends()
{
    // As the window's composition root wires it: the recorder watches the call session.
    Sandbox sandbox;
    QVERIFY(sandbox.listen());
    QByteArray signature;
    connect(&sandbox, &Sandbox::requestReceived, this, [&](const SandboxRequestRecord& request) {
        if (!request.header("X-Ovh-Signature").isEmpty())
            signature = request.header("X-Ovh-Signature");
    });
    QNetworkAccessManager nam;
    ServerClock clock(&nam);
    ApiClient client(&nam, &clock);
    CallSession session(&client, &clock);
    session.setAccount(
        *Endpoint::fromUserText(sandbox.baseUrl().toString()), SandboxDemo::credentials());
    HistoryStore store(file());
    HistoryRecorder recorder(&store);
    recorder.watch(&session, [] { return QStringLiteral("demo"); });
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    QVERIFY(session.start(request(QStringLiteral("/me"), QStringLiteral("/me"))));
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 30000);

    const HistoryEntry read = *store.entry(recorded.at(0).at(0).toLongLong());
    QCOMPARE(read.endpoint, sandbox.baseUrl().toString());
    QCOMPARE(read.profile, QStringLiteral("demo"));
    QCOMPARE(read.pathTemplate, QStringLiteral("/me"));
    QCOMPARE(read.url, sandbox.baseUrl().toString() + QLatin1String("/me"));
    QCOMPARE(read.status, 200);
    QVERIFY(read.queryId.startsWith(QLatin1String("SBX.")));
    QVERIFY(read.responseBody.contains(SandboxDemo::kNichandle));
    QVERIFY(!signature.isEmpty());
    const QByteArray bytes = fileBytes(file());
    for (const QByteArray& secret :
        { QByteArray(SandboxDemo::kApplicationKey), QByteArray(SandboxDemo::kApplicationSecret),
            QByteArray(SandboxDemo::kConsumerKey), signature })
        QVERIFY2(!bytes.contains(secret), secret.constData());
}

void TestHistoryStore::recorderOnItsThread()
{
    const CallRequest sent = request(QStringLiteral("/me"), QStringLiteral("/me"));
    const Endpoint eu = *Endpoint::byName(u"ovh-eu");
    {
        HistoryRecorder recorder(file());
        QVERIFY(!recorder.store());
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        recorder.record(sent, answer(200, "{}", "u"), eu, QString(), keys());
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 10000);
        // Asked for just before the end: still written.
        for (int i = 0; i < 20; ++i)
            recorder.record(sent, answer(200, "{}", "u"), eu, QString(), keys());
    }
    HistoryStore store(file());
    QCOMPARE(store.count(), 21);

    QVERIFY(execOn(file(), { QStringLiteral("PRAGMA user_version = 99") }));
    HistoryRecorder refused(file());
    QSignalSpy unavailable(&refused, &HistoryRecorder::unavailable);
    refused.record(sent, answer(200, "{}", "u"), eu, QString(), keys());
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 10000);
    QVERIFY(unavailable.at(0).at(0).toString().contains(QLatin1String("newer version")));
}

void TestHistoryStore::pages_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("modulo"); // every call whose number is a multiple matches
    QTest::newRow("everything") << QString() << 1;
    QTest::newRow("long word") << QStringLiteral("zone7.example") << 7;
    QTest::newRow("short word") << QStringLiteral("z7") << 7;
    QTest::newRow("short and long words") << QStringLiteral("re zone7.example") << 7;
    QTest::newRow("long and short words, other order") << QStringLiteral("zone7.example re") << 7;
}

void TestHistoryStore::pages()
{
    QFETCH(QString, filter);
    QFETCH(int, modulo);
    HistoryStore store(file());
    QList<qint64> expected; // newest first
    for (int n = 1; n <= 350; ++n) {
        // Every 7th call goes to zone7.example, under the short word "z7" too.
        const QString zone
            = n % 7 == 0 ? QStringLiteral("zone7.example z7") : QStringLiteral("zone.example");
        HistoryEntry call = entry(QStringLiteral("/domain/zone/{zoneName}/record"),
            QStringLiteral("/domain/zone/%1/record").arg(zone), "[]");
        call.values.insert(
            QStringLiteral("path"), QJsonObject { { QStringLiteral("zoneName"), zone } });
        const qint64 id = store.add(call);
        QVERIFY(id);
        if (n % modulo == 0)
            expected.prepend(id);
        // Gaps in the ids, wider than the windows the filter reads by (deleted calls).
        if (n % 50 == 0) {
            QVERIFY(execOn(file(),
                { QStringLiteral("UPDATE sqlite_sequence SET seq = seq + %1 WHERE name = 'calls'")
                        .arg(n * 100) }));
        }
    }
    QList<qint64> paged;
    qint64 before = 0;
    for (;;) {
        const QList<HistoryEntry> page = store.list(filter, 20, before);
        QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
        for (const HistoryEntry& each : page)
            paged << each.id;
        if (page.size() < 20)
            break;
        before = page.constLast().id;
    }
    QCOMPARE(paged, expected);
    // Newer than an id: the calls recorded since.
    QList<qint64> newer;
    for (const HistoryEntry& each : store.list(filter, 1000, 0, expected.at(3)))
        newer << each.id;
    QCOMPARE(newer, expected.mid(0, 3));
}

void TestHistoryStore::prune_data()
{
    QTest::addColumn<int>("keepDays"); // 0: any age
    QTest::addColumn<qint64>("maxEntries"); // 0: any number
    QTest::addColumn<qint64>("removed");
    // 10 calls, call n made n days ago (the newest is the 1-day-old one).
    QTest::newRow("nothing asked") << 0 << qint64(0) << qint64(0);
    QTest::newRow("older than 5 days") << 5 << qint64(0) << qint64(5);
    QTest::newRow("at most 3") << 0 << qint64(3) << qint64(7);
    QTest::newRow("both: the stricter") << 5 << qint64(8) << qint64(5);
    QTest::newRow("both: the stricter, other way") << 8 << qint64(2) << qint64(8);
    QTest::newRow("limit above the count") << 0 << qint64(100) << qint64(0);
}

void TestHistoryStore::prune()
{
    QFETCH(int, keepDays);
    QFETCH(qint64, maxEntries);
    QFETCH(qint64, removed);
    HistoryStore store(file());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int days = 10; days >= 1; --days) {
        HistoryEntry call = entry(QStringLiteral("/me"), QStringLiteral("/me"),
            QStringLiteral(R"({"day":"day%1old"})").arg(days).toUtf8());
        call.time = now.addDays(-days);
        QVERIFY(store.add(call));
    }
    const QDateTime olderThan = keepDays > 0 ? now.addDays(-keepDays).addSecs(-60) : QDateTime();
    QCOMPARE(store.prune(olderThan, maxEntries), removed);
    QCOMPARE(store.count(), 10 - removed);
    // The newest stay; the filter's indexes forgot the others.
    const QList<HistoryEntry> left = store.list();
    QCOMPARE(left.size(), 10 - removed);
    if (!left.isEmpty())
        QCOMPARE(left.constFirst().id, 10);
    for (int days = 1; days <= 10; ++days) {
        const bool kept = days <= 10 - removed;
        QCOMPARE(store.list(QStringLiteral("day%1old").arg(days)).size(), kept ? 1 : 0);
    }
}

void TestHistoryStore::recorderPrunesNowAndThen()
{
    HistoryStore store(file());
    HistoryRecorder recorder(&store);
    const CallRequest sent = request(QStringLiteral("/me"), QStringLiteral("/me"));
    const Endpoint eu = *Endpoint::byName(u"ovh-eu");
    for (int i = 0; i < 30; ++i)
        recorder.record(sent, answer(200, "{}", "u"), eu, QString(), keys());
    QSignalSpy pruned(&recorder, &HistoryRecorder::pruned);
    recorder.setRetention(0, 10); // at once
    QCOMPARE(store.count(), 10);
    QCOMPARE(pruned.size(), 1);
    QCOMPARE(pruned.at(0).at(0).toLongLong(), 20);
    // Then every PruneEvery calls: bounded however long the program runs.
    for (int i = 0; i < HistoryRecorder::PruneEvery - 1; ++i)
        recorder.record(sent, answer(200, "{}", "u"), eu, QString(), keys());
    QCOMPARE(store.count(), 10 + HistoryRecorder::PruneEvery - 1);
    recorder.record(sent, answer(200, "{}", "u"), eu, QString(), keys());
    QCOMPARE(store.count(), 10);
    QCOMPARE(pruned.size(), 2);
    recorder.setPruneEvery(1); // the CLI's: after every call
    recorder.record(sent, answer(200, "{}", "u"), eu, QString(), keys());
    QCOMPARE(store.count(), 10);
    QCOMPARE(pruned.size(), 3);
    // By age: calls older than the days kept go.
    HistoryEntry old = entry(QStringLiteral("/me"), QStringLiteral("/me"), "{}");
    old.time = QDateTime::currentDateTimeUtc().addDays(-40);
    QVERIFY(store.add(old));
    recorder.setRetention(30, 0);
    QCOMPARE(store.count(), 10);
    // The window's start: the limits now, the pruning once its first schema is shown.
    recorder.setRetention(30, 5, false);
    QCOMPARE(store.count(), 10);
    recorder.prune();
    QCOMPARE(store.count(), 5);
}

void TestHistoryStore::recorderWithoutResponses()
{
    HistoryStore store(file());
    HistoryRecorder recorder(&store);
    QVERIFY(recorder.keepResponses());
    recorder.setKeepResponses(false);
    QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
    recorder.record(request(QStringLiteral("/me"), QStringLiteral("/me")),
        answer(200, R"({"nichandle":"xx1-ovh"})", "https://eu.api.ovh.com/1.0/me"),
        *Endpoint::byName(u"ovh-eu"), QString(), keys());
    QCOMPARE(recorded.size(), 1);
    const auto kept = store.entry(recorded.at(0).at(0).toLongLong());
    QVERIFY(kept);
    QCOMPARE(kept->status, 200); // what happened stays
    QCOMPARE(kept->url, QStringLiteral("https://eu.api.ovh.com/1.0/me"));
    QVERIFY(kept->responseBody.isEmpty());
    QCOMPARE(kept->responseBodySize, 0);
    QVERIFY(kept->responseHeaders.isEmpty());
    QVERIFY(!fileBytes(file()).contains("xx1-ovh"));
    QVERIFY(store.list(QStringLiteral("xx1-ovh")).isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
