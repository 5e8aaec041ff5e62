// PrivateFile on Unix: the bytes go to a new file that the kernel creates owner-only (mkostemp:
// O_CREAT | O_EXCL, mode 0600) in the target's folder, and rename() puts it in place. No other
// mode is ever set on it, whatever the umask or the mode of the file it replaces, and nothing is
// written through a symbolic link: the target is refused if it is one, and rename() replaces a
// name, never what a link planted there meanwhile points to.
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cockpit::PrivateFile {
namespace {

bool fail(QString *errorText, const QString &text)
{
    if (errorText)
        *errorText = text;
    return false;
}

bool failWithErrno(QString *errorText)
{
    return fail(errorText, qt_error_string(errno));
}

bool writeAll(int fd, const QByteArray &data)
{
    const char *next = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        next += written;
        left -= written;
    }
    return true;
}

} // namespace

bool write(const QString &path, const QByteArray &data, QString *errorText)
{
    const QFileInfo target(path);
    const QByteArray targetName = QFile::encodeName(target.absoluteFilePath());
    struct stat existing = {};
    if (::lstat(targetName.constData(), &existing) == 0) {
        if (S_ISLNK(existing.st_mode))
            return fail(errorText,
                        QCoreApplication::translate(
                            "PrivateFile", "it is a symbolic link, which is not followed for a "
                                           "file that holds a secret; choose another name"));
        if (!S_ISREG(existing.st_mode))
            return fail(errorText,
                        QCoreApplication::translate("PrivateFile", "it is not a regular file"));
    } else if (errno != ENOENT) {
        return failWithErrno(errorText);
    }

    // A hidden name beside the target, so that rename() stays within one file system.
    QByteArray temporaryName = QFile::encodeName(target.absolutePath()) + "/." +
                               QFile::encodeName(target.fileName()) + ".XXXXXX";
    const int fd = ::mkostemp(temporaryName.data(), O_CLOEXEC);
    if (fd < 0)
        return failWithErrno(errorText);
    bool written = writeAll(fd, data) && ::fsync(fd) == 0;
    const int writeErrno = errno;
    written = (::close(fd) == 0) && written;
    if (!written || ::rename(temporaryName.constData(), targetName.constData()) != 0) {
        const int error = written ? errno : writeErrno;
        ::unlink(temporaryName.constData());
        return fail(errorText, qt_error_string(error));
    }
    return true;
}

} // namespace cockpit::PrivateFile
