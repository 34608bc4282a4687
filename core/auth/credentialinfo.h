#pragma once

#include "auth/accessrules.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ovh {

// The credential as the API describes it.

enum class CredentialStatus : quint8 { Unknown, PendingValidation, Validated, Refused, Expired };
QString credentialStatusName(CredentialStatus status); // "pendingValidation", …
CredentialStatus credentialStatusFromName(QStringView name);

// GET /auth/currentCredential (auth.ApiCredential).
struct CredentialInfo
{
    qint64 credentialId = 0;
    qint64 applicationId = 0;
    CredentialStatus status = CredentialStatus::Unknown;
    QDateTime creation; // UTC; invalid when absent
    QDateTime expiration; // invalid: no expiry (or not validated yet)
    QDateTime lastUse;
    CredentialRules rules;
    QStringList allowedIPs; // empty: any address
    bool ovhSupport = false;

    bool hasExpiry() const { return expiration.isValid(); }
    // Seconds until expiration from `now`, negative once past; nullopt without expiry.
    std::optional<qint64> secondsLeft(const QDateTime& now) const;

    // nullopt when `value` is not an object with a status.
    static std::optional<CredentialInfo> fromJson(const QJsonValue& value);
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::CredentialInfo)
Q_DECLARE_METATYPE(Ovh::CredentialStatus)
