#pragma once

#include "net/requestsigner.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Ovh {

struct CallRequest;
struct CallResult;
struct Credentials;

// One recorded call, as the history keeps it: what was sent (the operation, its values, the URL
// and body) and what came back (status, headers, body), never a secret. A plain value.
struct HistoryEntry
{
    qint64 id = 0; // 0 until stored
    QDateTime time; // UTC, when the answer came
    QString endpoint; // "ovh-eu", or a custom base URL, as Endpoint::fromUserText() reads it
    QString profile; // the saved profile that signed; empty for ovh.conf, flags, the sandbox
    QString method; // "GET"
    QString pathTemplate; // "/domain/zone/{zoneName}/record"
    // The values as sent, typed: {"path": {name: value}, "query": {…}, "body": {…}}; a location
    // without values is left out. "body" holds the named or top-level properties set.
    QJsonObject values;
    QString bodyKind; // bodyKindName(): "none", "parameters", "raw", …
    QByteArray requestBody; // the bytes sent, possibly cut (see requestBodySize)
    qint64 requestBodySize = 0; // the whole body's size
    QString url; // as sent
    int status = 0; // 0: no answer
    QString failure; // failureName(): "" for an answer, "network", "timeout", …
    QString error; // for a person, empty on success
    qint64 elapsedMs = 0;
    QString queryId;
    HeaderList responseHeaders; // no authentication header, no cookie
    QByteArray responseBody; // possibly cut (see responseBodySize)
    qint64 responseBodySize = 0;

    bool requestTruncated() const { return requestBody.size() < requestBodySize; }
    bool responseTruncated() const { return responseBody.size() < responseBodySize; }
    // "GET /domain/zone/{zoneName}/record", as the window and the form memory name operations.
    QString operationKey() const { return method + QLatin1Char(' ') + pathTemplate; }

    // The values in the form's format (ParameterForm::restoreValues): "path/zoneName",
    // "query/…", "body/…" for named body parameters, "body" for a whole body, "raw" for raw
    // JSON text. Redacted secrets are left out, and so is a body that was kept cut.
    QJsonObject formValues() const;
    // The answer as recorded, to show it again without a call: status, headers, body (parsed
    // when it is whole JSON, its OVH error read), the failure and what was sent.
    CallResult toCallResult() const;

    // What `request` sent to `endpoint` and what came back, with each body cut to at most
    // `maxBodyBytes`. Every value of `credentials` is blanked out wherever it appears, and so
    // are the values of secret-named JSON keys (consumerKey, password, …) in the bodies.
    static HistoryEntry fromCall(const CallRequest& request, const CallResult& result,
        const QString& endpoint, const QString& profile, const Credentials& credentials,
        qint64 maxBodyBytes);
};

// Headers never kept: those that authenticate a call or a person.
bool isSecretHeader(const QByteArray& name);
// JSON keys whose values are secrets wherever they appear (consumerKey, password, …).
bool isSecretKey(const QString& key);
// `value` with the value of every secret-named key, at any depth, set to `replacement`, or the
// key removed when `replacement` is undefined; `*changed` is set when one was found.
QJsonValue withoutSecrets(const QJsonValue& value, bool* changed,
    const QJsonValue& replacement = QJsonValue(QJsonValue::Undefined));

} // namespace Ovh
