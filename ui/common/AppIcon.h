#pragma once

#include <QIcon>

namespace cockpit {

namespace AppIcon {

// The application's icon, for window title bars, task bars and the About box: the theme's
// icon of the application id when the desktop provides one (an installed package does), else
// the copy embedded in the program (the SVG, and PNGs for when no SVG engine is present).
QIcon icon();

} // namespace AppIcon

} // namespace cockpit
