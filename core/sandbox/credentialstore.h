#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ovh {

// "GET /domain/*": the method and a path where '*' stands for any run of characters, '/'
// included. "GET /ip" does not grant "GET /ip/1.2.3.4": a recursive right is two rules.
struct AccessRule
{
    QString method; // "GET", "POST", "PUT", "DELETE"
    QString path; // "/domain/zone/*"

    bool grants(QStringView callMethod, QStringView callPath) const;
    QJsonObject toJson() const;

    // The glob match alone (exposed for tests).
    static bool pathMatches(QStringView pattern, QStringView path);
};

struct SandboxApplication
{
    qint64 id = 0;
    QByteArray key;
    QByteArray secret;
    QString name;
};

enum class CredentialState : quint8 { PendingValidation, Validated, Refused, Expired };
QString credentialStateName(CredentialState state); // "pendingValidation", …

struct SandboxCredential
{
    qint64 id = 0;
    QByteArray consumerKey;
    QByteArray applicationKey;
    qint64 applicationId = 0;
    QList<AccessRule> rules;
    QStringList allowedIPs; // ip blocks ("192.0.2.0/24"); empty = any address
    QString redirection;
    QByteArray validationToken;
    CredentialState state = CredentialState::PendingValidation; // as stored (see stateAt)
    qint64 creation = 0; // Unix seconds, sandbox clock
    std::optional<qint64> expiration;
    std::optional<qint64> lastUse;

    // Validated credentials past their expiration read as Expired.
    CredentialState stateAt(qint64 now) const;
    bool isUsableAt(qint64 now) const { return stateAt(now) == CredentialState::Validated; }
    bool grants(QStringView method, QStringView path) const;
    bool allowsAddress(const QHostAddress& address) const;
    // The auth.ApiCredential shape of GET /auth/currentCredential.
    QJsonObject toJson(qint64 now) const;
};

// The applications and consumer keys the sandbox knows. Plain data, no clock of its own:
// every call that depends on time takes `now` (Unix seconds of the sandbox's clock).
class CredentialStore
{
public:
    CredentialStore() = default;

    // `id` 0 picks the next free id.
    const SandboxApplication& addApplication(
        const QByteArray& key, const QByteArray& secret, const QString& name, qint64 id = 0);
    const SandboxApplication* application(const QByteArray& key) const;

    // POST /auth/credential: a new pending credential with fresh consumer key and token.
    const SandboxCredential& request(const SandboxApplication& application,
        const QList<AccessRule>& rules, const QStringList& allowedIPs, const QString& redirection,
        qint64 now);
    // A credential validated from the start (the demo key, test fixtures).
    const SandboxCredential& addValidated(const SandboxApplication& application,
        const QByteArray& consumerKey, const QList<AccessRule>& rules, qint64 now,
        std::optional<qint64> validitySeconds = std::nullopt);

    const SandboxCredential* byConsumerKey(const QByteArray& consumerKey) const;
    const SandboxCredential* byToken(const QByteArray& token) const;

    // The validation page's actions. validitySeconds 0 = unlimited. Only a pending credential
    // changes; returns false otherwise (unknown token, already validated or refused).
    bool validate(const QByteArray& token, qint64 validitySeconds, qint64 now);
    bool refuse(const QByteArray& token);
    // POST /auth/logout: the credential expires now.
    bool expire(const QByteArray& consumerKey, qint64 now);
    void touch(const QByteArray& consumerKey, qint64 now);

private:
    SandboxCredential* find(const QByteArray& consumerKey);
    SandboxCredential* findByToken(const QByteArray& token);

    QHash<QByteArray, SandboxApplication> m_applications; // key -> application
    QHash<QByteArray, SandboxCredential> m_credentials; // consumer key -> credential
    QHash<QByteArray, QByteArray> m_tokens; // token -> consumer key
    qint64 m_nextApplicationId = 100;
    qint64 m_nextCredentialId = 1000001;
};

// Random text of [A-Za-z0-9] from the system generator (consumer keys, tokens).
QByteArray randomAlphanumeric(int length);

} // namespace Ovh
