#pragma once

class QString;

namespace cockpit {

// The application's style: the desktop's own, with Fusion's faint keyboard focus made visible
// (FocusRingStyle); and, for the screenshot tools and tests, Fusion with the app's light or dark
// palette.
namespace AppStyle {

// Wraps the application's style in FocusRingStyle when it is Fusion (the default where the
// desktop has none); other styles draw their native focus.
void installFocusRingsIfFusion();
// Switches the application to Fusion (with focus rings) and the `name`d palette ("light" or
// "dark"). False, and nothing changed, for another name.
bool useNamedPalette(const QString &name);

} // namespace AppStyle

} // namespace cockpit
