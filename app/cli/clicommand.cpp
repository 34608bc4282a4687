#include "cli/clicommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Ovh::Cli {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments)) {
        printErr(parser.errorText() + QLatin1Char('\n'));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt writes the process's own name; the usage line must also name the command.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ");
        const QString program = QCoreApplication::arguments().value(0);
        if (text.startsWith(usage + program + QLatin1Char(' ')))
            text.replace(usage.size(), program.size(), arguments.value(0));
        printOut(text);
        return Success;
    }
    return Command::Pending;
}

} // namespace Ovh::Cli
