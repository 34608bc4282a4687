#include "snippets/snippets.h"

#include "auth/applicationpages.h"

#include "snippets/snippetcommon.h"
#include "snippets/snippetgenerators.h"

namespace Ovh {

QList<SnippetLanguage> snippetLanguages()
{
    return { SnippetLanguage::Python, SnippetLanguage::Php, SnippetLanguage::Node,
        SnippetLanguage::Go, SnippetLanguage::Shell };
}

QString snippetLanguageName(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Python:
        return QStringLiteral("python");
    case SnippetLanguage::Php:
        return QStringLiteral("php");
    case SnippetLanguage::Node:
        return QStringLiteral("node");
    case SnippetLanguage::Go:
        return QStringLiteral("go");
    case SnippetLanguage::Shell:
        return QStringLiteral("shell");
    }
    return QString();
}

QString snippetLanguageTitle(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Python:
        return QStringLiteral("Python");
    case SnippetLanguage::Php:
        return QStringLiteral("PHP");
    case SnippetLanguage::Node:
        return QStringLiteral("Node.js");
    case SnippetLanguage::Go:
        return QStringLiteral("Go");
    case SnippetLanguage::Shell:
        return QStringLiteral("Shell");
    }
    return QString();
}

std::optional<SnippetLanguage> snippetLanguageFromName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    for (const SnippetLanguage language : snippetLanguages()) {
        if (lower == snippetLanguageName(language) || lower == snippetFileSuffix(language))
            return language;
    }
    if (lower == QLatin1String("nodejs") || lower == QLatin1String("node.js")
        || lower == QLatin1String("javascript"))
        return SnippetLanguage::Node;
    if (lower == QLatin1String("golang"))
        return SnippetLanguage::Go;
    if (lower == QLatin1String("bash") || lower == QLatin1String("curl"))
        return SnippetLanguage::Shell;
    return std::nullopt;
}

QString snippetFileSuffix(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Python:
        return QStringLiteral("py");
    case SnippetLanguage::Php:
        return QStringLiteral("php");
    case SnippetLanguage::Node:
        return QStringLiteral("js");
    case SnippetLanguage::Go:
        return QStringLiteral("go");
    case SnippetLanguage::Shell:
        return QStringLiteral("sh");
    }
    return QString();
}

QString generateSnippet(SnippetLanguage language, const CallRequest& branchRequest,
    const Endpoint& branchEndpoint, SnippetAuth auth)
{
    const auto [request, endpoint] = Snippets::wrapperView(branchRequest, branchEndpoint);
    switch (language) {
    case SnippetLanguage::Python:
        return Snippets::pythonSnippet(request, endpoint, auth);
    case SnippetLanguage::Php:
        return Snippets::phpSnippet(request, endpoint, auth);
    case SnippetLanguage::Node:
        return Snippets::nodeSnippet(request, endpoint, auth);
    case SnippetLanguage::Go:
        return Snippets::goSnippet(request, endpoint, auth);
    case SnippetLanguage::Shell:
        return Snippets::shellSnippet(request, endpoint, auth);
    }
    return QString();
}

QString createTokenUrl(const CallRequest& branchRequest, const Endpoint& branchEndpoint)
{
    const auto [request, endpoint] = Snippets::wrapperView(branchRequest, branchEndpoint);
    // One place builds these pages: the login dialog links to the same ones.
    const QUrl page = request.noAuthentication
        ? createApplicationPage(endpoint)
        : createTokenPage(
            endpoint, { AccessRules::forOperation(request.methodName(), request.pathTemplate) });
    return QString::fromLatin1(page.toEncoded());
}

QByteArray snippetTargetUrl(const CallRequest& branchRequest, const Endpoint& branchEndpoint)
{
    const auto [request, endpoint] = Snippets::wrapperView(branchRequest, branchEndpoint);
    return Snippets::wrapperBaseUrl(endpoint, request.path).toEncoded() + request.pathAndQuery();
}

} // namespace Ovh
