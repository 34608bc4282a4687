#pragma once

#include "base/credentials.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace QKeychain {
class Job;
}

namespace Ovh {

// The outcome of a SecretJob. Never holds a secret except in `values` of a read.
struct SecretResult
{
    enum class Status : quint8 {
        Ok,
        NotFound, // a read found none of the requested secrets
        Unavailable, // no keychain service (no D-Bus session, no Secret Service, no answer):
                     // offer the explicit ovh.conf (mode 0600) fallback
        Denied, // the user or the system refused access
        Failed, // anything else (errorString says what)
    };

    Status status = Status::Failed;
    Credentials values; // a read: the secret fields found (others empty)
    QList<CredentialField> found; // a read: which of the requested fields were there
    QString errorString; // for a person; empty when Ok

    bool isOk() const { return status == Status::Ok; }
    bool isUnavailable() const { return status == Status::Unavailable; }
};

// One keychain operation on the secrets of one profile (several fields run one after
// another). start() returns at once; finished() follows exactly once, never from inside
// start(), also when the keychain service never answers (after the store's timeout, as
// Unavailable). Owned like every job of core: by its parent, and whoever asked for it
// deleteLater()s it after finished(); deleted before, it reports nothing.
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Action : quint8 { Read, Write, Remove, Probe };

    SecretJob(QString service, Action action, QString account, Credentials values,
        QList<CredentialField> fields, int timeoutMs, QObject* parent = nullptr);
    ~SecretJob() override;

    void start();

signals:
    void finished(const Ovh::SecretResult& result);

private:
    void next();
    void onKeychainFinished(QKeychain::Job* job);
    void onTimeout();
    void finish(SecretResult::Status status, const QString& errorString = QString());

    QString m_service;
    Action m_action;
    QString m_account;
    Credentials m_values;
    QList<CredentialField> m_fields; // still to do
    QPointer<QKeychain::Job> m_job;
    QTimer m_timeout;
    SecretResult m_result;
    bool m_started = false;
    bool m_done = false;
};

// The secrets of every profile (application secret, consumer key, client secret) in the OS
// keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager), one entry per field, keyed "<endpoint>/<profile>/<field>" under one service name.
// Never a plain-text fallback: Unavailable is reported, and the caller offers the ovh.conf
// file (storeCredentials, mode 0600) as an explicit choice. Nothing here logs a value.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    static constexpr int DefaultTimeoutMs = 15000;
    static QString defaultService(); // "ovh-api-explorer"

    explicit SecretStore(QString service = defaultService(), QObject* parent = nullptr);

    QString service() const { return m_service; }
    // How long one keychain operation may take before the service counts as unavailable.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    // "ovh-eu/default/consumer_key": the keychain entry of one field. `endpoint` is a region
    // name or a custom base URL (Endpoint::displayName()).
    static QString entryKey(const QString& endpoint, const QString& profile, CredentialField field);
    // The secret fields (application_secret, consumer_key, client_secret).
    static QList<CredentialField> secretFields();

    // Started jobs, children of this store until their owner takes them (setParent); the owner
    // deletes them after finished(). Only secret fields are touched; the others are
    // ignored (they belong in ProfileStore).
    SecretJob* read(const QString& endpoint, const QString& profile,
        const QList<CredentialField>& fields = secretFields());
    // Writes the non-empty secret fields of `secrets`.
    SecretJob* write(const QString& endpoint, const QString& profile, const Credentials& secrets);
    // Removes those entries; an entry that is not there is not an error.
    SecretJob* remove(const QString& endpoint, const QString& profile,
        const QList<CredentialField>& fields = secretFields());
    // Is a keychain service there? Ok, or Unavailable/Denied/Failed with the reason. Reads an
    // entry that does not exist: no prompt, nothing written.
    SecretJob* probe();

private:
    SecretJob* startJob(SecretJob::Action action, const QString& account, const Credentials& values,
        const QList<CredentialField>& fields);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::SecretResult)
