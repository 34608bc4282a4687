#pragma once

#include <QString>

namespace OvhTest {

// Fixtures in tests/data.
QString dataDir();
QString dataFile(const QString& name);
// The bundled snapshots in the source tree: snapshotDir("eu") -> ".../resources/snapshots/eu/1.0".
QString snapshotDir(const QString& region);
// Where the build put the executables.
QString binDir();

} // namespace OvhTest
