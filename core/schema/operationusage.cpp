#include "schema/operationusage.h"

#include <algorithm>
#include <cmath>

namespace Ovh {

namespace {

constexpr double kRecencyWeight = 4.0;
constexpr double kHalfLifeDays = 7.0; // the recency half goes every week

} // namespace

double usageScore(const OperationUsage& usage, const QDateTime& now)
{
    if (usage.calls <= 0)
        return 0;
    double ageDays = kHalfLifeDays * 52; // no time: counted, not recent
    if (usage.lastCall.isValid())
        ageDays = std::max<qint64>(0, usage.lastCall.msecsTo(now)) / 86400000.0;
    return std::log2(1.0 + double(usage.calls))
        + kRecencyWeight * std::exp2(-ageDays / kHalfLifeDays);
}

} // namespace Ovh
