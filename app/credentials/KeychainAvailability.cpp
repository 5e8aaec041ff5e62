#include "KeychainAvailability.h"

#include "secrets/SecretStore.h"

namespace cockpit {

KeychainAvailability::KeychainAvailability(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (!m_store) {
        m_known = true;
        m_available = false;
    }
}

QString KeychainAvailability::probeKey()
{
    return QStringLiteral("probe/keychain-availability");
}

void KeychainAvailability::probe()
{
    if (!m_store || m_known || m_probing)
        return;
    m_probing = true;
    SecretStoreJob *job = m_store->read(probeKey());
    connect(job, &SecretStoreJob::finished, this, [this, job] {
        job->deleteLater();
        m_probing = false;
        set(job->error().kind != SecretStoreError::Kind::Unavailable);
    });
}

void KeychainAvailability::markUnavailable()
{
    set(false);
}

void KeychainAvailability::markAvailable()
{
    if (m_store)
        set(true);
}

void KeychainAvailability::set(bool available)
{
    const bool change = !m_known || available != m_available;
    m_known = true;
    m_available = available;
    if (change)
        Q_EMIT changed(available);
}

} // namespace cockpit
