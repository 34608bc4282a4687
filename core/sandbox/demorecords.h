#pragma once

#include <QString>

namespace Ovh {

class DemoAccount;

// Larger demo data for tests and benchmarks (`sandbox --records N`): `count` more records in
// `zone` of the demo account, varied in type, subdomain and target, created through the same
// path as POST /domain/zone/{zoneName}/record. False when the account has no such zone.
bool seedDemoRecords(DemoAccount& account, const QString& zone, int count);

} // namespace Ovh
