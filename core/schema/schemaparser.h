#pragma once

#include "schema/schema.h"

#include <QByteArray>

namespace Ovh {

// The v1 schema format. Never throws and never crashes on bad input: it returns what it
// could read plus diagnostics. Thread-safe (pure functions).
namespace SchemaParser {

IndexParseResult parseIndex(const QByteArray& json);
// `productPath` is the index entry ("/domain"); it names the product in diagnostics.
ProductParseResult parseProduct(const QString& productPath, const QByteArray& json);

} // namespace SchemaParser

} // namespace Ovh
