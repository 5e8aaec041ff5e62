#include "OwnerOnly.h"

#include <QFile>
#include <QFileInfo>

namespace cockpit::test {

QString ownerOnlyProblem(const QString &path)
{
    // ReadUser/WriteUser mirror the owner bits for the current user: compare the Unix bits.
    const QFileDevice::Permissions mode =
        QFileInfo(path).permissions() &
        (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
         QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    if (mode == (QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return {};
    return QStringLiteral("mode 0x%1 (Qt's permission bits), not owner read/write only")
        .arg(int(mode), 0, 16);
}

bool openToEveryone(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

} // namespace cockpit::test
