#include "WorkContext.h"

#include "CockpitSession.h"

namespace cockpit {

WorkContext::WorkContext(QObject *parent)
    : QObject(parent)
{
}

WorkContext::~WorkContext() = default;

CockpitSession *WorkContext::session() const
{
    return m_session;
}

QString WorkContext::projectName(const QString &projectId) const
{
    for (const Project &project : m_projects) {
        if (project.id == projectId)
            return project.name.isEmpty() ? project.id : project.name;
    }
    return projectId;
}

void WorkContext::setSession(CockpitSession *session)
{
    m_session = session;
    m_projects.clear();
    m_scope = {};
    m_regions.clear();
    Q_EMIT sessionChanged(session);
}

void WorkContext::setProjects(const QList<Project> &projects)
{
    m_projects = projects;
}

void WorkContext::setScope(const ProjectScope &scope, const QList<Region> &regions)
{
    m_scope = scope;
    m_regions = regions;
}

} // namespace cockpit
