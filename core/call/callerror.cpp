#include "call/callerror.h"

#include "base/coretr.h"

namespace Ovh {

QString CallError::toString() const
{
    // French puts a no-break space before the colon.
    return field.isEmpty() ? message : BaseTr::tr("%1: %2").arg(field, message);
}

bool operator==(const CallError& a, const CallError& b)
{
    return a.kind == b.kind && a.field == b.field && a.message == b.message;
}

} // namespace Ovh
