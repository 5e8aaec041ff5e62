#pragma once

#include "api/Project.h"
#include "api/ProjectScope.h"
#include "api/Region.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace cockpit {

class CockpitSession;

// What the window works in: the chosen profile's session, its projects, and what the table lists
// (one project or all of them, in which regions). One owner writes it (the list flow, as it opens
// a profile and starts a load); every other flow reads it from here and hears when it changes,
// so that "which project and session am I in?" has one answer. The scope is set just before each
// load (TokenLoadFlow reads it as it loads), so it needs no signal of its own.
class WorkContext : public QObject
{
    Q_OBJECT

public:
    explicit WorkContext(QObject *parent = nullptr);
    ~WorkContext() override;

    // Null when no profile is open (or it could not be).
    CockpitSession *session() const;
    // The organization's projects as listed (only the default one when the list failed).
    const QList<Project> &projects() const { return m_projects; }
    // What the table's rows belong to; none until a load started.
    const ProjectScope &scope() const { return m_scope; }
    const QList<Region> &regions() const { return m_regions; }
    // The project's name as listed, else its ID.
    QString projectName(const QString &projectId) const;

    // A new session: forgets the projects and the scope of the one before.
    void setSession(CockpitSession *session);
    void setProjects(const QList<Project> &projects);
    void setScope(const ProjectScope &scope, const QList<Region> &regions);

Q_SIGNALS:
    void sessionChanged(CockpitSession *session);

private:
    QPointer<CockpitSession> m_session;
    QList<Project> m_projects;
    ProjectScope m_scope;
    QList<Region> m_regions;
};

} // namespace cockpit
