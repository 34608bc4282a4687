// `call … --expand [--concurrency N]` (issue 13 item 6) and the sandbox's --records/--throttle
// (item 7): the real ovh-explorer-cli against a sandbox with many records and a rate limit.
#include "processrun.h"
#include "sandbox/demoaccount.h"
#include "sandbox/demorecords.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxthrottle.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;

namespace {

QStringList args(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

class TestCliExpand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void expandPrintsObjectsInIdOrder_data();
    void expandPrintsObjectsInIdOrder();
    void failedDetailsGoToStderr();
    void refusedArguments_data();
    void refusedArguments();
    void sandboxThrottleAnswers429();
    void sandboxCommandRefusesBadValues();

private:
    OvhTest::ProcessRun call(const QStringList& arguments);
    QList<qint64> recordIds() const;

    Sandbox m_sandbox;
    QTemporaryDir m_cache;
};

void TestCliExpand::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    QVERIFY(seedDemoRecords(m_sandbox.account(), QString::fromLatin1(SandboxDemo::kZone), 60));
}

void TestCliExpand::init()
{
    m_sandbox.throttle().configure(0, 0);
}

OvhTest::ProcessRun TestCliExpand::call(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("OVH_")))
            environment.remove(name);
    }
    return OvhTest::runProcess(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
        QStringList { QStringLiteral("call") } + arguments
            + QStringList { QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
                QStringLiteral("--cache-dir"), m_cache.path(), QStringLiteral("--config"),
                OvhTest::dataFile(QStringLiteral("empty-ovh.conf")), QStringLiteral("--no-history"),
                QStringLiteral("--app-key"), QString::fromLatin1(SandboxDemo::kApplicationKey),
                QStringLiteral("--app-secret"),
                QString::fromLatin1(SandboxDemo::kApplicationSecret),
                QStringLiteral("--consumer-key"), QString::fromLatin1(SandboxDemo::kConsumerKey) },
        environment);
}

QList<qint64> TestCliExpand::recordIds() const
{
    QList<qint64> ids;
    const auto records = const_cast<Sandbox&>(m_sandbox).account().records(
        QString::fromLatin1(SandboxDemo::kZone));
    for (const DemoAccount::Record& record : records)
        ids.append(record.id);
    return ids;
}

void TestCliExpand::expandPrintsObjectsInIdOrder_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("throttle"); // every Nth detail call answers 429, 0: off
    QTest::newRow("default concurrency") << QStringList() << 0;
    QTest::newRow("one at a time") << args({ "--concurrency", "1" }) << 0;
    QTest::newRow("throttled") << args({ "--concurrency", "8" }) << 7;
    QTest::newRow("compact") << args({ "--json" }) << 0;
    QTest::newRow("csv") << args({ "--csv" }) << 0;
}

void TestCliExpand::expandPrintsObjectsInIdOrder()
{
    QFETCH(QStringList, options);
    QFETCH(int, throttle);
    m_sandbox.throttle().configure(throttle, 0);
    const int refusedBefore = m_sandbox.throttle().refused();
    const OvhTest::ProcessRun run = call(
        args({ "GET", "/domain/zone/{zoneName}/record", "-p", "zoneName=example.com", "--expand" })
        + options);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QList<qint64> ids = recordIds();
    if (options.contains(QStringLiteral("--csv"))) {
        // A header row in the record model's order, then one line per id, in the ids' order.
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), ids.size() + 1);
        const QList<QByteArray> header = lines.first().trimmed().split(',');
        const int idColumn = int(header.indexOf("id"));
        QVERIFY2(idColumn >= 0 && header.contains("fieldType"), lines.first().constData());
        for (int index = 0; index < ids.size(); ++index)
            QCOMPARE(lines.at(index + 1).trimmed().split(',').value(idColumn),
                QByteArray::number(ids[index]));
        return;
    }
    const QJsonArray objects = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(objects.size(), ids.size());
    for (int index = 0; index < ids.size(); ++index) {
        const QJsonObject object = objects[index].toObject();
        QCOMPARE(object.value(QLatin1String("id")).toInteger(), ids[index]);
        QCOMPARE(object.value(QLatin1String("zone")).toString(), QStringLiteral("example.com"));
        QVERIFY(!object.value(QLatin1String("fieldType")).toString().isEmpty());
    }
    QVERIFY2(run.err.contains(QByteArray("fetched ").append(QByteArray::number(ids.size()))),
        run.err.constData());
    if (throttle > 0) {
        QVERIFY(m_sandbox.throttle().refused() > refusedBefore);
        QVERIFY2(run.err.contains("retried after 429"), run.err.constData());
    }
    if (options.contains(QStringLiteral("--json")))
        QCOMPARE(run.out.count('\n'), 1);
}

