#pragma once

#include "base/endpoint.h"

namespace Ovh {

// What Endpoint::fromUserText reads back to `endpoint`, branch included: "ovh-eu",
// "ovh-eu/v2" (a region's v2 keeps its name), or the base URL. The history records it, so
// that a v2 call replayed from it goes to v2; older rows ("ovh-eu") still read as v1.
QString endpointUserText(const Endpoint& endpoint);

} // namespace Ovh
