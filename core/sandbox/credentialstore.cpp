#include "sandbox/credentialstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

namespace Ovh {

namespace {

QJsonValue isoDate(std::optional<qint64> seconds)
{
    if (!seconds)
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

// ---- AccessRule ------------------------------------------------------------------------------

bool AccessRule::pathMatches(QStringView pattern, QStringView path)
{
    // Iterative glob with backtracking to the last '*': linear in practice, no recursion.
    qsizetype p = 0;
    qsizetype s = 0;
    qsizetype star = -1;
    qsizetype mark = 0;
    while (s < path.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            mark = s;
        } else if (p < pattern.size() && pattern[p] == path[s]) {
            ++p;
            ++s;
        } else if (star >= 0) {
            p = star + 1;
            s = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool AccessRule::grants(QStringView callMethod, QStringView callPath) const
{
    return callMethod.compare(method, Qt::CaseInsensitive) == 0 && pathMatches(path, callPath);
}

QJsonObject AccessRule::toJson() const
{
    return QJsonObject { { QLatin1String("method"), method }, { QLatin1String("path"), path } };
}

// ---- SandboxCredential -----------------------------------------------------------------------

QString credentialStateName(CredentialState state)
{
    switch (state) {
    case CredentialState::PendingValidation:
        return QStringLiteral("pendingValidation");
    case CredentialState::Validated:
        return QStringLiteral("validated");
    case CredentialState::Refused:
        return QStringLiteral("refused");
    case CredentialState::Expired:
        return QStringLiteral("expired");
    }
    return QString();
}

CredentialState SandboxCredential::stateAt(qint64 now) const
{
    if (state == CredentialState::Validated && expiration && now >= *expiration)
        return CredentialState::Expired;
    return state;
}

bool SandboxCredential::grants(QStringView method, QStringView path) const
{
    for (const AccessRule& rule : rules) {
        if (rule.grants(method, path))
            return true;
    }
    return false;
}

bool SandboxCredential::allowsAddress(const QHostAddress& address) const
{
    if (allowedIPs.isEmpty())
        return true;
    for (const QString& block : allowedIPs) {
        const auto subnet = QHostAddress::parseSubnet(block);
        if (subnet.first.isNull()) {
            if (QHostAddress(block).isEqual(address, QHostAddress::TolerantConversion))
                return true;
        } else if (address.isInSubnet(subnet)) {
            return true;
        }
        // An IPv4 client reached over an IPv6 socket arrives as ::ffff:a.b.c.d.
        bool ok = false;
        const QHostAddress v4(address.toIPv4Address(&ok));
        if (ok && !subnet.first.isNull() && v4.isInSubnet(subnet))
            return true;
    }
    return false;
}

QJsonObject SandboxCredential::toJson(qint64 now) const
{
    QJsonArray ruleArray;
    for (const AccessRule& rule : rules)
        ruleArray.append(rule.toJson());
    QJsonObject object;
    object.insert(QLatin1String("credentialId"), id);
    object.insert(QLatin1String("applicationId"), applicationId);
    object.insert(QLatin1String("creation"), isoDate(creation));
    object.insert(QLatin1String("expiration"), isoDate(expiration));
    object.insert(QLatin1String("lastUse"), isoDate(lastUse));
    object.insert(QLatin1String("status"), credentialStateName(stateAt(now)));
    object.insert(QLatin1String("rules"), ruleArray);
    object.insert(QLatin1String("allowedIPs"),
        allowedIPs.isEmpty() ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(QJsonArray::fromStringList(allowedIPs)));
    object.insert(QLatin1String("ovhSupport"), false);
    return object;
}

// ---- CredentialStore -------------------------------------------------------------------------

QByteArray randomAlphanumeric(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const int size = int(sizeof(alphabet)) - 1;
    QByteArray text(length, Qt::Uninitialized);
    for (char& c : text)
        c = alphabet[QRandomGenerator::system()->bounded(size)];
    return text;
}

const SandboxApplication& CredentialStore::addApplication(
    const QByteArray& key, const QByteArray& secret, const QString& name, qint64 id)
{
    SandboxApplication application;
    application.id = id > 0 ? id : m_nextApplicationId++;
    application.key = key;
    application.secret = secret;
    application.name = name;
    return *m_applications.insert(key, application);
}

const SandboxApplication* CredentialStore::application(const QByteArray& key) const
{
    const auto found = m_applications.constFind(key);
    return found == m_applications.cend() ? nullptr : &found.value();
}

const SandboxCredential& CredentialStore::request(const SandboxApplication& application,
    const QList<AccessRule>& rules, const QStringList& allowedIPs, const QString& redirection,
    qint64 now)
{
    SandboxCredential credential;
    credential.id = m_nextCredentialId++;
    do {
        credential.consumerKey = randomAlphanumeric(32);
    } while (m_credentials.contains(credential.consumerKey));
    credential.applicationKey = application.key;
    credential.applicationId = application.id;
    credential.rules = rules;
    credential.allowedIPs = allowedIPs;
    credential.redirection = redirection;
    credential.validationToken = randomAlphanumeric(40);
    credential.creation = now;
    m_tokens.insert(credential.validationToken, credential.consumerKey);
    return *m_credentials.insert(credential.consumerKey, credential);
}

const SandboxCredential& CredentialStore::addValidated(const SandboxApplication& application,
    const QByteArray& consumerKey, const QList<AccessRule>& rules, qint64 now,
    std::optional<qint64> validitySeconds)
{
    SandboxCredential credential;
    credential.id = m_nextCredentialId++;
    credential.consumerKey = consumerKey;
    credential.applicationKey = application.key;
    credential.applicationId = application.id;
    credential.rules = rules;
    credential.state = CredentialState::Validated;
    credential.creation = now;
    if (validitySeconds && *validitySeconds > 0)
        credential.expiration = now + *validitySeconds;
    return *m_credentials.insert(consumerKey, credential);
}

const SandboxCredential* CredentialStore::byConsumerKey(const QByteArray& consumerKey) const
{
    const auto found = m_credentials.constFind(consumerKey);
    return found == m_credentials.cend() ? nullptr : &found.value();
}

const SandboxCredential* CredentialStore::byToken(const QByteArray& token) const
{
    const auto key = m_tokens.constFind(token);
    return key == m_tokens.cend() ? nullptr : byConsumerKey(key.value());
}

SandboxCredential* CredentialStore::find(const QByteArray& consumerKey)
{
    const auto found = m_credentials.find(consumerKey);
    return found == m_credentials.end() ? nullptr : &found.value();
}

SandboxCredential* CredentialStore::findByToken(const QByteArray& token)
{
    const auto key = m_tokens.constFind(token);
    return key == m_tokens.cend() ? nullptr : find(key.value());
}

bool CredentialStore::validate(const QByteArray& token, qint64 validitySeconds, qint64 now)
{
    SandboxCredential* credential = findByToken(token);
    if (!credential || credential->state != CredentialState::PendingValidation
        || validitySeconds < 0)
        return false;
    credential->state = CredentialState::Validated;
    if (validitySeconds > 0)
        credential->expiration = now + validitySeconds;
    else
        credential->expiration.reset();
    return true;
}

bool CredentialStore::refuse(const QByteArray& token)
{
    SandboxCredential* credential = findByToken(token);
    if (!credential || credential->state != CredentialState::PendingValidation)
        return false;
    credential->state = CredentialState::Refused;
    return true;
}

bool CredentialStore::expire(const QByteArray& consumerKey, qint64 now)
{
    SandboxCredential* credential = find(consumerKey);
    if (!credential)
        return false;
    credential->state = CredentialState::Expired;
    credential->expiration = now;
    return true;
}

void CredentialStore::touch(const QByteArray& consumerKey, qint64 now)
{
    if (SandboxCredential* credential = find(consumerKey))
        credential->lastUse = now;
}

} // namespace Ovh
