#pragma once

#include "net/requestsigner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace Ovh {

// An error body of the API, in either shape it comes in:
//   {"errorCode":"INVALID_SIGNATURE","httpCode":"400 Bad Request","message":"Invalid signature"}
//   {"class":"Client::BadRequest","message":"…","details":{…}}
struct OvhError
{
    QString errorCode;
    QString httpCode;
    QString errorClass;
    QString message;
    QJsonObject details;

    bool isEmpty() const
    {
        return errorCode.isEmpty() && errorClass.isEmpty() && message.isEmpty();
    }
    // "INVALID_SIGNATURE: Invalid signature", "Client::NotFound: …"
    QString summary() const;
};

// Both shapes; empty when `body` is not an OVH error object.
OvhError parseOvhError(const QByteArray& body);
// The same from a body already parsed.
OvhError parseOvhError(const QJsonValue& body);

// What went on the wire, for showing and copying: signature headers are redacted.
struct SentRequest
{
    QByteArray method;
    QByteArray url; // as signed and sent
    QByteArray body;
    HeaderList headers; // X-Ovh-Consumer and X-Ovh-Signature redacted
};

struct CallResult
{
    enum class Failure : quint8 {
        None, // a complete HTTP answer (check status)
        MissingCredentials, // nothing was sent
        Network,
        Timeout,
        Cancelled,
        TooLarge,
    };

    Failure failure = Failure::None;
    QString errorString; // for a person; empty on a 2xx answer
    int status = 0; // HTTP status, 0 when there was no answer
    QString reason; // "Not Found"
    HeaderList headers;
    QByteArray body;
    QJsonValue json
        = QJsonValue(QJsonValue::Undefined); // the parsed body; Undefined when empty or not JSON
    qint64 elapsedMs = 0; // from sending to the last byte of the answer
    qint64 firstByteMs = -1; // from sending to the answer's headers; -1 when none came
    QString queryId; // X-Ovh-QueryId
    OvhError error; // parsed from the body of an error answer
    SentRequest request;

    bool isSuccess() const { return failure == Failure::None && status >= 200 && status < 300; }
    // The API refused the timestamp: the server clock must be re-synced.
    bool isTimeError() const;
    QByteArray header(const QByteArray& name) const;
};

QString failureName(CallResult::Failure failure); // "network", "timeout", …

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::CallResult)
