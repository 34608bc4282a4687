#include "auth/accountstore.h"

#include "auth/secretstore.h"
#include "base/coretr.h"
#include "base/ownedjob.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

namespace Ovh {

namespace {

using Status = AccountResult::Status;

AccountResult failure(const Profile& profile, Status status, const QString& why)
{
    AccountResult result;
    result.status = status;
    result.profile = profile;
    result.errorString = why;
    return result;
}

AccountResult success(const Profile& profile)
{
    AccountResult result;
    result.status = Status::Ok;
    result.profile = profile;
    return result;
}

// A keychain answer as an account status; the message names the profile, never a value.
AccountResult fromSecretResult(const Profile& profile, const SecretResult& secret)
{
    switch (secret.status) {
    case SecretResult::Status::Ok:
        return success(profile);
    case SecretResult::Status::NotFound:
        return failure(profile, Status::NotFound,
            AuthTr::tr("the keychain holds no secret for profile '%1' of %2")
                .arg(profile.name, profile.endpoint));
    case SecretResult::Status::Unavailable:
        return failure(profile, Status::KeychainUnavailable, secret.errorString);
    case SecretResult::Status::Denied:
    case SecretResult::Status::Failed:
        break;
    }
    return failure(profile, Status::Failed, secret.errorString);
}

AccountResult noSuchProfile(const QString& endpoint, const QString& name)
{
    return failure(Profile { name, endpoint, QString(), QString() }, Status::NotFound,
        AuthTr::tr("no profile '%1' for %2").arg(name, endpoint));
}

AccountResult noKeychainStore(const Profile& profile)
{
    return failure(profile, Status::Failed, AuthTr::tr("no keychain store"));
}

QList<CredentialField> allFields()
{
    return QList<CredentialField>(allCredentialFields.cbegin(), allCredentialFields.cend());
}

// "~/.ovh.conf" rather than the full home path: shorter, and says the same.
QString shortPath(const QString& path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}

// Same file under two spellings ("conf" and "./conf", a symlink): removing the keys of one
// would remove those just written to the other.
bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.absoluteFilePath() == second.absoluteFilePath())
        return true;
    const QString canonical = first.canonicalFilePath();
    return !canonical.isEmpty() && canonical == second.canonicalFilePath();
}

bool sameLocation(const Profile& a, const Profile& b)
{
    if (a.usesKeychain() || b.usesKeychain())
        return a.usesKeychain() == b.usesKeychain();
    return sameFile(a.configFile, b.configFile);
}

QString profileDescription(const Profile& profile)
{
    return AuthTr::tr("profile '%1' (%2)")
        .arg(profile.name,
            profile.usesKeychain() ? QStringLiteral("keychain") : shortPath(profile.configFile));
}

} // namespace

// ---- AccountJob --------------------------------------------------------------------------

AccountJob::AccountJob(QObject* parent)
    : QObject(parent)
{ }

void AccountJob::finishLater(const AccountResult& result)
{
    QTimer::singleShot(0, this, [this, result] { finishNow(result); });
}

void AccountJob::finishNow(const AccountResult& result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
}

// ---- AccountStore ------------------------------------------------------------------------

