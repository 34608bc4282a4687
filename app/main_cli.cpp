#include "cli/cliapplication.h"
#include "cli/clicommand.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ovh-explorer-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ovh-api-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVH_VERSION));

    QNetworkAccessManager nam;
    Ovh::Cli::CliApplication cli(&nam);
    QObject::connect(&cli, &Ovh::Cli::CliApplication::finished, &app, &QCoreApplication::exit,
        Qt::QueuedConnection);
    const int code = cli.start(QCoreApplication::arguments());
    if (code != Ovh::Cli::Command::Pending)
        return code;
    return QCoreApplication::exec();
}
