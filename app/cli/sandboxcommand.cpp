#include "cli/sandboxcommand.h"

#include "sandbox/demoaccount.h"
#include "sandbox/demorecords.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxoauth2.h"
#include "sandbox/sandboxthrottle.h"

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
    const QCommandLineOption v2SnapshotOption(QStringLiteral("v2-snapshot"),
        QStringLiteral("The /v2 branch's snapshot folder (index.json and the products' OpenAPI "
                       "documents). Default: the bundled eu v2 snapshot."),
        QStringLiteral("DIR"));
    const QCommandLineOption tlsOption(QStringLiteral("tls"),
        QStringLiteral(
            "Serve HTTPS with a self-signed certificate made at start (needs openssl)."));
    const QCommandLineOption skewOption(QStringLiteral("skew"),
        QStringLiteral("Shift the sandbox's clock by SECONDS (may be negative)."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    // Fetch all's demo data and rate limit (issue 13 item 7).
    const QCommandLineOption recordsOption(QStringLiteral("records"),
        QStringLiteral("Seed the demo zone example.com with N more DNS records."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption throttleOption(QStringLiteral("throttle"),
        QStringLiteral("Refuse every Nth detail call (GET .../{id}) with 429 Too Many Requests "
                       "and a Retry-After, as the API answers a burst."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption retryAfterOption(QStringLiteral("retry-after"),
        QStringLiteral("The Retry-After of --throttle's 429 answers (default 1)."),
        QStringLiteral("SECONDS"), QStringLiteral("1"));
    parser.addOptions({ portOption, snapshotOption, v2SnapshotOption, tlsOption, skewOption,
        recordsOption, throttleOption, retryAfterOption });
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
    constexpr int kMaxRecords = 1000000;
    const int records = parser.value(recordsOption).toInt(&ok);
    if (!ok || records < 0 || records > kMaxRecords) {
        printErr(QStringLiteral("--records takes a number from 0 to %1\n").arg(kMaxRecords));
        return Usage;
    }
    const int throttle = parser.value(throttleOption).toInt(&ok);
    if (!ok || throttle < 0) {
        printErr(QStringLiteral("--throttle takes a number of calls (0: off)\n"));
        return Usage;
    }
    const int retryAfter = parser.value(retryAfterOption).toInt(&ok);
    if (!ok || retryAfter < 0 || retryAfter > 3600) {
        printErr(QStringLiteral("--retry-after takes a number of seconds from 0 to 3600\n"));
        return Usage;
    }
    QString snapshots[2];
    const QCommandLineOption* snapshotOptions[2] = { &snapshotOption, &v2SnapshotOption };
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(*snapshotOptions[i]))
            continue;
        snapshots[i] = parser.value(*snapshotOptions[i]);
        if (!QFileInfo(snapshots[i] + QStringLiteral("/index.json")).isFile()) {
            printErr(QStringLiteral("%1 has no index.json: not a schema snapshot folder\n")
                         .arg(snapshots[i]));
            return Usage;
        }
    }

    m_sandbox = new Sandbox(snapshots[0], this);
    if (!snapshots[1].isEmpty())
        m_sandbox->setV2SnapshotDir(snapshots[1]);
    m_sandbox->setClockSkew(skew);
    seedDemoRecords(m_sandbox->account(), QString::fromLatin1(SandboxDemo::kZone), records);
    m_sandbox->throttle().configure(throttle, retryAfter);
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
    if (m_sandbox->hasV2()) {
        text += QStringLiteral("v2 base URL: %1\n").arg(m_sandbox->v2BaseUrl().toString());
        text += QStringLiteral("v2 snapshot: %1\n")
                    .arg(snapshots[1].isEmpty() ? QStringLiteral("bundled") : snapshots[1]);
    }
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
    if (records > 0)
        text
            += QStringLiteral("records: %1 in %2\n")
                   .arg(
                       m_sandbox->account().records(QString::fromLatin1(SandboxDemo::kZone)).size())
                   .arg(QLatin1String(SandboxDemo::kZone));
    if (throttle > 0)
        text += QStringLiteral("throttle: 1 detail call in %1 answers 429, Retry-After %2 s\n")
                    .arg(throttle)
                    .arg(retryAfter);
    text += QStringLiteral("ready (stop with Ctrl+C)\n");
    printOut(text);
    return Pending; // serves until the process is killed
}

} // namespace Ovh::Cli
