#pragma once

#include <QObject>

namespace cockpit {

class SecretStore;

// Whether a keychain can hold the app's secrets, found once per run by reading a key that never
// exists: "not found" proves the keychain answers, Kind::Unavailable proves there is none. A
// later write that fails as unavailable lowers the answer too. Until the probe answers the store
// is assumed available, so that a slow keychain never pushes the user to a session-only sign-in.
class KeychainAvailability : public QObject
{
    Q_OBJECT

public:
    // `store` is not owned; nullptr means no keychain at all.
    explicit KeychainAvailability(SecretStore *store, QObject *parent = nullptr);

    void probe();
    bool isKnown() const { return m_known; }
    bool isAvailable() const { return m_available; }
    void markUnavailable();
    // A keychain operation just worked (e.g. the keychain was started after the probe).
    void markAvailable();

    static QString probeKey();

Q_SIGNALS:
    void changed(bool available);

private:
    void set(bool available);

    SecretStore *m_store;
    bool m_known = false;
    bool m_available = true;
    bool m_probing = false;
};

} // namespace cockpit
