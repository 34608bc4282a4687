#include "nodewrapper.h"

#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

namespace OvhTest {

namespace {

bool copyFresh(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = source.readAll();
    QFile existing(to);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
        return true;
    existing.close();
    QFile target(to);
    return target.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && target.write(bytes) == bytes.size();
}

QString installedVersion(const QString& workDir)
{
    QFile file(workDir + QStringLiteral("/node_modules/ovh/package.json"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("version"))
        .toString();
}

} // namespace

QString nodeProgram()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    return node.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("nodejs")) : node;
}

QString npmProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("npm"));
}

QString nodeWrapperVersion()
{
    return QStringLiteral("2.0.3");
}

QString installNodeWrapper(QString* error)
{
    const QString workDir = QStringLiteral(OVH_SANDBOX_PEER_WORK_DIR);
    const QString sourceDir = QStringLiteral(OVH_SANDBOX_PEER_SOURCE_DIR);
    const auto fail = [error](const QString& reason) {
        *error = reason;
        return QString();
    };
    if (!QDir().mkpath(workDir))
        return fail(QStringLiteral("cannot create ") + workDir);
    QLockFile lock(workDir + QStringLiteral("/.install.lock"));
    lock.setStaleLockTime(0); // a killed test leaves a lock that only its dead pid holds
    if (!lock.tryLock(300000))
        return fail(QStringLiteral("another test holds ") + lock.fileName());
    for (const char* name : { "package.json", "package-lock.json", "peer.js" }) {
        const QString file = QString::fromLatin1(name);
        if (!copyFresh(sourceDir + QLatin1Char('/') + file, workDir + QLatin1Char('/') + file))
            return fail(QStringLiteral("cannot copy ") + file + QStringLiteral(" into ") + workDir);
    }
    if (installedVersion(workDir) == nodeWrapperVersion())
        return workDir;

    const QString npm = npmProgram();
    if (npm.isEmpty())
        return fail(QStringLiteral("npm is not installed (Debian package: npm)"));
    // From the lock file, falling back to a plain install.
    const QList<QStringList> attempts = {
        { QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund") },
        { QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund") },
    };
    QString log;
    for (const QStringList& arguments : attempts) {
        const ProcessRun run
            = runProcess(npm, arguments, QProcessEnvironment::systemEnvironment(), workDir, 280000);
        log += QStringLiteral("npm %1: %2\n").arg(arguments.join(QLatin1Char(' ')), run.describe());
        if (run.ok() && installedVersion(workDir) == nodeWrapperVersion())
            return workDir;
    }
    return fail(QStringLiteral("could not install npm ovh@%1 into %2:\n%3")
                    .arg(nodeWrapperVersion(), workDir, log));
}

} // namespace OvhTest
