#pragma once

#include "net/schemacache.h"
#include "net/schemarepository.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QObject;
QT_END_NAMESPACE

// One GET of a schema file for SchemaRepository: the request (conditional on a cached copy's
// validators, redirects kept on the origin) and its answer read within the load's limits.
namespace Ovh::SchemaLoading {

struct FetchResult
{
    enum Status : quint8 { Ok, NotModified, Failed };
    Status status = Failed;
    QByteArray body;
    CacheMetadata metadata;
    QString error; // for a person: names the HTTP status or the network error
};

// Where a product's schema is fetched: "<base>/iam.json", with "?format=openapi3" on the v2
// branch (what the web console asks; a v1-format answer is read too).
QUrl productSchemaUrl(const Endpoint& endpoint, const QString& schemaPath);

QNetworkRequest makeRequest(const QUrl& url, const SchemaRepository::Options& options,
    const std::optional<CacheMetadata>& cached);

// Starts a GET read by a BoundedReply child of `context`; `done` runs once, on finish, never
// synchronously. Disconnect the reader from `context` before cancelling it to silence it.
void startFetch(QNetworkAccessManager* nam, const QNetworkRequest& request,
    const SchemaRepository::Options& options, QObject* context,
    std::function<void(FetchResult)> done);

} // namespace Ovh::SchemaLoading
