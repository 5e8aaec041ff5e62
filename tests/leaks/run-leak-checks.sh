#!/usr/bin/env bash
# LeakSanitizer on whole programs (the ASan build): the emulator program started, asked for a
# few pages and stopped with SIGTERM as a user stops it, then the app in demo mode started on a
# real X server (Xvfb) and quit once its rows are painted. Each must exit 0 with no LeakSanitizer
# report; any suppression is in lsan.supp with its reason.
#   run-leak-checks.sh <cockpit-emulator> <cockpit-tokens>
set -euo pipefail
emulator="$1"
app="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; fi
    rm -rf "$work"
}
trap cleanup EXIT
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=23"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"

leaked() { grep -q "LeakSanitizer" "$1"; }

# 1. The emulator program, a few requests, SIGTERM.
"$emulator" --port 0 >"$work/emulator.out" 2>"$work/emulator.err" &
pid=$!
url=""
for _ in $(seq 100); do
    url="$(sed -n 's/^COCKPIT_EMULATOR_URL=//p' "$work/emulator.out")"
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "the emulator did not start" >&2; cat "$work/emulator.err" >&2; exit 1; }
secret="$(sed -n 's/^SCW_SECRET_KEY=//p' "$work/emulator.out")"
project="$(sed -n 's/^SCW_DEFAULT_PROJECT_ID=//p' "$work/emulator.out")"
for region in fr-par nl-ams pl-waw; do
    curl -sf -H "X-Auth-Token: $secret" \
        "$url/cockpit/v1/regions/$region/tokens?project_id=$project&page_size=10" >/dev/null
done
curl -s "$url/no/such/route" >/dev/null || true
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=""
if [ "$status" -ne 0 ] || leaked "$work/emulator.err"; then
    echo "cockpit-emulator: exit $status" >&2
    cat "$work/emulator.err" >&2
    exit 1
fi
echo "cockpit-emulator: served 4 requests, stopped by SIGTERM, exit 0, no leak"

# 2. The app, demo mode, on Xvfb (the xcb platform, not offscreen).
status=0
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
    "$app" --demo --measure-startup >"$work/app.out" 2>"$work/app.err" || status=$?
if [ "$status" -ne 0 ] || leaked "$work/app.err"; then
    echo "cockpit-tokens --demo: exit $status" >&2
    cat "$work/app.err" >&2
    exit 1
fi
echo "cockpit-tokens --demo on Xvfb: $(cat "$work/app.out"), exit 0, no leak"
