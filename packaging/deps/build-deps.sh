#!/usr/bin/env bash
# Not verified on the project's machines (no network/toolchain there): written to be correct,
# run by the AppImage, Windows and macOS jobs of .github/workflows/packages.yml.
#
# Builds the libraries the app needs beside Qt, from their release tags, against the Qt found
# through CMAKE_PREFIX_PATH (aqt's Qt 6.8.3 LTS in CI), and installs them into a prefix:
#   qtkeychain  QtKeychain 0.13.2 for Qt 6 (the version Debian 12 ships and the app is tested with)
#   yaml-cpp    yaml-cpp 0.7.0, static, so there is one library less to deploy
# On Windows run it from Git Bash in a shell where the MSVC environment is set (the CI job uses
# ilammy/msvc-dev-cmd), so CMake's Ninja generator finds cl.exe.
#
# Usage: packaging/deps/build-deps.sh <prefix> [qtkeychain] [yaml-cpp]   (default: both)
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 <prefix> [qtkeychain] [yaml-cpp]" >&2
    exit 2
fi
# The native form of a folder: C:/... under Git Bash (`pwd -W`), where CMake is a Windows program
# that cannot read /c/... paths; the plain path elsewhere.
native_path() { (cd "$1" && { pwd -W 2>/dev/null || pwd; }); }
prefix="$(mkdir -p "$1" && native_path "$1")"
shift
libraries=("$@")
[ ${#libraries[@]} -gt 0 ] || libraries=(qtkeychain yaml-cpp)
work="$(native_path "$(mktemp -d)")"
trap 'rm -rf "$work"' EXIT

# build <name> <git url> <tag> [cmake options...]
build() {
    local name="$1" url="$2" tag="$3"
    shift 3
    git clone --quiet --depth 1 --branch "$tag" "$url" "$work/$name"
    local macos=()
    # macOS: the same architectures and oldest system as the app (universal in CI).
    if [ -n "${CMAKE_OSX_ARCHITECTURES:-}" ]; then
        macos+=(-DCMAKE_OSX_ARCHITECTURES="$CMAKE_OSX_ARCHITECTURES")
    fi
    if [ -n "${MACOSX_DEPLOYMENT_TARGET:-}" ]; then
        macos+=(-DCMAKE_OSX_DEPLOYMENT_TARGET="$MACOSX_DEPLOYMENT_TARGET")
    fi
    cmake -S "$work/$name" -B "$work/$name-build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_PREFIX_PATH="${CMAKE_PREFIX_PATH:-}" "${macos[@]}" "$@"
    cmake --build "$work/$name-build"
    cmake --install "$work/$name-build"
}

for library in "${libraries[@]}"; do
    case "$library" in
    qtkeychain)
        build qtkeychain https://github.com/frankosterfeld/qtkeychain.git v0.13.2 \
            -DBUILD_WITH_QT6=ON -DBUILD_TEST_APPLICATION=OFF -DBUILD_TRANSLATIONS=OFF
        ;;
    yaml-cpp)
        build yaml-cpp https://github.com/jbeder/yaml-cpp.git yaml-cpp-0.7.0 \
            -DYAML_BUILD_SHARED_LIBS=OFF -DYAML_CPP_BUILD_TESTS=OFF -DYAML_CPP_BUILD_TOOLS=OFF \
            -DCMAKE_POSITION_INDEPENDENT_CODE=ON
        ;;
    *)
        echo "unknown library: $library" >&2
        exit 2
        ;;
    esac
done
echo "installed ${libraries[*]} into $prefix"
