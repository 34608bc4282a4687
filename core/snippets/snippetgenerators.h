#pragma once

#include "base/endpoint.h"
#include "call/callrequest.h"
#include "snippets/snippets.h"

#include <QString>

// One generator per language (internal to core/snippets/; use generateSnippet()).
namespace Ovh::Snippets {

QString pythonSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth);
QString phpSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth);
QString nodeSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth);
QString goSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth);
QString shellSnippet(const CallRequest& request, const Endpoint& endpoint, SnippetAuth auth);

} // namespace Ovh::Snippets
