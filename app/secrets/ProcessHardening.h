#pragma once

#include <QString>

namespace cockpit {

// What hardenProcess() did to keep the secrets this process holds out of crash output.
struct ProcessHardening
{
    bool supported = false;   // the platform has these switches (Linux, Windows)
    bool notDumpable = false; // PR_GET_DUMPABLE reads 0 after the change
    bool noCoreFile = false;  // RLIMIT_CORE is 0
    // Windows (ProcessHardening_win.cpp): the process's DACL lets other processes of the user
    // only query, wait for and end it (no PROCESS_VM_READ, no handle duplication, no thread
    // creation); Windows Error Reporting leaves it out (no crash dump of its memory); DLLs are
    // never looked for in the current folder.
    bool memoryReadDenied = false;
    bool noErrorReport = false;
    bool safeDllSearch = false;
    // glibc: every buffer of kLargeBufferBytes or more gets pages of its own, unmapped when freed.
    bool largeBuffersUnmapped = false;
    static constexpr int kLargeBufferBytes = 128 * 1024;
    // One line for the log, e.g. "core dumps and debugger attachment off (PR_GET_DUMPABLE 0,
    // RLIMIT_CORE 0)".
    QString summary() const;
};

// As password managers do, on Linux: prctl(PR_SET_DUMPABLE, 0), so that the kernel writes no core
// dump of the process, other processes of the same user cannot attach a debugger (ptrace) or
// read its memory through /proc, and RLIMIT_CORE 0 for good measure. Only this process and what
// it starts are affected; no system-wide setting (core_pattern...) is touched. Elsewhere it does
// nothing and says so. With glibc, it also fixes malloc's mmap threshold at 128 KiB (its
// default, which glibc otherwise raises after each large buffer freed, up to 32 MiB): a large
// buffer (Qt's network thread reads an answer in blocks of up to megabytes) is unmapped when
// freed, so that its contents leave the process at once, instead of lingering in a heap that
// keeps growing (cockpit-bench-soak). Called first thing by the composition root; what it did
// goes to the "cockpit.hardening" log category (info, off by default). On Windows it does what
// password managers do there instead (see the fields above); ProcessHardening_win.cpp.
ProcessHardening hardenProcess();

// PR_GET_DUMPABLE as the kernel reports it now (Linux), -1 elsewhere.
int dumpableState();

} // namespace cockpit
