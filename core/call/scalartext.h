#pragma once

#include "schema/typeref.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Ovh {

// The text of one scalar value as a person types it, read the way the request builder reads
// it: strict enough to catch typos, lenient enough never to reject a value the API takes.
// Pure functions; a form may use them to check a field as the user types.

// true/false, 1/0, yes/no in any case; nullopt for anything else.
std::optional<bool> parseBoolean(QStringView text);
// Decimal digits with an optional sign; nullopt past the 64-bit range.
std::optional<qint64> parseLong(QStringView text);
// C-locale syntax only ("1,5" is a typo here, not a number); finite values only.
std::optional<double> parseDouble(QStringView text);

// Checks the text of one scalar of `kind`. Strings, passwords, texts and durations always
// pass; enums, models, arrays and maps are not scalars (false). `reason` gets a sentence for a
// person ("is not an integer").
bool checkScalarText(TypeKind kind, QStringView text, QString* reason = nullptr);

} // namespace Ovh
