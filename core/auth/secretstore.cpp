#include "auth/secretstore.h"

#include "base/coretr.h"

#include <qt6keychain/keychain.h>

#include <QRegularExpression>

namespace Ovh {

namespace {

// QtKeychain reports a missing D-Bus session or Secret Service as OtherError with the D-Bus
// message ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: …",
// "The name org.freedesktop.secrets was not provided by any .service files").
bool looksLikeMissingService(const QString& message)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "d-?bus|secret ?service|org\\.freedesktop|could not connect|autolaunch|kwallet|"
            "no such (interface|object)|service ?unknown|not provided by any"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(message).hasMatch();
}

QString accountKey(const QString& endpoint, const QString& profile)
{
    return endpoint + QLatin1Char('/') + profile;
}

// "<account>/<field>": the keychain entry of one field.
QString fieldKey(const QString& account, CredentialField field)
{
    return account + QLatin1Char('/') + configKey(field);
}

} // namespace

// ---- SecretJob ---------------------------------------------------------------------------------

SecretJob::SecretJob(QString service, Action action, QString account, Credentials values,
    QList<CredentialField> fields, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_action(action)
    , m_account(std::move(account))
    , m_values(std::move(values))
    , m_fields(std::move(fields))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &SecretJob::onTimeout);
}

SecretJob::~SecretJob()
{
    // A keychain job still running deletes itself when it ends (auto-delete); only our
    // connection to it must go.
    if (m_job)
        m_job->disconnect(this);
}

void SecretJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_result.status = SecretResult::Status::Ok;
    // Never synchronously: callers connect after start().
    QTimer::singleShot(0, this, &SecretJob::next);
}

void SecretJob::next()
{
    if (m_done)
        return;
    if (m_fields.isEmpty()) {
        if (m_action == Action::Read && m_result.found.isEmpty())
            finish(SecretResult::Status::NotFound, AuthTr::tr("no such secret in the keychain"));
        else
            finish(SecretResult::Status::Ok);
        return;
    }
    const CredentialField field = m_fields.first();
    QKeychain::Job* job = nullptr;
    switch (m_action) {
    case Action::Read:
    case Action::Probe:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Action::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_values.value(field));
        job = write;
        break;
    }
    case Action::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(fieldKey(m_account, field));
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &SecretJob::onKeychainFinished);
    m_timeout.start();
    job->start();
}

void SecretJob::onKeychainFinished(QKeychain::Job* job)
{
    m_timeout.stop();
    m_job = nullptr;
    if (m_done || m_fields.isEmpty())
        return;
    const CredentialField field = m_fields.takeFirst();
    const QKeychain::Error error = job->error();
    // errorString() of QtKeychain describes the failure, never the secret.
    const QString message = job->errorString();
    switch (error) {
    case QKeychain::NoError:
        if (m_action == Action::Probe)
            break;
        if (m_action == Action::Read) {
            m_result.values.setValue(
                field, static_cast<QKeychain::ReadPasswordJob*>(job)->textData());
            m_result.found.append(field);
        }
        break;
    case QKeychain::EntryNotFound:
        break; // a read reports what it found; removing a missing entry is fine
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        finish(SecretResult::Status::Denied,
            AuthTr::tr("access to the keychain was denied: %1").arg(message));
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        finish(SecretResult::Status::Unavailable,
            AuthTr::tr("no keychain service available: %1").arg(message));
        return;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (looksLikeMissingService(message)) {
            finish(SecretResult::Status::Unavailable,
                AuthTr::tr("no keychain service available: %1").arg(message));
        } else {
            finish(SecretResult::Status::Failed, AuthTr::tr("keychain error: %1").arg(message));
        }
        return;
    }
    next();
}

void SecretJob::onTimeout()
{
    if (m_job)
        m_job->disconnect(this);
    m_job = nullptr;
    finish(SecretResult::Status::Unavailable,
        AuthTr::tr("no keychain service available: no answer within %1 s (is the keyring "
                   "locked or is no Secret Service running?)")
            .arg(m_timeout.interval() / 1000.0));
}

void SecretJob::finish(SecretResult::Status status, const QString& errorString)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_result.status = status;
    m_result.errorString = errorString;
    if (status != SecretResult::Status::Ok && status != SecretResult::Status::NotFound) {
        m_result.values = Credentials();
        m_result.found.clear();
    }
    emit finished(m_result);
}

// ---- SecretStore -------------------------------------------------------------------------------

QString SecretStore::defaultService()
{
    return QStringLiteral("ovh-api-explorer");
}

SecretStore::SecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString SecretStore::entryKey(
    const QString& endpoint, const QString& profile, CredentialField field)
{
    return fieldKey(accountKey(endpoint, profile), field);
}

QList<CredentialField> SecretStore::secretFields()
{
    QList<CredentialField> fields;
    for (const CredentialField field : allCredentialFields) {
        if (isSecret(field))
            fields.append(field);
    }
    return fields;
}

SecretJob* SecretStore::startJob(SecretJob::Action action, const QString& account,
    const Credentials& values, const QList<CredentialField>& fields)
{
    QList<CredentialField> secretOnly;
    for (const CredentialField field : fields) {
        if (isSecret(field) && !secretOnly.contains(field))
            secretOnly.append(field);
    }
    auto* job = new SecretJob(m_service, action, account, values, secretOnly, m_timeoutMs, this);
    job->start();
    return job;
}

SecretJob* SecretStore::read(
    const QString& endpoint, const QString& profile, const QList<CredentialField>& fields)
{
    return startJob(SecretJob::Action::Read, accountKey(endpoint, profile), Credentials(), fields);
}

SecretJob* SecretStore::write(
    const QString& endpoint, const QString& profile, const Credentials& secrets)
{
    QList<CredentialField> fields;
    for (const CredentialField field : secretFields()) {
        if (!secrets.value(field).isEmpty())
            fields.append(field);
    }
    return startJob(SecretJob::Action::Write, accountKey(endpoint, profile), secrets, fields);
}

SecretJob* SecretStore::remove(
    const QString& endpoint, const QString& profile, const QList<CredentialField>& fields)
{
    return startJob(
        SecretJob::Action::Remove, accountKey(endpoint, profile), Credentials(), fields);
}

SecretJob* SecretStore::probe()
{
    // A read of an entry that never exists: EntryNotFound means the service answered.
    return startJob(SecretJob::Action::Probe, QStringLiteral("availability-probe"), Credentials(),
        { CredentialField::ConsumerKey });
}

} // namespace Ovh
