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

} // namespace Ovh
