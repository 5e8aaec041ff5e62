#pragma once

#include "api/ApiError.h"
#include "api/Project.h"
#include "services/PendingReply.h"

#include <QList>
#include <QObject>

namespace cockpit {

class ApiReply;
class CockpitClient;

// The projects of the profile's organization, for the project selector. When the organization
// is not configured it is found the way `scw login` does: from the default project
// (getProject → organization_id), or with no default project, from the access key
// (getApiKey → default project → organization). If the organization's list is refused (a key
// scoped to one project may not list them), the default project alone is offered and
// listError() says why.
class ProjectService : public QObject
{
    Q_OBJECT

public:
    ProjectService(CockpitClient *client, QString accessKey, QString organizationId,
                   QString defaultProjectId, QObject *parent = nullptr);
    ~ProjectService() override;

    void load();
    void cancel();
    bool isLoading() const { return m_request.isPending(); }

    const QList<Project> &projects() const { return m_projects; }
    // The profile's default project when it is among projects(), else the first project.
    QString defaultProjectId() const { return m_defaultProjectId; }
    QString organizationId() const { return m_organizationId; }
    // Set when only the fallback project could be offered.
    const ApiError &listError() const { return m_listError; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);

private:
    void resolveFromApiKey();
    void resolveFromProject();
    void listProjects();
    void finishWith(QList<Project> projects);
    void fallBack(const ApiError &error);

    CockpitClient *m_client;
    QString m_accessKey;
    QString m_configuredOrganizationId;
    QString m_configuredProjectId;

    QString m_organizationId;
    QString m_projectId;    // the default project being resolved
    Project m_knownProject; // filled by getProject, used as a fallback
    QList<Project> m_projects;
    QString m_defaultProjectId;
    ApiError m_listError;
    PendingReply m_request;
};

} // namespace cockpit
