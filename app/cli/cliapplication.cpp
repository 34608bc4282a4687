#include "cli/cliapplication.h"

#include "cli/schemacommands.h"

#include <QCoreApplication>

namespace Ovh::Cli {

CliApplication::CliApplication(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{
}

QString CliApplication::usage() const
{
    return QStringLiteral(
        "Usage: ovh-explorer-cli <command> [options]\n"
        "\n"
        "Commands:\n"
        "  schema   Load every product schema of an endpoint and report counts\n"
        "  ops      List operations, optionally filtered\n"
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
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
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
