#include "cli/completecommand.h"

#include "cli/cliapplication.h"

#include "auth/profilestore.h"
#include "base/endpoint.h"
#include "net/schemarepository.h"
#include "session/explorerservices.h"
#include "settings/explorersettings.h"
#include "snippets/snippets.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace Ovh::Cli {

namespace {

const QStringList methodNames { QStringLiteral("GET"), QStringLiteral("POST"),
    QStringLiteral("PUT"), QStringLiteral("DELETE") };

bool takesMethodAndPath(const QString& command)
{
    return command == QLatin1String("call") || command == QLatin1String("snippet");
}

QStringList startingWith(const QStringList& candidates, const QString& prefix)
{
    QStringList result;
    for (const QString& candidate : candidates) {
        if (candidate.startsWith(prefix) && !result.contains(candidate))
            result.append(candidate);
    }
    return result;
}

} // namespace

CompleteCommand::CompleteCommand(ExplorerServices* services, QObject* parent)
    : Command(parent)
    , m_services(services)
{ }

CompleteCommand::~CompleteCommand() = default;

QStringList CompleteCommand::splitWords(const QString& line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < line.size())
                word += line.at(++i);
            else
                word += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    words.append(word); // the word under the cursor, empty after a space
    return words;
}

int CompleteCommand::start(const QStringList& arguments)
{
    // arguments: "<program> complete", [--word CUR], "--", LINE
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    if (separator < 0 || separator + 1 >= arguments.size()) {
        printErr(QStringLiteral("usage: ovh-explorer-cli complete [--word CUR] -- LINE\n"));
        return Usage;
    }
    const qsizetype wordOption = arguments.indexOf(QStringLiteral("--word"));
    if (wordOption > 0 && wordOption + 1 < separator)
        m_shellWord = arguments.at(wordOption + 1);
    m_words = splitWords(arguments.at(separator + 1));
    if (wordOption < 0)
        m_shellWord = m_words.last();
    return complete();
}

QList<CompleteCommand::OptionInfo> CompleteCommand::optionsOf(const QString& command) const
{
    // The command's own --help is the one list of its options (as for the man page).
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), { command, QStringLiteral("--help") });
    if (!process.waitForFinished(5000))
        return {};
    static const QRegularExpression optionLine(
        QStringLiteral("^  (?:(-\\w), )?(--[\\w-]+)(?: <([^>]+)>)?"),
        QRegularExpression::MultilineOption);
    QList<OptionInfo> options;
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (auto it = optionLine.globalMatch(help); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(2) == QLatin1String("--help-all"))
            continue;
        options.append({ match.captured(2), match.captured(3) });
        if (!match.captured(1).isEmpty())
            options.append({ match.captured(1), match.captured(3) });
    }
    return options;
}

QStringList CompleteCommand::optionValues(const OptionInfo& option) const
{
    if (option.name == QLatin1String("--endpoint")) {
        QStringList values;
        for (const Endpoint& endpoint : Endpoint::known())
            values.append(endpoint.name);
        // Custom base URLs already used: the window's last one and the saved profiles'.
        const ExplorerSettings settings;
        const QString last = settings.lastEndpoint();
        if (last.contains(QLatin1String("://")))
            values.append(last);
        for (const Profile& profile : ProfileStore(settings.store()).profiles()) {
            if (profile.endpoint.contains(QLatin1String("://")))
                values.append(profile.endpoint);
        }
        return values;
    }
    if (option.name == QLatin1String("--lang")) {
        QStringList values;
        for (SnippetLanguage language : snippetLanguages())
            values.append(snippetLanguageName(language));
        return values;
    }
    if (option.name == QLatin1String("--profile")) {
        const ExplorerSettings settings;
        const auto endpoint = Endpoint::fromUserText(m_endpointText);
        QStringList values;
        for (const Profile& profile :
            ProfileStore(settings.store()).profiles(endpoint ? endpoint->displayName() : QString()))
            values.append(profile.name);
        return values;
    }
    if (option.placeholder.contains(QLatin1Char('|')))
        return option.placeholder.split(QLatin1Char('|'));
    return {}; // files, numbers, free text: the shell's default completion
}

