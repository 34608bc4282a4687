#pragma once

#include <QList>
#include <QtGlobal>

namespace OvhBench {

// VmHWM of this process in KiB (the peak resident set), -1 when /proc is not readable.
qint64 peakRssKb();
double median(QList<double> values);
double minimum(const QList<double>& values);
// The value below which `fraction` (0..1) of the values lie (nearest rank).
double percentile(QList<double> values, double fraction);

} // namespace OvhBench
