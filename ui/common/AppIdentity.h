#pragma once

namespace cockpit {

// The names the application goes by: the organization and application names that place its
// settings (~/.config/io.github.cockpittokens/CockpitTokens.conf, kept as they always were),
// the display name people read ("Cockpit Tokens"), the desktop file name (the application id),
// and the same display name for screen readers: AT-SPI names the application after its
// accessible root, which Qt would otherwise name after the settings name, "CockpitTokens".
namespace AppIdentity {

void apply();

} // namespace AppIdentity

} // namespace cockpit
