#!/bin/sh
# Runs a command inside a private D-Bus session bus with its own unlocked gnome-keyring
# (Secret Service), so keychain tests use a real backend headless and never touch the user's
# keyrings: HOME-independent data and runtime folders are made here and removed afterwards.
#   with-keyring.sh PROGRAM [ARGUMENTS...]
# Needs dbus-run-session (dbus-daemon) and gnome-keyring-daemon (gnome-keyring): dev.sh
# installs both with the test packages.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool not found (install dbus-daemon and gnome-keyring)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/ovh-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/data" "$scratch/config" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_RUNTIME_DIR="$scratch/runtime"
unset GNOME_KEYRING_CONTROL

# Not exec'd: the trap must remove the scratch folder afterwards.
status=0
dbus-run-session -- sh -c '
    # A new login keyring is created with this password and left unlocked.
    printf %s ovh-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' with-keyring "$@" || status=$?
exit "$status"
