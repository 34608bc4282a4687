#include "results/csvwriter.h"

#include "base/jsontext.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace Ovh {

QString cellText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Ids and counts are integers: no "1e+06", every digit up to 2^53.
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest); // 0.1, not 0.1000…01
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(compactJson(value));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

QString csvField(const QString& text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRecord(const QStringList& fields)
{
    QString record;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += QLatin1Char(',');
        record += csvField(fields.at(i));
    }
    return record + QLatin1String("\r\n");
}

QString csvCell(const QJsonValue& value)
{
    QString text = cellText(value);
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (value.isString() && !text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    return text;
}

QByteArray tableCsv(const FlatTable& table, const ObjectRows& rows)
{
    QString csv = csvRecord(table.columns);
    for (int r = 0; r < rows.size() && r < table.cells.size(); ++r) {
        if (!rows.at(r).object.isObject())
            continue;
        QStringList fields;
        fields.reserve(table.columns.size());
        for (const QJsonValue& cell : table.cells.at(r))
            fields.append(csvCell(cell));
        csv += csvRecord(fields);
    }
    return csv.toUtf8();
}

QByteArray objectRowsCsv(const ObjectRows& rows, const QStringList& preferred)
{
    return tableCsv(flattenRows(rows, preferred), rows);
}

QByteArray objectRowsJson(const ObjectRows& rows)
{
    QJsonArray array;
    for (const ObjectRow& row : rows) {
        if (row.error.isEmpty() && !row.object.isUndefined())
            array.append(row.object);
    }
    return indentedJson(array);
}

} // namespace Ovh
