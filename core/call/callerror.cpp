#include "call/callerror.h"

namespace Ovh {

QString CallError::toString() const
{
    return field.isEmpty() ? message : field + QLatin1String(": ") + message;
}

bool operator==(const CallError& a, const CallError& b)
{
    return a.kind == b.kind && a.field == b.field && a.message == b.message;
}

QString callErrorKindName(CallError::Kind kind)
{
    switch (kind) {
    case CallError::Kind::UnknownParameter:
        return QStringLiteral("unknown-parameter");
    case CallError::Kind::Missing:
        return QStringLiteral("missing");
    case CallError::Kind::InvalidValue:
        return QStringLiteral("invalid-value");
    case CallError::Kind::NotInEnum:
        return QStringLiteral("not-in-enum");
    case CallError::Kind::ReadOnly:
        return QStringLiteral("read-only");
    case CallError::Kind::NotNullable:
        return QStringLiteral("not-nullable");
    case CallError::Kind::TooManyValues:
        return QStringLiteral("too-many-values");
    case CallError::Kind::InvalidJson:
        return QStringLiteral("invalid-json");
    case CallError::Kind::UnexpectedBody:
        return QStringLiteral("unexpected-body");
    case CallError::Kind::Conflict:
        return QStringLiteral("conflict");
    case CallError::Kind::DuplicateKey:
        return QStringLiteral("duplicate-key");
    }
    return QString();
}

} // namespace Ovh
