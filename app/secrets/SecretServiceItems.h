#pragma once

#include <QString>

#include <functional>

class QObject;

namespace cockpit::SecretServiceItems {

// The Secret Service (freedesktop.org) entry that QtKeychain keeps under (service, key): its
// libsecret backend files it with the attributes server = service, user = key. QtKeychain cannot
// tell a locked entry from a missing one (a locked entry reads back as "not found", and a delete
// leaves it in place yet reports success); asking the Secret Service itself can.
enum class State
{
    Absent,    // no such entry
    Unlocked,  // there, and readable
    Locked,    // there, but its collection is locked
    NoService, // no Secret Service to ask (other systems, no session bus): nothing known
};

using Done = std::function<void(State)>;

// What holds for the entry now. `done` runs once, from the event loop, unless `context` is gone.
void lookUp(const QString &service, const QString &key, QObject *context, Done done);

// The same, after asking the Secret Service to unlock the entry when it is locked: that shows the
// desktop's own unlock prompt, as a keychain write already does; `done` gets Locked if the user
// dismissed it (or no prompt could be shown) and the entry is still locked.
void unlock(const QString &service, const QString &key, QObject *context, Done done);

// Names the entry in keychain managers (Seahorse, KWallet…) with `label`, once written.
void applyLabel(const QString &service, const QString &key, const QString &label);

} // namespace cockpit::SecretServiceItems
