#pragma once

namespace cockpit {

class ClipboardGuard;
class SavedSecretIndex;
class SecretStore;

// What the window needs from the desktop besides the API: where secrets are kept (the system
// keychain in the app, memory in tests), which tokens have one saved, and the one guarded way to
// the clipboard. Built by the composition root (main.cpp); none of it is owned by the window.
struct DesktopServices
{
    SecretStore *secrets = nullptr;
    SavedSecretIndex *savedSecrets = nullptr;
    ClipboardGuard *clipboard = nullptr;
};

} // namespace cockpit