AccountStore::AccountStore(QSettings* settings, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(settings)
    , m_secrets(secrets)
{ }

void AccountStore::readCredentials(AccountJob* job, const Profile& profile, Continuation then)
{
    if (profile.usesKeychain()) {
        if (!m_secrets) {
            QTimer::singleShot(0, job, [then, profile] { then(noKeychainStore(profile)); });
            return;
        }
        SecretJob* read
            = adoptJob(job, m_secrets->read(profile.endpoint, profile.name), &SecretJob::finished);
        connect(read, &SecretJob::finished, job, [then, profile](const SecretResult& secret) {
            AccountResult result = fromSecretResult(profile, secret);
            if (result.isOk()) {
                result.credentials = secret.values;
                result.credentials.applicationKey = profile.applicationKey;
                result.credentials.clientId = profile.clientId;
            }
            then(result);
        });
        return;
    }

    AccountResult result = success(profile);
    if (!QFileInfo::exists(profile.configFile)) {
        result = failure(profile, Status::NotFound,
            AuthTr::tr("%1: no such file (profile '%2')").arg(profile.configFile, profile.name));
    } else {
        const OvhConfig config = OvhConfig::load({ profile.configFile });
        if (config.readFiles().isEmpty()) {
            result = failure(profile, Status::Failed, config.diagnostics().join(QLatin1Char('\n')));
        } else {
            result.credentials = config.credentials(profile.endpoint);
            result.warning = config.warnings().join(QLatin1Char('\n'));
            if (!profile.applicationKey.isEmpty())
                result.credentials.applicationKey = profile.applicationKey;
            if (!profile.clientId.isEmpty())
                result.credentials.clientId = profile.clientId;
            bool anySecret = false;
            for (const CredentialField field : SecretStore::secretFields())
                anySecret = anySecret || !result.credentials.value(field).isEmpty();
            if (!anySecret) {
                result = failure(profile, Status::NotFound,
                    AuthTr::tr("%1 holds no secret in [%2] (profile '%3')")
                        .arg(profile.configFile, profile.endpoint, profile.name));
            }
        }
    }
    QTimer::singleShot(0, job, [then, result] { then(result); });
}

void AccountStore::saveProfile(const Profile& profile)
{
    m_profiles.save(profile);
    m_profiles.setCurrent(profile.endpoint, profile.name);
    // Another process (the window, the CLI) may read it right away.
    m_settings->sync();
}

AccountJob* AccountStore::load(const QString& endpoint, const QString& profile)
{
    auto* job = new AccountJob(this);
    const auto found = m_profiles.profile(endpoint, profile);
    if (!found) {
        job->finishLater(noSuchProfile(endpoint, profile));
        return job;
    }
    readCredentials(job, *found, [job](const AccountResult& result) { job->finishNow(result); });
    return job;
}

AccountJob* AccountStore::resolve(
    const QString& endpoint, const OvhConfig& config, const QProcessEnvironment& environment)
{
    auto* job = new AccountJob(this);
    if (const auto current = m_profiles.current(endpoint)) {
        const CredentialSource source { CredentialSource::Kind::Profile, current->name,
            profileDescription(*current) };
        readCredentials(job, *current, [job, source](AccountResult result) {
            result.source = source;
            job->finishNow(result);
        });
        return job;
    }
    AccountResult result = success(Profile());
    result.credentials
        = fromConfigAndEnvironment(endpoint, config, environment, &result.source.description);
    result.source.kind = result.credentials.isEmpty() ? CredentialSource::Kind::None
                                                      : CredentialSource::Kind::ConfigOrEnvironment;
    job->finishLater(result);
    return job;
}

AccountJob* AccountStore::save(
    const Profile& profile, const Credentials& credentials, bool defaultEndpointIfUnset)
{
    auto* job = new AccountJob(this);
    Profile saved = profile;
    if (!credentials.applicationKey.isEmpty())
        saved.applicationKey = credentials.applicationKey;
    if (!credentials.clientId.isEmpty())
        saved.clientId = credentials.clientId;
    if (!ProfileStore::isValidName(saved.name) || saved.endpoint.isEmpty()) {
        job->finishLater(failure(
            saved, Status::Failed, AuthTr::tr("'%1' is not a valid profile name").arg(saved.name)));
        return job;
    }
    // Where the secrets were until now: cleaned only once the new location holds them.
    std::optional<Profile> previous = m_profiles.profile(saved.endpoint, saved.name);
    if (previous && sameLocation(*previous, saved))
        previous.reset();

    if (!saved.usesKeychain()) {
        const bool makeDefault = defaultEndpointIfUnset
            && OvhConfig::load({ saved.configFile }).defaultEndpoint().isEmpty();
        QString error;
        if (!storeCredentials(saved.configFile, saved.endpoint, credentials, makeDefault, &error)) {
            job->finishLater(failure(saved, Status::Failed, error));
            return job;
        }
        saveProfile(saved);
        finishAfterMove(job, success(saved), previous);
        return job;
    }

    if (!m_secrets) {
        job->finishLater(noKeychainStore(saved));
        return job;
    }
    SecretJob* write = adoptJob(
        job, m_secrets->write(saved.endpoint, saved.name, credentials), &SecretJob::finished);
    connect(
        write, &SecretJob::finished, job, [this, job, saved, previous](const SecretResult& secret) {
            const AccountResult result = fromSecretResult(saved, secret);
            // Only once the secrets are safe: a profile without them would be a dead end.
            if (!result.isOk()) {
                job->finishNow(result);
                return;
            }
            saveProfile(saved);
            finishAfterMove(job, result, previous);
        });
    return job;
}

void AccountStore::finishAfterMove(
    AccountJob* job, AccountResult result, const std::optional<Profile>& previous)
{
    if (!previous) {
        job->finishLater(result);
        return;
    }
    if (previous->usesKeychain()) {
        if (!m_secrets) {
            result.warning = AuthTr::tr("the keychain entries of profile '%1' could not be "
                                        "removed: no keychain store")
                                 .arg(previous->name);
            job->finishLater(result);
            return;
        }
        SecretJob* removal = adoptJob(
            job, m_secrets->remove(previous->endpoint, previous->name), &SecretJob::finished);
        connect(removal, &SecretJob::finished, job,
            [job, result, name = previous->name](const SecretResult& secret) mutable {
                if (!secret.isOk()) {
                    result.warning = AuthTr::tr("the keychain entries of profile '%1' could "
                                                "not be removed: %2")
                                         .arg(name, secret.errorString);
                }
                job->finishNow(result);
            });
        return;
    }
    // Profiles of one endpoint in one file share its section: keep it while one still uses it.
    for (const Profile& other : m_profiles.profiles(previous->endpoint)) {
        if (other.name != previous->name && !other.usesKeychain()
            && sameFile(other.configFile, previous->configFile)) {
            job->finishLater(result);
            return;
        }
    }
    QString error;
    if (!removeStoredCredentials(previous->configFile, previous->endpoint, allFields(), &error)) {
        result.warning = AuthTr::tr("the keys of profile '%1' in %2 [%3] could not be "
                                    "removed: %4")
                             .arg(previous->name, previous->configFile, previous->endpoint, error);
    }
    job->finishLater(result);
}

AccountJob* AccountStore::forgetConsumerKey(const QString& endpoint, const QString& profile)
{
    auto* job = new AccountJob(this);
    const auto found = m_profiles.profile(endpoint, profile);
    if (!found) {
        job->finishLater(noSuchProfile(endpoint, profile));
        return job;
    }
    const QList<CredentialField> fields { CredentialField::ConsumerKey };
    if (!found->usesKeychain()) {
        QString error;
        job->finishLater(removeStoredCredentials(found->configFile, endpoint, fields, &error)
                ? success(*found)
                : failure(*found, Status::Failed, error));
        return job;
    }
    if (!m_secrets) {
        job->finishLater(noKeychainStore(*found));
        return job;
    }
    SecretJob* removal
        = adoptJob(job, m_secrets->remove(endpoint, profile, fields), &SecretJob::finished);
    connect(
        removal, &SecretJob::finished, job, [job, profile = *found](const SecretResult& secret) {
            job->finishNow(fromSecretResult(profile, secret));
        });
    return job;
}

AccountJob* AccountStore::remove(const QString& endpoint, const QString& profile)
{
    auto* job = new AccountJob(this);
    const auto found = m_profiles.profile(endpoint, profile);
    if (!found) {
        job->finishLater(noSuchProfile(endpoint, profile));
        return job;
    }
    if (!found->usesKeychain()) {
        QString error;
        if (!removeStoredCredentials(found->configFile, endpoint, allFields(), &error)) {
            job->finishLater(failure(*found, Status::Failed, error));
            return job;
        }
        m_profiles.remove(endpoint, profile);
        m_settings->sync();
        job->finishLater(success(*found));
        return job;
    }
    if (!m_secrets) {
        job->finishLater(noKeychainStore(*found));
        return job;
    }
    SecretJob* removal = adoptJob(job, m_secrets->remove(endpoint, profile), &SecretJob::finished);
    connect(removal, &SecretJob::finished, job,
        [this, job, profile = *found](const SecretResult& secret) {
            const AccountResult result = fromSecretResult(profile, secret);
            // Kept when its secrets could not be removed, so the user can try again.
            if (result.isOk()) {
                m_profiles.remove(profile.endpoint, profile.name);
                m_settings->sync();
            }
            job->finishNow(result);
        });
    return job;
}

AccountJob* AccountStore::exportToFile(
    const QString& endpoint, const QString& profile, const QString& path)
{
    auto* job = new AccountJob(this);
    const auto found = m_profiles.profile(endpoint, profile);
    if (!found) {
        job->finishLater(noSuchProfile(endpoint, profile));
        return job;
    }
    readCredentials(job, *found, [job, path](AccountResult result) {
        if (result.isOk()) {
            QString error;
            if (!storeCredentials(path, result.profile.endpoint, result.credentials, false, &error))
                result = failure(result.profile, Status::Failed, error);
        }
        result.credentials = Credentials(); // the caller asked for a file, not the values
        job->finishNow(result);
    });
    return job;
}

Credentials AccountStore::fromConfigAndEnvironment(const QString& endpoint, const OvhConfig& config,
    const QProcessEnvironment& environment, QString* description)
{
    CredentialOverrides overrides;
    overrides.endpoint = endpoint;
    const ResolvedCredentials resolved = resolveCredentials(config, environment, overrides);
    if (description) {
        QStringList origins;
        for (const CredentialField field : allCredentialFields) {
            const ValueOrigin& origin = resolved.origin(field);
            QString where;
            if (origin.kind == ValueOrigin::Kind::File)
                where = shortPath(origin.where);
            else if (origin.kind == ValueOrigin::Kind::Environment)
                where = AuthTr::tr("the OVH_* environment variables");
            if (!where.isEmpty() && !origins.contains(where))
                origins << where;
        }
        *description = origins.join(QStringLiteral(", "));
    }
    return resolved.credentials;
}

} // namespace Ovh
