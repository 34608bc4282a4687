#pragma once

#include "base/credentials.h"
#include "sandbox/sandboxreply.h"

#include <QByteArray>
#include <QHash>

#include <optional>

namespace Ovh {

namespace SandboxDemo {

// The demo service account (OAuth2 client credentials), public on purpose like the demo keys:
// it only opens the local sandbox. Its tokens come from POST <origin>/auth/oauth2/token.
inline constexpr char kClientId[] = "SbxDemoClientId001";
inline constexpr char kClientSecret[] = "SbxDemoClientSecret000000000001";

inline Credentials serviceAccount()
{
    Credentials demo;
    demo.clientId = QString::fromLatin1(kClientId);
    demo.clientSecret = QString::fromLatin1(kClientSecret);
    return demo;
}

} // namespace SandboxDemo

// The sandbox's OAuth2 token endpoint and the bearer tokens it issued (in memory). A token
// request is POST application/x-www-form-urlencoded grant_type=client_credentials (scope, if
// given, "all"), the client authenticated by HTTP Basic (python-ovh) or by client_id and
// client_secret in the body (php-ovh). Errors follow RFC 6749 5.2 ({"error":"invalid_client",
// "error_description":…}). A bearer token opens every call, like the demo consumer key's
// GET/POST/PUT/DELETE /* rules, until it expires or is revoked.
class SandboxTokenIssuer
{
public:
    static constexpr qint64 kDefaultLifetimeSeconds = 3600;

    SandboxTokenIssuer(); // knows the demo service account

    void addClient(const QByteArray& clientId, const QByteArray& clientSecret);
    void setLifetime(qint64 seconds) { m_lifetime = seconds; }
    // Every token issued so far stops working (tests: a 401 on a token the client still holds).
    void revokeAll() { m_tokens.clear(); }
    int issuedCount() const { return m_issued; }

    SandboxReply answer(const QByteArray& method, const QByteArray& authorization,
        const QByteArray& body, qint64 now);

    // The call carries "Authorization: Bearer …" (then it is judged by check(), not signed).
    static bool carriesBearer(const QByteArray& authorization);
    // nullopt when the bearer token is valid at `now`; otherwise the 401 to answer.
    std::optional<SandboxReply> check(const QByteArray& authorization, qint64 now) const;

private:
    QHash<QByteArray, QByteArray> m_clients; // id -> secret
    QHash<QByteArray, qint64> m_tokens; // token -> expiry (sandbox clock)
    qint64 m_lifetime = kDefaultLifetimeSeconds;
    int m_issued = 0;
};

} // namespace Ovh
