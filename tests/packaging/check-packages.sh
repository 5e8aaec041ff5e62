#!/usr/bin/env bash
# The installer checks, run by CTest (label `packaging`, so by ./scripts/test and CI) and by the
# packages job of .github/workflows/packages.yml. Builds the .deb and .rpm with the one command,
# scripts/package, then checks them: lintian (errors and warnings fail), the .deb installed by dpkg
# into a private root under a temporary folder (its dependencies checked against this system's
# package database, which is not changed) and resolved by apt in simulation, its payload, the
# installed programs run (--version, an offscreen demo start, the emulator answering a request),
# desktop-file-validate, appstreamcli validate, the application id used everywhere, and the .rpm's
# file list, dependencies and payload. Every failure is reported; the exit status is 1 if any.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
app_id="io.github.cockpittokens.CockpitTokens"
started=$SECONDS

failures=0
checked=0 # the failure count when the last group of checks ended
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# Ends a group of checks: says "ok" only if none of them failed since the previous group.
pass() {
    if [ "$failures" -eq "$checked" ]; then echo "ok: $*"; fi
    checked=$failures
}
# For problems after which the other checks would only repeat the same failure.
abort() {
    echo "FAIL: $*" >&2
    exit 1
}

work="$(mktemp -d)"
emulator_pid=""
cleanup() {
    if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- Build both packages with the one command --------------------------------------------------
echo "== scripts/package"
package_started=$SECONDS
"$root/scripts/package" >"$work/packages.txt" 2> >(tee "$work/package-build.txt" >&2) ||
    abort "scripts/package failed (its output is above)"
wait # for tee
mapfile -t packages <"$work/packages.txt"
deb="" rpm_file=""
for package in "${packages[@]}"; do
    case "$package" in
    *.deb) deb="$package" ;;
    *.rpm) rpm_file="$package" ;;
    esac
done
[ -f "$deb" ] || abort "scripts/package built no .deb (see its output above)"
[ -f "$rpm_file" ] || abort "scripts/package built no .rpm (see its output above)"
pass "scripts/package built $(basename "$deb") and $(basename "$rpm_file") in $((SECONDS - package_started)) s"
# An optimised GCC build is what a newcomer's first ./scripts/run makes: it must print no compiler
# warning (GCC 12 once printed 39 -Wnull-dereference false positives there). Only meaningful when
# something was compiled, as on CI's fresh clone; an up-to-date build/package compiles nothing.
compiled=$(grep -c 'Building CXX object' "$work/package-build.txt" || true)
if grep -E ': warning: |warning: .* \[-W' "$work/package-build.txt" >"$work/warnings.txt"; then
    fail "the optimised build printed $(wc -l <"$work/warnings.txt") compiler warnings, the first: $(head -n 3 "$work/warnings.txt")"
fi
pass "the optimised build compiled $compiled files without a compiler warning"

# scripts/package ran scripts/install-deps, which lists every tool used below.
for tool in dpkg dpkg-deb apt-get lintian rpm desktop-file-validate appstreamcli file readelf strings ldd man timeout; do
    command -v "$tool" >/dev/null || abort "$tool is missing: add its package to scripts/install-deps"
done

version="$(dpkg-deb -f "$deb" Version)"
project_version="$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -n 1)"
[ "$version" = "$project_version" ] ||
    fail "the .deb is version '$version' but CMakeLists.txt says '$project_version'"

# --- .deb control fields -----------------------------------------------------------------------
echo "== .deb control fields"
[ "$(dpkg-deb -f "$deb" Package)" = "cockpit-tokens" ] || fail "the .deb is not named cockpit-tokens"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] ||
    fail "the .deb is not built for $(dpkg --print-architecture)"
depends="$(dpkg-deb -f "$deb" Depends)"
# The first three are opened at run time (dpkg-shlibdeps cannot see them); the rest prove
# dpkg-shlibdeps ran on the linked libraries.
# The SVG plugins' package is this release's (libqt6svg6 up to Debian 12, qt6-svg-plugins after).
svg_plugins="$(dpkg-query -S '*/qt6/plugins/imageformats/libqsvg.so' 2>/dev/null | cut -d: -f1 | head -n 1)"
for dependency in qt6-qpa-plugins libsecret-1-0 "${svg_plugins:-libqt6svg6}" libqt6widgets6 libqt6httpserver6 libqt6keychain1; do
    grep -Eq "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done