void TestCliExpand::failedDetailsGoToStderr()
{
    // A record deleted between the list and its detail: that id fails, the others print.
    const QList<qint64> ids = recordIds();
    const qint64 gone = ids.at(2);
    bool deleted = false;
    auto connection = connect(
        &m_sandbox, &Sandbox::requestReceived, this, [&](const SandboxRequestRecord& request) {
            if (deleted
                || !request.path.endsWith(QLatin1String("/record/") + QString::number(ids.at(0))))
                return;
            DemoAccount::Call remove;
            remove.method = HttpMethod::Delete;
            remove.templatePath = QStringLiteral("/domain/zone/{zoneName}/record/{id}");
            remove.pathValues.insert(
                QStringLiteral("zoneName"), QString::fromLatin1(SandboxDemo::kZone));
            remove.pathValues.insert(QStringLiteral("id"), QString::number(gone));
            m_sandbox.account().handle(remove);
            deleted = true;
        });
    const OvhTest::ProcessRun run = call(args({ "GET", "/domain/zone/{zoneName}/record", "-p",
        "zoneName=example.com", "--expand", "--concurrency", "1" }));
    disconnect(connection);
    QVERIFY(deleted);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 QByteArray("error: id ").append(QByteArray::number(gone)).append(": HTTP 404")),
        run.err.constData());
    QVERIFY2(run.err.contains("1 failed"), run.err.constData());
    const QJsonArray objects = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(objects.size(), ids.size() - 1);
    QCOMPARE(objects[1].toObject().value(QLatin1String("id")).toInteger(), ids[1]);
    QCOMPARE(objects[2].toObject().value(QLatin1String("id")).toInteger(), ids[3]);
}

void TestCliExpand::refusedArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("not an id list")
        << args({ "GET", "/me", "--expand" }) << 2 << QByteArray("does not answer a list of ids");
    QTest::newRow("concurrency 0") << args({ "GET", "/domain/zone/{zoneName}/record", "-p",
        "zoneName=example.com", "--expand", "--concurrency", "0" })
                                   << 2 << QByteArray("--concurrency takes a number from 1 to 32");
    QTest::newRow("concurrency alone") << args({ "GET", "/domain/zone/{zoneName}/record", "-p",
        "zoneName=example.com", "--concurrency", "2" })
                                       << 2 << QByteArray("--concurrency applies to --expand");
    QTest::newRow("list refused") << args(
        { "GET", "/domain/zone/{zoneName}/record", "-p", "zoneName=nope.test", "--expand" })
                                  << 1 << QByteArray("HTTP 404");
}

void TestCliExpand::refusedArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const OvhTest::ProcessRun run = call(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

void TestCliExpand::sandboxThrottleAnswers429()
{
    m_sandbox.throttle().configure(1, 7);
    const OvhTest::ProcessRun run = call(args({ "GET", "/domain/zone/{zoneName}/record/{id}", "-p",
        "zoneName=example.com", "-p", "id=1001", "--json" }));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.value(QLatin1String("status")).toInt(), 429);
    QCOMPARE(answer.value(QLatin1String("headers"))
                 .toObject()
                 .value(QLatin1String("Retry-After"))
                 .toString(),
        QStringLiteral("7"));
    // Lists are not throttled: only detail calls are.
    QVERIFY(
        call(args({ "GET", "/domain/zone/{zoneName}/record", "-p", "zoneName=example.com" })).ok());
}

void TestCliExpand::sandboxCommandRefusesBadValues()
{
    // Bad values stop it before it serves anything.
    const OvhTest::ProcessRun bad
        = OvhTest::runProcess(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
            args({ "sandbox", "--records", "-3" }));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--records takes a number"), bad.err.constData());
    const OvhTest::ProcessRun badThrottle
        = OvhTest::runProcess(OvhTest::binDir() + QLatin1String("/ovh-explorer-cli"),
            args({ "sandbox", "--throttle", "x" }));
    QCOMPARE(badThrottle.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliExpand)
#include "tst_cli_expand.moc"
