// call … --csv (issue 13 item 6): the real ovh-explorer-cli against the sandbox.
#include "processrun.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestCliCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void arrayOfObjectsAsCsv();
    void idListRefused();
    void csvAndJsonRefused();

private:
    ProcessRun call(const QStringList& arguments);

    Sandbox m_sandbox;
    QTemporaryDir m_cache;
};

void TestCliCsv::initTestCase()
{
    QVERIFY(m_sandbox.listen());
}

ProcessRun TestCliCsv::call(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("OVH_")))
            environment.remove(name);
    }
    return runProcess(binDir() + QLatin1String("/ovh-explorer-cli"),
        QStringList { QStringLiteral("call") } + arguments
            + QStringList { QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
                QStringLiteral("--cache-dir"), m_cache.path(), QStringLiteral("--config"),
                dataFile(QStringLiteral("empty-ovh.conf")), QStringLiteral("--no-history"),
                QStringLiteral("--app-key"), QString::fromLatin1(SandboxDemo::kApplicationKey),
                QStringLiteral("--app-secret"),
                QString::fromLatin1(SandboxDemo::kApplicationSecret),
                QStringLiteral("--consumer-key"), QString::fromLatin1(SandboxDemo::kConsumerKey) },
        environment);
}

void TestCliCsv::arrayOfObjectsAsCsv()
{
    // domain.Contact[]: the header in the model's order, the nested address as dotted columns.
    const ProcessRun run = call(
        { QStringLiteral("GET"), QStringLiteral("/domain/contact"), QStringLiteral("--csv") });
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QList<QByteArray> records = run.out.split('\n');
    QVERIFY2(records.size() >= 3, run.out.constData()); // header, one object, the last CRLF
    QVERIFY(run.out.endsWith("\r\n"));
    const QByteArray header = records.first();
    QVERIFY2(header.startsWith("accreditationCountry,accreditationId,accreditationOrganism,"
                               "accreditationYear,address.city,address.country,address.line1,"),
        header.constData());
    QVERIFY(header.endsWith(",vat,website\r"));
    QCOMPARE(records.at(1).count(','), header.count(','));
    QVERIFY2(run.err.startsWith("HTTP 200"), run.err.constData());
}

void TestCliCsv::idListRefused()
{
    const ProcessRun run = call({ QStringLiteral("GET"),
        QStringLiteral("/domain/zone/{zoneName}/record"), QStringLiteral("-p"),
        QStringLiteral("zoneName=") + QString::fromLatin1(SandboxDemo::kZone),
        QStringLiteral("--csv") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("error: --csv: the answer is not an array of objects"),
        run.err.constData());
}

void TestCliCsv::csvAndJsonRefused()
{
    const ProcessRun run = call({ QStringLiteral("GET"), QStringLiteral("/domain/contact"),
        QStringLiteral("--csv"), QStringLiteral("--json") });
    QVERIFY(run.finished);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("--csv and --json"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliCsv)
#include "tst_cli_csv.moc"
