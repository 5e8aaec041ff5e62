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

QString RememberedProjects::allProjectsKey(const QString &profileId)
{
    return groupOf(profileId) + QStringLiteral("/allProjects");
}

ProjectScope RememberedProjects::scope(const QString &profileId) const
{
    if (!m_settings)
        return {};
    if (m_settings->value(allProjectsKey(profileId)).toBool())
        return ProjectScope::all();
    return ProjectScope::one(m_settings->value(settingsKey(profileId)).toString());
}

void RememberedProjects::remember(const QString &profileId, const ProjectScope &scope)
{
    if (!m_settings || profileId.isEmpty() || scope.isNone())
        return;
    m_settings->setValue(allProjectsKey(profileId), scope.isAll());
    if (scope.isOne())
        m_settings->setValue(settingsKey(profileId), scope.projectId());
}

void RememberedProjects::forget(const QString &profileId)
{
    if (!m_settings)
        return;
    m_settings->remove(groupOf(profileId));
}

ProjectScope RememberedProjects::choose(const QString &profileId, const QList<Project> &projects,
                                        const QString &defaultId) const
{
    const ProjectScope remembered = scope(profileId);
    if (remembered.isAll() && projects.size() > 1)
        return remembered;
    const bool known =
        std::any_of(projects.cbegin(), projects.cend(),
                    [&remembered](const Project &p) { return p.id == remembered.projectId(); });
    return remembered.isOne() && known ? remembered : ProjectScope::one(defaultId);
}

} // namespace cockpit
