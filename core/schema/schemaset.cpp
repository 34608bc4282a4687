#include "schema/schemaset.h"

namespace Ovh {

QString schemaSourceName(SchemaSource source)
{
    switch (source) {
    case SchemaSource::Network:
        return QStringLiteral("network");
    case SchemaSource::Cache:
        return QStringLiteral("cache");
    case SchemaSource::Bundled:
        return QStringLiteral("bundled");
    case SchemaSource::None:
        break;
    }
    return QStringLiteral("none");
}

int SchemaSet::pathCount() const
{
    int count = 0;
    for (const Product& product : products)
        count += int(product.paths.size());
    return count;
}

int SchemaSet::operationCount() const
{
    int count = 0;
    for (const Product& product : products)
        count += product.operationCount();
    return count;
}

int SchemaSet::modelCount() const
{
    int count = 0;
    for (const Product& product : products)
        count += int(product.models.size());
    return count;
}

const Product* SchemaSet::product(const QString& path) const
{
    for (const Product& candidate : products) {
        if (candidate.path == path)
            return &candidate;
    }
    return nullptr;
}

} // namespace Ovh
