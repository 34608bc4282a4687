#include "session/accountsession.h"

#include "auth/credentialadvice.h"
#include "base/ownedjob.h"
#include "net/apiclient.h"
#include "session/credentialprecedence.h"

#include <utility>

namespace Ovh {

namespace {

// Why a call failed, for a person (never a secret).
QString failureText(const CallResult& result)
{
    return result.error.isEmpty() ? result.errorString : result.error.summary();
}

bool environmentHasKeys(const QProcessEnvironment& environment)
{
    for (const CredentialField field : allCredentialFields) {
        if (!environment.value(environmentVariable(field)).isEmpty())
            return true;
    }
    return false;
}

} // namespace

AccountSession::AccountSession(AccountStore* accounts, ApiClient* client, OvhConfig config,
    QProcessEnvironment environment, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_client(client)
    , m_config(std::move(config))
    , m_environment(std::move(environment))
{
    qRegisterMetaType<AccountEvent>();
    qRegisterMetaType<LoginReport>();
    qRegisterMetaType<LoginPlan>();
}

AccountSession::~AccountSession()
{
    abortRightsJob();
}

LoginPlan::Page AccountSession::loginPageFor(const Credentials& credentials)
{
    return credentials.hasApplication() || credentials.consumerKey.isEmpty()
        ? LoginPlan::Page::RequestAccess
        : LoginPlan::Page::HaveKeys;
}

bool AccountSession::isKeyRefused(const CallResult& result)
{
    return CredentialAdvice::keyProblem(result) == CredentialAdvice::KeyProblem::InvalidCredential;
}

std::optional<LoginPlan::Page> AccountSession::loginPageAfter(const CallResult& result)
{
    switch (CredentialAdvice::keyProblem(result)) {
    case CredentialAdvice::KeyProblem::InvalidCredential:
        return LoginPlan::Page::RequestAccess; // the application is known: a new consumer key
    case CredentialAdvice::KeyProblem::UnknownApplication:
    case CredentialAdvice::KeyProblem::BadSignature:
        return LoginPlan::Page::HaveKeys; // the application key or secret is wrong
    case CredentialAdvice::KeyProblem::None:
    case CredentialAdvice::KeyProblem::Unreachable:
    case CredentialAdvice::KeyProblem::Other:
        break;
    }
    return std::nullopt;
}

bool AccountSession::isSandbox() const
{
    return m_endpoint.name == sandboxEndpointName();
}

bool AccountSession::configHasKeys() const
{
    // Real keys make no sense against the local sandbox.
    return m_endpoint.isValid() && !isSandbox()
        && !AccountStore::fromConfigAndEnvironment(
            m_endpoint.displayName(), m_config, m_environment)
                .isEmpty();
}

bool AccountSession::canReplaceKey() const
{
    return m_source.kind == CredentialSource::Kind::Profile && m_credentials.canSign()
        && !m_resolving;
}

bool AccountSession::canLogOut() const
{
    // The demo key is shared by every sandbox session: it is never revoked.
    return m_credentials.canSign() && m_source.kind != CredentialSource::Kind::Demo && !m_logoutJob;
}

LoginPlan AccountSession::loginPlan(
    LoginPlan::Page page, const CredentialRules& rules, bool replacingKey) const
{
    LoginPlan plan;
    plan.page = page;
    plan.rules = rules;
    plan.replacingKey = replacingKey && canReplaceKey();
    plan.profileName = m_source.kind == CredentialSource::Kind::Profile || !m_accounts
        ? m_source.profileName
        : m_accounts->profiles().currentName(m_endpoint.displayName());
    plan.prefill.applicationKey = m_credentials.applicationKey;
    plan.prefill.applicationSecret = m_credentials.applicationSecret;
    plan.demo = isSandbox();
    if (plan.demo) { // the demo service account, for the dialog's "Service account" page
        plan.prefill.clientId = m_demoKeys.clientId;
        plan.prefill.clientSecret = m_demoKeys.clientSecret;
    }
    return plan;
}

// `demoKeys` may carry the demo service account too (client id and secret): the login
// dialog offers it, the session keeps signing with the keys.
void AccountSession::startSandboxSession(const Credentials& demoKeys)
{
    m_demoKeys = demoKeys;
    if (m_accounts)
        m_accounts->profiles().setCurrent(sandboxEndpointName(), QString());
}

void AccountSession::setEndpoint(const Endpoint& endpoint)
{
    m_endpoint = endpoint;
    // No keys until the account of this endpoint is resolved: never the previous endpoint's.
    m_credentials = Credentials();
    m_source = CredentialSource();
    resolve();
}

void AccountSession::abortRightsJob()
{
    if (!m_rightsJob)
        return;
    m_rightsJob->disconnect(this);
    m_rightsJob->abort();
    m_rightsJob->deleteLater();
}

void AccountSession::resolve()
{
    if (!m_endpoint.isValid())
        return;
    const int serial = ++m_resolveSerial;
    const QString endpoint = m_endpoint.displayName();
    abortRightsJob(); // asked for the previous account's rights: not this one's
    emit resolveStarted();
    CredentialPrecedence::Inputs inputs;
    inputs.namedProfile = m_accounts && !m_accounts->profiles().currentName(endpoint).isEmpty();
    inputs.demoKeys = isSandbox();
    inputs.environmentKeys = environmentHasKeys(m_environment);
    const CredentialPrecedence::Source chosen = CredentialPrecedence::choose(inputs);
    if (chosen == CredentialPrecedence::Source::Demo) {
        CredentialSource demo;
        demo.kind = CredentialSource::Kind::Demo;
        // The session signs with the demo keys; the demo service account is only offered.
        Credentials keys = m_demoKeys;
        keys.clientId.clear();
        keys.clientSecret.clear();
        apply(keys, demo);
        return;
    }
    if (!CredentialPrecedence::readsProfile(chosen)) {
        CredentialSource source;
        const Credentials credentials = AccountStore::fromConfigAndEnvironment(
            endpoint, m_config, m_environment, &source.description);
        source.kind = credentials.isEmpty() ? CredentialSource::Kind::None
                                            : CredentialSource::Kind::ConfigOrEnvironment;
        apply(credentials, source);
        return;
    }
    // The keychain may take a while (or ask the person to unlock it): calls wait meanwhile.
    m_resolving = true;
    emit readingKeychain();
    AccountJob* job = adoptJob(
        this, m_accounts->resolve(endpoint, m_config, m_environment), &AccountJob::finished);
    connect(job, &AccountJob::finished, this, [this, serial](const AccountResult& result) {
        if (serial == m_resolveSerial)
            onResolved(result);
    });
}

void AccountSession::onResolved(const AccountResult& result)
{
    if (result.isOk()) {
        apply(result.credentials, result.source);
        return;
    }
    // No silent fallback to other keys: say what happened and what to do.
    CredentialSource source = result.source;
    const QString profile = !source.profileName.isEmpty() ? source.profileName
        : !result.profile.name.isEmpty()
        ? result.profile.name
        : m_accounts->profiles().currentName(m_endpoint.displayName());
    if (source.kind == CredentialSource::Kind::None && !profile.isEmpty()) {
        source.kind = CredentialSource::Kind::Profile;
        source.profileName = profile;
    }
    apply(Credentials(), source);
    AccountEvent data;
    data.profile = profile;
    data.detail = result.errorString;
    switch (result.status) {
    case AccountResult::Status::KeychainUnavailable:
        emitEvent(AccountEvent::Kind::KeychainUnavailable, data);
        break;
    case AccountResult::Status::NotFound:
        emitEvent(AccountEvent::Kind::ProfileMissing, data);
        break;
    case AccountResult::Status::Failed:
    case AccountResult::Status::Ok:
        emitEvent(AccountEvent::Kind::ProfileUnreadable, data);
        break;
    }
}

void AccountSession::apply(const Credentials& credentials, const CredentialSource& source)
{
    m_credentials = credentials;
    m_source = source;
    m_resolving = false;
    m_keyRefused = false;
    emit accountChanged(m_source);
}

void AccountSession::emitEvent(AccountEvent::Kind kind, AccountEvent data)
{
    data.kind = kind;
    if (data.endpoint.isEmpty())
        data.endpoint = m_endpoint.displayName();
    emit event(data);
}

void AccountSession::chooseProfile(const QString& name)
{
    if (!m_accounts || !m_endpoint.isValid())
        return;
    m_accounts->profiles().setCurrent(m_endpoint.displayName(), name);
    resolve();
}

void AccountSession::noteCallResult(const CallResult& result)
{
    const bool refused = isKeyRefused(result);
    if (refused != m_keyRefused && (refused || result.isSuccess())) {
        m_keyRefused = refused;
        emit stateChanged();
    }
}

void AccountSession::requestRights(const CredentialRules& missing)
{
    if (!m_accounts || !m_endpoint.isValid())
        return;
    if (!m_credentials.canSign() || m_resolving) {
        emit loginNeeded(loginPlan(LoginPlan::Page::RequestAccess, missing));
        return;
    }
    abortRightsJob();
    const bool replacing = canReplaceKey();
    const int serial = m_resolveSerial;
    auto* job = new CurrentCredentialJob(m_client, m_endpoint, m_credentials, this);
    m_rightsJob = job;
    emitEvent(AccountEvent::Kind::ReadingRights);
    connect(job, &CurrentCredentialJob::finished, this,
        [this, job, serial, replacing, missing](
            const CallResult& result, const std::optional<CredentialInfo>& info) {
            job->deleteLater();
            if (serial != m_resolveSerial)
                return; // the account changed meanwhile
            emitEvent(AccountEvent::Kind::RightsRead);
            if (info && !info->rules.isEmpty()) {
                emit loginNeeded(loginPlan(LoginPlan::Page::RequestAccess,
                    AccessRules::normalized(info->rules + missing), replacing));
                return;
            }
            // Without the current rules, a replacing key would silently lose them: request the
            // missing right alone, as a key that does not replace the current one.
            emit loginNeeded(loginPlan(LoginPlan::Page::RequestAccess, missing, false));
            AccountEvent data;
            data.rules = missing;
            data.detail = info ? QString() : failureText(result);
            emitEvent(AccountEvent::Kind::RightsUnreadable, data);
        });
    job->start();
}

void AccountSession::loggedIn(const Profile& profile, const Endpoint& endpoint,
    const std::optional<CredentialInfo>& obtained, const LoginPlan& plan,
    const Credentials& previousKey, const QString& previousProfile)
{
    if (profile.endpoint == m_endpoint.displayName())
        resolve();
    else
        emit stateChanged();
    ++m_loginSerial;
    m_report = LoginReport();
    m_report.endpoint = profile.endpoint;
    m_report.profile = profile.name;
    m_report.info = obtained;
    // A service account has no consumer key for GET /auth/currentCredential to describe.
    const bool serviceAccount = !profile.clientId.isEmpty();
    m_report.description = obtained || serviceAccount ? LoginReport::Description::Known
                                                      : LoginReport::Description::Pending;
    const bool replaced = plan.replacingKey && profile.endpoint == endpoint.displayName()
        && profile.name == previousProfile;
    if (plan.replacingKey && !replaced) {
        m_report.revocation = LoginReport::Revocation::Kept;
        m_report.previousProfile = previousProfile;
    }
    emit loginReported(m_report);
    if (!obtained && !serviceAccount)
        describeLogin(profile, endpoint); // the dialog could not say: ask the endpoint
    if (replaced)
        revokePreviousKey(endpoint, previousKey, previousProfile);
}

void AccountSession::describeLogin(const Profile& profile, const Endpoint& endpoint)
{
    // What was obtained, as the API describes the new key: read back from where the dialog
    // saved it, then GET /auth/currentCredential.
    const int serial = m_loginSerial;
    const auto report = [this, serial](LoginReport::Description description,
                            const std::optional<CredentialInfo>& info, const QString& detail) {
        if (serial != m_loginSerial)
            return;
        m_report.description = description;
        m_report.info = info;
        m_report.descriptionDetail = detail;
        emit loginReported(m_report);
    };
    AccountJob* load
        = adoptJob(this, m_accounts->load(profile.endpoint, profile.name), &AccountJob::finished);
    connect(
        load, &AccountJob::finished, this, [this, endpoint, report](const AccountResult& loaded) {
            if (!loaded.isOk() || !loaded.credentials.canSign()) {
                report(LoginReport::Description::Unreadable, std::nullopt, loaded.errorString);
                return;
            }
            auto* job = new CurrentCredentialJob(m_client, endpoint, loaded.credentials, this);
            connect(job, &CurrentCredentialJob::finished, this,
                [job, report](const CallResult& result, const std::optional<CredentialInfo>& info) {
                    job->deleteLater();
                    if (!info) {
                        report(LoginReport::Description::Unanswered, std::nullopt,
                            failureText(result));
                        return;
                    }
                    report(LoginReport::Description::Known, info, QString());
                });
            job->start();
        });
}

void AccountSession::revokePreviousKey(
    const Endpoint& endpoint, const Credentials& previous, const QString& profile)
{
    const int serial = m_loginSerial;
    auto* job = new LogoutJob(m_client, endpoint, previous, this);
    connect(
        job, &LogoutJob::finished, this, [this, job, serial, profile](const CallResult& result) {
            job->deleteLater();
            if (serial != m_loginSerial)
                return;
            m_report.previousProfile = profile;
            // A key that is already invalid is as good as revoked.
            if (result.isSuccess() || isKeyRefused(result)) {
                m_report.revocation = LoginReport::Revocation::Revoked;
            } else {
                m_report.revocation = LoginReport::Revocation::Failed;
                m_report.revocationDetail = failureText(result);
            }
            emit loginReported(m_report);
        });
    job->start();
}

void AccountSession::logout()
{
    if (!canLogOut())
        return;
    const Endpoint endpoint = m_endpoint;
    const CredentialSource source = m_source;
    auto* job = new LogoutJob(m_client, endpoint, m_credentials, this);
    m_logoutJob = job;
    emitEvent(AccountEvent::Kind::LoggingOut);
    connect(
        job, &LogoutJob::finished, this, [this, job, endpoint, source](const CallResult& result) {
            job->deleteLater();
            // A key that is already invalid is as good as revoked.
            if (!result.isSuccess() && !isKeyRefused(result)) {
                AccountEvent data;
                data.endpoint = endpoint.displayName();
                data.detail = failureText(result);
                emitEvent(AccountEvent::Kind::LogoutFailed, data);
                return;
            }
            if (source.kind == CredentialSource::Kind::Profile && m_accounts) {
                forgetConsumerKey(endpoint.displayName(), source.profileName);
                return;
            }
            // ovh.conf and the environment belong to the person: the window does not edit them.
            AccountEvent data;
            data.endpoint = endpoint.displayName();
            data.where = source.description;
            emitEvent(AccountEvent::Kind::LoggedOut, data);
            if (endpoint == m_endpoint) {
                Credentials kept = m_credentials;
                kept.consumerKey.clear();
                apply(kept, source);
            }
        });
    job->start();
}

void AccountSession::forgetConsumerKey(const QString& endpoint, const QString& profile)
{
    if (!m_accounts)
        return;
    AccountJob* job
        = adoptJob(this, m_accounts->forgetConsumerKey(endpoint, profile), &AccountJob::finished);
    connect(job, &AccountJob::finished, this, [this, endpoint](const AccountResult& result) {
        AccountEvent data;
        data.endpoint = endpoint;
        data.profile = result.profile.name;
        if (!result.isOk()) {
            data.detail = result.errorString;
            emitEvent(AccountEvent::Kind::ForgetFailed, data);
            return;
        }
        data.forgotten = true;
        emitEvent(AccountEvent::Kind::LoggedOut, data);
        if (endpoint == m_endpoint.displayName())
            resolve();
    });
}

void AccountSession::importAccount(const QString& name)
{
    if (!m_accounts || !m_endpoint.isValid())
        return;
    const QString endpoint = m_endpoint.displayName();
    AccountEvent data;
    data.profile = name;
    const Credentials credentials
        = AccountStore::fromConfigAndEnvironment(endpoint, m_config, m_environment, &data.where);
    if (credentials.applicationKey.isEmpty()) {
        emitEvent(AccountEvent::Kind::NothingToImport, data);
        return;
    }
    Profile profile;
    profile.name = name;
    profile.endpoint = endpoint;
    profile.applicationKey = credentials.applicationKey;
    AccountJob* job = adoptJob(this, m_accounts->save(profile, credentials), &AccountJob::finished);
    connect(job, &AccountJob::finished, this, [this, endpoint, data](const AccountResult& result) {
        AccountEvent done = data;
        if (result.status == AccountResult::Status::KeychainUnavailable) {
            emitEvent(AccountEvent::Kind::ImportNeedsKeychain, done);
            return;
        }
        if (!result.isOk()) {
            done.detail = result.errorString;
            emitEvent(AccountEvent::Kind::ImportFailed, done);
            return;
        }
        emitEvent(AccountEvent::Kind::Imported, done);
        if (endpoint == m_endpoint.displayName())
            resolve();
    });
}

void AccountSession::exportAccount(const QString& path)
{
    if (!m_accounts || m_source.kind != CredentialSource::Kind::Profile)
        return;
    AccountEvent data;
    data.profile = m_source.profileName;
    data.where = path;
    AccountJob* job
        = adoptJob(this, m_accounts->exportToFile(m_endpoint.displayName(), data.profile, path),
            &AccountJob::finished);
    connect(job, &AccountJob::finished, this, [this, data](const AccountResult& result) {
        AccountEvent done = data;
        done.detail = result.errorString;
        emitEvent(
            result.isOk() ? AccountEvent::Kind::Exported : AccountEvent::Kind::ExportFailed, done);
    });
}

void AccountSession::removeAccount(const QString& name)
{
    if (!m_accounts || !m_endpoint.isValid())
        return;
    const QString endpoint = m_endpoint.displayName();
    AccountJob* job = adoptJob(this, m_accounts->remove(endpoint, name), &AccountJob::finished);
    connect(job, &AccountJob::finished, this, [this, name, endpoint](const AccountResult& result) {
        AccountEvent data;
        data.endpoint = endpoint;
        data.profile = name;
        data.detail = result.errorString;
        emitEvent(
            result.isOk() ? AccountEvent::Kind::Removed : AccountEvent::Kind::RemoveFailed, data);
        if (result.isOk() && endpoint == m_endpoint.displayName())
            resolve();
    });
}

} // namespace Ovh
