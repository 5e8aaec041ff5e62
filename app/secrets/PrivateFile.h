#pragma once

#include <QByteArray>
#include <QString>

namespace cockpit::PrivateFile {

// Writes `data` to `path` for its owner alone: for files that hold a secret, such as an agent's
// configuration (and the one writer of user-chosen files, exports too). On Unix the file is
// created with mode 0600 from its first system call (never wider, also when the file was there
// before with a wider mode), and a symbolic link at `path` is refused rather than followed; on
// Windows (PrivateFile_win.cpp) it gets a protected DACL naming only the current user.
// All or nothing: the data goes to a temporary file of the same folder, which replaces `path`
// only once complete, so a failure leaves an earlier file as it was. On failure returns false
// and, when `errorText` is given, sets it to the reason (never the data).
bool write(const QString &path, const QByteArray &data, QString *errorText = nullptr);

} // namespace cockpit::PrivateFile
