# Not verified on the project's machines (no network/toolchain there): written to be correct,
# run only by the Windows job of .github/workflows/packages.yml. See README.md beside it.
#
# Builds Cockpit_Tokens-<version>-windows-x64.exe: a Release build with MSVC, windeployqt into a
# staging folder, then NSIS (cockpit-tokens.nsi). Run from a shell with the MSVC x64 environment
# (a "x64 Native Tools" prompt, or ilammy/msvc-dev-cmd in CI), Qt's bin folder and NSIS on PATH.
#
#   pwsh packaging/windows/build-installer.ps1 -QtDir C:\Qt\6.8.3\msvc2022_64 -DepsDir C:\deps
param(
    [Parameter(Mandatory = $true)][string]$QtDir,    # the Qt 6.8 LTS kit (holds bin\windeployqt.exe)
    [Parameter(Mandatory = $true)][string]$DepsDir,  # QtKeychain and yaml-cpp (build-deps.sh)
    [string]$WorkDir = "build\windows"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Checked {
    # Native commands do not throw on failure: stop at the first one that fails.
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed with exit code $LASTEXITCODE" }
}

$root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
New-Item -ItemType Directory -Force -Path $WorkDir | Out-Null
$work = (Resolve-Path $WorkDir).Path
$cmakeDir = Join-Path $work "cmake"

# 1. Release build of the two programs.
Invoke-Checked cmake @("-S", $root, "-B", $cmakeDir, "-G", "Ninja",
    "-DCMAKE_BUILD_TYPE=Release", "-DCMAKE_PREFIX_PATH=$QtDir;$DepsDir",
    "-DCOCKPIT_BUILD_TESTS=OFF", "-DCOCKPIT_SANITIZE=OFF", "-DCOCKPIT_WERROR=OFF")
Invoke-Checked cmake @("--build", $cmakeDir, "--target", "cockpit-tokens", "cockpit-emulator")
$version = (Select-String -Path (Join-Path $cmakeDir "CMakeCache.txt") `
        -Pattern "^CMAKE_PROJECT_VERSION:STATIC=(.+)$").Matches[0].Groups[1].Value

# 2. Staging: the programs, QtKeychain (not part of Qt, so windeployqt leaves it out), then
#    windeployqt for Qt's libraries, plugins and translations. --svg adds the SVG icon engine and
#    image plugin, which Qt loads at run time; nothing needs the software OpenGL fallback.
$stage = Join-Path $work "stage"
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
New-Item -ItemType Directory -Path $stage | Out-Null
Copy-Item (Join-Path $cmakeDir "ui\cockpit-tokens.exe") $stage
Copy-Item (Join-Path $cmakeDir "app\emulator\cockpit-emulator.exe") $stage
Copy-Item (Join-Path $DepsDir "bin\qt6keychain.dll") $stage
Invoke-Checked (Join-Path $QtDir "bin\windeployqt.exe") @("--release", "--svg",
    "--no-opengl-sw", "--no-system-d3d-compiler", "--no-compiler-runtime",
    (Join-Path $stage "cockpit-tokens.exe"), (Join-Path $stage "cockpit-emulator.exe"))

# The Visual C++ runtime, deployed next to the programs (Microsoft allows this app-local copy), so
# the installer needs no separate vc_redist run. VCToolsRedistDir comes with the MSVC environment.
$crt = Get-ChildItem -Directory (Join-Path $env:VCToolsRedistDir "x64") -Filter "Microsoft.VC*.CRT" |
    Select-Object -First 1
foreach ($dll in @("msvcp140.dll", "msvcp140_1.dll", "vcruntime140.dll", "vcruntime140_1.dll")) {
    Copy-Item (Join-Path $crt.FullName $dll) $stage
}

# A smoke test of the staged program with only the staged Qt: it must start (in demo mode) and
# still be running a few seconds later. It is a GUI-subsystem program, so --version would show a
# message box rather than print.
$app = Start-Process -FilePath (Join-Path $stage "cockpit-tokens.exe") -ArgumentList "--demo" -PassThru
Start-Sleep -Seconds 5
if ($app.HasExited) { throw "cockpit-tokens.exe --demo exited at start with code $($app.ExitCode)" }
Stop-Process -Id $app.Id

# 3. The uninstaller's file list: exactly what is staged, deepest folders last.
$lines = @()
Get-ChildItem -Recurse -File $stage | ForEach-Object {
    $lines += "Delete `"`$INSTDIR\$($_.FullName.Substring($stage.Length + 1))`""
}
Get-ChildItem -Recurse -Directory $stage |
    Sort-Object { $_.FullName.Split([IO.Path]::DirectorySeparatorChar).Count } -Descending |
    ForEach-Object { $lines += "RMDir `"`$INSTDIR\$($_.FullName.Substring($stage.Length + 1))`"" }
$uninstallList = Join-Path $work "uninstall-files.nsh"
Set-Content -Path $uninstallList -Value $lines -Encoding utf8

# 4. The installer.
$installer = Join-Path $work "Cockpit_Tokens-$version-windows-x64.exe"
Invoke-Checked makensis @("-WX", "/DVERSION=$version", "/DSTAGE_DIR=$stage",
    "/DUNINSTALL_LIST=$uninstallList", "/DOUTPUT_FILE=$installer",
    (Join-Path $root "packaging\windows\cockpit-tokens.nsi"))
Write-Output $installer
