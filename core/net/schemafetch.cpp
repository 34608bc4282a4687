#include "net/schemafetch.h"

#include "base/coretr.h"
#include "net/boundedreply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Ovh::SchemaLoading {

namespace {

QString httpErrorMessage(const BoundedReply& reply)
{
    QString message = QStringLiteral("HTTP %1").arg(reply.status());
    const QString reason = QString::fromLatin1(reply.reasonPhrase()).trimmed();
    if (!reason.isEmpty())
        message += QLatin1Char(' ') + reason;
    // OVH error bodies carry a "message"; error pages are read only a little.
    const QJsonDocument body = QJsonDocument::fromJson(reply.body().left(64 * 1024));
    const QString detail = body.object().value(QLatin1String("message")).toString();
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    return message;
}

FetchResult resultOf(const BoundedReply& reply)
{
    FetchResult result;
    if (reply.outcome() == BoundedReply::Outcome::DeadlinePassed) {
        result.error = NetTr::tr("timeout: the load's deadline passed");
        return result;
    }
    if (!reply.isComplete()) {
        // A truncated or undecodable file is never cached.
        result.error = reply.outcome() == BoundedReply::Outcome::TransportError
            ? NetTr::tr("network error: %1").arg(reply.errorString())
            : reply.errorString();
        return result;
    }
    const int status = reply.status();
    if (status >= 400) {
        result.error = httpErrorMessage(reply);
        return result;
    }
    if (status == 304) {
        result.status = FetchResult::NotModified;
        return result;
    }
    if (status != 200) {
        result.error = NetTr::tr("unexpected HTTP status %1").arg(status);
        return result;
    }
    result.body = reply.body();
    result.status = FetchResult::Ok;
    result.metadata.etag = reply.reply()->rawHeader("ETag");
    result.metadata.lastModified = reply.reply()->rawHeader("Last-Modified");
    result.metadata.fetchedAt = QDateTime::currentDateTimeUtc();
    return result;
}

} // namespace

QUrl productSchemaUrl(const Endpoint& endpoint, const QString& schemaPath)
{
    QUrl url = endpoint.url(schemaPath);
    if (endpoint.branch() == ApiBranch::V2)
        url.setQuery(QStringLiteral("format=openapi3"));
    return url;
}

QNetworkRequest makeRequest(const QUrl& url, const SchemaRepository::Options& options,
    const std::optional<CacheMetadata>& cached)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ovh-api-explorer/" OVH_VERSION));
    // Only on the endpoint's origin: another host's schema must never be cached as this one's.
    BoundedReply::followRedirectsOnOrigin(request, options.maxRedirects);
    // Revalidation is ours; an injected manager with a QNetworkDiskCache must not interfere.
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (cached) {
        if (!cached->etag.isEmpty())
            request.setRawHeader("If-None-Match", cached->etag);
        if (!cached->lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", cached->lastModified);
    }
    return request;
}

void startFetch(QNetworkAccessManager* nam, const QNetworkRequest& request,
    const SchemaRepository::Options& options, QObject* context,
    std::function<void(FetchResult)> done)
{
    if (options.deadline.hasExpired()) { // nothing sent once the load's time is up
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                FetchResult result;
                result.error
                    = NetTr::tr("not fetched: the load was stopped or reached its deadline");
                done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    BoundedReply::Limits limits;
    limits.maxBytes = options.maxResponseBytes;
    limits.deadline = options.deadline;
    limits.origin = request.url();
    auto* reply = new BoundedReply(BoundedReply::send(nam, request), limits, context);
    QObject::connect(reply, &BoundedReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(resultOf(*reply));
    });
}

} // namespace Ovh::SchemaLoading
