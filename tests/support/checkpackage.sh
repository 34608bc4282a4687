#!/bin/sh
# Builds the Debian package with cpack, unpacks it and checks what a user gets: both programs
# run from it, the desktop entry is valid, the documents Debian asks for are there, and lintian
# finds no error. Usage: checkpackage.sh BUILD_DIR SCRATCH_DIR
set -eu
build=$1
scratch=$2
rm -rf "$scratch"
mkdir -p "$scratch"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$scratch"/out/*.deb)
echo "package: $(basename "$deb")"
root=$scratch/root
dpkg-deb -x "$deb" "$root"

version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
case $depends in *libqt6core6*) ;; *) fail "Depends lacks the Qt libraries: $depends" ;; esac

for path in usr/bin/ovh-explorer usr/bin/ovh-explorer-cli \
    usr/share/applications/ovh-explorer.desktop \
    usr/share/icons/hicolor/scalable/apps/ovh-explorer.svg \
    usr/share/icons/hicolor/16x16/apps/ovh-explorer.png \
    usr/share/icons/hicolor/32x32/apps/ovh-explorer.png \
    usr/share/icons/hicolor/64x64/apps/ovh-explorer.png \
    usr/share/icons/hicolor/256x256/apps/ovh-explorer.png \
    usr/share/doc/ovh-api-explorer/copyright usr/share/doc/ovh-api-explorer/changelog.gz \
    usr/share/man/man1/ovh-explorer.1.gz usr/share/man/man1/ovh-explorer-cli.1.gz \
    usr/share/bash-completion/completions/ovh-explorer-cli; do
    [ -e "$root/$path" ] || fail "not in the package: $path"
done

# The programs' version line carries what the package version says (0.1.0+git<rev> ↔
# "0.1.0 (git <rev>)").
expected=$(echo "$version" | sed 's/+git/ (git /; s/\.dirty$/-dirty/; s/(git .*/&)/')
cli=$("$root/usr/bin/ovh-explorer-cli" --version)
[ "$cli" = "ovh-explorer-cli $expected" ] || fail "CLI --version: '$cli', expected '$expected'"
gui=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/ovh-explorer" --version 2>/dev/null)
[ "$gui" = "ovh-explorer $expected" ] || fail "window --version: '$gui', expected '$expected'"
zcat "$root/usr/share/doc/ovh-api-explorer/changelog.gz" | head -1 | grep -qF "($version)" ||
    fail "changelog.gz does not name version $version"

# The man pages render without a groff warning and carry what the programs' --help says.
for page in ovh-explorer ovh-explorer-cli; do
    file=$root/usr/share/man/man1/$page.1.gz
    warnings=$(zcat "$file" | LC_ALL=C.UTF-8 groff -man -ww -z 2>&1) || fail "groff failed on $page.1"
    [ -z "$warnings" ] || fail "groff warnings in $page.1: $warnings"
    text=$(MANWIDTH=200 man -l "$file" 2>/dev/null | sed 's/\x08.//g')
    for heading in NAME SYNOPSIS DESCRIPTION ENVIRONMENT FILES; do
        echo "$text" | grep -q "^$heading" || fail "$page.1 has no $heading section"
    done
    echo "$text" | grep -q -- "--offline" || fail "$page.1 does not list --offline"
done
text=$(MANWIDTH=200 man -l "$root/usr/share/man/man1/ovh-explorer-cli.1.gz" 2>/dev/null)
for expected in COMMANDS "EXIT STATUS" "EXAMPLES" "OVH_APPLICATION_KEY" "--rights" "--lang"; do
    echo "$text" | grep -q -- "$expected" || fail "ovh-explorer-cli.1 lacks '$expected'"
done

if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$root/usr/share/applications/ovh-explorer.desktop" ||
        fail "desktop entry rejected by desktop-file-validate"
else
    echo "note: desktop-file-validate not installed, desktop entry not validated"
fi

if command -v lintian >/dev/null 2>&1; then
    lintian --allow-root "$deb" >"$scratch/lintian.log" 2>&1 || true
    cat "$scratch/lintian.log"
    if grep -q '^E:' "$scratch/lintian.log"; then
        fail "lintian found errors"
    fi
else
    echo "note: lintian not installed, package not linted"
fi
echo "package checked: $version"
rm -rf "$root"
