#include "sandbox/sandboxcertificate.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace Ovh {

std::optional<SandboxCertificate> SandboxCertificate::generate(
    const QString& directory, QString* error)
{
    const auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return std::optional<SandboxCertificate>();
    };
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return fail(QStringLiteral("the openssl program is needed to make the sandbox's TLS "
                                   "certificate (Debian package: openssl)"));

    SandboxCertificate result;
    result.certificatePath = directory + QStringLiteral("/sandbox-cert.pem");
    result.keyPath = directory + QStringLiteral("/sandbox-key.pem");
    const QStringList arguments = {
        QStringLiteral("req"),
        QStringLiteral("-x509"),
        QStringLiteral("-newkey"),
        QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"),
        QStringLiteral("-days"),
        QStringLiteral("30"),
        QStringLiteral("-subj"),
        QStringLiteral("/O=OVH API Explorer sandbox/CN=localhost"),
        QStringLiteral("-addext"),
        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"),
        QStringLiteral("-keyout"),
        result.keyPath,
        QStringLiteral("-out"),
        result.certificatePath,
    };
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        process.kill();
        return fail(QStringLiteral("openssl could not make a certificate: %1")
                        .arg(output.isEmpty() ? process.errorString() : output));
    }

    QFile keyFile(result.keyPath);
    QFile certificateFile(result.certificatePath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly))
        return fail(
            QStringLiteral("cannot read the certificate made by openssl in %1").arg(directory));
    keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    result.certificatePem = certificateFile.readAll();
    result.certificate = QSslCertificate(result.certificatePem, QSsl::Pem);
    result.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (result.certificate.isNull() || result.key.isNull())
        return fail(QStringLiteral("Qt could not read the certificate made by openssl"));
    return result;
}

} // namespace Ovh
