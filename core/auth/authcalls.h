#pragma once

#include "auth/accessrules.h"
#include "base/endpoint.h"
#include "net/apiclient.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace Ovh {

// The three calls of the /auth API a login needs, as HTTP calls ready to send.

// What POST /auth/credential asks for.
struct CredentialRequestSpec
{
    CredentialRules rules;
    QStringList allowedIPs; // optional, ip blocks ("192.0.2.0/24")
    QUrl redirection; // optional: where OVH's page sends the browser after validation

    QByteArray body() const; // the compact JSON body
};

namespace AuthCalls {
// POST <base>/auth/credential, unsigned (X-Ovh-Application only).
HttpCall requestCredential(const Endpoint& endpoint, const CredentialRequestSpec& spec);
// GET <base>/auth/currentCredential, signed.
HttpCall currentCredential(const Endpoint& endpoint);
// POST <base>/auth/logout, signed: the consumer key expires at once.
HttpCall logout(const Endpoint& endpoint);
} // namespace AuthCalls

} // namespace Ovh
