#!/bin/sh
# Runs a test against a real Secret Service: a private D-Bus session with gnome-keyring-daemon,
# in a throwaway HOME so the developer's own keyring is never touched.
#   run-with-keyring.sh unlocked|locked <test-binary> [args...]
set -eu
state="$1"
shift
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -m 0700 "$home/runtime"
export HOME="$home" XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/data"
export XDG_CONFIG_HOME="$home/config"
exec dbus-run-session -- sh -c '
    if [ "$0" = unlocked ]; then
        printf pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    else
        # A keyring that exists but is locked: created with a password, then locked by restarting
        # the daemon without unlocking it.
        printf pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        gnome-keyring-daemon --replace --components=secrets >/dev/null 2>&1 </dev/null
    fi
    exec "$@"' "$state" "$@"
