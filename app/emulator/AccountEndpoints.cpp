#include "AccountEndpoints.h"

#include "ArgumentValidator.h"
#include "EmulatorJson.h"

#include <QJsonArray>

#include <algorithm>

namespace cockpit {
namespace {

const QString kRead = QStringLiteral("read");

bool projectLess(const StoredProject &a, const StoredProject &b, TokenOrder order)
{
    switch (order) {
    case TokenOrder::CreatedAtAsc:
        break;
    case TokenOrder::CreatedAtDesc:
        return a.createdMicros > b.createdMicros ||
               (a.createdMicros == b.createdMicros && a.project.id > b.project.id);
    case TokenOrder::NameAsc:
        if (a.project.name != b.project.name)
            return a.project.name < b.project.name;
        break;
    case TokenOrder::NameDesc:
        if (a.project.name != b.project.name)
            return a.project.name > b.project.name;
        break;
    }
    return a.createdMicros < b.createdMicros ||
           (a.createdMicros == b.createdMicros && a.project.id < b.project.id);
}

} // namespace

AccountEndpoints::AccountEndpoints(const EmulatorStore &store, const StoredApiKey &caller)
    : m_store(store)
    , m_caller(caller)
{
}

EmulatorResponse AccountEndpoints::listProjects(const QUrlQuery &query) const
{
    ArgumentValidator validator;
    QString organizationId = validator.queryUuid(query, QStringLiteral("organization_id"), false);
    const int page = validator.queryInteger(query, QStringLiteral("page"), 1, INT_MAX, 1);
    const int pageSize = validator.queryInteger(query, QStringLiteral("page_size"), 1, kMaxPageSize,
                                                kDefaultPageSize);
    const TokenOrder order = validator.queryOrder(query, QStringLiteral("order_by"));
    if (!validator.ok())
        return EmulatorResponse::json(400, EmulatorJson::invalidArguments(validator.errors()));
    // Without organization_id the caller's own organization is meant (inferred).
    if (organizationId.isEmpty())
        organizationId = m_caller.organizationId;
    if (organizationId != m_caller.organizationId)
        return EmulatorResponse::json(
            403, EmulatorJson::permissionsDenied(kRead, QStringLiteral("project")));

    QList<StoredProject> projects = m_store.projects(organizationId);
    std::sort(projects.begin(), projects.end(),
              [order](const StoredProject &a, const StoredProject &b) {
                  return projectLess(a, b, order);
              });
    QJsonArray projectPage;
    const qint64 first = qint64(page - 1) * pageSize;
    for (qint64 i = first; i < projects.size() && i < first + pageSize; ++i)
        projectPage.append(EmulatorJson::project(projects.at(i)));
    return EmulatorResponse::json(200, QJsonObject{
                                           {QStringLiteral("projects"), projectPage},
                                           {QStringLiteral("total_count"), projects.size()},
                                       });
}

EmulatorResponse AccountEndpoints::getProject(const QString &projectId) const
{
    ArgumentValidator validator;
    validator.checkUuid(QStringLiteral("project_id"), projectId);
    if (!validator.ok())
        return EmulatorResponse::json(400, EmulatorJson::invalidArguments(validator.errors()));
    const auto project = m_store.project(projectId.toLower());
    if (!project)
        return EmulatorResponse::json(404,
                                      EmulatorJson::notFound(QStringLiteral("project"), projectId));
    if (project->project.organizationId != m_caller.organizationId)
        return EmulatorResponse::json(
            403, EmulatorJson::permissionsDenied(kRead, QStringLiteral("project")));
    return EmulatorResponse::json(200, EmulatorJson::project(*project));
}

EmulatorResponse AccountEndpoints::getApiKey(const QString &accessKey, bool denied) const
{
    const QString resource = QStringLiteral("api_key");
    if (denied)
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(kRead, resource));
    const auto key = m_store.apiKeyByAccessKey(accessKey);
    if (!key)
        return EmulatorResponse::json(404, EmulatorJson::notFound(resource, accessKey));
    if (key->organizationId != m_caller.organizationId)
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(kRead, resource));
    return EmulatorResponse::json(200, EmulatorJson::apiKey(*key));
}

} // namespace cockpit
