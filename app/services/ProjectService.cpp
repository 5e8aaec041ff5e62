#include "ProjectService.h"

#include "api/ApiReply.h"
#include "api/CockpitClient.h"

#include <QCoreApplication>

namespace cockpit {

ProjectService::ProjectService(CockpitClient *client, QString accessKey, QString organizationId,
                               QString defaultProjectId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accessKey(std::move(accessKey))
    , m_configuredOrganizationId(std::move(organizationId))
    , m_configuredProjectId(std::move(defaultProjectId))
    , m_request(this)
{
}

ProjectService::~ProjectService()
{
    cancel();
}

void ProjectService::load()
{
    cancel();
    m_organizationId = m_configuredOrganizationId;
    m_projectId = m_configuredProjectId;
    m_knownProject = Project();
    m_listError = ApiError();

    if (!m_organizationId.isEmpty())
        listProjects();
    else if (!m_projectId.isEmpty())
        resolveFromProject();
    else if (!m_accessKey.isEmpty())
        resolveFromApiKey();
    else
        Q_EMIT loadFailed(ApiError::local(
            ApiError::Kind::InvalidRequest,
            QCoreApplication::translate(
                "ProjectService", "The profile names no organization, project or access key.")));
}

void ProjectService::cancel()
{
    m_request.cancel();
}

void ProjectService::resolveFromApiKey()
{
    m_request.send(m_client->getApiKey(m_accessKey), [this](ApiKeyReply *reply) {
        if (!reply->isSuccess()) {
            Q_EMIT loadFailed(reply->error());
            return;
        }
        m_projectId = reply->apiKey().defaultProjectId;
        if (m_projectId.isEmpty()) {
            Q_EMIT loadFailed(
                ApiError::local(ApiError::Kind::InvalidRequest,
                                QCoreApplication::translate(
                                    "ProjectService", "The API key has no default project.")));
            return;
        }
        resolveFromProject();
    });
}

void ProjectService::resolveFromProject()
{
    m_request.send(m_client->getProject(m_projectId), [this](ProjectReply *reply) {
        if (!reply->isSuccess()) {
            fallBack(reply->error());
            return;
        }
        m_knownProject = reply->project();
        m_organizationId = m_knownProject.organizationId;
        if (m_organizationId.isEmpty())
            finishWith({m_knownProject});
        else
            listProjects();
    });
}

void ProjectService::listProjects()
{
    m_request.send(m_client->listProjects(m_organizationId), [this](ProjectListReply *reply) {
        if (!reply->isSuccess()) {
            fallBack(reply->error());
            return;
        }
        finishWith(reply->projects());
    });
}

void ProjectService::fallBack(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled || m_projectId.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    m_listError = error;
    Project project = m_knownProject;
    if (project.id.isEmpty()) {
        project.id = m_projectId;
        project.organizationId = m_organizationId;
    }
    finishWith({project});
}

void ProjectService::finishWith(QList<Project> projects)
{
    // The default project must be selectable even if the list somehow lacks it.
    bool hasDefault = false;
    for (const Project &project : projects)
        hasDefault = hasDefault || project.id == m_projectId;
    if (!hasDefault && !m_knownProject.id.isEmpty())
        projects.prepend(m_knownProject);
    m_projects = std::move(projects);
    m_defaultProjectId.clear();
    for (const Project &project : m_projects) {
        if (project.id == m_projectId)
            m_defaultProjectId = project.id;
    }
    if (m_defaultProjectId.isEmpty() && !m_projects.isEmpty())
        m_defaultProjectId = m_projects.first().id;
    Q_EMIT loaded();
}

} // namespace cockpit
