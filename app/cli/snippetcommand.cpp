#include "cli/snippetcommand.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Ovh::Cli {

namespace {

const QString langOption = QStringLiteral("lang");

QString languageNames()
{
    QStringList names;
    for (const SnippetLanguage language : snippetLanguages())
        names << snippetLanguageName(language);
    return names.join(QLatin1Char('|'));
}

} // namespace

void SnippetCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({ langOption,
        QStringLiteral("The language of the script: %1 (default python).").arg(languageNames()),
        QStringLiteral("LANG") });
    addRequestOptions(parser,
        QStringLiteral("Accepted as in call (the profile must exist) so a call line can become "
                       "a snippet line; the script never holds credentials: it reads its own."));
}

QString SnippetCommand::usageLine() const
{
    return QStringLiteral("usage: snippet --lang %1 METHOD PATH [-p name=value]... [--body JSON]")
        .arg(languageNames());
}

QString SnippetCommand::checkOptions(
    const QCommandLineParser& parser, SchemaRepository::Options& options)
{
    if (parser.isSet(langOption)) {
        const auto language = snippetLanguageFromName(parser.value(langOption));
        if (!language)
            return QStringLiteral("--lang: unknown language '%1' (%2)")
                .arg(parser.value(langOption), languageNames());
        m_language = *language;
    }
    return checkRequestArguments(parser, options);
}

int SnippetCommand::onSchemaLoaded(const SchemaSet& schema)
{
    int exitCode = Failure;
    const std::optional<CallRequest> request
        = buildRequest(schema, QStringLiteral("no snippet"), &exitCode);
    if (!request)
        return exitCode;
    // A service account in OVH_CLIENT_* or ovh.conf: the wrappers' OAuth2 constructors.
    const SnippetAuth auth
        = resolved().credentials.hasOAuth2() ? SnippetAuth::ServiceAccount : SnippetAuth::Keys;
    const QString snippet = generateSnippet(m_language, *request, endpoint(), auth);
    if (jsonOutput()) {
        const QJsonObject object {
            { QStringLiteral("language"), snippetLanguageName(m_language) },
            { QStringLiteral("endpoint"), endpoint().displayName() },
            { QStringLiteral("method"), request->methodName() },
            { QStringLiteral("url"), QString::fromUtf8(snippetTargetUrl(*request, endpoint())) },
            { QStringLiteral("createTokenUrl"), createTokenUrl(*request, endpoint()) },
            { QStringLiteral("snippet"), snippet },
        };
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
    } else {
        printOut(snippet);
    }
    return Success;
}

} // namespace Ovh::Cli
