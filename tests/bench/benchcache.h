#pragma once

#include "base/endpoint.h"
#include "schema/schemaset.h"

#include <optional>

namespace OvhBench {

// Fills `cacheDir` with the schema of `endpoint` (a loopback snapshot server) as a first run
// would, for benchmarks that start on a warm cache; the schema loaded, or nothing (said on
// stderr).
std::optional<Ovh::SchemaSet> fillSchemaCache(
    const Ovh::Endpoint& endpoint, const QString& cacheDir);

} // namespace OvhBench
