#pragma once

#include "net/callresult.h"

#include <QDateTime>

#include <optional>

namespace Ovh {

// How long a 429 (or 503) answer asks to wait before the same call again, from its
// Retry-After header: delay-seconds or an HTTP date (RFC 9110), measured from `now`.
// nullopt when the header is absent or unreadable; never negative.
std::optional<qint64> retryAfterMs(
    const CallResult& result, const QDateTime& now = QDateTime::currentDateTimeUtc());

// True for an answer that says "too many requests, try again later".
bool isThrottled(const CallResult& result);

} // namespace Ovh
