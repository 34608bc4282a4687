#include "call/scalartext.h"

#include "base/coretr.h"
#include "call/ipaddress.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace Ovh {

namespace {

bool matchesWhole(const QRegularExpression& re, QStringView text)
{
    return re.match(text).hasMatch();
}

bool isIsoDate(int year, int month, int day)
{
    return QDate(year, month, day).isValid();
}

// YYYY-MM-DD, optionally followed by a time of day and a zone: what OVH sends and takes.
bool isDateTime(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
        "(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?$"));
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return false;
    if (!isIsoDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()))
        return false;
    if (match.capturedLength(4) == 0)
        return true;
    return match.captured(4).toInt() <= 24 && match.captured(5).toInt() < 60
        && match.captured(6).toInt() <= 60;
}

bool isDate(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = re.match(text);
    return match.hasMatch()
        && isIsoDate(
            match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

bool isTime(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = re.match(text);
    return match.hasMatch() && match.captured(1).toInt() <= 24 && match.captured(2).toInt() < 60
        && match.captured(3).toInt() <= 60;
}

bool isUuid(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return matchesWhole(re, text);
}

bool isMacAddress(QStringView text)
{
    // 00:11:22:33:44:55, 00-11-…, 001122334455 and Cisco's 0011.2233.4455.
    static const QRegularExpression re(QStringLiteral(
        "^(?:[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}"
        "|[0-9A-Fa-f]{12}|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4})$"));
    return matchesWhole(re, text);
}

bool isPhone(QStringView text)
{
    // "0033123456789", "+33.123456789", "+1 (555) 010-0000": digits and the usual separators.
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 .()/-]*$"));
    if (!matchesWhole(re, text))
        return false;
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 2;
}

} // namespace

std::optional<qint64> parseLong(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?\\d+$"));
    if (!matchesWhole(re, text))
        return std::nullopt;
    bool ok = false;
    const qint64 value = (text.startsWith(QLatin1Char('+')) ? text.mid(1) : text).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<double> parseDouble(QStringView text)
{
    // C-locale syntax only: "1,5" and "1,000" are typos here, not numbers.
    static const QRegularExpression re(
        QStringLiteral("^[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?$"));
    if (!matchesWhole(re, text))
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseBoolean(QStringView text)
{
    static const char* const truths[] = { "true", "1", "yes" };
    static const char* const lies[] = { "false", "0", "no" };
    for (const char* word : truths) {
        if (text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char* word : lies) {
        if (text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

bool checkScalarText(TypeKind kind, QStringView text, QString* reason)
{
    auto verdict = [reason](bool ok, const char* why) {
        if (!ok && reason)
            *reason = CallTr::tr(why);
        return ok;
    };
    switch (kind) {
    case TypeKind::String:
    case TypeKind::Password:
    case TypeKind::Text:
    case TypeKind::Duration:
        return true;
    case TypeKind::Long:
        if (!parseLong(text)) {
            static const QRegularExpression digits(QStringLiteral("^[+-]?\\d+$"));
            return verdict(false,
                matchesWhole(digits, text)
                    ? QT_TRANSLATE_NOOP("Ovh::Call", "is out of range for a 64-bit integer")
                    : QT_TRANSLATE_NOOP("Ovh::Call", "is not an integer"));
        }
        return true;
    case TypeKind::Double:
        return verdict(
            parseDouble(text).has_value(), QT_TRANSLATE_NOOP("Ovh::Call", "is not a number"));
    case TypeKind::Boolean:
        return verdict(parseBoolean(text).has_value(),
            QT_TRANSLATE_NOOP("Ovh::Call", "is not a boolean (true or false)"));
    case TypeKind::Date:
        return verdict(isDate(text), QT_TRANSLATE_NOOP("Ovh::Call", "is not a date (YYYY-MM-DD)"));
    case TypeKind::DateTime:
        return verdict(isDateTime(text),
            QT_TRANSLATE_NOOP(
                "Ovh::Call", "is not a date-time (ISO 8601, e.g. 2024-01-31T12:00:00Z)"));
    case TypeKind::Time:
        return verdict(
            isTime(text), QT_TRANSLATE_NOOP("Ovh::Call", "is not a time (HH:MM or HH:MM:SS)"));
    case TypeKind::Uuid:
        return verdict(isUuid(text),
            QT_TRANSLATE_NOOP("Ovh::Call", "is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"));
    case TypeKind::Ip:
        return verdict(IpAddress::isAddress(text),
            QT_TRANSLATE_NOOP("Ovh::Call", "is not an IPv4 or IPv6 address"));
    case TypeKind::IpBlock:
        return verdict(IpAddress::isBlock(text),
            QT_TRANSLATE_NOOP("Ovh::Call",
                "is not an IP block (an address, or address/prefix such as 192.0.2.0/29)"));
    case TypeKind::IpInterface:
        return verdict(IpAddress::isBlock(text),
            QT_TRANSLATE_NOOP("Ovh::Call",
                "is not an IP interface (an address, or address/prefix such as 192.0.2.1/24)"));
    case TypeKind::MacAddress:
        return verdict(isMacAddress(text),
            QT_TRANSLATE_NOOP("Ovh::Call", "is not a MAC address (e.g. 00:11:22:33:44:55)"));
    case TypeKind::Phone:
        return verdict(isPhone(text), QT_TRANSLATE_NOOP("Ovh::Call", "is not a phone number"));
    case TypeKind::Enum:
    case TypeKind::Model:
    case TypeKind::Array:
    case TypeKind::Map:
    case TypeKind::Unknown:
    case TypeKind::Void:
        break;
    }
    return verdict(false, QT_TRANSLATE_NOOP("Ovh::Call", "is not a single value"));
}

} // namespace Ovh
