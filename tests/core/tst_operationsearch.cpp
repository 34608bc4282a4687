// The operation search that forgives and learns (issue 12 item 7): typos, word order, singular
// and plural, OVH's everyday words, and the operations one uses ranked first, over the eu API.
#include "history/historyentry.h"
#include "history/historystore.h"
#include "schema/everydaywords.h"
#include "schema/operationsearch.h"
#include "schema/wordmatch.h"
#include "schemafixtures.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

namespace {

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

class TestOperationSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void edits_data();
    void edits();
    void numbers_data();
    void numbers();
    void words();
    void typos_data();
    void typos();
    void typosOnlyWhenNothingMatches();
    void wordOrderAndNumber_data();
    void wordOrderAndNumber();
    void everydayWords_data();
    void everydayWords();
    void everydayPathsExist();
    void exactFirst();
    void usageRanking();
    void usageFromHistory();
    void emptyAndHopeless();

private:
    // "METHOD path" of the first `count` results of `query`.
    QStringList top(const QString& query, int count, const OperationSearch* search = nullptr) const;

    QList<Product> m_products;
    OperationSearch m_search;
};

void TestOperationSearch::initTestCase()
{
    m_products = OvhTest::bundledEuProducts();
    QElapsedTimer timer;
    timer.start();
    m_search = OperationSearch(m_products);
    qInfo("index of %d operations: %lld ms", m_search.size(), timer.elapsed());
    QCOMPARE(m_search.size(), OvhTest::kEuOperations);
}

QStringList TestOperationSearch::top(
    const QString& query, int count, const OperationSearch* search) const
{
    QStringList names;
    for (const OperationRef& ref : (search ? search : &m_search)->find(query, count)) {
        const Operation* operation = OperationSearch::resolve(m_products, ref);
        names.append(httpMethodName(operation->method) + QLatin1Char(' ') + operation->path);
    }
    return names;
}

void TestOperationSearch::edits_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("budget");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<bool>("within");
    QTest::newRow("same") << "record"
                          << "record" << 0 << false << true;
    QTest::newRow("swap of neighbours is one") << "recrod"
                                               << "record" << 1 << false << true;
    QTest::newRow("substitution") << "recurd"
                                  << "record" << 1 << false << true;
    QTest::newRow("insertion") << "recordd"
                               << "record" << 1 << false << true;
    QTest::newRow("deletion") << "recrd"
                              << "record" << 1 << false << true;
    QTest::newRow("two edits, budget one") << "rekurd"
                                           << "record" << 1 << false << false;
    QTest::newRow("two edits, budget two") << "instnaec"
                                           << "instance" << 2 << false << true;
    QTest::newRow("length apart") << "rec"
                                  << "record" << 1 << false << false;
    QTest::newRow("prefix being typed") << "recro"
                                        << "record" << 1 << true << true;
    QTest::newRow("prefix exact") << "reco"
                                  << "record" << 0 << true << true;
    QTest::newRow("prefix too far") << "rexro"
                                    << "record" << 1 << true << false;
    QTest::newRow("not a prefix without the flag") << "recro"
                                                   << "record" << 1 << false << false;
    QTest::newRow("empty") << ""
                           << "" << 0 << false << true;
    QTest::newRow("too long to compare")
        << QString(50, QLatin1Char('a')) << QString(50, QLatin1Char('a')) << 2 << false << false;
}

void TestOperationSearch::edits()
{
    QFETCH(QString, word);
    QFETCH(QString, target);
    QFETCH(int, budget);
    QFETCH(bool, prefix);
    QFETCH(bool, within);
    QCOMPARE(withinEdits(word, target, budget, prefix), within);
    // The budget by length: none under 4 letters, one up to 7, two beyond.
    QCOMPARE(typoBudget(3), 0);
    QCOMPARE(typoBudget(4), 1);
    QCOMPARE(typoBudget(7), 1);
    QCOMPARE(typoBudget(8), 2);
}

void TestOperationSearch::numbers_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("plural s") << "records" << strings({ "record" });
    QTest::newRow("plural ies") << "properties" << strings({ "property", "propertie" });
    QTest::newRow("plural es") << "addresses" << strings({ "address", "addresse" });
    QTest::newRow("singular y") << "property" << strings({ "properties" });
    QTest::newRow("vowel y") << "key" << QStringList();
    QTest::newRow("singular") << "record" << QStringList();
    QTest::newRow("short s kept") << "dns" << QStringList();
    QTest::newRow("double s kept") << "access" << QStringList();
}

