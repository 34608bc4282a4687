// Fetch all of 1,000 ids (issue 13): `ovh-explorer-cli sandbox --records 994` in its own
// process (6 demo records + 994 = 1,000), then
//  - the core job (FetchAll) at several concurrencies: wall time, rate;
//  - the window's path: an OperationView lists the records, Fetch all is clicked, until the
//    table is filled: wall time and the longest event-loop stall (a 5 ms timer probe);
//  - the same with --throttle 100 (a 429 with Retry-After: 1 every 100 detail calls);
//  - `call --expand` from the CLI.
// Run by hand: bench_fetchall [runs]. Target: ≤ 3 s wall with the table filled.
// OVH_FETCHALL_SHOTS=<dir> also saves the window (1280x800) while a 429 holds it back
// (fetchall-progress.png) and with the table filled (fetchall-table.png).
#include "benchstats.h"
#include "net/apiclient.h"
#include "operation/operationview.h"
#include "operation/parameterform.h"
#include "results/fetchallbar.h"
#include "sandbox/sandboxdemo.h"
#include "schemafixtures.h"
#include "session/callsession.h"
#include "session/fetchall.h"
#include "session/fetchallplan.h"
#include "settings/explorersettings.h"
#include "stallprobe.h"
#include "testpaths.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Ovh;