grep -Eq "(^|, )gnome-keyring( |,|$)" <<<"$(dpkg-deb -f "$deb" Recommends)" ||
    fail "Recommends lacks gnome-keyring"
if grep -Eiq "asan|ubsan" <<<"$depends"; then fail "Depends names a sanitizer runtime: $depends"; fi
pass "control: $(dpkg-deb -f "$deb" Package) $version, Depends: $depends"

# --- lintian -----------------------------------------------------------------------------------
echo "== lintian"
# Info and pedantic tags are shown too, but only errors and warnings fail.
lintian --fail-on error,warning --display-info --pedantic "$deb" ||
    fail "lintian found errors or warnings (listed above)"
pass "lintian: no errors, no warnings"

# --- Installed by dpkg, into a private root ---------------------------------------------------
# dpkg itself installs the package, as on a user's machine, but under $work: the private root's
# package database is a copy of this system's, so the Depends are checked against what is
# installed here, and nothing of the system changes. apt, in simulation, checks that the
# Depends resolve from this system's archives too.
echo "== .deb installed with dpkg --root"
tree="$work/root"
mkdir -p "$tree/var/lib/dpkg/info" "$tree/var/lib/dpkg/updates"
cp /var/lib/dpkg/status "$tree/var/lib/dpkg/status"
: >"$tree/var/lib/dpkg/available"
# The copied database names packages whose file lists are not there: dpkg warns once for each.
if ! dpkg --root="$tree" --force-script-chrootless --log=/dev/null -i "$deb" >"$work/dpkg.txt" 2>&1; then
    grep -v "files list file for package" "$work/dpkg.txt" >&2 || true
    abort "dpkg could not install the .deb into a private root (its output is above)"
fi
dpkg --root="$tree" -s cockpit-tokens | grep -qx "Status: install ok installed" ||
    fail "dpkg does not report cockpit-tokens as installed in the private root"
if ! apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.txt" 2>&1; then
    cat "$work/apt.txt" >&2
    fail "apt could not resolve the .deb's dependencies on this system (output above)"
fi
pass "dpkg installed the .deb (dependencies met by this system); apt resolves it"

echo "== .deb payload"
expected_files=(
    usr/bin/cockpit-tokens
    usr/bin/cockpit-emulator
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/icons/hicolor/48x48/apps/$app_id.png"
    "usr/share/icons/hicolor/128x128/apps/$app_id.png"
    "usr/share/icons/hicolor/256x256/apps/$app_id.png"
    usr/share/man/man1/cockpit-tokens.1.gz
    usr/share/man/man1/cockpit-emulator.1.gz
    usr/share/doc/cockpit-tokens/copyright
    usr/share/doc/cockpit-tokens/changelog.gz
)
for file in "${expected_files[@]}"; do
    [ -f "$tree/$file" ] || fail "the .deb lacks /$file"
done
# Exactly these files: anything else (a test program, a static library, a stray header) is a leak.
unexpected="$(cd "$tree" && find . -path ./var/lib/dpkg -prune -o \( -type f -o -type l \) -print |
    sed 's|^\./||' | sort |
    comm -23 - <(printf '%s\n' "${expected_files[@]}" | sort))"
[ -z "$unexpected" ] || fail "the .deb ships files nobody listed: $unexpected"
pass "payload: ${#expected_files[@]} files, as listed"

for program in cockpit-tokens cockpit-emulator; do
    binary="$tree/usr/bin/$program"
    [ -x "$binary" ] || continue
    description="$(file -b "$binary")"
    if ! grep -q "^ELF 64-bit" <<<"$description"; then
        fail "$program is not an ELF program: $description"
        continue
    fi
    grep -q ", stripped" <<<"$description" || fail "$program is not stripped: $description"
    if readelf -d "$binary" | grep -Eq "\((RPATH|RUNPATH)\)"; then fail "$program has an RPATH"; fi
    needed="$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')"
    if grep -Eq "libasan|libubsan|libtsan|liblsan" <<<"$needed"; then
        fail "$program links a sanitizer runtime (a dev build leaked into the package): $needed"
    fi
    # grep without -q reads to the end: with pipefail, an early exit would SIGPIPE the writer.
    if readelf --dyn-syms -W "$binary" | grep "__asan_\|__ubsan_" >/dev/null; then
        fail "$program was built with sanitizers"
    fi
    readelf -d "$binary" | grep "BIND_NOW" >/dev/null || fail "$program lacks full RELRO (-z now)"
    missing_libraries="$(ldd "$binary" | grep "not found" || true)"
    [ -z "$missing_libraries" ] || fail "$program needs libraries this system lacks: $missing_libraries"
