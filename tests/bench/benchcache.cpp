#include "benchcache.h"

#include "net/schemarepository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <cstdio>

namespace OvhBench {

std::optional<Ovh::SchemaSet> fillSchemaCache(
    const Ovh::Endpoint& endpoint, const QString& cacheDir)
{
    QNetworkAccessManager nam;
    Ovh::SchemaRepository repository(&nam);
    Ovh::SchemaRepository::Options options;
    options.cacheDir = cacheDir;
    repository.setOptions(options);
    QSignalSpy loaded(&repository, &Ovh::SchemaRepository::loaded);
    repository.load(endpoint);
    if (!loaded.wait(120000)) {
        std::fprintf(stderr, "filling the cache timed out\n");
        return std::nullopt;
    }
    return loaded.first().first().value<Ovh::SchemaSet>();
}

} // namespace OvhBench
