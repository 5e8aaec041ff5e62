#include "OwnerOnly.h"

#include <QDir>

#include <aclapi.h>
#include <windows.h>

#include <vector>

namespace cockpit::test {
namespace {

const wchar_t *wide(const QString &text)
{
    return reinterpret_cast<const wchar_t *>(text.utf16());
}

// The SID of the user this process runs as, in a DWORD-aligned buffer holding a TOKEN_USER.
std::vector<DWORD> currentUser()
{
    std::vector<DWORD> buffer;
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return buffer;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    buffer.resize(size / sizeof(DWORD) + 1);
    if (!GetTokenInformation(token, TokenUser, buffer.data(), DWORD(buffer.size() * sizeof(DWORD)),
                             &size))
        buffer.clear();
    CloseHandle(token);
    return buffer;
}

PSID sidOf(std::vector<DWORD> &user)
{
    return reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid;
}

} // namespace

QString ownerOnlyProblem(const QString &path)
{
    std::vector<DWORD> user = currentUser();
    if (user.empty())
        return QStringLiteral("cannot read this process's user");
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const QString native = QDir::toNativeSeparators(path);
    const DWORD code =
        GetNamedSecurityInfoW(wide(native), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr,
                              nullptr, &dacl, nullptr, &descriptor);
    if (code != ERROR_SUCCESS)
        return QStringLiteral("GetNamedSecurityInfo: ") + qt_error_string(int(code));
    QString problem;
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    ACL_SIZE_INFORMATION sizes{};
    if (!dacl) {
        problem = QStringLiteral("no DACL at all: everyone has full access");
    } else if (!GetSecurityDescriptorControl(descriptor, &control, &revision) ||
               !(control & SE_DACL_PROTECTED)) {
        problem = QStringLiteral("DACL not protected: it inherits the folder's entries");
    } else if (!GetAclInformation(dacl, &sizes, sizeof(sizes), AclSizeInformation)) {
        problem = QStringLiteral("GetAclInformation failed");
    } else {
        for (DWORD index = 0; index < sizes.AceCount && problem.isEmpty(); ++index) {
            void *entry = nullptr;
            if (!GetAce(dacl, index, &entry)) {
                problem = QStringLiteral("GetAce failed");
                break;
            }
            const auto *header = static_cast<ACE_HEADER *>(entry);
            if (header->AceType == ACCESS_DENIED_ACE_TYPE)
                continue; // denying is never wider
            if (header->AceType != ACCESS_ALLOWED_ACE_TYPE) {
                problem = QStringLiteral("entry %1 of type %2").arg(index).arg(header->AceType);
                break;
            }
            auto *allowed = static_cast<ACCESS_ALLOWED_ACE *>(entry);
            if (!EqualSid(reinterpret_cast<PSID>(&allowed->SidStart), sidOf(user)))
                problem = QStringLiteral("entry %1 lets in another account").arg(index);
        }
        if (problem.isEmpty() && sizes.AceCount == 0)
            problem = QStringLiteral("an empty DACL: not even the owner can read it");
    }
    LocalFree(descriptor);
    return problem;
}

bool openToEveryone(const QString &path)
{
    std::vector<DWORD> user = currentUser();
    if (user.empty())
        return false;
    SID_IDENTIFIER_AUTHORITY world = SECURITY_WORLD_SID_AUTHORITY;
    PSID everyone = nullptr;
    if (!AllocateAndInitializeSid(&world, 1, SECURITY_WORLD_RID, 0, 0, 0, 0, 0, 0, 0, &everyone))
        return false;
    const DWORD bytes = DWORD(sizeof(ACL) + 2 * sizeof(ACCESS_ALLOWED_ACE) +
                              GetLengthSid(sidOf(user)) + GetLengthSid(everyone));
    std::vector<DWORD> buffer(bytes / sizeof(DWORD) + 1);
    auto *acl = reinterpret_cast<ACL *>(buffer.data());
    bool done = InitializeAcl(acl, DWORD(buffer.size() * sizeof(DWORD)), ACL_REVISION) &&
                AddAccessAllowedAce(acl, ACL_REVISION, FILE_ALL_ACCESS, sidOf(user)) &&
                AddAccessAllowedAce(acl, ACL_REVISION, FILE_GENERIC_READ, everyone);
    if (done) {
        QString native = QDir::toNativeSeparators(path);
        done =
            SetNamedSecurityInfoW(const_cast<wchar_t *>(wide(native)), SE_FILE_OBJECT,
                                  DACL_SECURITY_INFORMATION | UNPROTECTED_DACL_SECURITY_INFORMATION,
                                  nullptr, nullptr, acl, nullptr) == ERROR_SUCCESS;
    }
    FreeSid(everyone);
    return done && !ownerOnlyProblem(path).isEmpty();
}

} // namespace cockpit::test
