// Saved requests (issue 12, item 5): the store in the history's file, its migration from a
// version-2 file, moves that write only the rows between, and the JSON export and import,
// hostile files included.
#include "savedrequestcases.h"

#include "history/historystore.h"
#include "saved/savedrequestfile.h"
#include "saved/savedrequeststore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

// Runs `statements` on `file` through a connection of its own; `*first`: the first row's value.
bool execOn(const QString& file, const QStringList& statements, QVariant* first = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase database
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        database.setDatabaseName(file);
        ok = database.open();
        QSqlQuery query(database);
        for (const QString& statement : statements) {
            ok = ok && query.exec(statement);
            if (ok && first && query.next())
                *first = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

int userVersion(const QString& file)
{
    QVariant version;
    return execOn(file, { QStringLiteral("PRAGMA user_version") }, &version) ? version.toInt() : -1;
}

// Every value a secret could hide behind in a form: a password field, a secret-named key
// inside a body object, and inside the raw JSON body.
QJsonObject valuesWithSecrets()
{
    return QJsonObject {
        { QStringLiteral("path/zoneName"), QStringLiteral("example.com") },
        { QStringLiteral("body/password"), QStringLiteral("hunter2-secret") },
        { QStringLiteral("body/target"),
            QJsonObject { { QStringLiteral("consumerKey"), QStringLiteral("ck-secret") },
                { QStringLiteral("ttl"), 60 } } },
        { QStringLiteral("raw"),
            QStringLiteral("{\"applicationSecret\":\"as-secret\",\"fieldType\":\"A\"}") },
    };
}

// Each saved request's position, as the file has it.
QHash<qint64, qint64> positions(const QString& file)
{
    QHash<qint64, qint64> result;
    {
        QSqlDatabase database
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("positions"));
        database.setDatabaseName(file);
        if (database.open()) {
            QSqlQuery query(QStringLiteral("SELECT id, position FROM saved"), database);
            while (query.next())
                result.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("positions"));
    return result;
}

// What a list view's drop does to a list: rows [first, first + count) go before `destination`.
QList<qint64> movedRows(QList<qint64> order, int first, int count, int destination)
{
    const QList<qint64> block = order.mid(first, count);
    order.remove(first, count);
    const int to = destination > first ? destination - count : destination;
    for (int i = 0; i < count; ++i)
        order.insert(to + i, block.at(i));
    return order;
}

void verifyNoSecret(const QByteArray& bytes)
{
    for (const char* secret : { "hunter2-secret", "ck-secret", "as-secret" })
        QVERIFY2(!bytes.contains(secret), secret);
}

} // namespace

class TestSavedRequests : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keepsOrderNamesAndValues();
    void reordersAndDeletes();
    void movesWriteOnlyTheRowsBetween();
    void manyMovesKeepTheOrder();
    void movedBeforeLeavesOutWhatIsNotThere();
    void neverStoresSecrets();
    void migratesVersion2File();
    void sharesTheFileWithHistory();
    void unusableFileSaysWhy();
    void exportImportRoundTrip();
    void importStripsSecrets();
    void hostileImport_data();
    void hostileImport();
    void hugeFileIsRefusedUnread();
    void importAddsAllOrNone();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSavedRequests::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSavedRequests::keepsOrderNamesAndValues()
{
    const QJsonObject values { { QStringLiteral("path/zoneName"), QStringLiteral("example.com") },
        { QStringLiteral("query/fieldType"), QStringLiteral("TXT") } };
    {
        SavedRequestStore store(file());
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QVERIFY(store.list().isEmpty());
        const qint64 first = store.add(savedRequest(QStringLiteral("  TXT records  "),
            QStringLiteral("GET /domain/zone/{zoneName}/record"), values));
        QVERIFY(first > 0);
        QVERIFY(store.add(savedRequest(QStringLiteral("Me"), QStringLiteral("GET /me"))) > first);
        QVERIFY(store.rename(first, QStringLiteral("Records of example.com")));
        QVERIFY(!store.rename(first, QStringLiteral("   "))); // no empty name
    }
    SavedRequestStore again(file()); // another program, later
    const QList<SavedRequest> saved = again.list();
    QCOMPARE(savedNames(saved),
        (QStringList { QStringLiteral("Records of example.com"), QStringLiteral("Me") }));
    QCOMPARE(saved.at(0).operation, QStringLiteral("GET /domain/zone/{zoneName}/record"));
    QCOMPARE(saved.at(0).values, values);
    QCOMPARE(saved.at(1).values, QJsonObject());

    // A name too long for a file to share is cut where it is kept, so an export reads back.
    QVERIFY(again.add(savedRequest(QString(300, QLatin1Char('n')), QStringLiteral("GET /me"))) > 0);
    QCOMPARE(again.list().constLast().name.size(), MaxSavedNameLength);
    QString error;
    QVERIFY2(SavedRequestFile::fromJson(SavedRequestFile::toJson(again.list()), &error),
        qPrintable(error));
}

void TestSavedRequests::reordersAndDeletes()
{
    SavedRequestStore store(file());
    QList<qint64> ids;
    for (const char* name : { "a", "b", "c", "d" })
        ids << store.add(savedRequest(QLatin1String(name), QStringLiteral("GET /me")));
    QVERIFY(store.reorder({ ids[2], ids[0] })); // those left out keep their order after
    QCOMPARE(savedNames(store.list()), words("c a b d"));
    QVERIFY(store.remove(ids[0]));
    QVERIFY(!store.remove(ids[0])); // already gone
    QCOMPARE(savedNames(store.list()), words("c b d"));
    // A new one goes at the end, whatever the positions left by the deletion.
    store.add(savedRequest(QStringLiteral("e"), QStringLiteral("GET /me")));
    QCOMPARE(savedNames(SavedRequestStore(file()).list()), words("c b d e"));
}

void TestSavedRequests::movesWriteOnlyTheRowsBetween()
{
    SavedRequestStore store(file());
    QList<qint64> ids;
    for (const char* name : { "a", "b", "c", "d", "e", "f", "g", "h" })
        ids << store.add(savedRequest(QLatin1String(name), QStringLiteral("GET /me")));
    QVERIFY(store.remove(ids[2])); // a gap in the positions
    QCOMPARE(savedNames(store.list()), words("a b d e f g h"));

    // Alt+Down on "b": "b" and "d" swap their positions, the others keep theirs.
    QHash<qint64, qint64> before = positions(file());
    QVERIFY(store.move({ ids[1] }, ids[4]));
    QCOMPARE(savedNames(SavedRequestStore(file()).list()), words("a d b e f g h"));
    QHash<qint64, qint64> after = positions(file());
    for (const qint64 id : { ids[0], ids[4], ids[5], ids[6], ids[7] })
        QCOMPARE(after.value(id), before.value(id));
    QCOMPARE(after.value(ids[1]), before.value(ids[3]));
    QCOMPARE(after.value(ids[3]), before.value(ids[1]));

    // A block dragged up ("f g" before "d"): "h" and "a" are not written.
    before = after;
    QVERIFY(store.move({ ids[5], ids[6] }, ids[3]));
    QCOMPARE(savedNames(store.list()), words("a f g d b e h"));
    after = positions(file());
    QCOMPARE(after.value(ids[0]), before.value(ids[0]));
    QCOMPARE(after.value(ids[7]), before.value(ids[7]));

    // To the end, and first.
    QVERIFY(store.move({ ids[0] }, 0));
    QCOMPARE(savedNames(store.list()), words("f g d b e h a"));
    QVERIFY(store.move({ ids[7], ids[0] }, ids[5]));
    QCOMPARE(savedNames(store.list()), words("h a f g d b e"));
    // Before a row that is gone: to the end; ids that are gone are left out.
    QVERIFY(store.move({ ids[7] }, ids[2]));
    QCOMPARE(savedNames(store.list()), words("a f g d b e h"));
    QVERIFY(store.move({ ids[2], ids[5] }, ids[0]));
    QCOMPARE(savedNames(store.list()), words("f a g d b e h"));
    QVERIFY(store.move({ ids[2] }, ids[0])); // nothing to move
    QVERIFY(store.move({ ids[1] }, ids[1])); // before itself
    QCOMPARE(savedNames(SavedRequestStore(file()).list()), words("f a g d b e h"));
    // A new one still goes last.
    store.add(savedRequest(QStringLiteral("i"), QStringLiteral("GET /me")));
    QCOMPARE(savedNames(store.list()), words("f a g d b e h i"));
}

void TestSavedRequests::manyMovesKeepTheOrder()
{
    SavedRequestStore store(file());
    QList<SavedRequest> many;
    for (int i = 0; i < 40; ++i)
        many << savedRequest(QString::number(i), QStringLiteral("GET /me"));
    QVERIFY(store.addAll(many));
    QList<qint64> order = savedIds(store.list());
    QVERIFY(store.remove(order.takeAt(7)));
    QVERIFY(store.remove(order.takeAt(20)));
    QRandomGenerator random(12);
    for (int run = 0; run < 200; ++run) {
        const int count = random.bounded(1, 4);
        const int first = random.bounded(int(order.size()) - count + 1);
        int destination = random.bounded(int(order.size()) + 1);
        if (destination >= first && destination <= first + count)
            continue; // onto itself: the model refuses it
        const QList<qint64> block = order.mid(first, count);
        order = movedRows(order, first, count, destination);
        const int to = destination > first ? destination - count : destination;
        const qint64 beforeId = to + count < order.size() ? order.at(to + count) : 0;
        QVERIFY(store.move(block, beforeId));
        QCOMPARE(savedIds(store.list()), order);
    }
    QCOMPARE(savedIds(SavedRequestStore(file()).list()), order);
}

void TestSavedRequests::movedBeforeLeavesOutWhatIsNotThere()
{
    const QList<qint64> order { 1, 2, 3, 4, 5 };
    QCOMPARE(movedBefore(order, { 4, 5 }, 2), (QList<qint64> { 1, 4, 5, 2, 3 }));
    QCOMPARE(movedBefore(order, { 1 }, 4), (QList<qint64> { 2, 3, 1, 4, 5 }));
    QCOMPARE(movedBefore(order, { 2, 9 }, 0), (QList<qint64> { 1, 3, 4, 5, 2 }));
    QCOMPARE(movedBefore(order, { 2 }, 9), (QList<qint64> { 1, 3, 4, 5, 2 })); // gone: the end
    QCOMPARE(movedBefore(order, { 2, 3 }, 3), order); // before one of them: nowhere to go
    // The same move twice is the same move once (the window makes them again on a list read
    // before or after them).
    QCOMPARE(movedBefore(movedBefore(order, { 5 }, 1), { 5 }, 1), movedBefore(order, { 5 }, 1));
}

void TestSavedRequests::neverStoresSecrets()
{
    {
        SavedRequestStore store(file());
        QVERIFY(store.add(savedRequest(QStringLiteral("with secrets"),
                    QStringLiteral("POST /domain/zone/{zoneName}/record"), valuesWithSecrets()))
            > 0);
        const QJsonObject kept = store.list().constFirst().values;
        QCOMPARE(
            kept.value(QStringLiteral("path/zoneName")).toString(), QStringLiteral("example.com"));
        QVERIFY(!kept.contains(QStringLiteral("body/password")));
        QCOMPARE(kept.value(QStringLiteral("body/target")).toObject(),
            (QJsonObject { { QStringLiteral("ttl"), 60 } }));
        QCOMPARE(
            kept.value(QStringLiteral("raw")).toString(), QStringLiteral("{\"fieldType\":\"A\"}"));
    }
    QFile database(file());
    QVERIFY(database.open(QIODevice::ReadOnly));
    verifyNoSecret(database.readAll());
}

void TestSavedRequests::migratesVersion2File()
{
    // A file as version 2 left it: the calls and their indexes, one call, no saved table.
    {
        HistoryStore history(file());
        HistoryEntry call;
        call.endpoint = QStringLiteral("ovh-eu");
        call.method = QStringLiteral("GET");
        call.pathTemplate = QStringLiteral("/me");
        call.url = QStringLiteral("https://eu.api.ovh.com/1.0/me");
        call.status = 200;
        QVERIFY(history.add(call) > 0);
    }
    QVERIFY(execOn(
        file(), { QStringLiteral("DROP TABLE saved"), QStringLiteral("PRAGMA user_version = 2") }));
    QCOMPARE(userVersion(file()), 2);

    SavedRequestStore store(file());
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QVERIFY(store.list().isEmpty());
    QVERIFY(store.add(savedRequest(QStringLiteral("Me"), QStringLiteral("GET /me"))) > 0);
    QCOMPARE(userVersion(file()), HistoryStore::SchemaVersion);
    QCOMPARE(HistoryStore::SchemaVersion, 3);
    HistoryStore history(file());
    QCOMPARE(history.count(), 1); // the calls are still there
    QCOMPARE(history.list(QStringLiteral("/me")).size(), 1);
}

void TestSavedRequests::sharesTheFileWithHistory()
{
    HistoryStore history(file());
    SavedRequestStore saved(file());
    HistoryEntry call;
    call.method = QStringLiteral("GET");
    call.pathTemplate = QStringLiteral("/me");
    call.url = QStringLiteral("/me");
    for (int i = 0; i < 5; ++i) {
        QVERIFY(history.add(call) > 0);
        QVERIFY(saved.add(savedRequest(QString::number(i), QStringLiteral("GET /me"))) > 0);
    }
    QCOMPARE(history.count(), 5);
    QCOMPARE(saved.list().size(), 5);
    QVERIFY(history.clear()); // clearing the history keeps the saved requests
    QCOMPARE(SavedRequestStore(file()).list().size(), 5);
}

void TestSavedRequests::unusableFileSaysWhy()
{
    QFile damaged(file());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();
    SavedRequestStore store(file());
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(QLatin1String("cannot be read")),
        qPrintable(store.errorString()));
    QVERIFY(store.list().isEmpty());
    QCOMPARE(store.add(savedRequest(QStringLiteral("Me"), QStringLiteral("GET /me"))), 0);
    QVERIFY(!store.rename(1, QStringLiteral("x")));
    QVERIFY(!store.reorder({ 1 }));
}

