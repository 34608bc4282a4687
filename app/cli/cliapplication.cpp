#include "cli/cliapplication.h"

#include "auth/accountstore.h"
#include "auth/secretstore.h"
#include "cli/callcommand.h"
#include "cli/completecommand.h"
#include "cli/historycommand.h"
#include "cli/logincommand.h"
#include "cli/sandboxcommand.h"
#include "cli/schemacommands.h"
#include "cli/snippetcommand.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "net/apiclient.h"
#include "session/explorerservices.h"
#include "settings/explorersettings.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace Ovh::Cli {

namespace {

// The commands' one-line summaries: the top-level help lists them, each command's own --help
// (and so the man page) starts with its own.
struct CommandSummary
{
    const char* name;
    const char* summary;
};
constexpr CommandSummary commandSummaries[] = {
    { "schema", "Load every product schema of an endpoint and report counts" },
    { "ops", "List operations, optionally filtered" },
    { "call", "Send one signed call: call METHOD PATH [-p name=value]... [--body JSON]" },
    { "snippet",
        "Print a script sending that call: snippet --lang python|php|node|go|shell METHOD PATH "
        "..." },
    { "history",
        "The calls sent, newest first: history [--filter TEXT] [--limit N] [--json], history "
        "show ID, history clear" },
    { "login",
        "Request a consumer key, wait for its validation, store it: login --rights 'GET /*' ..." },
    { "sandbox",
        "Run a local OVH-compatible API: sandbox [--port N] [--snapshot DIR] [--tls] [--skew S]" },
};

QString commandList()
{
    QString text;
    for (const CommandSummary& command : commandSummaries) {
        text += QStringLiteral("  %1 %2\n")
                    .arg(QLatin1String(command.name), -8)
                    .arg(QLatin1String(command.summary));
    }
    return text;
}

QString summaryOf(const QString& name)
{
    for (const CommandSummary& command : commandSummaries) {
        if (name == QLatin1String(command.name))
            return QLatin1String(command.summary);
    }
    return QString();
}

} // namespace

QStringList CliApplication::commandNames()
{
    QStringList names;
    for (const CommandSummary& command : commandSummaries)
        names.append(QLatin1String(command.name));
    return names;
}

