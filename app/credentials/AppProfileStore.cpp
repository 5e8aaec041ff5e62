#include "AppProfileStore.h"

#include <QSettings>
#include <QUuid>

namespace cockpit {
namespace {

const QString kGroup = QStringLiteral("appProfiles");

} // namespace

AppProfileStore::AppProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
}

QList<AppProfile> AppProfileStore::profiles() const
{
    QList<AppProfile> result;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (std::optional<AppProfile> found = profile(id))
            result.append(*found);
    }
    std::sort(result.begin(), result.end(), [](const AppProfile &a, const AppProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

std::optional<AppProfile> AppProfileStore::profile(const QString &id) const
{
    m_settings->beginGroup(kGroup + QLatin1Char('/') + id);
    AppProfile profile;
    profile.id = id;
    profile.name = m_settings->value(QStringLiteral("name")).toString();
    profile.accessKey = m_settings->value(QStringLiteral("accessKey")).toString();
    profile.organizationId = m_settings->value(QStringLiteral("organizationId")).toString();
    profile.projectId = m_settings->value(QStringLiteral("projectId")).toString();
    profile.region = regionFromId(m_settings->value(QStringLiteral("region")).toString());
    profile.apiUrl = m_settings->value(QStringLiteral("apiUrl")).toUrl();
    m_settings->endGroup();
    if (profile.accessKey.isEmpty())
        return std::nullopt;
    return profile;
}

QString AppProfileStore::newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString AppProfileStore::secretKeyName(const QString &profileId)
{
    return QStringLiteral("profile/") + profileId + QStringLiteral("/secret_key");
}

void AppProfileStore::save(const AppProfile &profile, const Secret &secretKey)
{
    SecretStoreJob *job =
        m_secrets->write(secretKeyName(profile.id), secretKey,
                         tr("Cockpit Tokens API key %1 (%2)").arg(profile.name, profile.accessKey));
    connect(job, &SecretStoreJob::finished, this, [this, job, profile] {
        job->deleteLater();
        if (job->error().isError()) {
            Q_EMIT saveFailed(profile.id, job->error());
            return;
        }
        writeSettings(profile);
        Q_EMIT saved(profile.id);
    });
}

void AppProfileStore::remove(const QString &id)
{
    SecretStoreJob *job = m_secrets->remove(secretKeyName(id));
    connect(job, &SecretStoreJob::finished, this, [this, job, id] {
        job->deleteLater();
        if (job->error().isError() && job->error().kind != SecretStoreError::Kind::NotFound) {
            Q_EMIT removeFailed(id, job->error());
            return;
        }
        m_settings->remove(kGroup + QLatin1Char('/') + id);
        m_settings->sync();
        Q_EMIT removed(id);
    });
}

SecretStoreJob *AppProfileStore::readSecret(const QString &id)
{
    return m_secrets->read(secretKeyName(id));
}

void AppProfileStore::writeSettings(const AppProfile &profile)
{
    m_settings->beginGroup(kGroup + QLatin1Char('/') + profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("accessKey"), profile.accessKey);
    m_settings->setValue(QStringLiteral("organizationId"), profile.organizationId);
    m_settings->setValue(QStringLiteral("projectId"), profile.projectId);
    m_settings->setValue(QStringLiteral("region"),
                         profile.region ? regionId(*profile.region) : QString());
    m_settings->setValue(QStringLiteral("apiUrl"), profile.apiUrl);
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace cockpit
