#include "history/historyentry.h"

#include "base/credentials.h"
#include "base/jsontext.h"
#include "call/callrequest.h"
#include "net/callresult.h"

#include <QJsonArray>

namespace Ovh {

namespace {

const QByteArray redacted = QByteArrayLiteral("[redacted]");

} // namespace

// POST /auth/credential answers a consumerKey; mailbox and user calls take a password.
bool isSecretKey(const QString& key)
{
    static const QStringList secretKeys { QStringLiteral("consumerKey"),
        QStringLiteral("applicationSecret"), QStringLiteral("clientSecret"),
        QStringLiteral("password"), QStringLiteral("secret"), QStringLiteral("accessToken"),
        QStringLiteral("refreshToken") };
    return secretKeys.contains(key, Qt::CaseInsensitive);
}

QJsonValue withoutSecrets(const QJsonValue& value, bool* changed, const QJsonValue& replacement)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end();) {
            if (isSecretKey(it.key()) && !it.value().isNull()) {
                *changed = true;
                if (replacement.isUndefined()) {
                    it = object.erase(it);
                    continue;
                }
                *it = replacement;
            } else {
                *it = withoutSecrets(it.value(), changed, replacement);
            }
            ++it;
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = withoutSecrets(*it, changed, replacement);
        return array;
    }
    return value;
}

namespace {

// `bytes` with every credential blanked, and the secret keys of a JSON body too (re-written
// compact only when one was found, so that other bodies stay byte for byte).
QByteArray scrubbed(QByteArray bytes, const Credentials& credentials)
{
    for (const CredentialField field : allCredentialFields) {
        const QByteArray value = credentials.value(field).toUtf8();
        if (!value.isEmpty())
            bytes.replace(value, redacted);
    }
    const QJsonValue json = parseJsonValue(bytes);
    if (json.isObject() || json.isArray()) {
        bool changed = false;
        const QJsonValue clean = withoutSecrets(json, &changed, QString::fromLatin1(redacted));
        if (changed)
            return compactJson(clean);
    }
    return bytes;
}

QString scrubbed(const QString& text, const Credentials& credentials)
{
    return QString::fromUtf8(scrubbed(text.toUtf8(), credentials));
}

QJsonObject valuesOf(const QList<CallField>& fields)
{
    QJsonObject object;
    for (const CallField& field : fields)
        object.insert(field.name, field.value);
    return object;
}

bool isRedacted(const QJsonValue& value)
{
    return value.isString() && value.toString() == QLatin1String(redacted);
}

} // namespace

bool isSecretHeader(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower == "x-ovh-application" || lower == "x-ovh-consumer"
        || lower == "x-ovh-signature";
}

HistoryEntry HistoryEntry::fromCall(const CallRequest& request, const CallResult& result,
    const QString& endpoint, const QString& profile, const Credentials& credentials,
    qint64 maxBodyBytes)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.endpoint = endpoint;
    entry.profile = profile;
    entry.method = request.methodName();
    entry.pathTemplate = request.pathTemplate;
    const std::pair<const char*, const QList<CallField>*> locations[] = {
        { "path", &request.pathParams },
        { "query", &request.queryParams },
        { "body", &request.bodyFields },
    };
    for (const auto& [name, fields] : locations) {
        if (!fields->isEmpty())
            entry.values.insert(QLatin1String(name), valuesOf(*fields));
    }
    entry.values = parseJsonValue(scrubbed(compactJson(entry.values), credentials)).toObject();
    entry.bodyKind = bodyKindName(request.bodyKind);
    const QByteArray sentBody = scrubbed(request.bodyBytes, credentials);
    entry.requestBodySize = sentBody.size();
    entry.requestBody = sentBody.left(maxBodyBytes);
    entry.url = scrubbed(QString::fromUtf8(result.request.url.isEmpty() ? request.pathAndQuery()
                                                                        : result.request.url),
        credentials);
    entry.status = result.status;
    entry.failure
        = result.failure == CallResult::Failure::None ? QString() : failureName(result.failure);
    entry.error = scrubbed(result.errorString, credentials);
    entry.elapsedMs = result.elapsedMs;
    entry.queryId = result.queryId;
    for (const auto& [name, value] : result.headers) {
        if (!isSecretHeader(name))
            entry.responseHeaders.append({ name, scrubbed(value, credentials) });
    }
    const QByteArray body = scrubbed(result.body, credentials);
    entry.responseBodySize = body.size();
    entry.responseBody = body.left(maxBodyBytes);
    return entry;
}

QJsonObject HistoryEntry::formValues() const
{
    QJsonObject form;
    for (const QString& location : { QStringLiteral("path"), QStringLiteral("query") }) {
        const QJsonObject fields = values.value(location).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!isRedacted(it.value()))
                form.insert(location + QLatin1Char('/') + it.key(), it.value());
        }
    }
    if (requestTruncated())
        return form;
    if (bodyKind == bodyKindName(BodyKind::Parameters)) {
        const QJsonObject fields = values.value(QLatin1String("body")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!isRedacted(it.value()))
                form.insert(QLatin1String("body/") + it.key(), it.value());
        }
    } else if (requestBody.contains(redacted)) {
        return form;
    } else if (bodyKind == bodyKindName(BodyKind::Raw)) {
        form.insert(QLatin1String("raw"), QString::fromUtf8(requestBody));
    } else if (bodyKind != bodyKindName(BodyKind::None)) {
        const QJsonValue body = parseJsonValue(requestBody);
        if (!body.isUndefined())
            form.insert(QLatin1String("body"), body);
    }
    return form;
}

CallResult HistoryEntry::toCallResult() const
{
    CallResult result;
    for (const auto failureKind : { CallResult::Failure::MissingCredentials,
             CallResult::Failure::Network, CallResult::Failure::Timeout,
             CallResult::Failure::Cancelled, CallResult::Failure::TooLarge }) {
        if (failure == failureName(failureKind))
            result.failure = failureKind;
    }
    result.errorString = error;
    result.status = status;
    result.headers = responseHeaders;
    result.body = responseBody;
    if (!responseTruncated())
        result.json = parseJsonValue(responseBody);
    if (status >= 400)
        result.error = parseOvhError(responseBody);
    result.elapsedMs = elapsedMs;
    result.queryId = queryId;
    result.request.method = method.toLatin1();
    result.request.url = url.toUtf8();
    result.request.body = requestBody;
    return result;
}

} // namespace Ovh
