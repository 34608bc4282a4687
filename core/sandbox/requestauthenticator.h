#pragma once

#include "sandbox/credentialstore.h"
#include "sandbox/sandboxreply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace Ovh {

// What the sandbox received, as the bytes the client signed them.
struct IncomingCall
{
    QByteArray method; // "GET"
    QByteArray url; // scheme://<Host header><raw request target>, byte for byte
    QByteArray portlessUrl; // the same without ":port" (empty when the Host had no port)
    QByteArray body; // raw body bytes
    QByteArray applicationKey; // X-Ovh-Application
    QByteArray consumerKey; // X-Ovh-Consumer
    QByteArray timestamp; // X-Ovh-Timestamp
    QByteArray signature; // X-Ovh-Signature
    QByteArray authorization; // Authorization: a service account's "Bearer …"
    QString path; // relative to the base path, as sent ("/ip/1.2.3.0%2F29")
    QString decodedPath; // the same, percent-decoded ("/ip/1.2.3.0/29")
    QHostAddress remoteAddress;
};

enum class AuthRequirement : quint8 {
    Application, // noAuthentication operations, /auth/time, POST /auth/credential
    Credential, // signed, with a validated consumer key
    AnyCredential // signed, whatever the key's state (GET /auth/currentCredential)
};

struct AuthResult
{
    const SandboxApplication* application = nullptr;
    const SandboxCredential* credential = nullptr;
    std::optional<SandboxReply> error;

    bool ok() const { return !error.has_value(); }
};

// Checks a call like the API does, in this order: application key (403 INVALID_KEY), consumer
// key (401 NOT_CREDENTIAL when absent, 403 INVALID_CREDENTIAL when unknown, of another
// application or not validated), timestamp within ±window of `now` (400 QUERY_TIME_OUT),
// signature over the URL as received and the raw body (400 INVALID_SIGNATURE), allowed IPs
// and access rules on the path as sent (403 NOT_GRANTED_CALL).
class RequestAuthenticator
{
public:
    static constexpr qint64 kDefaultWindowSeconds = 180;

    explicit RequestAuthenticator(const CredentialStore& store)
        : m_store(store)
    { }

    void setTimeWindow(qint64 seconds) { m_window = seconds; }
    // The npm `ovh` wrapper hashes "https://" + host + path, leaving the port out: harmless on
    // the real API (port 443), wrong on a sandbox with another port. When on, a signature over
    // that port-less URL is accepted too. On by default.
    void setAcceptPortlessUrl(bool accept) { m_acceptPortless = accept; }

    AuthResult check(
        const IncomingCall& call, AuthRequirement requirement, bool checkRules, qint64 now) const;

private:
    bool signatureMatches(const IncomingCall& call, const SandboxApplication& application) const;

    const CredentialStore& m_store;
    qint64 m_window = kDefaultWindowSeconds;
    bool m_acceptPortless = true;
};

// Equal bytes, in a time that does not depend on where they differ.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace Ovh
