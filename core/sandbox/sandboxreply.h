#pragma once

#include "base/jsontext.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace Ovh {

// One answer of the sandbox, before it goes on the wire (the X-Ovh-QueryId header is added
// when it is sent, so every answer carries one).
struct SandboxReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    // 200 with the compact JSON of `value`; a bare value (number, string, null) is allowed.
    static SandboxReply json(const QJsonValue& value, int status = 200);
    static SandboxReply html(const QByteArray& page, int status = 200);
    // The API's authentication errors: {"errorCode":…,"httpCode":"403 Forbidden","message":…}
    // plus the newer "class" field, so both parsers find what they look for.
    static SandboxReply ovhError(int status, const QByteArray& errorCode, const QString& message);
    // The API's routing and validation errors: {"class":"Client::BadRequest","message":…}
    // (with "httpCode", and "details" when given).
    static SandboxReply clientError(
        int status, const QString& message, const QJsonObject& details = QJsonObject());
};

// "403 Forbidden", "404 Not Found", …
QByteArray httpStatusText(int status);
// "Client::Forbidden", "Client::NotFound", "Server::InternalServerError", …
QByteArray ovhErrorClass(int status);

} // namespace Ovh
