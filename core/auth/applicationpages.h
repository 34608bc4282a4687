#pragma once

#include "auth/credentialrequest.h"
#include "base/endpoint.h"

#include <QUrl>

namespace Ovh {

// The web pages of a region where a person creates an application (and a consumer key), on
// the API's host: "https://eu.api.ovh.com/createApp/". Custom and sandbox endpoints get the
// same paths on their own host (the sandbox does not serve them; the link still says where
// the real page lives). Invalid URL for an endpoint without a base URL.
QUrl createApplicationPage(const Endpoint& endpoint);

// The page that creates an application and a consumer key at once, rights pre-filled the way
// the page reads them: "https://eu.api.ovh.com/createToken/?GET=/me&POST=/domain/zone/*".
// Paths keep '/' and '*' as they are; other reserved characters are percent-encoded. Without
// rules: the bare createToken page.
QUrl createTokenPage(const Endpoint& endpoint, const CredentialRules& rules);

} // namespace Ovh
