#pragma once

#include <QList>
#include <QtGlobal>

namespace OvhBench {

// VmHWM of this process in KiB (the peak resident set), -1 when /proc is not readable.
qint64 peakRssKb();
double median(QList<double> values);
double minimum(const QList<double>& values);

} // namespace OvhBench
