#pragma once

#include "results/objectflattener.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Ovh {

// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field holding
// a comma, a double quote, CR or LF enclosed in double quotes with its quotes doubled; UTF-8,
// no byte-order mark. A JSON string starting with = + - @, a tab or CR gets a leading ' so that
// a spreadsheet shows it instead of running it as a formula (OWASP "CSV injection"); numbers
// are never changed, so -5 stays a number.

// The text of one cell: strings as they are, numbers in full (integers without exponent),
// true/false, null and missing as nothing, arrays and objects as compact JSON.
QString cellText(const QJsonValue& value);

// One field, quoted when it must be.
QString csvField(const QString& text);
// One record: the fields quoted, joined by commas, CRLF at the end.
QString csvRecord(const QStringList& fields);
// `cellText()` made safe against formula injection (see above).
QString csvCell(const QJsonValue& value);

// A header record of `table.columns` then one record per row that holds an object; rows that
// failed or are no object are left out (their callers report them).
QByteArray tableCsv(const FlatTable& table, const ObjectRows& rows);
// The same from the rows alone: flattened, `preferred` columns first.
QByteArray objectRowsCsv(const ObjectRows& rows, const QStringList& preferred = {});
// The rows' objects as an indented JSON array, failed rows left out.
QByteArray objectRowsJson(const ObjectRows& rows);

} // namespace Ovh
