#include "processrun.h"

#include <QProcess>
#include <QSignalSpy>

namespace OvhTest {

QString ProcessRun::describe() const
{
    if (!started)
        return QStringLiteral("did not start: ") + errorString;
    if (!finished)
        return QStringLiteral("timed out: ") + errorString + QLatin1Char('\n')
            + QString::fromUtf8(err);
    return QStringLiteral("exit %1: ").arg(exitCode) + QString::fromUtf8(err)
        + QString::fromUtf8(out);
}

ProcessRun runProcess(const QString& program, const QStringList& arguments,
    const QProcessEnvironment& environment, const QString& workDir, int timeoutMs)
{
    ProcessRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        run.errorString = process.errorString();
        return run;
    }
    run.started = true;
    run.finished = finished.wait(timeoutMs) || !finished.isEmpty();
    if (!run.finished) {
        run.errorString = QStringLiteral("no end after %1 ms").arg(timeoutMs);
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace OvhTest
