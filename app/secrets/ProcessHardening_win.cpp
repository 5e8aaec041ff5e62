// ProcessHardening on Windows, as password managers do there: other processes of the same user
// may not read this process's memory, Windows Error Reporting writes no dump of it, and no DLL
// is loaded from the current folder. (The user owns the process and could still rewrite its
// DACL: this stops casual memory readers and dump collectors, not an attacker with full rights.)
#include "ProcessHardening.h"

#include <QLoggingCategory>

#include <aclapi.h>
#include <werapi.h>
#include <windows.h>

#include <vector>

namespace cockpit {

Q_LOGGING_CATEGORY(lcCockpitHardening, "cockpit.hardening", QtWarningMsg)

namespace {

// What other processes of the user keep: ask for its name and times, wait for it, end it.
constexpr DWORD kUserProcessRights =
    PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE | PROCESS_TERMINATE;

// A protected DACL on this process: the user gets kUserProcessRights, SYSTEM everything.
bool denyMemoryAccess()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<DWORD> user(size / sizeof(DWORD) + 1);
    const bool haveUser = GetTokenInformation(token, TokenUser, user.data(),
                                              DWORD(user.size() * sizeof(DWORD)), &size);
    CloseHandle(token);
    if (!haveUser)
        return false;
    PSID userSid = reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid;
    SID_IDENTIFIER_AUTHORITY nt = SECURITY_NT_AUTHORITY;
    PSID system = nullptr;
    if (!AllocateAndInitializeSid(&nt, 1, SECURITY_LOCAL_SYSTEM_RID, 0, 0, 0, 0, 0, 0, 0, &system))
        return false;
    const DWORD bytes = DWORD(sizeof(ACL) + 2 * sizeof(ACCESS_ALLOWED_ACE) + GetLengthSid(userSid) +
                              GetLengthSid(system));
    std::vector<DWORD> buffer(bytes / sizeof(DWORD) + 1);
    auto *acl = reinterpret_cast<ACL *>(buffer.data());
    const bool done =
        InitializeAcl(acl, DWORD(buffer.size() * sizeof(DWORD)), ACL_REVISION) &&
        AddAccessAllowedAce(acl, ACL_REVISION, kUserProcessRights, userSid) &&
        AddAccessAllowedAce(acl, ACL_REVISION, PROCESS_ALL_ACCESS, system) &&
        SetSecurityInfo(GetCurrentProcess(), SE_KERNEL_OBJECT,
                        DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
                        nullptr, acl, nullptr) == ERROR_SUCCESS;
    FreeSid(system);
    return done;
}

// No crash dialog and no report (with its memory dump) for this program.
bool leaveOutOfErrorReporting()
{
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    std::vector<wchar_t> path(MAX_PATH);
    DWORD length = 0;
    while ((length = GetModuleFileNameW(nullptr, path.data(), DWORD(path.size()))) == path.size() &&
           path.size() < 32768)
        path.resize(path.size() * 2);
    if (length == 0 || length == path.size())
        return false;
    return SUCCEEDED(WerAddExcludedApplication(path.data(), FALSE));
}

// The current folder leaves the DLL search order, for good.
bool searchDllsSafely()
{
    const bool noCurrentFolder = SetDllDirectoryW(L"") != 0;
    const bool safeMode = SetSearchPathMode(BASE_SEARCH_PATH_ENABLE_SAFE_SEARCHMODE |
                                            BASE_SEARCH_PATH_PERMANENT) != 0;
    return noCurrentFolder && safeMode;
}

} // namespace

QString ProcessHardening::summary() const
{
    const auto state = [](bool done) {
        return done ? QStringLiteral("yes") : QStringLiteral("NO");
    };
    return QStringLiteral("memory closed to other processes %1, left out of Windows Error "
                          "Reporting %2, no DLLs from the current folder %3")
        .arg(state(memoryReadDenied), state(noErrorReport), state(safeDllSearch));
}

int dumpableState()
{
    return -1;
}

ProcessHardening hardenProcess()
{
    ProcessHardening done;
    done.supported = true;
    done.safeDllSearch = searchDllsSafely();
    done.noErrorReport = leaveOutOfErrorReporting();
    done.memoryReadDenied = denyMemoryAccess();
    qCInfo(lcCockpitHardening).noquote() << done.summary();
    return done;
}

} // namespace cockpit
