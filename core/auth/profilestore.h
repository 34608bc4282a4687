#pragma once

#include <QList>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Ovh {

// A named account on one endpoint: the non-secret part. Its application secret and consumer
// key live in the keychain (SecretStore) under the same endpoint + name.
struct Profile
{
    QString name; // "default", "customer-acme", …
    QString endpoint; // region name or custom base URL (Endpoint::displayName())
    QString applicationKey; // not a secret: it travels in clear as X-Ovh-Application
    // Empty: the secrets are in the keychain. Otherwise the ovh.conf (mode 0600) the user
    // explicitly chose to keep them in, section = endpoint. Initialized so that the older
    // three-value `Profile { name, endpoint, key }` stays warning-free.
    QString configFile = QString();
    // An OAuth2 service account's client id (not a secret: the wrappers keep it next to the
    // application key); its client secret is with the other secrets.
    QString clientId = QString();

    bool usesKeychain() const { return configFile.isEmpty(); }

    friend bool operator==(const Profile& a, const Profile& b)
    {
        return a.name == b.name && a.endpoint == b.endpoint && a.applicationKey == b.applicationKey
            && a.configFile == b.configFile && a.clientId == b.clientId;
    }
    friend bool operator!=(const Profile& a, const Profile& b) { return !(a == b); }
};

// Profiles and the current one per endpoint, over a QSettings the caller owns (the app's
// settings; a temporary INI file in tests). Never holds a secret. Keys:
//   profiles/list (array: name, endpoint, applicationKey, configFile when not the keychain,
//   clientId for a service account),
//   profiles/current (array: endpoint, name)
class ProfileStore
{
public:
    explicit ProfileStore(QSettings* settings);

    static QString defaultName(); // "default"
    // Not empty, at most 64 characters, no '/' nor control characters (it is part of the
    // keychain entry key).
    static bool isValidName(const QString& name);

    // Every profile, or those of one endpoint, in the order they were added.
    QList<Profile> profiles(const QString& endpoint = QString()) const;
    std::optional<Profile> profile(const QString& endpoint, const QString& name) const;
    // Adds or replaces (same endpoint + name). False for an invalid name or no endpoint.
    bool save(const Profile& profile);
    // False when there was no such profile. The current choice is forgotten with it.
    bool remove(const QString& endpoint, const QString& name);

    // The profile shown and used for that endpoint; empty when none was chosen.
    QString currentName(const QString& endpoint) const;
    std::optional<Profile> current(const QString& endpoint) const;
    void setCurrent(const QString& endpoint, const QString& name);

private:
    struct CurrentEntry
    {
        QString endpoint;
        QString name;
    };
    QList<CurrentEntry> currentEntries() const;
    void writeProfiles(const QList<Profile>& profiles);
    void writeCurrent(const QList<CurrentEntry>& entries);

    QSettings* m_settings;
};

} // namespace Ovh
