#!/bin/sh
# Retakes the README's screenshots into docs/screenshots/ (light and dark), offscreen, inside a
# private keychain so nothing touches yours. Build first (./dev.sh build).
#   scripts/screenshots.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${BUILD_DIR:-$here/build}}
out=$here/docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
"$here/tests/support/with-keyring.sh" "$build/bin/screenshots" "$out"
"$here/tests/support/with-keyring.sh" "$build/bin/screenshots" "$out" --dark
