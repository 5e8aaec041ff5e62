#!/usr/bin/env bash
# Not verified on the project's machines (no network/toolchain there): written to be correct,
# run only by the AppImage job of .github/workflows/packages.yml.
#
# Builds Cockpit_Tokens-<version>-x86_64.AppImage with linuxdeploy and linuxdeploy-plugin-qt.
#
# Needs: Qt 6.8 LTS with QtHttpServer and QtWebSockets (its qmake on PATH, or QMAKE set; the CI
# job uses aqt's Qt 6.8.3, whose libraries run on older distributions than the build machine's),
# QtKeychain 0.13 built against that Qt (packaging/deps/build-deps.sh), yaml-cpp 0.7, cmake,
# ninja, curl, and the X11/xcb libraries the Qt xcb plugin loads. Build on the oldest distribution
# the AppImage should run on: the bundle carries everything but glibc and the graphics stack.
#
# Usage: packaging/appimage/build-appimage.sh [work folder, default build/appimage]
# Extra CMake arguments (e.g. -DCMAKE_PREFIX_PATH=...) can be passed in COCKPIT_CMAKE_ARGS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mkdir -p "${1:-$root/build/appimage}" && cd "${1:-$root/build/appimage}" && pwd)"
app_id="io.github.cockpittokens.CockpitTokens"

# 1. A Release build installed into AppDir/usr: the same install rules as the .deb, so the
#    desktop file, metainfo, icons and man pages land where linuxdeploy expects them.
read -r -a extra_cmake_args <<<"${COCKPIT_CMAKE_ARGS:-}"
cmake -S "$root" -B "$work/cmake" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DCOCKPIT_BUILD_TESTS=OFF -DCOCKPIT_SANITIZE=OFF -DCOCKPIT_WERROR=OFF \
    "${extra_cmake_args[@]}"
cmake --build "$work/cmake" --target cockpit-tokens cockpit-emulator cockpit_packaging_files
rm -rf "$work/AppDir"
DESTDIR="$work/AppDir" cmake --install "$work/cmake" --strip
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$work/cmake/CMakeCache.txt")"

# 2. The tools: linuxdeploy (with its built-in AppImage output plugin) and the Qt plugin.
#    "continuous" is the only release they publish; pin a commit's build for reproducible output.
tools="$work/tools"
mkdir -p "$tools"
for tool in linuxdeploy linuxdeploy-plugin-qt; do
    if [ ! -x "$tools/$tool-x86_64.AppImage" ]; then
        curl --fail --location --silent --show-error --output "$tools/$tool-x86_64.AppImage" \
            "https://github.com/linuxdeploy/$tool/releases/download/continuous/$tool-x86_64.AppImage"
        chmod +x "$tools/$tool-x86_64.AppImage"
    fi
done
# CI machines and containers often lack FUSE: let the tools unpack themselves instead.
export APPIMAGE_EXTRACT_AND_RUN=1

# 3. Bundle. linuxdeploy copies every library the programs link, except those every distribution
#    has (glibc, libGL, ...). The Qt plugin adds the Qt plugins and translations:
#    - QtSvg for the SVG icon engine and image plugin (nothing links QtSvg, Qt loads it);
#    - the Wayland platform plugins besides xcb, so Wayland sessions run natively, and the
#      offscreen one, for the smoke test below and for headless use of the demo.
#    libsecret is deliberately left out: QtKeychain opens it with dlopen, so the host's copy, which
#    matches the host's keyring daemon, is used; without it QtKeychain reports that no keychain
#    is available and the app offers its session-only sign-in.
export QMAKE="${QMAKE:-$(command -v qmake6 || command -v qmake)}"
export EXTRA_QT_MODULES="svg;"
# Only the platform plugins this Qt has: the plugin stops at a missing one.
platforms="$("$QMAKE" -query QT_INSTALL_PLUGINS)/platforms"
EXTRA_PLATFORM_PLUGINS=""
for plugin in libqwayland-egl.so libqwayland-generic.so libqoffscreen.so; do
    if [ -f "$platforms/$plugin" ]; then EXTRA_PLATFORM_PLUGINS+="$plugin;"; fi
done
export EXTRA_PLATFORM_PLUGINS
export LDAI_OUTPUT="$work/Cockpit_Tokens-$version-x86_64.AppImage"
cd "$work"
"$tools/linuxdeploy-x86_64.AppImage" \
    --appdir "$work/AppDir" \
    --executable "$work/AppDir/usr/bin/cockpit-tokens" \
    --executable "$work/AppDir/usr/bin/cockpit-emulator" \
    --desktop-file "$work/AppDir/usr/share/applications/$app_id.desktop" \
    --icon-file "$work/AppDir/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    --plugin qt \
    --output appimage

# 4. A smoke test of the result: it must at least start and print its version offscreen.
QT_QPA_PLATFORM=offscreen "$LDAI_OUTPUT" --version
echo "$LDAI_OUTPUT"
