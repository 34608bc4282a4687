#pragma once

#include <QList>
#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QElapsedTimer;
QT_END_NAMESPACE

namespace OvhBench {

// VmHWM of this process in KiB (the peak resident set), -1 when /proc is not readable.
qint64 peakRssKb();
double median(QList<double> values);
double minimum(const QList<double>& values);
// The value below which `fraction` (0..1) of the values lie (nearest rank).
double percentile(QList<double> values, double fraction);
// The time since `timer` started, in milliseconds.
double msSince(const QElapsedTimer& timer);
// One line: `what` (padded to `width`), median, p95, max and count.
void printStats(const char* what, const QList<double>& values, int width = 44);

} // namespace OvhBench