void TestSavedRequests::exportImportRoundTrip()
{
    const QList<SavedRequest> requests {
        savedRequest(QStringLiteral("Records \u00e9t\u00e9"),
            QStringLiteral("GET /domain/zone/{zoneName}/record"),
            { { QStringLiteral("path/zoneName"), QStringLiteral("example.com") } }),
        savedRequest(QStringLiteral("New record"),
            QStringLiteral("POST /domain/zone/{zoneName}/record"),
            { { QStringLiteral("body/ttl"), 3600 },
                { QStringLiteral("body/subDomain"), QJsonValue::Null },
                { QStringLiteral("body/target"), QJsonArray { 1, QStringLiteral("two") } } }),
        savedRequest(QStringLiteral("Me"), QStringLiteral("GET /me")),
    };
    const QString path = m_dir->filePath(QStringLiteral("shared.json"));
    QString error;
    QVERIFY2(SavedRequestFile::write(path, requests, &error), qPrintable(error));
    const std::optional<QList<SavedRequest>> read = SavedRequestFile::read(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, requests);

    // Through the store: what one person exports, another imports, in the same order.
    SavedRequestStore store(file());
    QVERIFY(store.addAll(*read));
    QCOMPARE(savedNames(store.list()), savedNames(requests));
    QCOMPARE(store.list().at(1).values, requests.at(1).values);
}

