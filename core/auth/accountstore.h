#pragma once

#include "auth/ovhconfig.h"
#include "auth/profilestore.h"
#include "auth/secretstore.h" // complete for the QPointer<SecretStore> member
#include "base/credentials.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Ovh {

// Where the credentials used for an endpoint came from, for the window's account button and
// the CLI's messages. Never holds a secret.
struct CredentialSource
{
    enum class Kind : quint8 {
        None, // nothing usable: log in
        Profile, // a saved profile (keychain or its 0600 ovh.conf)
        ConfigOrEnvironment, // python-ovh's ovh.conf files and OVH_* variables
        Demo, // the sandbox's demo keys
    };
    Kind kind = Kind::None;
    QString profileName; // Kind::Profile
    // "profile 'acme' (keychain)", "~/.ovh.conf, the OVH_* environment variables", … (tr())
    QString description;
};

// The outcome of an AccountJob. `credentials` is only filled by a load; never logged.
struct AccountResult
{
    enum class Status : quint8 {
        Ok,
        NotFound, // no such profile, or none of its secrets were found
        KeychainUnavailable, // no keychain service: offer the explicit ovh.conf (0600) choice
        Failed, // keychain refused or errored, file unreadable/unwritable (errorString says)
    };

    Status status = Status::Failed;
    Profile profile; // the profile the job worked on
    Credentials credentials; // load/resolve: AK from the profile, secrets from keychain or file
    CredentialSource source; // resolve: where `credentials` came from
    QString errorString; // for a person; never holds a secret; empty when Ok
    // Ok, but worth telling: a save that moved the profile could not clean its previous
    // location (its secrets may still be there), or a load read the profile's file that others
    // can read (OvhConfig::warnings). For a person; never holds a secret.
    QString warning;

    bool isOk() const { return status == Status::Ok; }
};

// One asynchronous account operation. finished() comes exactly once, never from inside the
// call that created the job. Owned like every job of core: by its parent (the store, until the
// one who asked for it takes it with setParent), and that owner deleteLater()s it after
// finished(); deleted before, it reports nothing and its keychain step goes with it.
class AccountJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountJob)

public:
    explicit AccountJob(QObject* parent = nullptr);
    // Emits finished(result) on the next event-loop turn (for synchronous steps).
    void finishLater(const AccountResult& result);
    void finishNow(const AccountResult& result);

signals:
    void finished(const Ovh::AccountResult& result);

private:
    bool m_done = false;
};

// The accounts of every endpoint: named profiles (ProfileStore: names and application keys in
// the settings) whose application secret and consumer key live in the OS keychain
// (SecretStore), or, when the user chose it explicitly, in an ovh.conf written with mode 0600
// (Profile::configFile, section = the endpoint's display name). One object serves the window
// and the CLI, so `login` in one is seen by the other.
//
// Endpoint names are Endpoint::displayName() ("ovh-eu", a custom base URL).
class AccountStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    // `settings` and `secrets` are owned by the caller and must outlive the store.
    AccountStore(QSettings* settings, SecretStore* secrets, QObject* parent = nullptr);

    ProfileStore& profiles() { return m_profiles; }
    const ProfileStore& profiles() const { return m_profiles; }
    SecretStore* secrets() const { return m_secrets; }

    // AK from the settings; AS and CK from the keychain or the profile's file.
    // NotFound when the profile does not exist or its secrets are gone.
    AccountJob* load(const QString& endpoint, const QString& profile);

    // The credentials to use for `endpoint` when the user named none explicitly: its current
    // profile if one is set (KeychainUnavailable/NotFound/Failed are reported, never silently
    // replaced by the files), else what `config` and `environment` hold
    // (CredentialSource::ConfigOrEnvironment, Ok even when incomplete: the caller says
    // what is missing), else CredentialSource::None.
    AccountJob* resolve(const QString& endpoint, const OvhConfig& config,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // Saves the profile (AK in the settings) and the non-empty secrets of `credentials`:
    // keychain when profile.configFile is empty, else that file (0600, python-ovh format,
    // section = endpoint). Makes it the endpoint's current profile. KeychainUnavailable
    // when the keychain is missing (nothing was written anywhere).
    // When the profile existed with another location (keychain <-> file, file A -> file B),
    // once the new one is written its keys are removed from the old one (the keychain
    // entries; the [endpoint] keys of the old file, the rest of it kept), unless another
    // profile of the endpoint still uses that file. A failed clean-up is result.warning.
    // `defaultEndpointIfUnset` (file only): also write [default] endpoint=… when the file
    // has none, so python-ovh and `call --config FILE` need no endpoint.
    AccountJob* save(const Profile& profile, const Credentials& credentials,
        bool defaultEndpointIfUnset = false);

    // Forgets the consumer key only (after POST /auth/logout): the profile, its application
    // key and secret stay, ready for a new consumer-key request.
    AccountJob* forgetConsumerKey(const QString& endpoint, const QString& profile);

    // Removes the profile and all its secrets (keychain entries, or its keys in the file).
    AccountJob* remove(const QString& endpoint, const QString& profile);

    // Writes the profile's complete credentials to `path` ([endpoint] section, python-ovh
    // compatible, mode 0600; other sections kept). Only on the user's explicit request.
    AccountJob* exportToFile(const QString& endpoint, const QString& profile, const QString& path);

    // What ovh.conf files and OVH_* variables hold for `endpoint` (to import into a profile,
    // or to use when no profile is current).
    static Credentials fromConfigAndEnvironment(const QString& endpoint, const OvhConfig& config,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        QString* description = nullptr);

private:
    using Continuation = std::function<void(AccountResult)>;
    // Reads the profile's credentials and calls `then` on a later event-loop turn, with the
    // job as context (dropped when the job or the store goes).
    void readCredentials(AccountJob* job, const Profile& profile, Continuation then);
    // After the secrets are stored: the profile and the endpoint's current choice.
    void saveProfile(const Profile& profile);
    // After a save: removes the keys `previous` left in its old location (when set), then
    // finishes the job with `result` (plus a warning when that failed).
    void finishAfterMove(
        AccountJob* job, AccountResult result, const std::optional<Profile>& previous);

    QSettings* m_settings;
    ProfileStore m_profiles;
    QPointer<SecretStore> m_secrets;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::AccountResult)
