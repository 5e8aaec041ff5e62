#include "ProfileDirectory.h"

#include "emulator/CockpitEmulator.h"
#include "services/CockpitSession.h"

using cockpit::ApiCredentials;
using cockpit::CockpitSession;

ProfileDirectory::ProfileDirectory(QNetworkAccessManager *network,
                                   std::optional<ApiCredentials> environment, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_environment(std::move(environment))
{
}

ProfileDirectory::~ProfileDirectory() = default;

QList<ProfileOption> ProfileDirectory::profiles() const
{
    QList<ProfileOption> options;
    if (m_environment)
        options.append(
            {QString::fromLatin1(EnvironmentProfileId), tr("Environment (SCW_*)"), false});
    options.append({QString::fromLatin1(DemoProfileId), tr("Demo"), true});
    return options;
}

QString ProfileDirectory::initialProfileId(bool demoRequested) const
{
    if (demoRequested || !m_environment)
        return QString::fromLatin1(DemoProfileId);
    return QString::fromLatin1(EnvironmentProfileId);
}

bool ProfileDirectory::isDemo(const QString &profileId) const
{
    return profileId == QLatin1String(DemoProfileId);
}

CockpitSession *ProfileDirectory::openSession(const QString &profileId, QObject *parent,
                                              QString *error)
{
    std::optional<ApiCredentials> credentials;
    if (profileId == QLatin1String(EnvironmentProfileId))
        credentials = m_environment;
    else if (isDemo(profileId))
        credentials = startDemo(error);
    else if (error)
        *error = tr("Unknown profile “%1”.").arg(profileId);
    if (!credentials)
        return nullptr;
    return new CockpitSession(m_network, *credentials, m_tuning, parent);
}

std::optional<ApiCredentials> ProfileDirectory::startDemo(QString *error)
{
    if (m_demo)
        return m_demo;
    auto *emulator = new cockpit::CockpitEmulator(this);
    if (emulator->listenLocal() == 0) {
        delete emulator;
        if (error)
            *error = tr("The demo could not start: no local network port could be opened.");
        return std::nullopt;
    }
    m_emulator = emulator;
    const cockpit::EmulatorCredentials seeded = emulator->seedDemo();
    ApiCredentials credentials;
    credentials.accessKey = seeded.accessKey;
    credentials.secretKey = cockpit::Secret(seeded.secretKey);
    credentials.organizationId = seeded.organizationId;
    credentials.projectId = seeded.projectId;
    credentials.apiUrl = emulator->baseUrl();
    m_demo = credentials;
    return m_demo;
}
