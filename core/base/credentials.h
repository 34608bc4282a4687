#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <functional>

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
// Application key, consumer key, client id: values that travel as HTTP header values.
bool isHeaderValue(CredentialField field);

// Why `value` cannot be the `field` (empty when it can): a header value must be printable
// ASCII without spaces, or a CR or LF would inject a header. Never trimmed, never quoted (the
// consumer key is a secret): "contains a carriage return (U+000D) at character 7".
QString credentialValueProblem(CredentialField field, const QString& value);

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
    // AK + AS: enough for unsigned calls and to request a consumer key. The "has" and "can"
    // checks below are false while a value they need is not a valid header value.
    bool hasApplication() const
    {
        return isUsable(CredentialField::ApplicationKey)
            && isUsable(CredentialField::ApplicationSecret);
    }
    bool canSign() const { return hasApplication() && isUsable(CredentialField::ConsumerKey); }
    bool hasOAuth2() const
    {
        return isUsable(CredentialField::ClientId) && isUsable(CredentialField::ClientSecret);
    }
    bool isComplete() const { return canSign() || hasOAuth2(); }

    // Set and valid (see credentialValueProblem).
    bool isUsable(CredentialField field) const;
    // The first set value that cannot be sent, "application_key: contains a line feed
    // (U+000A) at character 4; keys are printable ASCII without spaces"; empty when none.
    // With `sourceOf`, the message names where that value came from: "consumer_key (from
    // environment variable OVH_CONSUMER_KEY): …". Never contains a value.
    QString invalidValue(const std::function<QString(CredentialField)>& sourceOf = {}) const;

    // What is still needed for a complete set. A partial OAuth2 pair asks for its other half;
    // otherwise the application key/secret/consumer key triple is asked for.
    QList<CredentialField> missingFields() const;
    // For a person: an invalid value (invalidValue()), else which ovh.conf keys / environment
    // variables are missing; "" when complete. Never contains a value.
    QString missing() const;

    friend bool operator==(const Credentials& a, const Credentials& b);
    friend bool operator!=(const Credentials& a, const Credentials& b) { return !(a == b); }
};

// Prints which fields are set, never their values: safe to leave in a qDebug().
QDebug operator<<(QDebug debug, const Credentials& credentials);

} // namespace Ovh
