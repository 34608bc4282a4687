#pragma once

#include "auth/accountstore.h"
#include "auth/credentialrequest.h"
#include "auth/ovhconfig.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "session/sandboxname.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <optional>

namespace Ovh {

class ApiClient;

// What happened to the account, for the window to put into words (never tr() text here).
// Only the fields a kind names are set; never a secret.
struct AccountEvent
{
    enum class Kind : quint8 {
        KeychainUnavailable, // the current profile's secrets cannot be read (profile)
        ProfileMissing, // its secrets are gone from the keychain (profile)
        ProfileUnreadable, // reading them failed (profile, detail)
        ReadingRights, // GET /auth/currentCredential for "Request this right" is on its way
        RightsRead, // … it answered (a login was requested meanwhile)
        // The current rules could not be read: only `rules` (the missing right) is requested,
        // as a key that does not replace the current one (detail; empty: it listed none).
        RightsUnreadable,
        LoggingOut, // POST /auth/logout is on its way (endpoint)
        LogoutFailed, // the key is still valid and kept (endpoint, detail)
        ForgetFailed, // revoked, but still in the keychain (endpoint, profile, detail)
        LoggedOut, // revoked; `forgotten`: removed from the profile, else remove it from `where`
        NothingToImport, // ovh.conf / the variables hold no application key (endpoint, where)
        ImportNeedsKeychain, // no keychain: nothing imported (where)
        ImportFailed, // (profile, detail)
        Imported, // (profile, where)
        ExportFailed, // (profile, where = the file, detail)
        Exported, // (profile, where = the file)
        RemoveFailed, // (profile, detail)
        Removed, // (profile, endpoint)
    };
    Kind kind = Kind::ProfileUnreadable;
    QString endpoint; // Endpoint::displayName()
    QString profile;
    QString detail; // why, for a person (an error string or a call's failure)
    QString where; // a file, or where the keys came from ("~/.ovh.conf, environment")
    CredentialRules rules;
    bool forgotten = false;
};

// What a finished login obtained, and what became of the key it replaced. Never a secret.
struct LoginReport
{
    enum class Description : quint8 {
        Known, // `info` describes the new key
        Pending, // the dialog did not say: the endpoint is being asked
        Unreadable, // the new key could not be read back (detail)
        Unanswered, // the endpoint could not describe it (detail)
    };
    enum class Revocation : quint8 {
        None, // nothing was replaced
        Kept, // the previous key stays in `previousProfile` (saved under another name)
        Revoked, // the previous key of `previousProfile` is revoked
        Failed, // it could not be revoked (detail): it stays valid until it expires
    };
    QString endpoint;
    QString profile;
    Description description = Description::Pending;
    std::optional<CredentialInfo> info;
    QString descriptionDetail;
    Revocation revocation = Revocation::None;
    QString previousProfile;
    QString revocationDetail;

    bool isProblem() const { return revocation == Revocation::Failed; }
};

// What a login should open with; the window adds the open operation.
struct LoginPlan
{
    enum class Page : quint8 { HaveKeys, RequestAccess };
    Page page = Page::RequestAccess;
    CredentialRules rules;
    bool replacingKey = false; // once saved under the same profile, the current key is revoked
    QString profileName; // the profile to save into (editable in the dialog)
    Credentials prefill; // the application key and secret already known
    bool demo = false; // the sandbox
};

// The account of the window's endpoint: which keys sign its calls and where they came from
// (resolved with CredentialPrecedence), and the decisions about them, each made here once:
// switching profile, logging in and out (revoke, then forget), "Request this right", whether
// the endpoint refused the key, which login page to start on, importing, exporting and removing
// a profile. Emits state and events as enums plus data; the window words them.
// Answers for an earlier endpoint or account are dropped.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    // `accounts` (may be null: only `config` and `environment`, and no log-in) and `client` are
    // owned by the caller and outlive the session.
    AccountSession(AccountStore* accounts, ApiClient* client, OvhConfig config,
        QProcessEnvironment environment, QObject* parent = nullptr);
    ~AccountSession() override;

    // Where a login starts: "Request access" (a newcomer needs a consumer key, and enters the
    // application there too), unless a consumer key is known without its application: then the
    // person has keys to complete.
    static LoginPlan::Page loginPageFor(const Credentials& credentials);
    // The endpoint answered that the consumer key is not valid (expired, revoked, never
    // validated): a new one is needed.
    static bool isKeyRefused(const CallResult& result);
    // The page a login that fixes this refused call starts on; nullopt: a login does not fix it.
    static std::optional<LoginPlan::Page> loginPageAfter(const CallResult& result);