CliApplication::CliApplication(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_history(std::make_unique<HistoryStore>())
    , m_recorder(new HistoryRecorder(m_history.get(), this))
{ }

CliApplication::~CliApplication()
{
    // The command uses the services, which use the accounts, which use the settings.
    delete m_command;
    delete m_recorder;
    m_services.reset();
    m_accounts.reset();
    m_secrets.reset();
}

ExplorerServices* CliApplication::services()
{
    if (!m_services) {
        m_settings = std::make_unique<ExplorerSettings>();
        m_secrets = std::make_unique<SecretStore>();
        m_accounts = std::make_unique<AccountStore>(m_settings->store(), m_secrets.get());
        ExplorerServices::Options options;
        options.accounts = m_accounts.get();
        options.config = OvhConfig::load();
        options.environment = QProcessEnvironment::systemEnvironment();
        // The CLI's own per-call default (login's calls; `call` sets its --timeout).
        options.callTimeoutMs = ApiCall::Settings().timeoutMs;
        m_services = std::make_unique<ExplorerServices>(m_nam, options);
    }
    return m_services.get();
}

QString CliApplication::usage() const
{
    return QStringLiteral(
        "Usage: ovh-explorer-cli <command> [options]\n"
        "Explore and call the OVHcloud API from a terminal: load and search its schema, send\n"
        "signed calls, write them as scripts, log in, run a local sandbox API.\n"
        "\n"
        "Commands:\n"
        "%1"
        "\n"
        "Run 'ovh-explorer-cli <command> --help' for a command's options.\n"
        "Options: --help, --version\n"
        "\n"
        "Environment:\n"
        "  OVH_ENDPOINT            The endpoint when --endpoint is not given\n"
        "  OVH_APPLICATION_KEY     Application key (over ovh.conf, under the flags)\n"
        "  OVH_APPLICATION_SECRET  Application secret\n"
        "  OVH_CONSUMER_KEY        Consumer key\n"
        "  OVH_CLIENT_ID           OAuth2 client id (service accounts)\n"
        "  OVH_CLIENT_SECRET       OAuth2 client secret\n"
        "\n"
        "Files:\n"
        "  /etc/ovh.conf, ~/.ovh.conf, ./ovh.conf\n"
        "      Credentials in python-ovh's format, later files winning; --config reads one\n"
        "      file instead. A secret in a file others may read gives a warning.\n"
        "  ~/.cache/ovh-api-explorer/schemas\n"
        "      The schema cache shared with the window (--cache-dir chooses another).\n"
        "  ~/.config/ovh-api-explorer/ovh-explorer.conf\n"
        "      Profiles and the current profile of each endpoint (never a secret: secrets\n"
        "      live in the desktop's keychain or in ovh.conf).\n"
        "  ~/.local/share/ovh-api-explorer/history.sqlite\n"
        "      The calls sent by the window and by call (SQLite): what was sent and what came\n"
        "      back, bodies over 1 MB cut; never a key, a signature or a password.\n"
        "\n"
        "Exit status:\n"
        "  0  Success (for call: the API answered 2xx)\n"
        "  1  Failure: an API error, a network error, a timeout, an answer cut short\n"
        "  2  Usage: a bad option or value; nothing was sent\n"
        "\n"
        "Examples:\n"
        "  ovh-explorer-cli schema --endpoint ovh-eu\n"
        "  ovh-explorer-cli ops --filter 'zone record'\n"
        "  ovh-explorer-cli login --rights 'GET /*' --profile work\n"
        "  ovh-explorer-cli call GET /domain/zone/{zoneName}/record -p zoneName=example.com\n"
        "  ovh-explorer-cli history --filter zone\n"
        "  ovh-explorer-cli call --from-history 12 -p zoneName=example.net\n"
        "  ovh-explorer-cli snippet --lang python GET /me\n")
        .arg(commandList());
}

int CliApplication::start(const QStringList& arguments)
{
    const QString name = arguments.value(1);
    if (name.isEmpty()) {
        printErr(usage());
        return Usage;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        printOut(usage());
        return Success;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        printOut(QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return Success;
    }
    if (name == QLatin1String("schema")) {
        m_command = new SchemaCommand(services(), this);
    } else if (name == QLatin1String("ops")) {
        m_command = new OpsCommand(services(), this);
    } else if (name == QLatin1String("call")) {
        auto* call = new CallCommand(services(), this);
        call->setRecorder(m_recorder, m_settings.get());
        m_command = call;
    } else if (name == QLatin1String("snippet")) {
        m_command = new SnippetCommand(services(), this);
    } else if (name == QLatin1String("history")) {
        m_command = new HistoryCommand(m_history.get(), this);
    } else if (name == QLatin1String("login")) {
        m_command = new LoginCommand(services(), this);
    } else if (name == QLatin1String("sandbox")) {
        m_command = new SandboxCommand(this);
    } else if (name == QLatin1String("complete")) {
        // Hidden: the shell completion's helper (resources/completion/ovh-explorer-cli).
        m_command = new CompleteCommand(services(), this);
    } else {
        printErr(QStringLiteral("unknown command '%1'\n\n").arg(name) + usage());
        return Usage;
    }
    if (auto* loading = qobject_cast<SchemaLoadingCommand*>(m_command))
        loading->setDescription(summaryOf(name));
    connect(m_command, &Command::finished, this, &CliApplication::finished);
    // QCommandLineParser expects the program name first.
    QStringList commandArguments = arguments.mid(2);
    if (name == QLatin1String("call")) {
        QString error;
        commandArguments = callFromHistory(commandArguments, m_history.get(), &error);
        if (!error.isEmpty()) {
            printErr(error + QStringLiteral("; nothing sent\n"));
            return Usage;
        }
    }
    commandArguments.prepend(arguments.first() + QLatin1Char(' ') + name);
    return m_command->start(commandArguments);
}

} // namespace Ovh::Cli
