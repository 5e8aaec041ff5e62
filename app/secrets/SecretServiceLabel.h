#pragma once

#include <QString>

namespace cockpit {

// QtKeychain (0.13 to 0.17) labels every Secret Service entry with the service name alone, so a
// keyring manager lists all of ours as "io.github.cockpittokens.CockpitTokens". This renames the
// entry QtKeychain just wrote (found by the attributes its libsecret backend sets: user = the
// key, server = the service) through the Secret Service's D-Bus API, asynchronously and best
// effort: a keychain without that API keeps the old label, and the secret is never involved.
// Does nothing off Linux, where the system keychains have no such shared label.
namespace SecretServiceLabel {

void apply(const QString &service, const QString &key, const QString &label);

} // namespace SecretServiceLabel
} // namespace cockpit
