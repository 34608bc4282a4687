#include "call/ipaddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Ovh::IpAddress {

namespace {

bool isIpv4(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    if (!re.match(text).hasMatch())
        return false;
    for (const QStringView part : text.split(QLatin1Char('.'))) {
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool isIpv6(QStringView text)
{
    if (!text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('%')))
        return false;
    QHostAddress address;
    return address.setAddress(text.toString())
        && address.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

bool isAddress(QStringView text, int* maxPrefix)
{
    if (isIpv4(text)) {
        if (maxPrefix)
            *maxPrefix = 32;
        return true;
    }
    if (isIpv6(text)) {
        if (maxPrefix)
            *maxPrefix = 128;
        return true;
    }
    return false;
}

bool isBlock(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return isAddress(text);
    int maxPrefix = 0;
    if (!isAddress(text.left(slash), &maxPrefix))
        return false;
    const QStringView prefix = text.mid(slash + 1);
    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    return digits.match(prefix).hasMatch() && prefix.toInt() <= maxPrefix;
}

} // namespace Ovh::IpAddress
