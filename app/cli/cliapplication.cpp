#include "cli/cliapplication.h"

#include "cli/callcommand.h"
#include "cli/logincommand.h"
#include "cli/sandboxcommand.h"
#include "cli/schemacommands.h"
#include "cli/snippetcommand.h"

#include <QCoreApplication>

namespace Ovh::Cli {

CliApplication::CliApplication(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{ }

QString CliApplication::usage() const
{
    return QStringLiteral(
        "Usage: ovh-explorer-cli <command> [options]\n"
        "\n"
        "Commands:\n"
        "  schema   Load every product schema of an endpoint and report counts\n"
        "  ops      List operations, optionally filtered\n"
        "  call     Send one signed call: call METHOD PATH [-p name=value]... [--body JSON]\n"
        "  snippet  Print a script sending that call: snippet --lang python|php|node|go|shell "
        "METHOD PATH ...\n"
        "  login    Request a consumer key, wait for its validation, store it: login --rights 'GET "
        "/*' ...\n"
        "  sandbox  Run a local OVH-compatible API: sandbox [--port N] [--snapshot DIR] [--tls] "
        "[--skew S]\n"
        "\n"
        "Run 'ovh-explorer-cli <command> --help' for a command's options.\n"
        "Options: --help, --version\n");
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
        m_command = new SchemaCommand(m_nam, this);
    } else if (name == QLatin1String("ops")) {
        m_command = new OpsCommand(m_nam, this);
    } else if (name == QLatin1String("call")) {
        m_command = new CallCommand(m_nam, this);
    } else if (name == QLatin1String("snippet")) {
        m_command = new SnippetCommand(m_nam, this);
    } else if (name == QLatin1String("login")) {
        m_command = new LoginCommand(m_nam, this);
    } else if (name == QLatin1String("sandbox")) {
        m_command = new SandboxCommand(this);
    } else {
        printErr(QStringLiteral("unknown command '%1'\n\n").arg(name) + usage());
        return Usage;
    }
    connect(m_command, &Command::finished, this, &CliApplication::finished);
    // QCommandLineParser expects the program name first.
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(arguments.first() + QLatin1Char(' ') + name);
    return m_command->start(commandArguments);
}

} // namespace Ovh::Cli
