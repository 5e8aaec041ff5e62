#!/usr/bin/env bash
# Not verified on the project's machines (no network/toolchain there): written to be correct,
# run only by the macOS job of .github/workflows/packages.yml.
#
# Builds "Cockpit Tokens.app" and Cockpit_Tokens-<version>.dmg with macdeployqt and hdiutil.
#
# Needs: Xcode's command line tools, Qt 6.8 LTS for macOS with QtHttpServer and QtWebSockets
# (macdeployqt on PATH; the CI job uses aqt's Qt 6.8.3), QtKeychain 0.13 and yaml-cpp 0.7 built
# against it (packaging/deps/build-deps.sh), cmake and ninja.
#
# Usage: packaging/macos/build-dmg.sh [work folder, default build/macos]
# Environment: COCKPIT_CMAKE_ARGS  extra CMake arguments (e.g. -DCMAKE_PREFIX_PATH=<Qt>;<deps>)
#              CMAKE_OSX_ARCHITECTURES  e.g. "arm64;x86_64" for a universal bundle (default: this
#                                  Mac's); build the dependencies the same way
#              MACOSX_DEPLOYMENT_TARGET the oldest macOS to run on, default 11.0 (Info.plist says so)
#              COCKPIT_DEPS_LIB    folder holding libqt6keychain*.dylib, for macdeployqt
#              CODESIGN_IDENTITY   a "Developer ID Application: ..." identity to sign with; without
#                                  it the bundle is ad-hoc signed (runs here, Gatekeeper warns
#                                  elsewhere). Notarizing (xcrun notarytool) is a separate step.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mkdir -p "${1:-$root/build/macos}" && cd "${1:-$root/build/macos}" && pwd)"

# 1. A Release build of the two programs. The CMake target is a plain executable (its install
#    rule is shared with Linux), so the bundle is assembled here rather than by MACOSX_BUNDLE.
read -r -a extra_cmake_args <<<"${COCKPIT_CMAKE_ARGS:-}"
if [ -n "${CMAKE_OSX_ARCHITECTURES:-}" ]; then
    extra_cmake_args+=(-DCMAKE_OSX_ARCHITECTURES="$CMAKE_OSX_ARCHITECTURES")
fi
minimum_macos="${MACOSX_DEPLOYMENT_TARGET:-11.0}"
cmake -S "$root" -B "$work/cmake" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_OSX_DEPLOYMENT_TARGET="$minimum_macos" \
    -DCOCKPIT_BUILD_TESTS=OFF -DCOCKPIT_SANITIZE=OFF -DCOCKPIT_WERROR=OFF \
    "${extra_cmake_args[@]}"
cmake --build "$work/cmake" --target cockpit-tokens cockpit-emulator
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$work/cmake/CMakeCache.txt")"

# 2. The bundle: Contents/MacOS holds both programs (the emulator shares the Qt frameworks),
#    Info.plist names the bundle id (= the application id) and the icon.
app="$work/Cockpit Tokens.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$work/cmake/ui/cockpit-tokens" "$work/cmake/app/emulator/cockpit-emulator" "$app/Contents/MacOS/"
sed -e "s/@VERSION@/$version/g" -e "s/@MINIMUM_MACOS@/$minimum_macos/g" \
    "$root/packaging/macos/Info.plist.in" >"$app/Contents/Info.plist"
cp "$root/packaging/macos/CockpitTokens.icns" "$app/Contents/Resources/"
printf 'APPL????' >"$app/Contents/PkgInfo"
plutil -lint "$app/Contents/Info.plist"

# 3. Qt frameworks and plugins into the bundle. -executable rewrites the emulator's references
#    too; -libpath lets macdeployqt find QtKeychain, which is not part of Qt.
deploy_args=(-executable="$app/Contents/MacOS/cockpit-emulator" -always-overwrite -verbose=1)
if [ -n "${COCKPIT_DEPS_LIB:-}" ]; then deploy_args+=(-libpath="$COCKPIT_DEPS_LIB"); fi
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    # Hardened runtime and a secure timestamp are what notarization requires.
    deploy_args+=(-codesign="$CODESIGN_IDENTITY" -hardened-runtime -timestamp)
fi
macdeployqt "$app" "${deploy_args[@]}"
if [ -z "${CODESIGN_IDENTITY:-}" ]; then
    # Apple silicon refuses to run unsigned code; an ad-hoc signature is enough locally.
    codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

# 4. A smoke test: the bundled program must start with only the bundle's Qt (macdeployqt ships
#    the cocoa platform plugin only; macOS CI machines have a window server for it).
"$app/Contents/MacOS/cockpit-tokens" --version

# 5. The disk image: the app beside a link to /Applications, to drag it onto.
staging="$work/dmg"
rm -rf "$staging"
mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="$work/Cockpit_Tokens-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "Cockpit Tokens" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$dmg"
fi
hdiutil verify "$dmg"
echo "$dmg"
