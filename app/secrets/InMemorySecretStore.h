#pragma once

#include "SecretStore.h"

#include <QHash>

namespace cockpit {

// A SecretStore in memory, for tests and for a session-only sign-in. It can be told to behave like
// an unavailable or refusing keychain so the callers' error paths can be tested.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    SecretStoreJob *read(const QString &key) override;
    SecretStoreJob *write(const QString &key, const Secret &secret, const QString &label) override;
    SecretStoreJob *remove(const QString &key) override;

    // Every following operation fails with this error (Kind::None restores normal behaviour).
    void setFailure(const SecretStoreError &error) { m_failure = error; }
    int size() const { return int(m_entries.size()); }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    QString labelOf(const QString &key) const { return m_labels.value(key); }

private:
    QHash<QString, Secret> m_entries;
    QHash<QString, QString> m_labels;
    SecretStoreError m_failure;
};

} // namespace cockpit
