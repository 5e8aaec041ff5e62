#pragma once

#include "SecretStore.h"

namespace cockpit {

// The system keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Service name: the application id. QtKeychain's insecure fallback stays off:
// when there is no keychain the job fails with SecretStoreError::Kind::Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    const QString &service() const { return m_service; }

    SecretStoreJob *read(const QString &key) override;
    SecretStoreJob *write(const QString &key, const Secret &secret, const QString &label) override;
    SecretStoreJob *remove(const QString &key) override;

private:
    // A read, once more after an unlock when `mayUnlock`.
    void readInto(SecretStoreJob *job, bool mayUnlock);

    QString m_service;
};

} // namespace cockpit
