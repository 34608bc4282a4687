#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>
#include <QtGlobal>

namespace OvhBench {

// VmHWM of this process in KiB (the peak resident set), -1 when /proc is not readable.
qint64 peakRssKb();
// The N of "--runs N" (at least 1), else `fallback`.
int runsArgument(const QStringList& arguments, int fallback);
double median(QList<double> values);
double minimum(const QList<double>& values);
// The value below which `fraction` (0..1) of the values lie (nearest rank).
double percentile(QList<double> values, double fraction);
double msSince(const QElapsedTimer& timer);
// CPU time of the calling thread in milliseconds: what the GUI thread pays for a step, whatever
// else the machine runs.
double cpuMsOfThisThread();
// The milliseconds each of `runs` calls of work(run) took.
template<typename F> QList<double> timed(int runs, F&& work)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work(run);
        times << timer.nsecsElapsed() / 1e6;
    }
    return times;
}
// "<what> median … p95 … max … (n=…)" in milliseconds, `what` padded to `width`.
void printStats(const char* what, const QList<double>& values, int width = 44);

// A program started as a fresh process whose child side prints reportChild()'s line.
struct ChildRun
{
    double wallMs = 0;
    double usableMs = 0; // start -> the child's report, by the wall clock (no teardown)
    double settledMs = 0; // the program: start -> the current tab's operation painted too
    double inProcessMs = 0;
    qint64 rssKb = 0;
    bool ok = false;
};
ChildRun timedChild(const QString& program, const QStringList& arguments);
// The same with its own environment; the program under OVH_EXPLORER_REPORT_READY (app/
// StartupProbe, "<tree painted> <operation painted>" in epoch ms) gives usableMs and settledMs.
ChildRun timedChild(
    const QString& program, const QStringList& arguments, const QProcessEnvironment& environment);
// The child's side: "<ms since `timer` started> <peak RSS KiB> <epoch ms>" on stdout.
void reportChild(const QElapsedTimer& timer);

} // namespace OvhBench
