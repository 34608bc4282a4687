#include "buildinfo.h"
#include "cli/cliapplication.h"
#include "cli/clicommand.h"
#include "text/displaytext.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ovh-explorer-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ovh-api-explorer"));
    QCoreApplication::setApplicationVersion(Ovh::buildVersion());

    // Qt would turn a bad byte into U+FFFD and send that: refuse instead.
    for (int i = 1; i < argc; ++i) {
        qsizetype offset = 0;
        if (!Ovh::isValidUtf8(QByteArrayView(argv[i]), &offset)) {
            Ovh::Cli::printErr(
                QStringLiteral("argument %1 is not valid UTF-8 (byte %2 is 0x%3); nothing done\n")
                    .arg(i)
                    .arg(offset + 1)
                    .arg(uint(uchar(argv[i][offset])), 2, 16, QLatin1Char('0')));
            return Ovh::Cli::Usage;
        }
    }

    QNetworkAccessManager nam;
    Ovh::Cli::CliApplication cli(&nam);
    QObject::connect(&cli, &Ovh::Cli::CliApplication::finished, &app, &QCoreApplication::exit,
        Qt::QueuedConnection);
    const int code = cli.start(QCoreApplication::arguments());
    if (code != Ovh::Cli::Command::Pending)
        return code;
    return QCoreApplication::exec();
}
