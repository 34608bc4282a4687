#pragma once

#include "base/endpoint.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace Ovh {

// OAuth2 client credentials as the official wrappers use them for OVHcloud service accounts:
// a POST of grant_type=client_credentials&scope=all to the region's token URL, the client id
// and secret in HTTP Basic (as python-ovh's requests-oauthlib sends them; php-ovh puts them in
// the body, which the sandbox accepts too), a JSON answer {access_token, token_type: Bearer,
// expires_in}.
namespace OAuth2 {

// The token URL of a named region (ovh-eu https://www.ovh.com/auth/oauth2/token, ovh-ca
// https://ca.ovh.com/…, ovh-us https://us.ovhcloud.com/…); for a custom base URL,
// /auth/oauth2/token on its scheme, host and port. Invalid (empty) for a region without
// service accounts (kimsufi, soyoustart).
QUrl defaultTokenUrl(const Endpoint& endpoint);

// Why `url` cannot receive a client secret, for a person; empty when it can: an absolute
// https URL, or http on a loopback host (the sandbox), without user info or fragment.
QString tokenUrlProblem(const QUrl& url);

QByteArray requestBody(); // "grant_type=client_credentials&scope=all"
// "Basic " + base64(client_id ":" client_secret).
QByteArray basicAuthorization(const QString& clientId, const QString& clientSecret);

struct Token
{
    QByteArray accessToken;
    qint64 expiresInSeconds = 0; // 0: the answer gave no lifetime
};

// Reads a token endpoint's answer. nullopt and `error` for a person when it is not a usable
// token: an HTTP error (with the server's error / error_description, never a secret), a body
// that is not a JSON object, no access_token, a token_type other than Bearer, a token that
// cannot travel in a header, a negative or non-numeric expires_in.
std::optional<Token> parseAnswer(int status, const QByteArray& body, QString* error);

} // namespace OAuth2

} // namespace Ovh
