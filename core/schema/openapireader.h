#pragma once

#include "schema/schema.h"

#include <QByteArray>

namespace Ovh {

// The OpenAPI 3 documents of the /v2 branch, as OVH serves them for `?format=openapi3`, read
// into the same Product as the v1 parser: components.schemas become models (inline objects and
// enums become models named after their place), `$ref`/`allOf` resolve to them, the requestBody
// is the unnamed body parameter, the 200 answer the response type. Never throws: what cannot be
// read becomes a diagnostic and the rest loads; cycles and depth are bounded. Thread-safe.
namespace OpenApiReader {

// True when the document declares itself OpenAPI ("openapi": "3…" near its top).
bool isOpenApi(const QByteArray& json);
ProductParseResult parseProduct(const QString& productPath, const QByteArray& json);

} // namespace OpenApiReader

// A product schema in whichever format it came: OpenAPI 3 or v1.
ProductParseResult parseAnyProductSchema(const QString& productPath, const QByteArray& json);

} // namespace Ovh
