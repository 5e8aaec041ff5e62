#pragma once

#include "ProfileOption.h"
#include "api/CockpitClient.h"
#include "services/ApiCredentials.h"

#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace cockpit {
class CockpitEmulator;
class CockpitSession;
} // namespace cockpit

// The profiles the header offers and how to open each: the SCW_* environment when it has
// credentials, and the demo, which starts the built-in Cockpit emulator in-process on 127.0.0.1
// (the first time it is chosen) and points the real client at it. Full scw CLI config profiles
// will be added here as further sources.
class ProfileDirectory : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *EnvironmentProfileId = "environment";
    static constexpr const char *DemoProfileId = "demo";

    ProfileDirectory(QNetworkAccessManager *network,
                     std::optional<cockpit::ApiCredentials> environment, QObject *parent = nullptr);
    ~ProfileDirectory() override;

    QList<ProfileOption> profiles() const;
    // The demo when asked for or when no credentials were found; else the environment.
    QString initialProfileId(bool demoRequested) const;
    bool isDemo(const QString &profileId) const;

    // The client limits every session gets (tests shorten timeouts and retries).
    void setClientTuning(const cockpit::ClientSettings &tuning) { m_tuning = tuning; }

    // A new session for the profile, owned by `parent`; nullptr with a translated reason when it
    // cannot be made (unknown profile, the demo emulator could not listen).
    cockpit::CockpitSession *openSession(const QString &profileId, QObject *parent, QString *error);

    // The demo's emulator once started (tests inject faults and latency through it).
    cockpit::CockpitEmulator *demoEmulator() const { return m_emulator; }

private:
    std::optional<cockpit::ApiCredentials> startDemo(QString *error);

    QNetworkAccessManager *m_network;
    std::optional<cockpit::ApiCredentials> m_environment;
    std::optional<cockpit::ApiCredentials> m_demo;
    cockpit::ClientSettings m_tuning;
    cockpit::CockpitEmulator *m_emulator = nullptr;
};
