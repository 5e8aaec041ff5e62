#pragma once

#include <QByteArray>
#include <QString>

namespace cockpit::PrivateFile {

// Writes `data` to `path` for its owner alone (mode 0600 on Unix, also when the file was there
// before with a wider mode): for files that hold a secret, such as an agent's configuration.
// All or nothing: the data goes to a temporary file of the same folder, which replaces `path`
// only once complete, so a failure leaves an earlier file as it was. On failure returns false
// and, when `errorText` is given, sets it to the system's reason (never the data).
bool write(const QString &path, const QByteArray &data, QString *errorText = nullptr);

} // namespace cockpit::PrivateFile
