#pragma once

#include <QDateTime>
#include <QString>

namespace Ovh {

// How much one operation was used: read from the history, counted on as calls are made.
struct OperationUsage
{
    QString operation; // "GET /domain/zone/{zoneName}/record", as OperationSearch::locate reads
    qint64 calls = 0;
    QDateTime lastCall;
};

// How far `usage` lifts its operation in the search at `now`: more calls and a later last call
// score higher (one call today outweighs a dozen a month ago); 0 when never used.
double usageScore(const OperationUsage& usage, const QDateTime& now);

} // namespace Ovh
