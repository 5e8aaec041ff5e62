#pragma once

#include <QByteArray>
#include <QString>

namespace cockpit::PrivateFile {

// Writes `data` to `path` for its owner alone, also when the file was there before and wider: mode
// 0600 on Unix; on Windows (PrivateFile_win.cpp) a protected DACL naming only the current user.
// For files that hold a secret, such as an agent's configuration.
// All or nothing: the data goes to a temporary file of the same folder, which replaces `path`
// only once complete, so a failure leaves an earlier file as it was. On failure returns false
// and, when `errorText` is given, sets it to the system's reason (never the data).
bool write(const QString &path, const QByteArray &data, QString *errorText = nullptr);

} // namespace cockpit::PrivateFile