void TestSavedRequests::importStripsSecrets()
{
    const QByteArray exported = SavedRequestFile::toJson({ savedRequest(
        QStringLiteral("s"), QStringLiteral("POST /me/password"), valuesWithSecrets()) });
    verifyNoSecret(exported);
    // A file written by hand with secrets in it: they are not imported either.
    QJsonObject item { { QStringLiteral("name"), QStringLiteral("s") },
        { QStringLiteral("operation"), QStringLiteral("POST /me") },
        { QStringLiteral("values"), valuesWithSecrets() } };
    const QJsonObject root { { QStringLiteral("format"),
                                 QStringLiteral("ovh-api-explorer-saved-requests") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("requests"), QJsonArray { item } } };
    QString error;
    const auto read = SavedRequestFile::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    verifyNoSecret(QJsonDocument(read->constFirst().values).toJson());
    QCOMPARE(read->constFirst().values.value(QStringLiteral("path/zoneName")).toString(),
        QStringLiteral("example.com"));
}

void TestSavedRequests::hostileImport_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto file = [](const QByteArray& requests) -> QByteArray {
        return QByteArray(R"({"format":"ovh-api-explorer-saved-requests","version":1,"requests":)")
            + requests + '}';
    };
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "not valid JSON";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "not valid JSON";
    QTest::newRow("an array") << QByteArray("[]") << "does not hold saved requests";
    QTest::newRow("another format")
        << QByteArray(R"({"format":"postman","requests":[]})") << "does not hold saved requests";
    QTest::newRow("a newer version")
        << QByteArray(R"({"format":"ovh-api-explorer-saved-requests","version":2,"requests":[]})")
        << "format version 2";
    QTest::newRow("no list") << file("{}") << "no list of requests";
    QTest::newRow("an item not an object")
        << file("[\"GET /me\"]") << "Request 1 of the file is not an object";
    QTest::newRow("no name") << file(R"([{"operation":"GET /me"}])")
                             << "Request 1 of the file needs a name";
    QTest::newRow("blank name") << file(R"([{"name":" \t ","operation":"GET /me"}])")
                                << "needs a name";
    QTest::newRow("name too long")
        << file(R"([{"name":")" + QByteArray(201, 'n') + R"(","operation":"GET /me"}])")
        << "needs a name of 1 to 200";
    QTest::newRow("name a number")
        << file(R"([{"name":12,"operation":"GET /me"}])") << "needs a name";
    QTest::newRow("unknown method")
        << file(R"([{"name":"x","operation":"FETCH /me"}])") << "no operation";
    QTest::newRow("no slash") << file(R"([{"name":"x","operation":"GET me"}])") << "no operation";
    QTest::newRow("space in path")
        << file(R"([{"name":"x","operation":"GET /me now"}])") << "no operation";
    QTest::newRow("newline in path")
        << file(R"([{"name":"x","operation":"GET /me\nDELETE /me"}])") << "no operation";
    QTest::newRow("second bad") << file(
        R"([{"name":"x","operation":"GET /me"},{"name":"y","operation":""}])")
                                << "Request 2 of the file has no operation";
    QTest::newRow("values a string") << file(R"([{"name":"x","operation":"GET /me","values":"a"}])")
                                     << "values that are not an object";
    QByteArray many = "[";
    for (int i = 0; i <= SavedRequestFile::MaxRequests; ++i)
        many += R"({"name":"x","operation":"GET /me"},)";
    many.chop(1);
    many += ']';
    QTest::newRow("too many") << file(many) << "at most 10000";
    QTest::newRow("too deep") << QByteArray(100000, '[') << "not valid JSON";
}

void TestSavedRequests::hostileImport()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!SavedRequestFile::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSavedRequests::hugeFileIsRefusedUnread()
{
    const QString path = m_dir->filePath(QStringLiteral("huge.json"));
    QFile huge(path);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(SavedRequestFile::MaxBytes + 100)); // sparse: nothing written
    huge.close();
    QString error;
    QVERIFY(!SavedRequestFile::read(path, &error));
    QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    QVERIFY(!SavedRequestFile::read(m_dir->filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.contains(QLatin1String("Could not read")), qPrintable(error));
}

void TestSavedRequests::importAddsAllOrNone()
{
    SavedRequestStore store(file());
    QVERIFY(store.add(savedRequest(QStringLiteral("mine"), QStringLiteral("GET /me"))) > 0);
    // A request without a name halfway through: nothing of the batch stays.
    SavedRequest broken = savedRequest(QStringLiteral(" "), QStringLiteral("GET /me"));
    QVERIFY(!store.addAll(
        { savedRequest(QStringLiteral("first"), QStringLiteral("GET /me")), broken }));
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(savedNames(store.list()), QStringList { QStringLiteral("mine") });
}

QTEST_GUILESS_MAIN(TestSavedRequests)
#include "tst_savedrequests.moc"
