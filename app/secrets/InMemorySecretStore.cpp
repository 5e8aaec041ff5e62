#include "InMemorySecretStore.h"

namespace cockpit {
namespace {

SecretStoreError notFound()
{
    return {SecretStoreError::Kind::NotFound, QStringLiteral("Entry not found")};
}

} // namespace

SecretStoreJob *InMemorySecretStore::read(const QString &key)
{
    auto *job = new SecretStoreJob(key, this);
    if (m_failure.isError())
        job->finish(m_failure);
    else if (const auto it = m_entries.constFind(key); it != m_entries.constEnd())
        job->finish({}, *it);
    else
        job->finish(notFound());
    return job;
}

SecretStoreJob *InMemorySecretStore::write(const QString &key, const Secret &secret,
                                           const QString &label)
{
    auto *job = new SecretStoreJob(key, this);
    if (m_failure.isError()) {
        job->finish(m_failure);
        return job;
    }
    m_entries.insert(key, secret);
    m_labels.insert(key, label);
    job->finish({});
    return job;
}

SecretStoreJob *InMemorySecretStore::remove(const QString &key)
{
    auto *job = new SecretStoreJob(key, this);
    if (m_failure.isError())
        job->finish(m_failure);
    else if (m_labels.remove(key), m_entries.remove(key) == 0)
        job->finish(notFound());
    else
        job->finish({});
    return job;
}

} // namespace cockpit
