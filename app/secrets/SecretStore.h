#pragma once

#include "api/Secret.h"

#include <QObject>
#include <QString>

namespace cockpit {

// Why a secret-store operation failed, in terms the UI can explain.
struct SecretStoreError
{
    enum class Kind
    {
        None,
        NotFound,     // no entry under that key
        Locked,       // the entry is there, but the keychain stayed locked (the unlock prompt was
                      // dismissed or could not be shown): nothing was read or removed
        Unavailable,  // no keychain service at all (no D-Bus session, no Secret Service)
        AccessDenied, // the user or the system refused access
        Failed,       // anything else; `message` says what the backend said
    };
    Kind kind = Kind::None;
    QString message; // the backend's own words, for details; never contains the secret

    bool isError() const { return kind != Kind::None; }
};

// One asynchronous read, write or delete. Emits finished() exactly once, from the event loop;
// the caller owns it (deleteLater() after finished()).
class SecretStoreJob : public QObject
{
    Q_OBJECT

public:
    explicit SecretStoreJob(QString key, QObject *parent = nullptr);

    const QString &key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    const SecretStoreError &error() const { return m_error; }
    // The secret read (read jobs only, once finished without error).
    const Secret &secret() const { return m_secret; }

    // For store implementations.
    void finish(const SecretStoreError &error, Secret secret = {});

Q_SIGNALS:
    void finished();

private:
    QString m_key;
    bool m_finished = false;
    SecretStoreError m_error;
    Secret m_secret;
};

// Where secrets are kept: the system keychain in the app, memory in unit tests. Keys are plain
// identifiers chosen by the caller (a token's regional ID, a profile's name). Nothing here ever
// falls back to plaintext storage.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual SecretStoreJob *read(const QString &key) = 0;
    // `label` is what a keychain manager shows for the entry (e.g. "Cockpit token alloy (fr-par)"):
    // it names what the secret belongs to, never the secret.
    virtual SecretStoreJob *write(const QString &key, const Secret &secret,
                                  const QString &label) = 0;
    virtual SecretStoreJob *remove(const QString &key) = 0;
};

// The keychain key of a token's saved secret: its regional ID, e.g. "fr-par/<uuid>".
QString tokenSecretKey(const QString &regionalId);

} // namespace cockpit
