;  Built here by scripts/windows-package with Debian's makensis 3.11 (-WX). Checked under Wine 10
; with a stand-in staging folder only (the app itself cannot be built for Windows here yet: no
; Qt HTTP Server source): /S installs into Program Files with the all-users shortcut and the
; uninstall entry, and uninstall.exe /S removes all three. Not run on Windows itself.
;
; The Windows installer of Cockpit Tokens (NSIS 3, Unicode). build-installer.ps1 prepares the
; files with windeployqt and runs:
;   makensis /DVERSION=0.1.0 /DSTAGE_DIR=<staged files> /DUNINSTALL_LIST=<generated .nsh>
;            /DOUTPUT_FILE=<installer .exe> cockpit-tokens.nsi
; Relative paths below are relative to this folder (makensis changes into it).

; A 64-bit installer for a 64-bit app (Unicode implied): it runs where the app runs, also under a
; Wine without its 32-bit half (Debian's wine64 alone), which cannot start the x86 stub.
Target amd64-unicode
!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !error "Pass /DVERSION=... (see build-installer.ps1)"
!endif
!ifndef STAGE_DIR
  !error "Pass /DSTAGE_DIR=... (see build-installer.ps1)"
!endif
!ifndef UNINSTALL_LIST
  !error "Pass /DUNINSTALL_LIST=... (see build-installer.ps1)"
!endif
!ifndef OUTPUT_FILE
  !error "Pass /DOUTPUT_FILE=... (see build-installer.ps1)"
!endif

!define APP_ID "io.github.cockpittokens.CockpitTokens"
!define APP_NAME "Cockpit Tokens"
!define PUBLISHER "The Cockpit Tokens developers"
!define EXE "cockpit-tokens.exe"
; Keyed by the application id, like the desktop file and the keychain service on Linux.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTPUT_FILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ManifestDPIAware true

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "Copyright 2026 ${PUBLISHER}, MIT License"

!define MUI_ICON "cockpit-tokens.ico"
!define MUI_UNICON "cockpit-tokens.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_LICENSE "..\..\LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The app's own languages.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"

LangString NeedsX64 ${LANG_ENGLISH} "${APP_NAME} needs a 64-bit version of Windows."
LangString NeedsX64 ${LANG_FRENCH} "${APP_NAME} nécessite une version 64 bits de Windows."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NeedsX64)"
    Abort
  ${EndIf}
  SetRegView 64
  ; A per-machine install: the shortcut goes to every user's Start menu, not the installing one's.
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "${APP_NAME}" SectionMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Everything windeployqt staged: both programs, Qt, its plugins and translations, QtKeychain
  ; and the Visual C++ runtime.
  File /r "${STAGE_DIR}\*.*"
  File "cockpit-tokens.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\cockpit-tokens.ico"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\cockpit-tokens.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "URLInfoAbout" "https://github.com/cockpittokens/cockpit-tokens"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; Only the files this installer put there (listed by build-installer.ps1), never a recursive
  ; delete: the user may have chosen a folder that holds other things.
  !include "${UNINSTALL_LIST}"
  Delete "$INSTDIR\cockpit-tokens.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; Settings live in the registry under the organization name the app sets; secrets in the
  ; Windows Credential Manager. Both are the user's, and are kept.
SectionEnd
