#include "ProfileDirectory.h"

#include "credentials/AppProfileStore.h"
#include "credentials/KeychainAvailability.h"
#include "credentials/ProfileCredentials.h"
#include "emulator/CockpitEmulator.h"
#include "services/CockpitSession.h"

#include <QUuid>

#include <algorithm>

namespace cockpit {

namespace {

const QLatin1String kScwPrefix("scw:");
const QLatin1String kAppPrefix("app:");
const QLatin1String kSessionPrefix("session:");
const QLatin1String kDefaultScwProfile("default");

} // namespace

ProfileDirectory::ProfileDirectory(QNetworkAccessManager *network,
                                   std::optional<ApiCredentials> environment, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_environment(std::move(environment))
    , m_keychain(new KeychainAvailability(nullptr, this))
{
}

ProfileDirectory::~ProfileDirectory() = default;

void ProfileDirectory::setScwConfig(const ScwConfig &config)
{
    m_scwConfig = config;
    Q_EMIT profilesChanged();
}

void ProfileDirectory::loadScwConfig(const QProcessEnvironment &environment)
{
    m_scwEnvironment = environment;
    setScwConfig(ScwConfig::load(environment));
}

void ProfileDirectory::reloadScwConfig()
{
    setScwConfig(ScwConfig::load(m_scwEnvironment));
}

std::optional<ScwConfigError> ProfileDirectory::scwConfigError() const
{
    return m_scwConfig ? m_scwConfig->error() : std::nullopt;
}

QStringList ProfileDirectory::scwConfigWarnings() const
{
    if (!m_scwConfig)
        return {};
    QStringList warnings = m_scwConfig->warnings();
    if (!m_scwConfig->error() && !m_scwConfig->resolveSelected()) {
        warnings.append(tr("SCW_PROFILE names the profile “%1”, which %2 does not define.")
                            .arg(m_scwConfig->selectedProfileName(), m_scwConfig->path()));
    }
    return warnings;
}

void ProfileDirectory::setAppProfiles(AppProfileStore *store)
{
    if (m_appProfiles)
        m_appProfiles->disconnect(this);
    m_appProfiles = store;
    delete m_keychain;
    m_keychain = new KeychainAvailability(store ? store->secretStore() : nullptr, this);
    if (!store)
        return;
    connect(store, &AppProfileStore::saved, this, &ProfileDirectory::profilesChanged);
    connect(store, &AppProfileStore::removed, this, &ProfileDirectory::onAppProfileRemoved);
    connect(store, &AppProfileStore::removeFailed, this,
            [this](const QString &storeId, const SecretStoreError &error) {
                Q_EMIT removeFailed(appProfileId(storeId), error);
            });
    m_keychain->probe();
}

void ProfileDirectory::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_projects.setSettings(settings);
}

QString ProfileDirectory::appProfileId(const QString &storeId)
{
    return kAppPrefix + storeId;
}

QString ProfileDirectory::addSessionProfile(const QString &name, const ApiCredentials &credentials)
{
    const QString id = kSessionPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sessions.append({id, name, credentials});
    Q_EMIT profilesChanged();
    return id;
}

QList<ProfileOption> ProfileDirectory::scwProfiles() const
{
    QList<ProfileOption> options;
    if (!m_scwConfig)
        return options;
    QStringList names = m_scwConfig->profileNames();
    // "default" always resolves: with no file (or an unreadable one) SCW_* alone may fill it.
    if (!names.contains(kDefaultScwProfile))
        names.prepend(kDefaultScwProfile);
    const bool fromFile = m_scwConfig->fileExists() && !m_scwConfig->error();
    for (const QString &name : std::as_const(names)) {
        const std::optional<ScwProfile> resolved = m_scwConfig->resolve(name);
        if (!resolved || !resolved->hasCredentials())
            continue;
        ProfileOption option;
        option.id = kScwPrefix + name;
        option.name = name;
        option.source = ProfileOption::Source::ScwCli;
        option.label = fromFile || name != kDefaultScwProfile ? tr("%1 (scw CLI)").arg(name)
                                                              : tr("Environment (SCW_*)");
        options.append(option);
    }
    return options;
}

QList<ProfileOption> ProfileDirectory::profiles() const
{
    QList<ProfileOption> options = scwProfiles();
    // Names are the user's and need not be unique (the form suggests "Scaleway"): two signed-in
    // profiles with one name are told apart by their access keys, which are not secret.
    QStringList accessKeys;
    if (m_appProfiles) {
        for (const AppProfile &profile : m_appProfiles->profiles()) {
            options.append(
                {appProfileId(profile.id), profile.name, ProfileOption::Source::App, profile.name});
            accessKeys.append(profile.accessKey);
        }
    }
    for (const SessionProfile &session : m_sessions) {
        options.append({session.id, tr("%1 (this session)").arg(session.name),
                        ProfileOption::Source::Session, session.name});
        accessKeys.append(session.credentials.accessKey);
    }
    const qsizetype firstSignedIn = options.size() - accessKeys.size();
    QStringList labels;
    for (const ProfileOption &option : std::as_const(options))
        labels.append(option.label);
    for (qsizetype i = firstSignedIn; i < options.size(); ++i) {
        if (labels.count(options[i].label) > 1)
            options[i].label = tr("%1 · %2").arg(options[i].label, accessKeys[i - firstSignedIn]);
    }
    if (m_environment) {
        options.append({QString::fromLatin1(EnvironmentProfileId), tr("Environment (SCW_*)"),
                        ProfileOption::Source::Environment, tr("Environment")});
    }
    options.append(
        {QString::fromLatin1(DemoProfileId), tr("Demo"), ProfileOption::Source::Demo, tr("Demo")});
    return options;
}

std::optional<ProfileOption> ProfileDirectory::profile(const QString &profileId) const
{
    for (const ProfileOption &option : profiles()) {
        if (option.id == profileId)
            return option;
    }
    return std::nullopt;
}

bool ProfileDirectory::hasCredentials() const
{
    const QList<ProfileOption> options = profiles();
    return std::any_of(options.cbegin(), options.cend(), [](const ProfileOption &option) {
        return option.source != ProfileOption::Source::Demo;
    });
}

QString ProfileDirectory::initialProfileId(bool demoRequested) const
{
    if (demoRequested)
        return QString::fromLatin1(DemoProfileId);
    if (m_environment)
        return QString::fromLatin1(EnvironmentProfileId);
    const QList<ProfileOption> options = profiles();
    if (m_scwConfig) {
        const QString selected = kScwPrefix + m_scwConfig->selectedProfileName();
        for (const ProfileOption &option : options) {
            if (option.id == selected)
                return selected;
        }
    }
    // The app's own profiles come before the other CLI profiles: the user made them here.
    for (const ProfileOption &option : options) {
        if (option.source == ProfileOption::Source::App)
            return option.id;
    }
    return options.first().id; // the demo when nothing else exists
}

bool ProfileDirectory::isDemo(const QString &profileId) const
{
    return profileId == QLatin1String(DemoProfileId);
}

CockpitSession *ProfileDirectory::openSession(const QString &profileId, QObject *parent,
                                              QString *error)
{
    std::optional<ApiCredentials> credentials;
    if (profileId == QLatin1String(EnvironmentProfileId)) {
        credentials = m_environment;
    } else if (isDemo(profileId)) {
        credentials = startDemo(error);
    } else if (profileId.startsWith(kScwPrefix) && m_scwConfig) {
        if (const auto resolved = m_scwConfig->resolve(profileId.mid(kScwPrefix.size())))
            credentials = apiCredentials(*resolved);
    } else if (profileId.startsWith(kSessionPrefix)) {
        for (const SessionProfile &session : std::as_const(m_sessions)) {
            if (session.id == profileId)
                credentials = session.credentials;
        }
    } else if (profileId.startsWith(kAppPrefix) && m_appProfiles &&
               m_appProfiles->profile(profileId.mid(kAppPrefix.size()))) {
        if (const auto ready = m_ready.constFind(profileId); ready != m_ready.constEnd()) {
            credentials = *ready;
        } else {
            readAppSecret(profileId);
            return nullptr; // isOpening(): profileReady() or openFailed() follows
        }
    }
    if (!credentials) {
        if (error && error->isEmpty())
            *error = tr("Unknown profile “%1”.").arg(profileId);
        return nullptr;
    }
    return new CockpitSession(m_network, *credentials, m_tuning, parent);
}

void ProfileDirectory::readAppSecret(const QString &profileId)
{
    if (m_reading.contains(profileId))
        return;
    m_reading.insert(profileId);
    const QString storeId = profileId.mid(kAppPrefix.size());
    SecretStoreJob *job = m_appProfiles->readSecret(storeId);
    connect(job, &SecretStoreJob::finished, this, [this, job, profileId, storeId] {
        job->deleteLater();
        if (!m_reading.remove(profileId))
            return; // cancelled
        const std::optional<AppProfile> profile =
            m_appProfiles ? m_appProfiles->profile(storeId) : std::nullopt;
        if (job->error().isError() || !profile || job->secret().isEmpty()) {
            SecretStoreError error = job->error();
            if (!error.isError())
                error.kind = SecretStoreError::Kind::NotFound;
            Q_EMIT openFailed(profileId, error);
            return;
        }
        m_keychain->markAvailable();
        m_ready.insert(profileId, apiCredentials(*profile, job->secret()));
        Q_EMIT profileReady(profileId);
        m_ready.remove(profileId);
    });
}

void ProfileDirectory::cancelOpening(const QString &profileId)
{
    m_reading.remove(profileId);
}

void ProfileDirectory::removeProfile(const QString &profileId)
{
    if (profileId.startsWith(kSessionPrefix)) {
        const auto removed = m_sessions.removeIf(
            [&profileId](const SessionProfile &session) { return session.id == profileId; });
        if (removed > 0) {
            m_projects.forget(profileId);
            Q_EMIT profilesChanged();
            Q_EMIT profileRemoved(profileId);
        }
    } else if (profileId.startsWith(kAppPrefix) && m_appProfiles) {
        m_reading.remove(profileId);
        m_appProfiles->remove(profileId.mid(kAppPrefix.size()));
    }
}

void ProfileDirectory::onAppProfileRemoved(const QString &storeId)
{
    const QString profileId = appProfileId(storeId);
    m_projects.forget(profileId);
    Q_EMIT profilesChanged();
    Q_EMIT profileRemoved(profileId);
}

QUrl ProfileDirectory::agentBaseUrl(const QUrl &apiUrl, const QString &dataSourceId) const
{
    if (!m_emulator || apiUrl != m_emulator->baseUrl())
        return {};
    return m_emulator->pushBaseUrl(dataSourceId);
}

std::optional<ApiCredentials> ProfileDirectory::startDemo(QString *error)
{
    if (m_demo)
        return m_demo;
    auto *emulator = new CockpitEmulator(this);
    if (emulator->listenLocal() == 0) {
        delete emulator;
        if (error)
            *error = tr("The demo could not start: no local network port could be opened.");
        return std::nullopt;
    }
    m_emulator = emulator;
    const EmulatorCredentials seeded = emulator->seedDemo();
    ApiCredentials credentials;
    credentials.accessKey = seeded.accessKey;
    credentials.secretKey = Secret(seeded.secretKey);
    credentials.organizationId = seeded.organizationId;
    credentials.projectId = seeded.projectId;
    credentials.apiUrl = emulator->baseUrl();
    m_demo = credentials;
    return m_demo;
}

} // namespace cockpit
