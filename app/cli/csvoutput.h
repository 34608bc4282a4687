#pragma once

#include "results/objectrow.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Ovh::Cli {

// What `call … --csv` prints: the rows' objects as CSV with a header row (core's CsvWriter:
// RFC 4180, formula-safe), `columns` (the operation's model order) first. Takes ObjectRows so
// that an expanded id list (--expand) prints the same way as an answer that is an array.
struct CsvOutput
{
    QByteArray csv; // empty when `error` is set
    QString error; // for a person: why this answer has no CSV form
};

// The CSV of an answer: an array of objects (an empty array: the header alone, from `columns`).
CsvOutput answerCsv(const QJsonValue& answer, const QStringList& columns);
// The CSV of rows (failed rows left out: the caller reports them).
CsvOutput rowsCsv(const ObjectRows& rows, const QStringList& columns);

} // namespace Ovh::Cli
