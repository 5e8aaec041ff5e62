#include "ProcessHardening.h"

#include <QLoggingCategory>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cockpit {

// Off by default; "cockpit.hardening.info=true" prints what hardenProcess() did.
Q_LOGGING_CATEGORY(lcCockpitHardening, "cockpit.hardening", QtWarningMsg)

QString ProcessHardening::summary() const
{
    const QString buffers = largeBuffersUnmapped
                                ? QStringLiteral("; buffers of %1 KiB or more unmapped when freed")
                                      .arg(kLargeBufferBytes / 1024)
                                : QStringLiteral("; freed buffers left to the allocator");
    if (!supported)
        return QStringLiteral("core dumps: left to the system (no switch on this platform)") +
               buffers;
    return QStringLiteral(
               "core dumps and debugger attachment %1 (PR_GET_DUMPABLE %2, RLIMIT_CORE %3)")
               .arg(notDumpable && noCoreFile ? QStringLiteral("off")
                                              : QStringLiteral("NOT fully off"))
               .arg(dumpableState())
               .arg(noCoreFile ? QStringLiteral("0") : QStringLiteral("not 0")) +
           buffers;
}

int dumpableState()
{
#if defined(Q_OS_LINUX)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#else
    return -1;
#endif
}

ProcessHardening hardenProcess()
{
    ProcessHardening done;
#if defined(Q_OS_LINUX)
    done.supported = true;
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    done.notDumpable = dumpableState() == 0;
    rlimit none{0, 0};
    done.noCoreFile = setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#if defined(__GLIBC__)
    // Setting it at all also stops glibc from moving it (and the trim threshold) on its own.
    // (A sanitizer's allocator ignores it and returns 0.)
    done.largeBuffersUnmapped = mallopt(M_MMAP_THRESHOLD, ProcessHardening::kLargeBufferBytes) == 1;
#endif
    qCInfo(lcCockpitHardening).noquote() << done.summary();
    return done;
}

} // namespace cockpit
