#pragma once

#include "base/endpoint.h"
#include "schema/schema.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Ovh {

enum class SchemaSource : quint8 { None, Network, Cache, Bundled };
QString schemaSourceName(SchemaSource source); // "network", "cache", "bundled", "none"

// Everything one load of an endpoint produced.
struct SchemaSet
{
    Endpoint endpoint;
    // Where the schema came from: Network when the index or any product body was downloaded
    // (a 200); Cache when the server confirmed every cached copy (304s), and also when the
    // network failed, which then adds an index diagnostic saying why; Bundled when there was
    // no usable cache. Products fall back one by one (network -> cache -> bundled), each
    // fallback noted in diagnostics.
    SchemaSource source = SchemaSource::None;
    QDateTime fetchedAt; // when that copy of the index was downloaded (UTC); invalid for
                         // the bundled snapshot
    ApiIndex index;
    QList<Product> products; // index order; only the products that could be read
    Diagnostics diagnostics; // parse warnings and per-product failures
    int failedProducts = 0; // index entries with no usable schema at all
    qint64 elapsedMs = 0;

    bool isComplete() const { return source != SchemaSource::None && failedProducts == 0; }
    int pathCount() const;
    int operationCount() const;
    int modelCount() const; // each product's own model entries, summed
    const Product* product(const QString& path) const;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::SchemaSet)
