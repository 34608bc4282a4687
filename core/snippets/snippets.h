#pragma once

#include "base/endpoint.h"
#include "call/callrequest.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Ovh {

// The code tabs: a complete, runnable script per language that sends exactly `request` (same
// method, path, query and body as the explorer's own call) through the language's official
// wrapper, or through curl + openssl for the shell. Pure functions: CallRequest in, text out.
// The keys in the scripts are read from the OVH_* environment variables (python-ovh: its own
// configuration, OVH_* then ovh.conf), with placeholders, never the user's secrets. A request on
// a v2 (or v1) branch base URL is written as its /v2/… path on the region's client, header
// parameters the way each wrapper takes headers. For the sandbox (a named endpoint the
// wrappers do not know) the scripts use its URL and say that its port changes at each start. A
// request built with errors gives a script all the same (a live preview); only an error-free
// request is guaranteed to run.
enum class SnippetLanguage : quint8 {
    Python, // python-ovh (pip install ovh)
    Php, // php-ovh (composer require ovh/ovh)
    Node, // node-ovh (npm install ovh@2)
    Go, // go-ovh (github.com/ovh/go-ovh)
    Shell, // bash + curl + openssl: signs and syncs the clock itself
};

QList<SnippetLanguage> snippetLanguages();
// "python", "php", "node", "go", "shell": the CLI's --lang values.
QString snippetLanguageName(SnippetLanguage language);
// "Python", "PHP", "Node.js", "Go", "Shell": tab titles.
QString snippetLanguageTitle(SnippetLanguage language);
// Also accepts "py", "js", "nodejs", "golang", "sh", "bash", "curl"; case-insensitive.
std::optional<SnippetLanguage> snippetLanguageFromName(QStringView name);
// "py", "php", "js", "go", "sh" (no dot).
QString snippetFileSuffix(SnippetLanguage language);

// How the script's client authenticates: application keys (signed calls), or an OAuth2 service
// account (client id and secret, through the wrappers' OAuth2 constructors: python-ovh's
// ovh.Client(client_id=, client_secret=), php-ovh's Api::withOauth2, go-ovh's
// NewOAuth2Client; the shell script asks the token endpoint itself). node-ovh has no service
// accounts: its snippet keeps the keys and says so.
enum class SnippetAuth : quint8 { Keys, ServiceAccount };

QString generateSnippet(SnippetLanguage language, const CallRequest& request,
    const Endpoint& endpoint, SnippetAuth auth = SnippetAuth::Keys);

// The page that creates an application and a consumer key with exactly the rights `request`
// needs, path parameters as '*': "https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/record".
// For a call without authentication, the page that creates an application (…/createApp/).
QString createTokenUrl(const CallRequest& request, const Endpoint& endpoint);

// The absolute URL the wrappers send `request` to: the endpoint's base URL, without its
// "/1.0" when the path starts with /v1/ or /v2/ (as every wrapper does), then path and query.
QByteArray snippetTargetUrl(const CallRequest& request, const Endpoint& endpoint);

} // namespace Ovh
