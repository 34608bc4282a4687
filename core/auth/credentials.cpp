#include "auth/credentials.h"

#include <QDebug>

namespace Ovh {

QString configKey(CredentialField field)
{
    switch (field) {
    case CredentialField::ApplicationKey:
        return QStringLiteral("application_key");
    case CredentialField::ApplicationSecret:
        return QStringLiteral("application_secret");
    case CredentialField::ConsumerKey:
        return QStringLiteral("consumer_key");
    case CredentialField::ClientId:
        return QStringLiteral("client_id");
    case CredentialField::ClientSecret:
        return QStringLiteral("client_secret");
    }
    return QString();
}

QString environmentVariable(CredentialField field)
{
    return QStringLiteral("OVH_") + configKey(field).toUpper();
}

bool isSecret(CredentialField field)
{
    return field == CredentialField::ApplicationSecret || field == CredentialField::ConsumerKey
        || field == CredentialField::ClientSecret;
}

QString Credentials::value(CredentialField field) const
{
    switch (field) {
    case CredentialField::ApplicationKey:
        return applicationKey;
    case CredentialField::ApplicationSecret:
        return applicationSecret;
    case CredentialField::ConsumerKey:
        return consumerKey;
    case CredentialField::ClientId:
        return clientId;
    case CredentialField::ClientSecret:
        return clientSecret;
    }
    return QString();
}

void Credentials::setValue(CredentialField field, const QString& value)
{
    switch (field) {
    case CredentialField::ApplicationKey:
        applicationKey = value;
        break;
    case CredentialField::ApplicationSecret:
        applicationSecret = value;
        break;
    case CredentialField::ConsumerKey:
        consumerKey = value;
        break;
    case CredentialField::ClientId:
        clientId = value;
        break;
    case CredentialField::ClientSecret:
        clientSecret = value;
        break;
    }
}

bool Credentials::isEmpty() const
{
    for (CredentialField field : allCredentialFields) {
        if (!value(field).isEmpty())
            return false;
    }
    return true;
}

QList<CredentialField> Credentials::missingFields() const
{
    QList<CredentialField> result;
    if (isComplete())
        return result;
    const bool oauth2 = (!clientId.isEmpty() || !clientSecret.isEmpty()) && applicationKey.isEmpty()
        && applicationSecret.isEmpty() && consumerKey.isEmpty();
    const std::array<CredentialField, 3> triple { CredentialField::ApplicationKey,
        CredentialField::ApplicationSecret, CredentialField::ConsumerKey };
    const std::array<CredentialField, 2> pair { CredentialField::ClientId,
        CredentialField::ClientSecret };
    auto collect = [this, &result](const auto& fields) {
        for (CredentialField field : fields) {
            if (value(field).isEmpty())
                result.append(field);
        }
    };
    if (oauth2)
        collect(pair);
    else
        collect(triple);
    return result;
}

QString Credentials::missing() const
{
    const QList<CredentialField> fields = missingFields();
    if (fields.isEmpty())
        return QString();
    QStringList parts;
    for (CredentialField field : fields)
        parts << QStringLiteral("%1 (%2)").arg(configKey(field), environmentVariable(field));
    return QStringLiteral("missing %1").arg(parts.join(QLatin1String(", ")));
}

bool operator==(const Credentials& a, const Credentials& b)
{
    return a.applicationKey == b.applicationKey && a.applicationSecret == b.applicationSecret
        && a.consumerKey == b.consumerKey && a.clientId == b.clientId
        && a.clientSecret == b.clientSecret;
}

QDebug operator<<(QDebug debug, const Credentials& credentials)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Ovh::Credentials(";
    bool first = true;
    for (CredentialField field : allCredentialFields) {
        if (!first)
            debug << ", ";
        first = false;
        debug << configKey(field) << (credentials.value(field).isEmpty() ? "=<unset>" : "=<set>");
    }
    debug << ')';
    return debug;
}

} // namespace Ovh
