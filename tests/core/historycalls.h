#pragma once

// Calls as the history tests record them: fixed keys (to grep the file for), a request and an
// answer from eu, and the entry they make.
#include "base/credentials.h"
#include "call/callrequest.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "net/callresult.h"

namespace HistoryCalls {

using namespace Ovh;

inline const QString appKey = QStringLiteral("histAppKey0123456789");
inline const QString appSecret = QStringLiteral("histAppSecretABCDEFGHIJKLMNOPQRST");
inline const QString consumerKey = QStringLiteral("histConsumerKeyZYXWVUTSRQPONMLKJI");

inline Credentials keys()
{
    Credentials credentials;
    credentials.applicationKey = appKey;
    credentials.applicationSecret = appSecret;
    credentials.consumerKey = consumerKey;
    return credentials;
}

inline CallRequest request(
    const QString& pathTemplate, const QString& path, const QByteArray& body = {})
{
    CallRequest request;
    request.method = body.isEmpty() ? HttpMethod::Get : HttpMethod::Post;
    request.pathTemplate = pathTemplate;
    request.path = path;
    if (!body.isEmpty()) {
        request.bodyKind = BodyKind::Raw;
        request.bodyBytes = body;
    }
    return request;
}

inline CallResult answer(int status, const QByteArray& body, const QByteArray& url)
{
    CallResult result;
    result.status = status;
    result.body = body;
    result.elapsedMs = 42;
    result.queryId = QStringLiteral("EU.ext-1.abc");
    result.headers
        = { { "Content-Type", "application/json" }, { "X-Ovh-QueryId", "EU.ext-1.abc" } };
    result.request.method = "GET";
    result.request.url = url;
    return result;
}

inline HistoryEntry entry(const QString& pathTemplate, const QString& path,
    const QByteArray& responseBody, const QByteArray& requestBody = {})
{
    return HistoryEntry::fromCall(request(pathTemplate, path, requestBody),
        answer(200, responseBody, "https://eu.api.ovh.com/1.0" + path.toUtf8()),
        QStringLiteral("ovh-eu"), QStringLiteral("work"), keys(),
        HistoryStore::DefaultMaxBodyBytes);
}

} // namespace HistoryCalls
