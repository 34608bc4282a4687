#pragma once

#include "sandbox/sandboxreply.h"

#include <QString>

#include <optional>

namespace Ovh {

// The API's rate limit, made predictable for tests and benchmarks: when on, every Nth detail
// call (a GET whose path template ends with a placeholder: …/record/{id}) is refused with
// 429 Too Many Requests and a Retry-After, as the API answers a burst.
class SandboxThrottle
{
public:
    // `everyNth` 0 turns it off; `retryAfterSeconds` is the Retry-After sent (0 or more).
    void configure(int everyNth, int retryAfterSeconds);
    bool isOn() const { return m_everyNth > 0; }
    int everyNth() const { return m_everyNth; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    // The 429 for this call when it is its turn; nullopt to answer it normally.
    std::optional<SandboxReply> check(const QString& method, const QString& templatePath);
    int refused() const { return m_refused; }

private:
    int m_everyNth = 0;
    int m_retryAfterSeconds = 1;
    int m_count = 0;
    int m_refused = 0;
};

} // namespace Ovh
