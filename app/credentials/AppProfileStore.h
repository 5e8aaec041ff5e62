#pragma once

#include "api/Region.h"
#include "api/Secret.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace cockpit {

// A profile the user signed in with inside the app (as opposed to a scw CLI profile).
struct AppProfile
{
    QString id;   // stable, generated
    QString name; // shown
    QString accessKey;
    QString organizationId;
    QString projectId;
    std::optional<Region> region;
    QUrl apiUrl; // empty = https://api.scaleway.com
};

// The app's own profiles: the non-secret fields in QSettings, the secret key only in the
// SecretStore (the system keychain), under "profile/<id>/secret_key". A profile is written to the
// settings only once its secret is safely in the store, so a failed keychain never leaves a
// profile without a secret; removing a profile removes its keychain entry too.
class AppProfileStore : public QObject
{
    Q_OBJECT

public:
    // Neither is owned.
    AppProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    QList<AppProfile> profiles() const;
    std::optional<AppProfile> profile(const QString &id) const;
    static QString newProfileId();
    static QString secretKeyName(const QString &profileId);

    // Stores the secret, then the profile; emits saved() or saveFailed().
    void save(const AppProfile &profile, const Secret &secretKey);
    // Removes the keychain entry and the profile; emits removed() (a missing keychain entry is
    // not an error) or removeFailed() when the keychain refused — the profile is then kept so the
    // user can try again and nothing is orphaned.
    void remove(const QString &id);
    // Reads a profile's secret key; the caller owns the job.
    SecretStoreJob *readSecret(const QString &id);
    // Where the secret keys are kept (e.g. to probe whether a keychain is there at all).
    SecretStore *secretStore() const { return m_secrets; }

Q_SIGNALS:
    void saved(const QString &id);
    void saveFailed(const QString &id, const SecretStoreError &error);
    void removed(const QString &id);
    void removeFailed(const QString &id, const SecretStoreError &error);

private:
    void writeSettings(const AppProfile &profile);

    QSettings *m_settings;
    SecretStore *m_secrets;
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::SecretStoreError)
