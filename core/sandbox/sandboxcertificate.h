#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace Ovh {

// The sandbox's TLS identity: a self-signed certificate for localhost, 127.0.0.1 and ::1,
// made at start by the `openssl` program (Qt cannot create keys), valid 30 days, never
// shipped in the repository. Clients trust it explicitly: NODE_EXTRA_CA_CERTS=<certificatePath>
// for node, QSslConfiguration::addCaCertificate(certificate) for Qt.
struct SandboxCertificate
{
    QString certificatePath; // PEM
    QString keyPath; // PEM, mode 0600
    QByteArray certificatePem;
    QSslCertificate certificate;
    QSslKey key;

    // Writes cert.pem and key.pem into `directory` (which must exist). On failure returns
    // nothing and a reason for a person in `error` (no openssl in PATH, unreadable output, …).
    static std::optional<SandboxCertificate> generate(const QString& directory, QString* error);
};

} // namespace Ovh
