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
#if defined(__GLIBC__)
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
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

#if defined(__GLIBC__)
long rssAnonKiB()
{
    long kib = -1;
    if (FILE *status = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, status)) {
            if (std::strncmp(line, "RssAnon:", 8) == 0)
                kib = std::strtol(line + 8, nullptr, 10);
        }
        std::fclose(status);
    }
    return kib;
}

// Where the buffers below go, so that the compiler cannot leave out their allocation.
void *volatile g_sink = nullptr;

struct Kept
{
    bool unmapped = false; // hardenProcess() said large buffers are unmapped
    long kib = -1;         // anonymous memory still resident after the frees
};

// In a child, so that this process's heap stays out of it: one 4 MiB buffer freed (after which
// glibc, left alone, keeps blocks that large in its heap), then 16 buffers of 1 MiB as Qt's
// network thread reads big answers, each followed by a small allocation that stays, all
// written to and freed. How much of them stayed resident.
Kept keptAfterLargeBuffers(bool hardened)
{
    int channel[2];
    if (pipe(channel) != 0)
        return {};
    const pid_t child = fork();
    if (child == 0) {
        close(channel[0]);
        Kept kept;
        if (hardened)
            kept.unmapped = hardenProcess().largeBuffersUnmapped;
        void *big = std::malloc(4 << 20);
        std::memset(big, 1, 4 << 20);
        g_sink = big;
        std::free(g_sink);
        const long before = rssAnonKiB();
        std::vector<void *> blocks;
        std::vector<void *> pins;
        for (int i = 0; i < 16; ++i) {
            blocks.push_back(std::malloc(1 << 20));
            std::memset(blocks.back(), 1, 1 << 20);
            g_sink = blocks.back();
            pins.push_back(std::malloc(64));
            g_sink = pins.back();
        }
        for (void *block : blocks) {
            g_sink = block;
            std::free(g_sink);
        }
        kept.kib = rssAnonKiB() - before;
        const ssize_t written = write(channel[1], &kept, sizeof kept);
        _exit(written == sizeof kept ? 0 : 1);
    }
    close(channel[1]);
    Kept kept;
    if (read(channel[0], &kept, sizeof kept) != sizeof kept)
        kept = {};
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return kept;
}
#endif

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: its children must start from a process not hardened yet.
    void largeBuffersGoBack();
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
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    QVERIFY2(output.contains(QLatin1String("buffers of 128 KiB or more unmapped when freed")),
             qPrintable(output));
#endif
#endif
}

void TestProcessHardening::largeBuffersGoBack()
{
#if !defined(__GLIBC__)
    QSKIP("the mmap threshold is glibc's");
#else
    const Kept left = keptAfterLargeBuffers(false);
    const Kept hardened = keptAfterLargeBuffers(true);
    QVERIFY(left.kib >= 0 && hardened.kib >= 0);
    if (!hardened.unmapped)
        QSKIP("this allocator ignores mallopt (a sanitizer's): nothing to show");
    qInfo("anonymous memory kept after freeing 16 MiB of large buffers: %ld KiB as glibc leaves "
          "it, %ld KiB hardened",
          left.kib, hardened.kib);
    if (left.kib < 8 * 1024)
        QSKIP("this glibc gives such buffers back by itself: no difference to show");
    QVERIFY2(hardened.kib < 2 * 1024, qPrintable(QString::number(hardened.kib)));
#endif
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
