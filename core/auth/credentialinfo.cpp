#include "auth/credentialinfo.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ovh {

namespace {

QDateTime parseDate(const QJsonValue& value)
{
    if (!value.isString())
        return QDateTime();
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? date.toUTC() : QDateTime();
}

} // namespace

QString credentialStatusName(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Unknown:
        return QStringLiteral("unknown");
    case CredentialStatus::PendingValidation:
        return QStringLiteral("pendingValidation");
    case CredentialStatus::Validated:
        return QStringLiteral("validated");
    case CredentialStatus::Refused:
        return QStringLiteral("refused");
    case CredentialStatus::Expired:
        return QStringLiteral("expired");
    }
    return QString();
}

CredentialStatus credentialStatusFromName(QStringView name)
{
    for (const CredentialStatus status : { CredentialStatus::PendingValidation,
             CredentialStatus::Validated, CredentialStatus::Refused, CredentialStatus::Expired }) {
        if (name.compare(credentialStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return CredentialStatus::Unknown;
}

std::optional<qint64> CredentialInfo::secondsLeft(const QDateTime& now) const
{
    if (!expiration.isValid())
        return std::nullopt;
    return now.secsTo(expiration);
}

std::optional<CredentialInfo> CredentialInfo::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    if (!object.contains(QLatin1String("status")))
        return std::nullopt;
    CredentialInfo info;
    info.credentialId = object.value(QLatin1String("credentialId")).toInteger();
    info.applicationId = object.value(QLatin1String("applicationId")).toInteger();
    info.status = credentialStatusFromName(object.value(QLatin1String("status")).toString());
    info.creation = parseDate(object.value(QLatin1String("creation")));
    info.expiration = parseDate(object.value(QLatin1String("expiration")));
    info.lastUse = parseDate(object.value(QLatin1String("lastUse")));
    const QJsonArray rules = object.value(QLatin1String("rules")).toArray();
    for (const QJsonValue& rule : rules) {
        if (auto parsed = CredentialRule::fromJson(rule))
            info.rules.append(*parsed);
    }
    const QJsonArray ips = object.value(QLatin1String("allowedIPs")).toArray();
    for (const QJsonValue& ip : ips)
        info.allowedIPs.append(ip.toString());
    info.ovhSupport = object.value(QLatin1String("ovhSupport")).toBool();
    return info;
}

} // namespace Ovh
