#pragma once

#include "base/endpoint.h"
#include "net/schemarepository.h"
#include "sandbox/snapshotserver.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

// What the SchemaRepository tests share: a tiny snapshot (three products) on a local
// SnapshotServer, loads waited for, and the diagnostics and counts they check.
namespace OvhTest {

// A product of one GET operation at `path`, its description padded with `padding` bytes.
QByteArray tinyProduct(const QByteArray& path, int padding = 0);
// Three products, one of them two segments deep, laid out like the API.
bool writeTinySnapshot(const QString& dir);
// The tiny snapshot written into `folder` and served; null when either failed.
std::unique_ptr<Ovh::SnapshotServer> tinyServer(QTemporaryDir& folder);

Ovh::Endpoint endpointFor(const QUrl& baseUrl, const QString& bundle = QString());
// A loopback URL where nobody listens.
QUrl closedPortUrl();
// A cache in `cache` and a 5 s time-out.
Ovh::SchemaRepository::Options optionsFor(const QTemporaryDir& cache);

// The maximum time a test waits for one load.
constexpr int kLoadTimeoutMs = 20000;
// One load of `endpoint`, waited for; none when it did not end, or ended more than once.
// OVH_TEST_VERBOSE=1 prints each set.
std::optional<Ovh::SchemaSet> loadAndWait(
    Ovh::SchemaRepository& repository, const Ovh::Endpoint& endpoint);

// The first diagnostic of `product` (empty: the whole load) whose message contains `needle`.
const Ovh::Diagnostic* findDiagnostic(
    const Ovh::SchemaSet& set, const QString& product, const QString& needle);
int countDiagnostics(const Ovh::SchemaSet& set, const QString& needle);
QStringList productPaths(const Ovh::SchemaSet& set);
// Source, counts and diagnostics, for a failure message.
QString dump(const Ovh::SchemaSet& set);
// The set holds the whole eu snapshot (kEu* in schemafixtures.h).
void verifyEuCounts(const Ovh::SchemaSet& set);

// A repository with its own empty cache (optionsFor), and the network access it needs.
class RepositoryRig
{
public:
    RepositoryRig() { repository.setOptions(optionsFor(cacheDir)); }
    std::optional<Ovh::SchemaSet> load(const Ovh::Endpoint& endpoint)
    {
        return loadAndWait(repository, endpoint);
    }

    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    Ovh::SchemaRepository repository { &nam };
};

// The tiny snapshot on a server, and a repository with its own empty cache.
class TinyRig final : public RepositoryRig
{
public:
    TinyRig();
    bool isReady() const { return server != nullptr; }
    std::optional<Ovh::SchemaSet> load() { return RepositoryRig::load(endpoint); }

    QTemporaryDir folder;
    std::unique_ptr<Ovh::SnapshotServer> server;
    Ovh::Endpoint endpoint;
};

} // namespace OvhTest
