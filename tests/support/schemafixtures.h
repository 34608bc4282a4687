#pragma once

#include "schema/schema.h"

#include <QString>

namespace OvhTest {

// The eu snapshot's totals (see docs/ovh-api.md).
constexpr int kEuProducts = 89;
constexpr int kEuPaths = 4614;
constexpr int kEuOperations = 6339;
constexpr int kEuModels = 5630;
// The DNS records of a zone: the collection most window and form tests open.
inline const QString kRecordPath = QStringLiteral("/domain/zone/{zoneName}/record");

// The product file `file` below `root` ("hosting/web.json"), parsed once and kept; its path in
// the API is `file` without ".json" ("/hosting/web"). Fatal when it cannot be read or parsed.
const Ovh::Product& productFile(const QString& root, const QString& file);
// A product of the eu snapshot in the source tree: snapshotProduct("domain.json").
const Ovh::Product& snapshotProduct(const QString& file);
// The operation `method` `path` (a template: "/domain/zone/{zoneName}") of `product`, or null.
const Ovh::Operation* findOperation(
    const Ovh::Product& product, Ovh::HttpMethod method, const QString& path);

// The products of the eu API as the programs load it offline with an empty cache (the bundled
// snapshot, through SchemaRepository), loaded once and kept. Fatal when it cannot be loaded.
const QList<Ovh::Product>& bundledEuProducts();

// A data function's columns region, products, paths, operations, models, and one row per real
// snapshot ("eu", "ca") with its exact counts.
void addSnapshotCountRows();

} // namespace OvhTest
