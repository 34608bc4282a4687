#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace Ovh {

// One line of JSON written one value a line (TextLines::indentedJson, QJsonDocument's
// Indented): `    "zoneName": "example.com",` or `    1001,`. What a link on a line of the
// Body needs, read from the line alone, so a view asks only for the lines it paints.
struct JsonLine
{
    QString key; // the member's name; empty for an array's element or a bracket
    QJsonValue value = QJsonValue(QJsonValue::Undefined); // the line's scalar; else Undefined
    int indent = 0; // leading spaces
    int valueStart = 0; // the value's span in the line, without a separating comma
    int valueEnd = 0;

    bool hasScalar() const { return !value.isUndefined(); }
};

// Never fails: a line that is not one member or element holds no scalar.
JsonLine readJsonLine(QStringView line);

} // namespace Ovh
