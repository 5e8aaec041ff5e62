#include "RememberedProjects.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace cockpit {
namespace {

// Profile IDs may hold characters QSettings treats as structure ("/" separates groups): encode.
QString groupOf(const QString &profileId)
{
    return QStringLiteral("profiles/") + QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

} // namespace

RememberedProjects::RememberedProjects(QSettings *settings)
    : m_settings(settings)
{
}

QString RememberedProjects::settingsKey(const QString &profileId)
{
    return groupOf(profileId) + QStringLiteral("/project");
}

QString RememberedProjects::projectId(const QString &profileId) const
{
    if (!m_settings)
        return {};
    return m_settings->value(settingsKey(profileId)).toString();
}

void RememberedProjects::remember(const QString &profileId, const QString &projectId)
{
    if (!m_settings || profileId.isEmpty() || projectId.isEmpty())
        return;
    m_settings->setValue(settingsKey(profileId), projectId);
}

void RememberedProjects::forget(const QString &profileId)
{
    if (!m_settings)
        return;
    m_settings->remove(groupOf(profileId));
}

QString RememberedProjects::choose(const QString &profileId, const QList<Project> &projects,
                                   const QString &defaultId) const
{
    const QString remembered = projectId(profileId);
    const bool known = std::any_of(projects.cbegin(), projects.cend(),
                                   [&remembered](const Project &p) { return p.id == remembered; });
    return !remembered.isEmpty() && known ? remembered : defaultId;
}

} // namespace cockpit
