#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace OvhTest {

struct ProcessRun
{
    bool started = false;
    bool finished = false; // false: it timed out and was killed
    int exitCode = -1; // -1 unless it exited normally
    QByteArray out;
    QByteArray err;
    QString errorString; // why it did not start or finish

    bool ok() const { return finished && exitCode == 0; }
    // "exit 1: <stderr>" and the like, for failure messages.
    QString describe() const;
};

// Runs `program` to its end with this thread's event loop running (so a sandbox living in the
// test answers it meanwhile); kills it after `timeoutMs`.
ProcessRun runProcess(const QString& program, const QStringList& arguments,
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
    const QString& workDir = QString(), int timeoutMs = 60000);

} // namespace OvhTest