void TestOperationSearch::numbers()
{
    QFETCH(QString, word);
    QFETCH(QStringList, forms);
    QCOMPARE(numberForms(word), forms);
}

void TestOperationSearch::words()
{
    QCOMPARE(wordsOf(u"GET /me/sshKey/{keyName}\nAdd a key"),
        strings({ "get", "ssh", "key", "sshkey", "key", "name", "keyname", "add", "key" }));
    QCOMPARE(wordsOf(u"é-ü ab"), QStringList());
}

void TestOperationSearch::typos_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    // The issue's own example, alone and among other words.
    QTest::newRow("recrod") << "recrod"
                            << "GET /domain/zone/{zoneName}/record";
    QTest::newRow("zone recrod") << "zone recrod"
                                 << "GET /domain/zone/{zoneName}/record";
    QTest::newRow("recrod zone post") << "recrod zone post"
                                      << "POST /domain/zone/{zoneName}/record";
    QTest::newRow("two typos in a long word") << "instnaec"
                                              << "GET /cloud/project/{serviceName}/instance";
    QTest::newRow("typo and plural") << "dedicated servres"
                                     << "GET /dedicated/server";
    QTest::newRow("last word still being typed") << "zone recro"
                                                 << "GET /domain/zone/{zoneName}/record";
    QTest::newRow("domian") << "domian zone"
                            << "GET /domain/zone";
}

void TestOperationSearch::typos()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    const QStringList found = top(query, 5);
    QVERIFY2(!found.isEmpty(), qPrintable(query));
    QCOMPARE(found.constFirst(), first);
}

void TestOperationSearch::typosOnlyWhenNothingMatches()
{
    // "zone" matches as typed: no operation with only "zones"-like words ("none", "done").
    const QList<OperationRef> zone = m_search.find(QStringLiteral("zone"));
    QVERIFY(zone.size() > 50);
    for (const OperationRef& ref : zone) {
        const Operation* operation = OperationSearch::resolve(m_products, ref);
        QString text = operation->path + operation->description;
        for (const Parameter& parameter : operation->parameters)
            text += parameter.name;
        QVERIFY2(
            text.contains(QLatin1String("zone"), Qt::CaseInsensitive), qPrintable(operation->path));
    }
    // Words under four letters carry no typo: "dsn" is not "dns".
    QVERIFY(m_search.find(QStringLiteral("zone dsn")).isEmpty());
}

void TestOperationSearch::wordOrderAndNumber_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("same");
    QTest::newRow("word order") << "record zone"
                                << "zone record";
    QTest::newRow("plural") << "zone records"
                            << "zone record";
    QTest::newRow("plural and order") << "records zones"
                                      << "zone record";
    QTest::newRow("case") << "Zone RECORD"
                          << "zone record";
    QTest::newRow("spaces") << "  zone   record "
                            << "zone record";
}

void TestOperationSearch::wordOrderAndNumber()
{
    QFETCH(QString, query);
    QFETCH(QString, same);
    const QStringList expected = top(same, 3);
    QCOMPARE(expected.constFirst(), QStringLiteral("GET /domain/zone/{zoneName}/record"));
    QCOMPARE(top(query, 3), expected);
}

void TestOperationSearch::everydayWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("under"); // every one of the first five results is below it
    QTest::newRow("dns") << "dns"
                         << "GET /domain/zone"
                         << "/domain/zone";
    QTest::newRow("dns record") << "dns record"
                                << "GET /domain/zone/{zoneName}/record"
                                << "/domain/zone";
    QTest::newRow("vm") << "vm"
                        << "GET /cloud/project/{serviceName}/instance"
                        << "/cloud/project/{serviceName}/instance";
    QTest::newRow("server") << "server"
                            << "GET /dedicated/server"
                            << "/dedicated/server";
    QTest::newRow("ip") << "ip"
                        << "GET /ip"
                        << "/ip";
    QTest::newRow("mail") << "mail"
                          << ""
                          << "/email";
    QTest::newRow("invoices") << "invoices"
                              << "GET /me/bill"
                              << "/me/bill";
    QTest::newRow("ssh key") << "ssh key"
                             << "GET /me/sshKey"
                             << "";
    QTest::newRow("ssh keys") << "ssh keys"
                              << "GET /me/sshKey"
                              << "";
    QTest::newRow("load balancer") << "load balancer"
                                   << "GET /ipLoadbalancing"
                                   << "";
    QTest::newRow("k8s") << "k8s"
                         << "GET /kube"
                         << "";
}

