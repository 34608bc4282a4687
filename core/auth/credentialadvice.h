#pragma once

#include "auth/credentialrequest.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Ovh {

// Small pure rules behind the login dialogs, kept out of the widgets so they are tested alone.
namespace CredentialAdvice {

// True when the credential has an expiry less than `days` days after `now`, or already past.
bool expiresSoon(const CredentialInfo& info, const QDateTime& now, int days = 7);
bool isExpired(const CredentialInfo& info, const QDateTime& now);

// The rules that let the key change anything anywhere on the account: a write method (POST,
// PUT, DELETE) on "/*" (or "*"). As "POST /*", in the order given; empty when none.
QStringList broadRights(const CredentialRules& rules);

// The preset a set of rules matches, compared as sets (order and duplicates ignored).
enum class RulePreset : quint8 { ReadOnly, FullAccess, CurrentOperation, Custom };
RulePreset presetOf(const CredentialRules& rules,
    const std::optional<CredentialRule>& currentOperation = std::nullopt);

// "1.2.3.4, 10.0.0.0/8 2001:db8::/32": IP blocks separated by commas, semicolons or spaces.
// Returns the blocks as typed; those that are not an IPv4/IPv6 address with an optional
// /prefix go to `invalid` too.
QStringList splitIpBlocks(const QString& text, QStringList* invalid = nullptr);
bool isValidIpBlock(const QString& block);

// Why a check of keys (GET /auth/currentCredential) failed, for a message to a person.
enum class KeyProblem : quint8 {
    None, // 2xx
    UnknownApplication, // INVALID_KEY: the application key is not known to this endpoint
    InvalidCredential, // INVALID_CREDENTIAL / NOT_CREDENTIAL: expired, revoked, never validated
    BadSignature, // INVALID_SIGNATURE: the application secret does not match
    Unreachable, // network error, time-out, TLS: nothing was answered
    Other, // any other answer (errorString / the OVH message says)
};
KeyProblem keyProblem(const CallResult& result);

} // namespace CredentialAdvice

} // namespace Ovh
