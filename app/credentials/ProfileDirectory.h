#pragma once

#include "api/ApiCredentials.h"
#include "api/CockpitClient.h"
#include "credentials/AppProfileStore.h"
#include "credentials/ProfileOption.h"
#include "credentials/RememberedProjects.h"
#include "credentials/ScwConfig.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>

#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace cockpit {

class CockpitEmulator;
class CockpitSession;
class KeychainAvailability;

// The profiles the header offers and how to open each. Sources, in the selector's order: the scw
// CLI's config.yaml profiles (merged with SCW_* as the CLI does; with no file, SCW_* alone is the
// "Environment" profile), the app's own profiles (secret key in the keychain), profiles signed in
// for this run only, credentials handed over at start (tests), and the demo, which starts the
// built-in Cockpit emulator in-process on 127.0.0.1 the first time it is chosen.
//
// Opening is synchronous except for the app's own profiles: their secret key is read from the
// keychain first. openSession() then returns nullptr with isOpening() true, and profileReady()
// (or openFailed()) follows; opening the profile again from a profileReady() slot succeeds at once.
class ProfileDirectory : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *EnvironmentProfileId = "environment";
    static constexpr const char *DemoProfileId = "demo";

    // `environment`: credentials handed over by the caller (tests), listed as "Environment".
    ProfileDirectory(QNetworkAccessManager *network, std::optional<ApiCredentials> environment,
                     QObject *parent = nullptr);
    ~ProfileDirectory() override;

    // ---- sources (set before the window is built) ----
    void setScwConfig(const ScwConfig &config);
    // Reads the scw CLI config where `environment` says it is (SCW_CONFIG_PATH, XDG, HOME), and
    // again on reloadScwConfig(), after the user fixed the file.
    void loadScwConfig(const QProcessEnvironment &environment);
    void reloadScwConfig();
    const std::optional<ScwConfig> &scwConfig() const { return m_scwConfig; }
    // Problems with config.yaml worth telling the user: a parse error (file:line), a secret key
    // readable by others, SCW_PROFILE naming a missing profile.
    std::optional<ScwConfigError> scwConfigError() const;
    QStringList scwConfigWarnings() const;

    // The app's own profiles (not owned). Starts the one keychain availability probe.
    void setAppProfiles(AppProfileStore *store);
    AppProfileStore *appProfiles() const { return m_appProfiles; }
    KeychainAvailability *keychain() const { return m_keychain; }

    // Where choices are remembered (project per profile, first run); nullptr remembers nothing.
    void setSettings(QSettings *settings);
    QSettings *settings() const { return m_settings; }

    // A profile kept in memory for this run only; returns its id.
    QString addSessionProfile(const QString &name, const ApiCredentials &credentials);

    // ---- the list ----
    QList<ProfileOption> profiles() const;
    std::optional<ProfileOption> profile(const QString &profileId) const;
    // Whether any real credentials exist (anything but the demo).
    bool hasCredentials() const;
    // The demo when asked for; else the profile the scw CLI would use when it has credentials;
    // else the first other profile; else the demo.
    QString initialProfileId(bool demoRequested) const;
    bool isDemo(const QString &profileId) const;

    // The client limits every session gets (tests shorten timeouts and retries).
    void setClientTuning(const ClientSettings &tuning) { m_tuning = tuning; }
    const ClientSettings &clientTuning() const { return m_tuning; }
    QNetworkAccessManager *network() const { return m_network; }

    // ---- opening ----
    // A new session for the profile, owned by `parent`; nullptr with a translated reason when it
    // cannot be made (unknown profile, the demo emulator could not listen), or nullptr with
    // isOpening() while a keychain read is under way.
    CockpitSession *openSession(const QString &profileId, QObject *parent, QString *error);
    bool isOpening(const QString &profileId) const { return m_reading.contains(profileId); }
    // Forgets a keychain read under way: its answer will be ignored.
    void cancelOpening(const QString &profileId);

    // ---- removing (app and session profiles only) ----
    // Removes the profile, its keychain entry and what was remembered for it; emits
    // profileRemoved() or removeFailed().
    void removeProfile(const QString &profileId);

    // ---- remembered per profile ----
    RememberedProjects &rememberedProjects() { return m_projects; }
    const RememberedProjects &rememberedProjects() const { return m_projects; }

    // The demo's emulator once started (tests inject faults and latency through it).
    CockpitEmulator *demoEmulator() const { return m_emulator; }
    // Where an agent configured for a session of this API URL sends a data source's
    // data in place of its url: the demo emulator's push endpoint for the demo's credentials
    // (so a generated configuration works offline), empty (the data source's url) for others.
    QUrl agentBaseUrl(const QUrl &apiUrl, const QString &dataSourceId) const;

    static QString appProfileId(const QString &storeId);

Q_SIGNALS:
    void profilesChanged();
    void profileReady(const QString &profileId);
    void openFailed(const QString &profileId, const SecretStoreError &error);
    void profileRemoved(const QString &profileId);
    void removeFailed(const QString &profileId, const SecretStoreError &error);

private:
    struct SessionProfile
    {
        QString id;
        QString name;
        ApiCredentials credentials;
    };

    QList<ProfileOption> scwProfiles() const;
    std::optional<ApiCredentials> startDemo(QString *error);
    void readAppSecret(const QString &profileId);
    void onAppProfileRemoved(const QString &storeId);

    QNetworkAccessManager *m_network;
    std::optional<ApiCredentials> m_environment;
    std::optional<ApiCredentials> m_demo;
    std::optional<ScwConfig> m_scwConfig;
    QProcessEnvironment m_scwEnvironment;
    AppProfileStore *m_appProfiles = nullptr;
    KeychainAvailability *m_keychain;
    QSettings *m_settings = nullptr;
    RememberedProjects m_projects;
    QList<SessionProfile> m_sessions;
    QSet<QString> m_reading;
    // A secret just read, handed to the openSession() call made from profileReady() and dropped
    // right after, so that it does not linger here.
    QHash<QString, ApiCredentials> m_ready;
    ClientSettings m_tuning;
    CockpitEmulator *m_emulator = nullptr;
};

} // namespace cockpit
