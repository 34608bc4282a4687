#!/bin/sh
# Retakes the README's screenshots into docs/screenshots/ (light and dark), offscreen, inside a
# private keychain so nothing touches yours, then every window and dialog in French into
# docs/screenshots/fr/ at 1280x800 and at 1024x640 (…-1024x640.png). Build first (./dev.sh build).
#   scripts/screenshots.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${BUILD_DIR:-$here/build}}
out=$here/docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
# The window speaks the system's language (LANGUAGE first): English here whatever yours.
LANGUAGE=en "$here/tests/support/with-keyring.sh" "$build/bin/screenshots" "$out"
LANGUAGE=en "$here/tests/support/with-keyring.sh" "$build/bin/screenshots" "$out" --dark
# French: the layouts must hold with its longer words, at the usual size and a small one.
mkdir -p "$out/fr"
LANGUAGE=fr "$here/tests/support/with-keyring.sh" "$build/bin/screenshots" "$out/fr"
LANGUAGE=fr "$here/tests/support/with-keyring.sh" "$build/bin/screenshots" "$out/fr" \
    --size 1024x640