void TestOperationSearch::everydayWords()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    QFETCH(QString, under);
    const QStringList found = top(query, 5);
    QVERIFY2(!found.isEmpty(), qPrintable(query));
    if (!first.isEmpty())
        QCOMPARE(found.constFirst(), first);
    if (under.isEmpty())
        return;
    for (const QString& operation : found) {
        const QString path = operation.section(QLatin1Char(' '), 1);
        QVERIFY2(path == under || path.startsWith(under + QLatin1Char('/')), qPrintable(operation));
    }
}

void TestOperationSearch::everydayPathsExist()
{
    // The table is small and hand-written: each path names operations of the eu API, each
    // word is folded, and no word means two different rows.
    QVERIFY(Ovh::everydayWords().size() >= 30);
    QSet<QString> seen;
    for (const EverydayWord& row : Ovh::everydayWords()) {
        for (const QString& word : row.words) {
            QCOMPARE(word, word.toCaseFolded());
            QVERIFY2(!seen.contains(word), qPrintable(word));
            seen.insert(word);
            QVERIFY(word.count(QLatin1Char(' ')) <= 1);
        }
        for (const QString& path : row.paths) {
            bool exists = false;
            for (const Product& product : std::as_const(m_products)) {
                for (const ApiPath& apiPath : product.paths)
                    exists = exists || apiPath.path == path
                        || apiPath.path.startsWith(path + QLatin1Char('/'));
            }
            QVERIFY2(exists, qPrintable(path));
        }
    }
}

void TestOperationSearch::exactFirst()
{
    OperationSearch search(m_products);
    // Heavy use of others never lifts them above the operation that is the query itself, nor
    // above operations with more of the query in their path.
    search.setUsage({ { QStringLiteral("GET /me/bill"), 500, QDateTime::currentDateTimeUtc() },
        { QStringLiteral("GET /domain/zone/{zoneName}/export"), 500,
            QDateTime::currentDateTimeUtc() } });
    QCOMPARE(top(QStringLiteral("/me"), 1, &search), strings({ "GET /me" }));
    QCOMPARE(top(QStringLiteral("GET /me"), 1, &search), strings({ "GET /me" }));
    // Not the path itself: usage ranks first among the /me operations.
    QCOMPARE(top(QStringLiteral("me"), 2, &search), strings({ "GET /me/bill", "GET /me" }));
    QCOMPARE(top(QStringLiteral("zone record"), 1, &search),
        strings({ "GET /domain/zone/{zoneName}/record" }));
    // A typo never ranks above what matches as typed.
    QCOMPARE(top(QStringLiteral("zone recor"), 1, &search),
        strings({ "GET /domain/zone/{zoneName}/record" }));
}

void TestOperationSearch::usageRanking()
{
    OperationSearch search(m_products);
    const QString list = QStringLiteral("GET /domain/zone/{zoneName}/record");
    const QString one = QStringLiteral("GET /domain/zone/{zoneName}/record/{id}");
    const QString create = QStringLiteral("POST /domain/zone/{zoneName}/record");
    QCOMPARE(top(QStringLiteral("zone record"), 1, &search), QStringList { list });
    // Used often: first among equal matches.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    search.setUsage({ { one, 12, now.addDays(-1) } }, now);
    QCOMPARE(top(QStringLiteral("zone record"), 2, &search), QStringList({ one, list }));
    // Used once, but just now, beats a dozen times a month ago.
    search.setUsage({ { one, 12, now.addDays(-30) }, { create, 1, now } }, now);
    QCOMPARE(top(QStringLiteral("zone record"), 2, &search), QStringList({ create, one }));
    // Counted on as calls are made.
    for (int i = 0; i < 3; ++i)
        search.addCall(one, now);
    QCOMPARE(top(QStringLiteral("zone record"), 1, &search), QStringList { one });
    // The usage outlives a new index (a reload) and counts of a name several times add up.
    OperationSearch reloaded(m_products);
    reloaded.setUsage(search.usage() + QList<OperationUsage> { { create, 40, now } }, now);
    QCOMPARE(top(QStringLiteral("zone record"), 1, &reloaded), QStringList { create });
    // Unknown operations are kept, harmless.
    reloaded.addCall(QStringLiteral("GET /no/such/thing"));
    QCOMPARE(reloaded.usage().size(), 3);
    // The score: more calls, later calls, more; none, nothing.
    QCOMPARE(usageScore({ one, 0, now }, now), 0.0);
    QVERIFY(usageScore({ one, 2, now }, now) > usageScore({ one, 1, now }, now));
    QVERIFY(usageScore({ one, 1, now }, now) > usageScore({ one, 1, now.addDays(-3) }, now));
    QVERIFY(usageScore({ one, 1, QDateTime() }, now) > 0);
}

