#pragma once

#include <QString>

namespace Ovh {

// The name of the in-process sandbox's endpoint ("sandbox"), also what the settings remember.
inline QString sandboxEndpointName()
{
    return QStringLiteral("sandbox");
}

} // namespace Ovh
