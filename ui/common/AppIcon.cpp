#include "AppIcon.h"

namespace cockpit {

namespace AppIcon {

QIcon icon()
{
    QIcon embedded;
    embedded.addFile(QStringLiteral(":/icons/" COCKPIT_APP_ID ".svg"));
    for (int size : {48, 128, 256})
        embedded.addFile(QStringLiteral(":/icons/" COCKPIT_APP_ID "-%1.png").arg(size),
                         QSize(size, size));
    return QIcon::fromTheme(QStringLiteral(COCKPIT_APP_ID), embedded);
}

} // namespace AppIcon

} // namespace cockpit
