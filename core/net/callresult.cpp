#include "net/callresult.h"

#include "base/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ovh {

QString OvhError::summary() const
{
    const QString code = errorCode.isEmpty() ? errorClass : errorCode;
    if (code.isEmpty())
        return message;
    if (message.isEmpty())
        return code;
    return code + QLatin1String(": ") + message;
}

OvhError parseOvhError(const QByteArray& body)
{
    return parseOvhError(parseJsonValue(body));
}

OvhError parseOvhError(const QJsonValue& value)
{
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    OvhError error;
    error.errorCode = object.value(QLatin1String("errorCode")).toString();
    error.httpCode = object.value(QLatin1String("httpCode")).toString();
    error.errorClass = object.value(QLatin1String("class")).toString();
    error.message = object.value(QLatin1String("message")).toString();
    error.details = object.value(QLatin1String("details")).toObject();
    return error;
}

bool CallResult::isTimeError() const
{
    return error.errorCode == QLatin1String("QUERY_TIME_OUT")
        || (status == 400
            && error.message.contains(QLatin1String("timestamp"), Qt::CaseInsensitive));
}

QByteArray CallResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QString failureName(CallResult::Failure failure)
{
    switch (failure) {
    case CallResult::Failure::None:
        return QStringLiteral("none");
    case CallResult::Failure::MissingCredentials:
        return QStringLiteral("missing-credentials");
    case CallResult::Failure::Network:
        return QStringLiteral("network");
    case CallResult::Failure::Timeout:
        return QStringLiteral("timeout");
    case CallResult::Failure::Cancelled:
        return QStringLiteral("cancelled");
    case CallResult::Failure::TooLarge:
        return QStringLiteral("too-large");
    }
    return QString();
}

} // namespace Ovh
