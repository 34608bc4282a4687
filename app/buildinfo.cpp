#include "buildinfo.h"

// Regenerated at every build, rewritten only when the revision changes (cmake/revision.cmake).
#include "revision.h"

namespace Ovh {

QString buildRevision()
{
    return QStringLiteral(OVH_REVISION);
}

QString buildVersion()
{
    const QString revision = buildRevision();
    if (revision.isEmpty())
        return QStringLiteral(OVH_VERSION);
    return QStringLiteral(OVH_VERSION " (git %1)").arg(revision);
}

} // namespace Ovh