void TestOperationSearch::usageFromHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const auto add = [&store](const QString& method, const QString& path, const QDateTime& time) {
        HistoryEntry entry;
        entry.time = time;
        entry.endpoint = QStringLiteral("ovh-eu");
        entry.method = method;
        entry.pathTemplate = path;
        entry.url = QStringLiteral("https://eu.api.ovh.com/1.0") + path;
        entry.status = 200;
        return store.add(entry) > 0;
    };
    QVERIFY(add(QStringLiteral("GET"), QStringLiteral("/me"), start));
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(add(QStringLiteral("GET"), QStringLiteral("/domain/zone/{zoneName}/record/{id}"),
            start.addSecs(i)));
    }
    QVERIFY(add(QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"),
        start.addSecs(10)));

    QList<OperationUsage> usage = store.usage();
    QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
    std::sort(usage.begin(), usage.end(),
        [](const OperationUsage& a, const OperationUsage& b) { return a.operation < b.operation; });
    QCOMPARE(usage.size(), 3);
    QCOMPARE(usage.at(0).operation, QStringLiteral("GET /domain/zone/{zoneName}/record/{id}"));
    QCOMPARE(usage.at(0).calls, 3);
    QCOMPARE(usage.at(0).lastCall, start.addSecs(3));
    QCOMPARE(usage.at(1).operation, QStringLiteral("GET /me"));
    QCOMPARE(usage.at(2).operation, QStringLiteral("POST /domain/zone/{zoneName}/record"));
    // Only the newest calls count: the last two are one POST and one GET of a record.
    QList<OperationUsage> recent = store.usage(2);
    QCOMPARE(recent.size(), 2);
    qint64 calls = 0;
    for (const OperationUsage& one : recent) {
        QVERIFY(one.operation != QLatin1String("GET /me"));
        calls += one.calls;
    }
    QCOMPARE(calls, 2);

    // What the window does with it: the record used three times ranks first.
    OperationSearch search(m_products);
    search.setUsage(usage, start.addDays(1));
    QCOMPARE(top(QStringLiteral("zone record"), 1, &search),
        strings({ "GET /domain/zone/{zoneName}/record/{id}" }));

    // A history that cannot be opened gives no usage and says why.
    HistoryStore broken(dir.filePath(QStringLiteral("history.sqlite/not-a-folder/x.sqlite")));
    QVERIFY(broken.usage().isEmpty());
    QVERIFY(!broken.errorString().isEmpty());
}

void TestOperationSearch::emptyAndHopeless()
{
    // No query: everything, in schema order; a limit is a limit.
    const QList<OperationRef> all = m_search.find(QString());
    QCOMPARE(all.size(), OvhTest::kEuOperations);
    QCOMPARE(all.constFirst(), (OperationRef { 0, 0, 0 }));
    QCOMPARE(m_search.find(QStringLiteral("   "), 7).size(), 7);
    QCOMPARE(m_search.find(QStringLiteral("record"), 3).size(), 3);
    QCOMPARE(m_search.find(QStringLiteral("record"), 0).size(), 0);
    // Nothing near: nothing, even forgiving.
    QVERIFY(m_search.find(QStringLiteral("zzzz-nothing")).isEmpty());
    QVERIFY(m_search.find(QStringLiteral("qqqqqqqqqq")).isEmpty());
    QVERIFY(OperationSearch().find(QStringLiteral("record")).isEmpty());
    // Many words, long words: bounded, and still an answer.
    QString many;
    for (int i = 0; i < 100; ++i)
        many += QStringLiteral("zone ");
    QVERIFY(!m_search.find(many).isEmpty());
    QVERIFY(m_search.find(QString(5000, QLatin1Char('x'))).isEmpty());
}

QTEST_GUILESS_MAIN(TestOperationSearch)
#include "tst_operationsearch.moc"