done
pass "programs: stripped, hardened, no RPATH, no sanitizers, libraries from the system"

for size in 48 128 256; do
    icon="$tree/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$icon" ] || continue
    file -b "$icon" | grep -q "PNG image data, $size x $size," ||
        fail "the ${size}x${size} icon is not a $size px PNG: $(file -b "$icon")"
done
svg="$tree/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
if [ -f "$svg" ]; then
    file -b "$svg" | grep -q "SVG" || fail "the scalable icon is not an SVG: $(file -b "$svg")"
fi
pass "icons: SVG and 48/128/256 px PNGs"

for page in cockpit-tokens cockpit-emulator; do
    manual="$tree/usr/share/man/man1/$page.1.gz"
    [ -f "$manual" ] || continue
    gzip -t "$manual" || fail "man page $page.1.gz is not valid gzip"
    warnings="$(MANWIDTH=80 man --warnings -E UTF-8 -l "$manual" 2>&1 >/dev/null || true)"
    [ -z "$warnings" ] || fail "man page $page.1 renders with warnings: $warnings"
    zcat "$manual" | head -n 1 | grep -q "\"cockpit-tokens $version\"" ||
        fail "man page $page.1 does not say version $version in its .TH line"
done
doc="$tree/usr/share/doc/cockpit-tokens"
if [ -f "$doc/changelog.gz" ]; then
    zcat "$doc/changelog.gz" | head -n 1 | grep -q "^cockpit-tokens ($version)" ||
        fail "the changelog's latest entry is not version $version"
fi
if [ -f "$doc/copyright" ]; then
    head -n 1 "$doc/copyright" |
        grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ||
        fail "the copyright file is not in the machine-readable (DEP-5) format"
fi
pass "man pages, changelog and copyright match version $version"

# --- Desktop integration -----------------------------------------------------------------------
echo "== desktop file and AppStream metainfo"
desktop="$tree/usr/share/applications/$app_id.desktop"
metainfo="$tree/usr/share/metainfo/$app_id.metainfo.xml"
if [ -f "$desktop" ]; then
    status=0
    report="$(desktop-file-validate "$desktop" 2>&1)" || status=$?
    # Warnings fail too; hints are only shown.
    if [ "$status" -ne 0 ] || grep -Eq "error:|warning:" <<<"$report"; then
        fail "desktop-file-validate: $report"
    elif [ -n "$report" ]; then
        echo "$report"
    fi
    desktop_key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
    [ "$(desktop_key Icon)" = "$app_id" ] || fail "the desktop file's Icon is not $app_id"
    exec_program="$(desktop_key Exec | cut -d' ' -f1)"
    [ -x "$tree/usr/bin/$exec_program" ] ||
        fail "the desktop file runs '$exec_program', which the package does not ship in /usr/bin"
    # Qt on X11 names the window class after the program (WM_CLASS instance = argv[0]).
    [ "$(desktop_key StartupWMClass)" = "cockpit-tokens" ] ||
        fail "the desktop file's StartupWMClass is not cockpit-tokens"
    pass "desktop file: valid, Icon and file name are the application id, StartupWMClass set"
