#include "cli/sandboxcommand.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxoauth2.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Ovh::Cli {

int SandboxCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a local OVH-compatible API (schemas, signed calls, consumer keys, a demo account) "
        "until killed."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Port on 127.0.0.1 (default: a free one)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
        QStringLiteral("Schema snapshot folder (index.json, domain.json, ...). Default: the "
                       "bundled eu snapshot."),
        QStringLiteral("DIR"));
    const QCommandLineOption tlsOption(QStringLiteral("tls"),
        QStringLiteral(
            "Serve HTTPS with a self-signed certificate made at start (needs openssl)."));
    const QCommandLineOption skewOption(QStringLiteral("skew"),
        QStringLiteral("Shift the sandbox's clock by SECONDS (may be negative)."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    parser.addOptions({ portOption, snapshotOption, tlsOption, skewOption });
    if (const int code = parseCommandLine(parser, arguments); code != Pending)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(
            QStringLiteral("unexpected argument '%1'\n").arg(parser.positionalArguments().first()));
        return Usage;
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        printErr(QStringLiteral("--port takes a number from 0 to 65535\n"));
        return Usage;
    }
    const qint64 skew = parser.value(skewOption).toLongLong(&ok);
    if (!ok) {
        printErr(QStringLiteral("--skew takes a number of seconds\n"));
        return Usage;
    }
    QString snapshot;
    if (parser.isSet(snapshotOption)) {
        snapshot = parser.value(snapshotOption);
        if (!QFileInfo(snapshot + QStringLiteral("/index.json")).isFile()) {
            printErr(QStringLiteral("%1 has no index.json: not a schema snapshot folder\n")
                         .arg(snapshot));
            return Usage;
        }
    }

    m_sandbox = new Sandbox(snapshot, this);
    m_sandbox->setClockSkew(skew);
    QString error;
    if (parser.isSet(tlsOption) && !m_sandbox->enableTls(&error)) {
        printErr(QStringLiteral("cannot serve HTTPS: %1\n").arg(error));
        return Failure;
    }
    if (!m_sandbox->listen(QHostAddress::LocalHost, quint16(port))) {
        printErr(QStringLiteral("cannot start the sandbox: %1\n").arg(m_sandbox->errorString()));
        return Failure;
    }

    QString text;
    text += QStringLiteral("base URL: %1\n").arg(m_sandbox->baseUrl().toString());
    text += QStringLiteral("snapshot: %1\n").arg(m_sandbox->snapshotDir());
    // The demo identities only open this local sandbox: printing them is the point.
    text
        += QStringLiteral("application key: %1\n").arg(QLatin1String(SandboxDemo::kApplicationKey));
    text += QStringLiteral("application secret: %1\n")
                .arg(QLatin1String(SandboxDemo::kApplicationSecret));
    text += QStringLiteral("consumer key: %1\n").arg(QLatin1String(SandboxDemo::kConsumerKey));
    text += QStringLiteral("client id (service account): %1\n")
                .arg(QLatin1String(SandboxDemo::kClientId));
    text += QStringLiteral("client secret: %1\n").arg(QLatin1String(SandboxDemo::kClientSecret));
    if (m_sandbox->isTls())
        text += QStringLiteral("certificate: %1\n").arg(m_sandbox->certificatePath());
    if (skew != 0)
        text += QStringLiteral("clock skew: %1 s\n").arg(skew);
    text += QStringLiteral("ready (stop with Ctrl+C)\n");
    printOut(text);
    return Pending; // serves until the process is killed
}

} // namespace Ovh::Cli
