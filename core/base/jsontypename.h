#pragma once

#include <QJsonValue>
#include <QString>

namespace Ovh {

// The JSON type of a value as JSON names it ("null", "boolean", "number", "string", "array",
// "object"), for the Result tree's type column and the messages on answers; empty for an
// undefined value. Not translated: these are the names of JSON's types.
QString jsonValueTypeName(const QJsonValue& value);

} // namespace Ovh
