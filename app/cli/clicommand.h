#pragma once

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace Ovh::Cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

// One sub-command of ovh-explorer-cli. start() either finishes at once (returns an exit code)
// or returns Pending and emits finished() later, from the application's event loop.
class Command : public QObject
{
    Q_OBJECT

public:
    static constexpr int Pending = -1;

    using QObject::QObject;
    virtual int start(const QStringList& arguments) = 0;

signals:
    void finished(int exitCode);
};

// Writes to the process's stdout / stderr (UTF-8).
void printOut(const QString& text);
void printErr(const QString& text);

// Parses `arguments` with `parser` (which has its help option): prints the parser's error and
// returns Usage, or prints the help and returns Success, or returns Command::Pending to go on.
int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments);

} // namespace Ovh::Cli
