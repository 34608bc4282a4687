#pragma once

#include <QString>
#include <QStringList>

#include <array>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace Ovh {

// The five values a python-ovh configuration can hold for one endpoint.
enum class CredentialField : quint8 {
    ApplicationKey,
    ApplicationSecret,
    ConsumerKey,
    ClientId,
    ClientSecret,
};
inline constexpr std::array<CredentialField, 5> allCredentialFields {
    CredentialField::ApplicationKey, CredentialField::ApplicationSecret,
    CredentialField::ConsumerKey, CredentialField::ClientId, CredentialField::ClientSecret
};

QString configKey(CredentialField field); // "application_key" (ovh.conf)
QString environmentVariable(CredentialField field); // "OVH_APPLICATION_KEY"
// Application secret, consumer key, client secret: values a UI masks and nothing logs.
bool isSecret(CredentialField field);

// Credentials for one endpoint. Either the application key/secret + consumer key triple
// (signed calls) or an OAuth2 service account (client id/secret).
struct Credentials
{
    QString applicationKey;
    QString applicationSecret;
    QString consumerKey;
    QString clientId;
    QString clientSecret;

    QString value(CredentialField field) const;
    void setValue(CredentialField field, const QString& value);

    bool isEmpty() const;
    // AK + AS: enough for unsigned calls and to request a consumer key.
    bool hasApplication() const
    {
        return !applicationKey.isEmpty() && !applicationSecret.isEmpty();
    }
    bool canSign() const { return hasApplication() && !consumerKey.isEmpty(); }
    bool hasOAuth2() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }
    bool isComplete() const { return canSign() || hasOAuth2(); }

    // What is still needed for a complete set. A partial OAuth2 pair asks for its other half;
    // otherwise the application key/secret/consumer key triple is asked for.
    QList<CredentialField> missingFields() const;
    // For a person: which ovh.conf keys / environment variables are missing, "" when complete.
    // Never contains a value.
    QString missing() const;

    friend bool operator==(const Credentials& a, const Credentials& b);
    friend bool operator!=(const Credentials& a, const Credentials& b) { return !(a == b); }
};

// Prints which fields are set, never their values: safe to leave in a qDebug().
QDebug operator<<(QDebug debug, const Credentials& credentials);

} // namespace Ovh