fi
if [ -f "$metainfo" ]; then
    # --strict: warnings and infos fail as well as errors; only pedantic hints pass (the one left
    # is the upper case in the reverse-DNS id, which the id itself dictates). AppStream 1.0
    # (Debian 13) replaced <developer_name> by <developer>, which 0.16 (Debian 12) does not know:
    # there, and only there, its "unknown-tag developer" info is expected.
    status=0
    report="$(appstreamcli validate --no-net --strict --pedantic "$metainfo" 2>&1)" || status=$?
    echo "$report"
    if [ "$status" -ne 0 ]; then
        appstream_major="$(appstreamcli --version | grep -o '[0-9][0-9.]*' | head -n 1 | cut -d. -f1)"
        unexpected="$(grep -E '^[EWI]: ' <<<"$report" | grep -Ev ':[0-9]+: unknown-tag developer$' || true)"
        if [ "${appstream_major:-1}" -ge 1 ] || [ -n "$unexpected" ]; then
            fail "appstreamcli validate rejects the metainfo (see above)"
        fi
    fi
    pass "appstreamcli validate --no-net --strict: valid"
    if ! appstreamcli validate-tree --no-net "$tree" >"$work/validate-tree.txt" 2>&1; then
        cat "$work/validate-tree.txt" >&2
        fail "appstreamcli validate-tree rejects the installed tree"
    fi
    pass "appstreamcli validate-tree: the installed tree is consistent"
    grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo id is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $app_id.desktop"
    if ! grep -q "<screenshot type=\"default\">" "$metainfo" || ! grep -q "<image>" "$metainfo"; then
        fail "the metainfo has no default screenshot"
    fi
    latest_release="$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)"
    [ "$latest_release" = "$version" ] ||
        fail "the metainfo's latest release is '$latest_release', the package is $version"
    sed -n '/<release version/,/<\/release>/p' "$metainfo" | grep -q "<description>" ||
        fail "the metainfo's latest release has no release notes"
    pass "metainfo: id, launchable, screenshot, release $latest_release with notes"
fi
# The program passes the id to setDesktopFileName (Wayland app id) as a string literal: UTF-16
# where the compiler keeps QStringLiteral's data as it is, 8-bit where it builds it otherwise
# (seen with Debian sid's GCC and Qt 6.11 in the optimized package build).
# (No grep -q after a large writer: with pipefail its early exit fails the pipeline by SIGPIPE.)
{ strings -el "$tree/usr/bin/cockpit-tokens" | grep -x "$app_id" >/dev/null ||
    strings -a "$tree/usr/bin/cockpit-tokens" | grep -F "$app_id" | grep -v -e '^:/' -e '[.]desktop$' >/dev/null; } ||
    fail "cockpit-tokens does not carry the application id $app_id"
pass "cockpit-tokens carries the application id"

# --- Run the installed programs against the system's Qt ----------------------------------------
echo "== running the installed programs"
mkdir -m 0700 "$work/home" "$work/runtime"
run_env=(env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u SCW_ACCESS_KEY -u SCW_SECRET_KEY
    -u SCW_DEFAULT_PROJECT_ID -u SCW_DEFAULT_ORGANIZATION_ID -u SCW_DEFAULT_REGION -u SCW_API_URL
    -u SCW_PROFILE -u SCW_CONFIG_PATH
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
    XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen)

app="$tree/usr/bin/cockpit-tokens"
emulator="$tree/usr/bin/cockpit-emulator"
output="$("${run_env[@]}" timeout 30 "$app" --version 2>&1)" || true
grep -q " $version\$" <<<"$output" || fail "cockpit-tokens --version did not print version $version: $output"
pass "cockpit-tokens --version: $output"

if "${run_env[@]}" timeout 30 "$app" --help 2>/dev/null | grep -q -- "--measure-startup"; then
    # Starts offscreen in demo mode and quits by itself once the table has painted rows.
    output="$("${run_env[@]}" timeout 60 "$app" --demo --measure-startup 2>"$work/app.err")" || true
    if ! grep -Eq "^startup_to_rows_painted_ms [0-9]+$" <<<"$output"; then
        cat "$work/app.err" >&2
        fail "cockpit-tokens --demo --measure-startup did not show the demo tokens: $output"
    fi
    pass "cockpit-tokens --demo started offscreen and showed the demo tokens ($output)"
else
    # Without the probe: start it, give it a moment, and check it is still running.
    "${run_env[@]}" "$app" --demo >"$work/app.out" 2>&1 &
    app_pid=$!
    sleep 3
    if kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid"
        wait "$app_pid" || true
    else
        cat "$work/app.out" >&2
        fail "cockpit-tokens --demo exited on start"
    fi
    pass "cockpit-tokens --demo started offscreen and kept running"
fi

