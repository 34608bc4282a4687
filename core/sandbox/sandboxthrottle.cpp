#include "sandbox/sandboxthrottle.h"

#include <QJsonObject>

namespace Ovh {

void SandboxThrottle::configure(int everyNth, int retryAfterSeconds)
{
    m_everyNth = qMax(0, everyNth);
    m_retryAfterSeconds = qMax(0, retryAfterSeconds);
    m_count = 0;
}

std::optional<SandboxReply> SandboxThrottle::check(
    const QString& method, const QString& templatePath)
{
    if (!isOn() || method != QLatin1String("GET") || !templatePath.endsWith(QLatin1Char('}')))
        return std::nullopt;
    if (++m_count % m_everyNth != 0)
        return std::nullopt;
    ++m_refused;
    const QJsonObject error {
        { QStringLiteral("class"), QStringLiteral("Client::TooManyRequests") },
        { QStringLiteral("httpCode"), QStringLiteral("429 Too Many Requests") },
        { QStringLiteral("message"), QStringLiteral("Too many requests, retry later") },
    };
    SandboxReply reply = SandboxReply::json(error, 429);
    reply.headers.append(
        { QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds) });
    return reply;
}

} // namespace Ovh
