#include "PrivateFile.h"

#include <QSaveFile>

namespace cockpit::PrivateFile {

bool write(const QString &path, const QByteArray &data, QString *errorText)
{
    QSaveFile file(path);
    auto fail = [&file, errorText] {
        if (errorText)
            *errorText = file.errorString();
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    // Before the first byte: the temporary file never holds the secret with a wider mode, and an
    // existing file's mode (which QSaveFile would keep) does not carry over.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail();
    if (file.write(data) != data.size())
        return fail();
    if (!file.commit()) {
        if (errorText)
            *errorText = file.errorString();
        return false;
    }
    return true;
}

} // namespace cockpit::PrivateFile