namespace {

constexpr int kRecords = 1000;

QString cliPath()
{
    return OvhTest::binDir() + QStringLiteral("/ovh-explorer-cli");
}

// `ovh-explorer-cli sandbox` with `options`, its base URL read from its banner.
class SandboxProcess
{
public:
    bool start(const QStringList& options)
    {
        m_process.start(cliPath(), QStringList { QStringLiteral("sandbox") } + options);
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("ready") && timer.elapsed() < 60000
            && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        for (const QByteArray& line : out.split('\n')) {
            if (line.startsWith("base URL: "))
                m_baseUrl = QString::fromUtf8(line.mid(10));
        }
        return !m_baseUrl.isEmpty();
    }
    ~SandboxProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    Endpoint endpoint() const
    {
        Endpoint endpoint;
        endpoint.name = QStringLiteral("sandbox");
        endpoint.baseUrl = QUrl(m_baseUrl);
        return endpoint;
    }
    QString baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QString m_baseUrl;
};

const Operation& listOperation()
{
    static const Operation* operation
        = OvhTest::findOperation(OvhTest::snapshotProduct(QStringLiteral("domain.json")),
            HttpMethod::Get, OvhTest::kRecordPath);
    return *operation;
}

// The core job alone: list once, then fetch every id `runs` times.
void benchCore(const SandboxProcess& sandbox, int concurrency, int runs)
{
    QNetworkAccessManager nam;
    ApiClient client(&nam, nullptr);
    CallSession session(&client);
    session.setAccount(sandbox.endpoint(), SandboxDemo::credentials());
    const Product& product = OvhTest::snapshotProduct(QStringLiteral("domain.json"));
    CallValues values;
    values.setText(QStringLiteral("zoneName"), QString::fromLatin1(SandboxDemo::kZone));
    CallErrors errors;
    const CallRequest request = buildCallRequest(product, listOperation(), values, &errors);
    QSignalSpy listed(&session, &CallSession::finished);
    if (!errors.isEmpty() || !session.start(request) || !listed.wait(20000))
        qFatal("no list (%d errors)", int(errors.size()));
    const CallResult list = listed.first().first().value<CallResult>();
    const FetchAllPlan plan = FetchAllPlan::of(product, listOperation(), request, list.json);
    QList<double> walls;
    QList<double> rates;
    for (int run = 0; run < runs; ++run) {
        FetchAll fetch(&client, sandbox.endpoint(), SandboxDemo::credentials());
        FetchAll::Settings settings;
        settings.concurrency = concurrency;
        fetch.setSettings(settings);
        QSignalSpy finished(&fetch, &FetchAll::finished);
        QElapsedTimer timer;
        timer.start();
        fetch.start(plan.items);
        if (!finished.wait(120000))
            qFatal("fetch did not finish");
        walls << OvhBench::msSince(timer);
        rates << fetch.rate();
        if (fetch.failed() > 0 || fetch.total() != kRecords)
            qFatal("%d of %d failed", fetch.failed(), fetch.total());
    }
    const QByteArray what = "core FetchAll x" + QByteArray::number(concurrency) + " (1,000 ids)";
    OvhBench::printStats(what.constData(), walls);
    std::printf("    rate median %.0f/s\n", OvhBench::median(rates));
    std::fflush(stdout);
}

// The window's path: list, click Fetch all, until the table holds every row.
void benchWindow(const SandboxProcess& sandbox, int runs, const char* what)
{
    QTemporaryDir dir;
    ExplorerSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    QNetworkAccessManager nam;
    ApiClient client(&nam, nullptr);
    CallSession session(&client);
    OperationView view;
    view.setCallContext(&session, &settings);
    view.setEndpoint(sandbox.endpoint(), SandboxDemo::credentials(), true);
    view.resize(1280, 800);
    view.show();
    view.showOperation(OvhTest::snapshotProduct(QStringLiteral("domain.json")), listOperation());
    view.setFormValues(QJsonObject {
        { QStringLiteral("path/zoneName"), QString::fromLatin1(SandboxDemo::kZone) } });
    QSignalSpy called(&view, &OperationView::callFinished);
    for (int wait = 0; wait < 500 && !view.executeAction()->isEnabled(); ++wait)
        QTest::qWait(20);
    view.executeAction()->trigger();
    if (!called.wait(20000))
        qFatal("no list in the window");
    auto* bar = view.fetchAllBar();
    auto* table = view.findChild<QTableView*>(QStringLiteral("objectTable"));
    const QString shots = qEnvironmentVariable("OVH_FETCHALL_SHOTS");
    QMetaObject::Connection shotOnTable;
    if (!shots.isEmpty()) {
        shotOnTable = QObject::connect(bar, &FetchAllBar::rowsFetched, &view,
            [&] { view.grab().save(shots + QStringLiteral("/fetchall-table.png")); });
    }
    QList<double> walls;
    QList<double> stalls;
    for (int run = 0; run < runs; ++run) {
        QSignalSpy fetched(bar, &FetchAllBar::rowsFetched);
        OvhTest::StallProbe probe;
        QElapsedTimer timer;
        timer.start();
        bar->start();
        if (!shots.isEmpty() && bar->job()) {
            QObject::connect(bar->job(), &FetchAll::throttled, &view, [&] {
                QTimer::singleShot(300, &view,
                    [&] { view.grab().save(shots + QStringLiteral("/fetchall-progress.png")); });
            });
        }
        if (!fetched.wait(120000))
            qFatal("fetch did not finish");
        QCoreApplication::processEvents(); // the table painted
        walls << OvhBench::msSince(timer);
        stalls << probe.longestMs();
        if (table->model()->rowCount() != kRecords)
            qFatal("table has %d rows", table->model()->rowCount());
    }
    OvhBench::printStats(what, walls);
    OvhBench::printStats("    longest event-loop stall", stalls);
    std::printf("    peak RSS %lld MiB\n", OvhBench::peakRssKb() / 1024);
    std::fflush(stdout);
}

void benchCli(const SandboxProcess& sandbox, int runs)
{
    QList<double> walls;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir cache;
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(cliPath(),
            { QStringLiteral("call"), QStringLiteral("GET"),
                QStringLiteral("/domain/zone/{zoneName}/record"), QStringLiteral("-p"),
                QStringLiteral("zoneName=example.com"), QStringLiteral("--expand"),
                QStringLiteral("--endpoint"), sandbox.baseUrl(), QStringLiteral("--cache-dir"),
                cache.path(), QStringLiteral("--no-history"), QStringLiteral("--app-key"),
                QString::fromLatin1(SandboxDemo::kApplicationKey), QStringLiteral("--app-secret"),
                QString::fromLatin1(SandboxDemo::kApplicationSecret),
                QStringLiteral("--consumer-key"), QString::fromLatin1(SandboxDemo::kConsumerKey) });
        process.waitForFinished(120000);
        walls << OvhBench::msSince(timer);
        if (process.exitCode() != 0)
            qFatal("call --expand failed: %s", process.readAllStandardError().constData());
    }
    OvhBench::printStats("CLI call --expand (1,000 ids, incl. start)", walls);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    {
        SandboxProcess sandbox;
        if (!sandbox.start({ QStringLiteral("--records"), QString::number(kRecords - 6) }))
            qFatal("no sandbox");
        for (const int concurrency : { 1, 4, 8, 16 })
            benchCore(sandbox, concurrency, runs);
        benchWindow(sandbox, runs, "window Fetch all x4 -> table (1,000 ids)");
        benchCli(sandbox, runs);
    }
    {
        SandboxProcess throttled;
        if (!throttled.start({ QStringLiteral("--records"), QString::number(kRecords - 6),
                QStringLiteral("--throttle"), QStringLiteral("100") }))
            qFatal("no sandbox");
        benchWindow(throttled, qMin(runs, 2), "window, 429 + Retry-After 1 every 100 calls");
    }
    return 0;
}
