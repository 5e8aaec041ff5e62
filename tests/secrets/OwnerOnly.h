#pragma once

#include <QString>

// How tst_privatefile looks at a file's access from outside PrivateFile, per platform: its mode
// bits on Unix (OwnerOnly.cpp), its DACL read back with GetNamedSecurityInfo on Windows
// (OwnerOnly_win.cpp).
namespace cockpit::test {

// Empty when only the file's owner (the current user) can read or write `path`; otherwise what
// lets someone else in, e.g. "mode 0644" or "DACL not protected".
QString ownerOnlyProblem(const QString &path);

// Lets everyone read `path` (mode 0644, or an Everyone read entry in an inheriting DACL): a wider
// file for PrivateFile to replace.
bool openToEveryone(const QString &path);

} // namespace cockpit::test
