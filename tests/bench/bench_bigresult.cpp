// Big answers in the window (issue 13 item 1), offscreen (QT_QPA_PLATFORM=offscreen if unset):
// a 31 MB answer of 150,000 small objects, a 3 MB one and one of 60 KB (near the largest shown in
// the text view), sent through ApiClient from a server in another process (this program's
// parent side) into a real ResultView at 1280x800.
// Measured per run: the last byte -> the first paint of the result (status and tree) and of
// the Body tab's lines (targets: <= 1 s for 31 MB, <= 100 ms for 3 MB), the longest event-loop
// stall from sending to 300 ms after that paint (a 5 ms QTimer probe, target <= 50 ms), and the
// child's peak RSS (target <= 450 MB for 31 MB). The CPU time from sending to the body shown
// (GUI thread, whole process) says what the wall times would be on an idle machine.
// Usage: bench_bigresult [--runs N]. Run by hand; never a pass/fail test.
#include "benchstats.h"
#include "hostileserver.h"
#include "net/apiclient.h"
#include "operation/resultview.h"
#include "results/bodylinesview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace Ovh;
using namespace OvhBench;

namespace {

// ~207 bytes an object, as the 31 MB of 150,000 objects.
QByteArray answer(int count)
{
    QByteArray json("[");
    json.reserve(qsizetype(count) * 210);
    for (int i = 0; i < count; ++i) {
        if (i)
            json += ',';
        json += "{\"id\":" + QByteArray::number(5000000 + i)
            + ",\"zone\":\"example-zone.com\",\"fieldType\":\"A\",\"subDomain\":\"host-"
            + QByteArray::number(i) + ".eu-west\",\"target\":\"192.0.2."
            + QByteArray::number(i % 250)
            + "\",\"ttl\":3600,\"state\":\"ok\",\"tags\":[\"bench\",\"big\"],"
              "\"comment\":\"a record of the big answer\"}";
    }
    return json + ']';
}

// CPU time in ms: this thread's (the GUI thread), and the whole process's (the pool too).
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms
        = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Records the first paint of a widget after arm().
class PaintWatch final : public QObject
{
public:
    PaintWatch(const QList<QWidget*>& widgets, const QElapsedTimer* clock)
        : m_clock(clock)
    {
        for (QWidget* widget : widgets)
            widget->installEventFilter(this);
    }
    void reset() { m_at = -1, m_armed = false; }
    void arm() { m_at = -1, m_armed = true; }
    double at() const { return m_at; }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (m_armed && event->type() == QEvent::Paint && m_at < 0)
            m_at = msSince(*m_clock);
        return false;
    }

private:
    const QElapsedTimer* m_clock;
    double m_at = -1;
    bool m_armed = false;
};