    AccountStore* accounts() const { return m_accounts; }
    ApiClient* client() const { return m_client; }
    Endpoint endpoint() const { return m_endpoint; }
    bool isSandbox() const;
    // The keys in use for endpoint(); never logged nor shown.
    const Credentials& credentials() const { return m_credentials; }
    CredentialSource source() const { return m_source; }
    bool isResolving() const { return m_resolving; }
    bool isKeyRefusedNow() const { return m_keyRefused; }
    // ovh.conf or the OVH_* variables hold keys for this endpoint (never for the sandbox).
    bool configHasKeys() const;
    // The ovh.conf read once when the session was made (the CLI reads it no second time).
    const OvhConfig& config() const { return m_config; }
    // Only a profile's key is replaced (and the old one revoked): ovh.conf and the environment
    // belong to the person, and the demo key is shared.
    bool canReplaceKey() const;
    bool canLogOut() const;
    LoginPlan loginPlan(
        LoginPlan::Page page, const CredentialRules& rules = {}, bool replacingKey = false) const;
    LoginPlan::Page loginPage() const { return loginPageFor(m_credentials); }

    // The sandbox's demo keys, and a fresh sandbox session: the sandbox keeps the keys it issues
    // in memory only, so a sandbox profile saved by an earlier run holds a key it never issued.
    void startSandboxSession(const Credentials& demoKeys);
    // Forgets the previous endpoint's keys (accountChanged with none) and resolves this one's.
    void setEndpoint(const Endpoint& endpoint);

public slots:
    void resolve();
    // "" goes back to ovh.conf / the variables, or the demo keys on the sandbox.
    void chooseProfile(const QString& name);
    // What a call answered: the account follows what the API says of the key.
    void noteCallResult(const CallResult& result);
    // The current key's rules (GET /auth/currentCredential) plus `missing`, in a login that
    // replaces the current key (loginNeeded).
    void requestRights(const CredentialRules& missing);
    // Revokes the key (POST /auth/logout), then forgets it: from the profile, or (ovh.conf and
    // the environment belong to the person) only from this session.
    void logout();
    void forgetConsumerKey(const QString& endpoint, const QString& profile);
    void importAccount(const QString& name);
    void exportAccount(const QString& path);
    void removeAccount(const QString& name);
    // The login dialog saved `profile` for `endpoint`; `obtained` describes the new key when it
    // could. `plan` is the one the login was opened with.
    void loggedIn(const Ovh::Profile& profile, const Ovh::Endpoint& endpoint,
        const std::optional<Ovh::CredentialInfo>& obtained, const Ovh::LoginPlan& plan,
        const Ovh::Credentials& previousKey, const QString& previousProfile);

signals:
    // A resolve begins: what was said of the previous account is stale.
    void resolveStarted();
    // The keychain is being read (isResolving()): calls wait until accountChanged.
    void readingKeychain();
    // The keys of endpoint() are known (after a switch, a log-in or a log-out); calls signed
    // with the previous ones are to be cancelled.
    void accountChanged(const Ovh::CredentialSource& source);
    void stateChanged(); // key refused, profiles: what the account button shows
    void event(const Ovh::AccountEvent& event);
    void loginNeeded(const Ovh::LoginPlan& plan);
    void loginReported(const Ovh::LoginReport& report);

private:
    void onResolved(const AccountResult& result);
    void apply(const Credentials& credentials, const CredentialSource& source);
    void abortRightsJob();
    void describeLogin(const Profile& profile, const Endpoint& endpoint);
    void revokePreviousKey(
        const Endpoint& endpoint, const Credentials& previous, const QString& profile);
    void emitEvent(AccountEvent::Kind kind, AccountEvent data = {});

    AccountStore* m_accounts;
    QPointer<ApiClient> m_client;
    OvhConfig m_config;
    QProcessEnvironment m_environment;
    Credentials m_demoKeys;

    Endpoint m_endpoint;
    Credentials m_credentials;
    CredentialSource m_source;
    bool m_resolving = false;
    bool m_keyRefused = false; // the last call was answered INVALID_CREDENTIAL
    int m_resolveSerial = 0; // answers for an earlier endpoint or switch are dropped
    QPointer<LogoutJob> m_logoutJob;
    QPointer<CurrentCredentialJob> m_rightsJob;
    LoginReport m_report;
    int m_loginSerial = 0; // a newer login drops the reports of an older one
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::AccountEvent)
Q_DECLARE_METATYPE(Ovh::LoginReport)
Q_DECLARE_METATYPE(Ovh::LoginPlan)
