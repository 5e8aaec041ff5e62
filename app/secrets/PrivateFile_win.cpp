// PrivateFile on Windows. Qt's setPermissions there only toggles the read-only attribute, so a
// file would inherit its folder's ACL. Here the temporary file is created with a protected DACL
// that lets in its creator alone (no inherited entries), so the secret is never readable by
// anyone else, not even for the first byte; it then replaces `path` with MoveFileEx, which keeps
// the moved file's own security descriptor.
#include "PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <windows.h>

#include <vector>

namespace cockpit::PrivateFile {
namespace {

// A security descriptor whose protected DACL holds one entry: full access for the user this
// process runs as.
class OwnerOnlyDescriptor
{
public:
    DWORD build()
    {
        HANDLE token = nullptr;
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
            return GetLastError();
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        m_user.resize(size / sizeof(DWORD) + 1);
        const bool haveUser = GetTokenInformation(token, TokenUser, m_user.data(),
                                                  DWORD(m_user.size() * sizeof(DWORD)), &size);
        const DWORD userError = GetLastError();
        CloseHandle(token);
        if (!haveUser)
            return userError;
        PSID user = reinterpret_cast<TOKEN_USER *>(m_user.data())->User.Sid;
        const DWORD aclBytes = DWORD(sizeof(ACL) + sizeof(ACCESS_ALLOWED_ACE) + GetLengthSid(user));
        m_acl.resize(aclBytes / sizeof(DWORD) + 1);
        auto *acl = reinterpret_cast<ACL *>(m_acl.data());
        if (!InitializeAcl(acl, DWORD(m_acl.size() * sizeof(DWORD)), ACL_REVISION) ||
            !AddAccessAllowedAce(acl, ACL_REVISION, FILE_ALL_ACCESS, user) ||
            !InitializeSecurityDescriptor(&m_descriptor, SECURITY_DESCRIPTOR_REVISION) ||
            !SetSecurityDescriptorDacl(&m_descriptor, TRUE, acl, FALSE) ||
            !SetSecurityDescriptorControl(&m_descriptor, SE_DACL_PROTECTED, SE_DACL_PROTECTED))
            return GetLastError();
        m_attributes.nLength = sizeof(m_attributes);
        m_attributes.lpSecurityDescriptor = &m_descriptor;
        m_attributes.bInheritHandle = FALSE;
        return ERROR_SUCCESS;
    }
    SECURITY_ATTRIBUTES *attributes() { return &m_attributes; }

private:
    std::vector<DWORD> m_user; // a TOKEN_USER, DWORD-aligned
    std::vector<DWORD> m_acl;  // the ACL, DWORD-aligned
    SECURITY_DESCRIPTOR m_descriptor{};
    SECURITY_ATTRIBUTES m_attributes{};
};

const wchar_t *wide(const QString &text)
{
    return reinterpret_cast<const wchar_t *>(text.utf16());
}

bool failWith(DWORD code, QString *errorText)
{
    if (errorText)
        *errorText = qt_error_string(int(code));
    return false;
}

} // namespace

bool write(const QString &path, const QByteArray &data, QString *errorText)
{
    OwnerOnlyDescriptor descriptor;
    if (const DWORD code = descriptor.build(); code != ERROR_SUCCESS)
        return failWith(code, errorText);

    const QString target = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString temporary =
        target + QStringLiteral(".%1.tmp").arg(QRandomGenerator::system()->generate(), 8, 16,
                                               QLatin1Char('0'));
    HANDLE file = CreateFileW(wide(temporary), GENERIC_WRITE, 0, descriptor.attributes(),
                              CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return failWith(GetLastError(), errorText);

    qsizetype written = 0;
    DWORD code = ERROR_SUCCESS;
    while (written < data.size()) {
        DWORD chunk = 0;
        const DWORD want = DWORD(qMin<qsizetype>(data.size() - written, 1 << 20));
        if (!WriteFile(file, data.constData() + written, want, &chunk, nullptr) || chunk == 0) {
            code = GetLastError();
            break;
        }
        written += chunk;
    }
    if (code == ERROR_SUCCESS && !FlushFileBuffers(file))
        code = GetLastError();
    CloseHandle(file);
    if (code == ERROR_SUCCESS && !MoveFileExW(wide(temporary), wide(target),
                                              MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        code = GetLastError();
    if (code != ERROR_SUCCESS) {
        DeleteFileW(wide(temporary));
        return failWith(code, errorText);
    }
    return true;
}

} // namespace cockpit::PrivateFile
