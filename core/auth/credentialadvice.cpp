#include "auth/credentialadvice.h"

#include "call/ipaddress.h"

#include <QRegularExpression>

#include <algorithm>

namespace Ovh::CredentialAdvice {

bool expiresSoon(const CredentialInfo& info, const QDateTime& now, int days)
{
    const std::optional<qint64> left = info.secondsLeft(now);
    return left && *left < qint64(days) * 24 * 3600;
}

bool isExpired(const CredentialInfo& info, const QDateTime& now)
{
    if (info.status == CredentialStatus::Expired)
        return true;
    const std::optional<qint64> left = info.secondsLeft(now);
    return left && *left <= 0;
}

QStringList broadRights(const CredentialRules& rules)
{
    QStringList broad;
    for (const CredentialRule& rule : AccessRules::normalized(rules)) {
        const QString path = rule.path.trimmed();
        const bool everywhere = path == QLatin1String("/*") || path == QLatin1String("*");
        if (everywhere && rule.method != QLatin1String("GET"))
            broad.append(rule.method + QLatin1Char(' ') + path);
    }
    return broad;
}

namespace {

bool sameSet(const CredentialRules& a, const CredentialRules& b)
{
    const CredentialRules x = AccessRules::normalized(a);
    const CredentialRules y = AccessRules::normalized(b);
    if (x.size() != y.size())
        return false;
    return std::all_of(
        x.cbegin(), x.cend(), [&y](const CredentialRule& r) { return y.contains(r); });
}

} // namespace

RulePreset presetOf(
    const CredentialRules& rules, const std::optional<CredentialRule>& currentOperation)
{
    if (sameSet(rules, AccessRules::readOnly()))
        return RulePreset::ReadOnly;
    if (sameSet(rules, AccessRules::fullAccess()))
        return RulePreset::FullAccess;
    if (currentOperation && sameSet(rules, { *currentOperation }))
        return RulePreset::CurrentOperation;
    return RulePreset::Custom;
}

bool isValidIpBlock(const QString& block)
{
    return IpAddress::isBlock(block);
}

QStringList splitIpBlocks(const QString& text, QStringList* invalid)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList blocks = text.split(separators, Qt::SkipEmptyParts);
    if (invalid) {
        invalid->clear();
        for (const QString& block : blocks) {
            if (!isValidIpBlock(block))
                invalid->append(block);
        }
    }
    return blocks;
}

KeyProblem keyProblem(const CallResult& result)
{
    if (result.isSuccess())
        return KeyProblem::None;
    if (result.failure == CallResult::Failure::Network
        || result.failure == CallResult::Failure::Timeout)
        return KeyProblem::Unreachable;
    const QString& code = result.error.errorCode;
    if (code == QLatin1String("INVALID_KEY"))
        return KeyProblem::UnknownApplication;
    if (code == QLatin1String("INVALID_CREDENTIAL") || code == QLatin1String("NOT_CREDENTIAL"))
        return KeyProblem::InvalidCredential;
    if (code == QLatin1String("INVALID_SIGNATURE"))
        return KeyProblem::BadSignature;
    return KeyProblem::Other;
}

} // namespace Ovh::CredentialAdvice
