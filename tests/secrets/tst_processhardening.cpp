// The process keeps its secrets out of crash output: not dumpable (no core dump, no debugger
// attached by another process of the same user, no /proc/<pid>/mem for it) and no core file
// size; shown on this test process with a real ptrace attach, then on the started program.
#include "secrets/ProcessHardening.h"

#include <QProcess>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <linux/capability.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace cockpit;

namespace {

#if defined(Q_OS_LINUX)
// Makes this process (and what it forks) an ordinary one of its user: without CAP_SYS_PTRACE,
// which root has and which lets a tracer ignore the dumpable flag. False if that failed.
bool dropPtraceCapability()
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    for (auto &set : data) {
        set.effective &= ~(1u << CAP_SYS_PTRACE);
        set.permitted &= ~(1u << CAP_SYS_PTRACE);
        set.inheritable &= ~(1u << CAP_SYS_PTRACE);
    }
    return syscall(SYS_capset, &header, data) == 0;
}

// From a child, as another process of the same user would: attaches to this process. 0:
// attached (then detached); otherwise the errno of PTRACE_ATTACH.
int attachFromChild()
{
    const pid_t target = getpid();
    const pid_t child = fork();
    if (child == 0) {
        if (ptrace(PTRACE_ATTACH, target, nullptr, nullptr) == 0) {
            int status = 0;
            waitpid(target, &status, __WALL);
            ptrace(PTRACE_DETACH, target, nullptr, nullptr);
            _exit(0);
        }
        _exit(errno > 0 && errno < 256 ? errno : 255);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 255;
}
#endif

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debuggerRefusedOnceHardened();
    void startedProgramReportsIt();
};

void TestProcessHardening::debuggerRefusedOnceHardened()
{
#if !defined(Q_OS_LINUX)
    QSKIP("PR_SET_DUMPABLE is Linux's");
#else
    QCOMPARE(dumpableState(), 1);
    QVERIFY(dropPtraceCapability());
    if (attachFromChild() != 0)
        QSKIP(
            "ptrace is restricted here even for a dumpable process (Yama): no difference to show");

    const ProcessHardening done = hardenProcess();
    QVERIFY(done.supported);
    QVERIFY(done.notDumpable);
    QVERIFY(done.noCoreFile);
    QCOMPARE(dumpableState(), 0);
    rlimit core{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(attachFromChild(), EPERM);
    QVERIFY(done.summary().contains(QLatin1String("off (PR_GET_DUMPABLE 0, RLIMIT_CORE 0)")));
#endif
}

void TestProcessHardening::startedProgramReportsIt()
{
#if !defined(Q_OS_LINUX)
    QSKIP("PR_SET_DUMPABLE is Linux's");
#else
    // The real program, started as a user starts it (offscreen, the demo, quitting once its rows
    // are painted), tells what the kernel reports after its own call.
    QProcess program;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("cockpit.hardening.info=true"));
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(COCKPIT_TOKENS_BIN),
                  {QStringLiteral("--demo"), QStringLiteral("--measure-startup")});
    QVERIFY2(program.waitForFinished(60000), "the program did not quit");
    const QString output = QString::fromLocal8Bit(program.readAllStandardError());
    QCOMPARE(program.exitCode(), 0);
    QVERIFY2(output.contains(QLatin1String(
                 "core dumps and debugger attachment off (PR_GET_DUMPABLE 0, RLIMIT_CORE 0)")),
             qPrintable(output));
#endif
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
