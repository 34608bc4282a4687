#include "net/retryafter.h"

#include <QLocale>

namespace Ovh {

std::optional<qint64> retryAfterMs(const CallResult& result, const QDateTime& now)
{
    const QByteArray value = result.header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(qMin(seconds, qint64(1) << 31) * 1000);
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(when));
}

bool isThrottled(const CallResult& result)
{
    return result.failure == CallResult::Failure::None && result.status == 429;
}

} // namespace Ovh
