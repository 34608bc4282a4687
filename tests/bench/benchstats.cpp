#include "benchstats.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace OvhBench {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double minimum(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(fraction * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void printStats(const char* what, const QList<double>& values, int width)
{
    std::printf("%-*s median %7.3f ms  p95 %7.3f ms  max %7.3f ms  (n=%lld)\n", width, what,
        median(values), percentile(values, 0.95), percentile(values, 1.0),
        static_cast<long long>(values.size()));
}

ChildRun timedChild(const QString& program, const QStringList& arguments)
{
    return timedChild(program, arguments, QProcessEnvironment::systemEnvironment());
}

ChildRun timedChild(
    const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    process.start(program, arguments);
    process.waitForFinished(120000);
    ChildRun run;
    run.wallMs = msSince(timer);
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
        && (fields.size() == 3 || fields.size() == 2);
    if (run.ok && fields.size() == 3) {
        run.inProcessMs = fields.at(0).toDouble();
        run.rssKb = fields.at(1).toLongLong();
        run.usableMs = double(fields.at(2).toLongLong() - startedAt);
    } else if (run.ok) { // the program's StartupProbe: the tree painted, then the operation too
        run.usableMs = double(fields.at(0).toLongLong() - startedAt);
        run.settledMs = double(fields.at(1).toLongLong() - startedAt);
    }
    return run;
}

int runsArgument(const QStringList& arguments, int fallback)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--runs"));
    return std::max(1, at >= 0 ? arguments.value(at + 1).toInt() : fallback);
}

double cpuMsOfThisThread()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void reportChild(const QElapsedTimer& timer)
{
    std::printf(
        "%.1f %lld %lld\n", msSince(timer), peakRssKb(), QDateTime::currentMSecsSinceEpoch());
    std::fflush(stdout);
}

} // namespace OvhBench
