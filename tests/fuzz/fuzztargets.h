#pragma once

#include <cstddef>
#include <cstdint>

// What the fuzzers run on one input, shared by the libFuzzer entry points (clang builds) and
// tst_fuzzreplay (every build), which replays the inputs kept in tests/data/fuzz/. Both abort
// when an invariant breaks, so a sanitizer-free build still notices.
namespace OvhFuzz {

// The input as an index and as a product schema, then what a form reads of the product.
int schemaParser(const uint8_t* data, size_t size);
// The input as an OpenAPI 3 product document (the v2 branch), then what a form reads of it.
int openApiReader(const uint8_t* data, size_t size);
// The input as a type string: syntax, alias and generic splits, resolution, properties.
int typeParser(const uint8_t* data, size_t size);

} // namespace OvhFuzz
