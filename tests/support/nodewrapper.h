#pragma once

#include <QString>

namespace OvhTest {

// The official Node.js wrapper (npm "ovh", pinned by tests/sandbox/package-lock.json),
// installed into the build tree for the tests that run it.

// "node" (or Debian's older "nodejs") and "npm" on the PATH; empty when not installed.
QString nodeProgram();
QString npmProgram();
// The pinned version: "2.0.3".
QString nodeWrapperVersion();
// Copies tests/sandbox (package.json, its lock file, peer.js) into the build tree and installs
// the wrapper there once (npm ci, else npm install), under a lock so tests running in parallel
// share one install. Returns that folder (node_modules is inside), or empty with `error` set.
QString installNodeWrapper(QString* error);

} // namespace OvhTest