int runChild(const QUrl& url, int runs, const QString& shot)
{
    QNetworkAccessManager nam;
    ApiClient client(&nam, nullptr);
    const std::optional<Endpoint> endpoint = Endpoint::fromUserText(
        url.adjusted(QUrl::RemovePath).toString() + QStringLiteral("/1.0"));
    ResultView view;
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 2;
    auto* lines = view.findChild<BodyLinesView*>(QStringLiteral("resultBodyLines"));
    auto* tree = view.findChild<QTreeView*>(QStringLiteral("resultTree"));

    QElapsedTimer clock;
    PaintWatch status({ view.findChild<QLabel*>(QStringLiteral("resultStatus")) }, &clock);
    // A large body paints in the lines view, a small one in the text view.
    PaintWatch body({ lines->viewport(),
                        view.findChild<QPlainTextEdit*>(QStringLiteral("resultBody"))->viewport() },
        &clock);
    qint64 longest = 0;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(
        &probe, &QTimer::timeout, [&] { longest = std::max(longest, probeClock.restart()); });

    QList<double> toShown, toBody, stalls, guiCpu, allCpu;
    qsizetype bytes = 0;
    for (int run = 0; run < runs; ++run) {
        view.clear();
        status.reset();
        body.reset();
        QTest::qWait(200);
        longest = 0;
        probeClock.start();
        probe.start();
        clock.start();
        const double guiCpuBefore = threadCpuMs();
        const double allCpuBefore = processCpuMs();
        ApiCall* call = client.send(*endpoint, Credentials(), { "GET", url, {}, false, true });
        qint64 elapsedMs = -1;
        QObject::connect(call, &ApiCall::finished, &view, [&](const CallResult& result) {
            elapsedMs = result.elapsedMs;
            bytes = result.body.size();
            status.arm();
            view.showResult(result);
            if (!view.isFormatting())
                body.arm();
        });
        QObject::connect(&view, &ResultView::bodyShown, &body, [&] { body.arm(); });
        if (!QTest::qWaitFor([&] { return body.at() >= 0 && status.at() >= 0; }, 60000))
            return 3;
        guiCpu << threadCpuMs() - guiCpuBefore;
        allCpu << processCpuMs() - allCpuBefore;
        QTest::qWait(300);
        probe.stop();
        QObject::disconnect(&view, &ResultView::bodyShown, &body, nullptr);
        call->deleteLater();
        const double lastByte = double(elapsedMs); // the call's clock started with ours
        toShown << status.at() - lastByte;
        toBody << body.at() - lastByte;
        stalls << double(longest);
        Q_UNUSED(tree);
    }
    if (!shot.isEmpty()) { // the Body tab with a match found, as a person sees it
        lines->setFocus();
        QTest::keyClick(lines, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(
            view.findChild<QLineEdit*>(QStringLiteral("findEdit")), QStringLiteral("host-1234."));
        QTest::qWait(200);
        view.grab().save(shot);
    }
    std::printf("%lld", static_cast<long long>(bytes));
    for (const QList<double>* values : { &toShown, &toBody, &stalls, &guiCpu, &allCpu }) {
        std::printf(
            " %.1f %.1f", median(*values), *std::max_element(values->begin(), values->end()));
    }
    std::printf(" %lld\n", static_cast<long long>(peakRssKb()));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per size"),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption childOption(
        QStringLiteral("child"), QStringLiteral("internal"), QStringLiteral("url"));
    const QCommandLineOption shotOption(QStringLiteral("shot"),
        QStringLiteral("Save a 1280x800 PNG of the Result after the largest answer"),
        QStringLiteral("file"));
    parser.addOptions({ runsOption, childOption, shotOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (parser.isSet(childOption))
        return runChild(QUrl(parser.value(childOption)), runs, parser.value(shotOption));

    std::printf(
        "bench_bigresult: answer -> ResultView at 1280x800, offscreen, %d runs each\n", runs);
    std::printf("%-10s %-22s %-22s %-22s %s\n", "answer", "last byte->shown", "last byte->body",
        "longest stall", "peak RSS");
    std::printf("%-10s %-22s %-22s %-22s %s\n", "", "median / max ms", "median / max ms",
        "median / max ms", "(child)");
    for (const int count : { 290, 15000, 150000 }) {
        OvhTest::HostileServer server;
        if (!server.listen())
            return 1;
        OvhTest::HostileServer::Behaviour serve;
        serve.body = answer(count);
        server.setDefaultBehaviour(serve);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&child, &QProcess::finished, &app, &QCoreApplication::quit);
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--runs"), QString::number(runs), QStringLiteral("--child"),
                server.url(QStringLiteral("/1.0/domain/zone/example-zone.com/record")).toString(),
                QStringLiteral("--shot"), count == 150000 ? parser.value(shotOption) : QString() });
        app.exec();
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || fields.size() != 12) {
            std::printf("child failed (exit %d)\n", child.exitCode());
            return 1;
        }
        std::printf("%-10s %-22s %-22s %-22s %s MB\n",
            qPrintable(QStringLiteral("%1 MB").arg(fields[0].toDouble() / 1e6, 0, 'f', 2)),
            QByteArray(fields[1] + " / " + fields[2]).constData(),
            QByteArray(fields[3] + " / " + fields[4]).constData(),
            QByteArray(fields[5] + " / " + fields[6]).constData(),
            QByteArray::number(fields[11].toLongLong() / 1024).constData());
        std::printf("%-10s CPU from sending to the body shown, median: GUI thread %s ms, whole "
                    "process %s ms\n",
            "", fields[7].constData(), fields[9].constData());
    }
    return 0;
}
