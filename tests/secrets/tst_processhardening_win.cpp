// ProcessHardening on Windows, shown from outside the hardened process: the kernel's access check
// on OpenProcess refuses PROCESS_VM_READ once the DACL is set (on this test process, then on the
// started program, from this one), and the program is listed in Windows Error Reporting's
// excluded applications of the user, as another program reads the registry.
#include "secrets/ProcessHardening.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <windows.h>

using namespace cockpit;

namespace {

// 0 when `pid` opens with `rights`; otherwise the error OpenProcess gave.
DWORD openError(DWORD pid, DWORD rights)
{
    HANDLE process = OpenProcess(rights, FALSE, pid);
    if (!process)
        return GetLastError();
    CloseHandle(process);
    return 0;
}

// The DWORD Windows Error Reporting keeps for `exeName` among the user's excluded applications,
// or -1 when there is none. Windows keeps the list under the key documented for
// WerAddExcludedApplication; Wine's wer.dll (10.0) under Software\Microsoft\Windows Error
// Reporting, without the "Windows" level.
constexpr const wchar_t *kExclusionKeys[] = {
    L"Software\\Microsoft\\Windows\\Windows Error Reporting\\ExcludedApplications",
    L"Software\\Microsoft\\Windows Error Reporting\\ExcludedApplications"};

long excludedValue(const QString &exeName)
{
    for (const wchar_t *key : kExclusionKeys) {
        DWORD value = 0;
        DWORD size = sizeof(value);
        if (RegGetValueW(HKEY_CURRENT_USER, key, reinterpret_cast<const wchar_t *>(exeName.utf16()),
                         RRF_RT_REG_DWORD, nullptr, &value, &size) == ERROR_SUCCESS)
            return long(value);
    }
    return -1;
}

// So that only this run's program can put the value back.
void forgetExclusion(const QString &exeName)
{
    for (const wchar_t *key : kExclusionKeys)
        RegDeleteKeyValueW(HKEY_CURRENT_USER, key,
                           reinterpret_cast<const wchar_t *>(exeName.utf16()));
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startedProgramClosesItsMemory();
    void memoryReadRefusedOnceHardened();
};

// First: this process is still as Windows made it, and so is the program it starts.
void TestProcessHardening::startedProgramClosesItsMemory()
{
    const QString exeName = QFileInfo(QStringLiteral(COCKPIT_TOKENS_BIN)).fileName();
    forgetExclusion(exeName);
    QCOMPARE(excludedValue(exeName), -1L);
    QProcess program;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("cockpit.hardening.info=true"));
    // A GUI program's messages go to the debugger otherwise.
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    program.setProcessEnvironment(environment);
    program.setProcessChannelMode(QProcess::MergedChannels);
    program.start(QStringLiteral(COCKPIT_TOKENS_BIN), {QStringLiteral("--demo")});
    QVERIFY(program.waitForStarted(30000));
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += program.readAll()).contains("memory closed"),
                              output.constData(), 60000);
    const DWORD pid = DWORD(program.processId());
    QVERIFY2(output.contains("memory closed to other processes yes, left out of Windows Error "
                             "Reporting yes, no DLLs from the current folder yes"),
             output.constData());
    QCOMPARE(openError(pid, PROCESS_VM_READ), DWORD(ERROR_ACCESS_DENIED));
    QCOMPARE(openError(pid, PROCESS_VM_WRITE | PROCESS_VM_OPERATION), DWORD(ERROR_ACCESS_DENIED));
    QCOMPARE(openError(pid, PROCESS_DUP_HANDLE), DWORD(ERROR_ACCESS_DENIED));
    QCOMPARE(openError(pid, PROCESS_CREATE_THREAD), DWORD(ERROR_ACCESS_DENIED));
    // What the user keeps: the process is there, and can be waited for and ended.
    QCOMPARE(openError(pid, PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE), DWORD(0));
    QCOMPARE(excludedValue(exeName), 1L);
    program.kill();
    QVERIFY(program.waitForFinished(30000));
}

void TestProcessHardening::memoryReadRefusedOnceHardened()
{
    const DWORD self = GetCurrentProcessId();
    QCOMPARE(openError(self, PROCESS_VM_READ), DWORD(0)); // as Windows made it
    const ProcessHardening done = hardenProcess();
    QVERIFY(done.supported);
    QVERIFY(done.memoryReadDenied);
    QVERIFY(done.noErrorReport);
    QVERIFY(done.safeDllSearch);
    QCOMPARE(openError(self, PROCESS_VM_READ), DWORD(ERROR_ACCESS_DENIED));
    QCOMPARE(openError(self, PROCESS_QUERY_LIMITED_INFORMATION), DWORD(0));
    QCOMPARE(dumpableState(), -1);
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening_win.moc"