# The emulator prints its URL and demo credentials, answers a token list, and stops on SIGTERM.
"${run_env[@]}" "$emulator" --port 0 >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 100); do
    grep -q "^SCW_DEFAULT_PROJECT_ID=" "$work/emulator.out" && break
    kill -0 "$emulator_pid" 2>/dev/null || break
    sleep 0.1
done
emulator_value() { sed -n "s/^$1=//p" "$work/emulator.out"; }
port="$(emulator_value COCKPIT_EMULATOR_URL | sed -n 's|^http://127\.0\.0\.1:\([0-9]*\)/*$|\1|p')"
if [ -z "$port" ]; then
    cat "$work/emulator.out" "$work/emulator.err" >&2
    fail "cockpit-emulator did not print a 127.0.0.1 URL"
else
    answer="$(
        exec 3<>"/dev/tcp/127.0.0.1/$port"
        printf 'GET /cockpit/v1/regions/fr-par/tokens?project_id=%s HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: %s\r\nConnection: close\r\n\r\n' \
            "$(emulator_value SCW_DEFAULT_PROJECT_ID)" "$(emulator_value SCW_SECRET_KEY)" >&3
        timeout 10 cat <&3
    )" || true
    if ! head -n 1 <<<"$answer" | grep -q "^HTTP/1.1 200" || ! grep -q '"total_count"' <<<"$answer"; then
        fail "cockpit-emulator did not answer the token list: $(head -c 400 <<<"$answer")"
    fi
fi
if kill -TERM "$emulator_pid" 2>/dev/null; then
    status=0
    if timeout 10 tail --pid="$emulator_pid" -f /dev/null; then
        wait "$emulator_pid" || status=$?
        [ "$status" -eq 0 ] || fail "cockpit-emulator exited with status $status on SIGTERM"
    else
        fail "cockpit-emulator ignored SIGTERM for 10 s"
        kill -KILL "$emulator_pid" 2>/dev/null || true
        wait "$emulator_pid" 2>/dev/null || true
    fi
else
    fail "cockpit-emulator was no longer running"
fi
emulator_pid=""
pass "cockpit-emulator on port $port answered the demo token list and stopped on SIGTERM"

# --- The .rpm ----------------------------------------------------------------------------------
echo "== .rpm"
rpm_query() { rpm -qp --nosignature "$@" "$rpm_file" 2>/dev/null; }
[ "$(rpm_query --qf '%{NAME} %{VERSION}')" = "cockpit-tokens $version" ] ||
    fail "the .rpm is not cockpit-tokens $version: $(rpm_query --qf '%{NAME} %{VERSION}')"
rpm_files="$(rpm_query -l | sort)"
# The same files as the .deb, plus the one folder the package owns; never a system folder such as
# /usr/bin or /usr/share/icons/hicolor/48x48, which belong to filesystem or hicolor-icon-theme.
expected_rpm_files="$( (printf '/%s\n' "${expected_files[@]}" && echo /usr/share/doc/cockpit-tokens) | sort)"
[ "$rpm_files" = "$expected_rpm_files" ] || fail "rpm -qlp differs from the expected list:
$(diff <(echo "$expected_rpm_files") <(echo "$rpm_files") || true)"
pass "rpm -qlp: $(wc -l <<<"$rpm_files") entries, no system folders"
requires="$(rpm_query --requires)"
for requirement in libsecret qt6-qtsvg "libQt6Widgets.so.6()(64bit)" "libqt6keychain.so.1()(64bit)"; do
    grep -Fxq "$requirement" <<<"$requires" || fail "the .rpm does not require $requirement"
done
if grep -Eiq "asan|ubsan" <<<"$requires"; then fail "the .rpm requires a sanitizer runtime"; fi
grep -Fxq gnome-keyring <<<"$(rpm_query --suggests)" || fail "the .rpm does not suggest gnome-keyring"
# Same payload as the checked .deb: compare each file's SHA-256 with the installed one.
while read -r path _ _ digest mode _; do
    case "$mode" in 0100*) ;; *) continue ;; esac
    actual="$(sha256sum "$tree$path" 2>/dev/null | cut -d' ' -f1)"
    [ "$actual" = "$digest" ] || fail "the .rpm's $path differs from the .deb's"
done < <(rpm_query --dump)
pass "rpm: requires, suggests and payload identical to the .deb's"

echo "== $((SECONDS - started)) s in all"
if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
