#include "cli/csvoutput.h"

#include "results/csvwriter.h"
#include "results/objectflattener.h"

#include <QJsonArray>

namespace Ovh::Cli {

CsvOutput answerCsv(const QJsonValue& answer, const QStringList& columns)
{
    if (answer.isArray() && answer.toArray().isEmpty())
        return { csvRecord(columns).toUtf8(), QString() };
    const ObjectRows rows = rowsOfArray(answer);
    if (rows.isEmpty())
        return { QByteArray(),
            QStringLiteral("--csv: the answer is not an array of objects (an id list? add "
                           "--expand to fetch each object)") };
    return rowsCsv(rows, columns);
}

CsvOutput rowsCsv(const ObjectRows& rows, const QStringList& columns)
{
    return { objectRowsCsv(rows, columns), QString() };
}

} // namespace Ovh::Cli