int CompleteCommand::complete()
{
    m_current = m_words.last();
    if (m_words.size() <= 2) {
        QStringList commands = CliApplication::commandNames();
        commands << QStringLiteral("--help") << QStringLiteral("--version");
        return print(startingWith(commands, m_current));
    }
    m_command = m_words.at(1);
    if (!CliApplication::commandNames().contains(m_command))
        return print({});
    const QList<OptionInfo> options = optionsOf(m_command);
    const auto optionNamed = [&options](const QString& name) -> const OptionInfo* {
        for (const OptionInfo& option : options) {
            if (option.name == name)
                return &option;
        }
        return nullptr;
    };

    m_endpointText = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("OVH_ENDPOINT"), QStringLiteral("ovh-eu"));
    const OptionInfo* pendingOption = nullptr;
    for (qsizetype i = 2; i + 1 < m_words.size(); ++i) {
        const QString& word = m_words.at(i);
        if (pendingOption) {
            if (pendingOption->name == QLatin1String("--endpoint"))
                m_endpointText = word;
            else if (pendingOption->name == QLatin1String("--cache-dir"))
                m_cacheDir = word;
            pendingOption = nullptr;
        } else if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            const OptionInfo* option = optionNamed(equals > 0 ? word.left(equals) : word);
            if (option && !option->placeholder.isEmpty() && equals < 0)
                pendingOption = option;
            else if (option && option->name == QLatin1String("--endpoint"))
                m_endpointText = word.mid(equals + 1);
        } else {
            m_positional.append(word);
        }
    }

    if (pendingOption) {
        if (takesMethodAndPath(m_command) && m_positional.size() >= 2
            && (pendingOption->name == QLatin1String("-p")
                || pendingOption->name == QLatin1String("--param"))) {
            m_want = Want::ParamName;
            return completeFromSchema();
        }
        return print(startingWith(optionValues(*pendingOption), m_current));
    }
    if (m_current.startsWith(QLatin1Char('-'))) {
        QStringList names;
        for (const OptionInfo& option : options)
            names.append(option.name);
        return print(startingWith(names, m_current));
    }
    if (takesMethodAndPath(m_command)) {
        if (m_positional.isEmpty())
            return print(startingWith(methodNames, m_current.toUpper()));
        if (m_positional.size() == 1) {
            m_want = Want::Path;
            return completeFromSchema();
        }
    }
    return print({});
}

int CompleteCommand::completeFromSchema()
{
    const auto endpoint = Endpoint::fromUserText(m_endpointText);
    if (!endpoint)
        return print({});
    SchemaRepository::Options options;
    options.offline = true;
    options.cacheDir = m_cacheDir;
    const QString path = m_want == Want::Path ? m_current : m_positional.at(1);
    // Only the products the path can be in: one product parses in milliseconds, all of them
    // would not. While the product itself is typed ("/dom"), the index alone answers, unless
    // the prefix names a single product.
    options.productFilter = [path](const QString& product) {
        if (path.size() < 2)
            return false;
        return product.startsWith(path) || path.startsWith(product + QLatin1Char('/'))
            || path == product;
    };
    SchemaRepository* repository = m_services->repository();
    repository->setOptions(options);
    connect(repository, &SchemaRepository::loaded, this, &CompleteCommand::onSchemaLoaded);
    repository->load(*endpoint);
    return Pending;
}

void CompleteCommand::onSchemaLoaded(const SchemaSet& schema)
{
    const HttpMethod method = httpMethodFromName(m_positional.at(0).toUpper());
    QStringList candidates;
    if (m_want == Want::Path) {
        QStringList products;
        for (const ApiIndexEntry& entry : schema.index.products) {
            if (entry.path.startsWith(m_current))
                products.append(entry.path);
        }
        // Several products still match: their roots are the candidates; one: its paths.
        if (schema.products.isEmpty() || products.size() > 1) {
            candidates = products;
        }
        for (const Product& product : schema.products) {
            for (const ApiPath& apiPath : product.paths) {
                for (const Operation& operation : apiPath.operations) {
                    if (operation.method == method && apiPath.path.startsWith(m_current)
                        && !candidates.contains(apiPath.path))
                        candidates.append(apiPath.path);
                }
            }
        }
    } else {
        for (const Product& product : schema.products) {
            for (const ApiPath& apiPath : product.paths) {
                if (apiPath.path != m_positional.at(1))
                    continue;
                for (const Operation& operation : apiPath.operations) {
                    if (operation.method != method)
                        continue;
                    for (const Parameter& parameter : operation.parameters) {
                        if (!parameter.name.isEmpty()) {
                            candidates.append(parameter.name + QLatin1Char('='));
                            continue;
                        }
                        // An unnamed body: -p names the properties of its model.
                        for (const Property& property : product.propertiesOf(parameter.type))
                            candidates.append(property.name + QLatin1Char('='));
                    }
                }
            }
        }
        candidates = startingWith(candidates, m_current);
    }
    emit finished(print(candidates));
}

int CompleteCommand::print(const QStringList& candidates)
{
    // The shell replaces only its own current word, the tail of ours.
    const qsizetype cut = m_current.size() - m_shellWord.size();
    QString text;
    for (const QString& candidate : candidates) {
        if (cut >= 0 && candidate.startsWith(m_current.left(cut)))
            text += candidate.mid(cut) + QLatin1Char('\n');
    }
    printOut(text);
    return Success;
}

} // namespace Ovh::Cli
