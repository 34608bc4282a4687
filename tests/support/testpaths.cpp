#include "testpaths.h"

namespace OvhTest {

QString dataDir()
{
    return QStringLiteral(OVH_TEST_DATA_DIR);
}

QString dataFile(const QString& name)
{
    return dataDir() + QLatin1Char('/') + name;
}

QString snapshotDir(const QString& region)
{
    return QStringLiteral(OVH_SNAPSHOT_DIR) + QLatin1Char('/') + region + QLatin1String("/1.0");
}

QString binDir()
{
    return QStringLiteral(OVH_BIN_DIR);
}

} // namespace OvhTest
