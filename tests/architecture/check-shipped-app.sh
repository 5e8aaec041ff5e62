#!/usr/bin/env bash
# The shipped app holds none of the emulator's test half (app/emulator/testing): no fault gate,
# no fault injector, no oversized bodies, no option parsing of cockpit-emulator. Read from the
# built program's own symbols, not from the build files.
# Usage: check-shipped-app.sh <path to cockpit-tokens>
set -euo pipefail
program="${1:?usage: check-shipped-app.sh <cockpit-tokens>}"
pattern='cockpit::(FaultGate|FaultInjector|OversizedBodyStream|EmulatorOptions|StopSignalWatcher|TestEmulator)\b'
found=$(nm -C "$program" | grep -E "$pattern" || true)
if [ -n "$found" ]; then
    echo "FAIL: $(basename "$program") holds $(wc -l <<<"$found") symbols of the emulator's test half, e.g.:"
    head -n 5 <<<"$found"
    exit 1
fi
echo "ok: $(basename "$program") holds no symbol of the emulator's test half ($(nm -C "$program" | grep -c 'cockpit::') cockpit symbols read)"
