#include "sandbox/sandboxreply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ovh {

QByteArray httpStatusText(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("200 OK");
    case 303:
        return QByteArrayLiteral("303 See Other");
    case 400:
        return QByteArrayLiteral("400 Bad Request");
    case 401:
        return QByteArrayLiteral("401 Unauthorized");
    case 403:
        return QByteArrayLiteral("403 Forbidden");
    case 404:
        return QByteArrayLiteral("404 Not Found");
    case 405:
        return QByteArrayLiteral("405 Method Not Allowed");
    case 409:
        return QByteArrayLiteral("409 Conflict");
    case 500:
        return QByteArrayLiteral("500 Internal Server Error");
    default:
        break;
    }
    return QByteArray::number(status);
}

QByteArray ovhErrorClass(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Client::BadRequest");
    case 401:
        return QByteArrayLiteral("Client::Unauthorized");
    case 403:
        return QByteArrayLiteral("Client::Forbidden");
    case 404:
        return QByteArrayLiteral("Client::NotFound");
    case 405:
        return QByteArrayLiteral("Client::MethodNotAllowed");
    case 409:
        return QByteArrayLiteral("Client::Conflict");
    default:
        break;
    }
    return status >= 500 ? QByteArrayLiteral("Server::InternalServerError")
                         : QByteArrayLiteral("Client::BadRequest");
}

SandboxReply SandboxReply::json(const QJsonValue& value, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = compactJson(value);
    return reply;
}

SandboxReply SandboxReply::html(const QByteArray& page, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body = page;
    return reply;
}

SandboxReply SandboxReply::ovhError(int status, const QByteArray& errorCode, const QString& message)
{
    QJsonObject object;
    object.insert(QLatin1String("errorCode"), QString::fromLatin1(errorCode));
    object.insert(QLatin1String("httpCode"), QString::fromLatin1(httpStatusText(status)));
    object.insert(QLatin1String("message"), message);
    object.insert(QLatin1String("class"), QString::fromLatin1(ovhErrorClass(status)));
    return json(object, status);
}

SandboxReply SandboxReply::clientError(
    int status, const QString& message, const QJsonObject& details)
{
    QJsonObject object;
    object.insert(QLatin1String("class"), QString::fromLatin1(ovhErrorClass(status)));
    object.insert(QLatin1String("httpCode"), QString::fromLatin1(httpStatusText(status)));
    object.insert(QLatin1String("message"), message);
    if (!details.isEmpty())
        object.insert(QLatin1String("details"), details);
    return json(object, status);
}

} // namespace Ovh
