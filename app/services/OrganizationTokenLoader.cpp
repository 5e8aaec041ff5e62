#include "OrganizationTokenLoader.h"

#include "api/ApiReply.h"
#include "api/CockpitClient.h"

namespace cockpit {

OrganizationTokenLoader::OrganizationTokenLoader(CockpitClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

OrganizationTokenLoader::~OrganizationTokenLoader()
{
    abandon();
}

void OrganizationTokenLoader::abandon()
{
    // The replies are ours: stop them before letting them go, so that the client never finishes
    // a reply that no longer exists.
    const auto pending = m_pending.keys();
    m_pending.clear();
    for (TokenListReply *reply : pending) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void OrganizationTokenLoader::load(const QList<Project> &projects, const QList<Region> &regions)
{
    QList<ProjectRegion> parts;
    parts.reserve(projects.size() * regions.size());
    for (const Project &project : projects) {
        for (Region region : regions)
            parts.append({project.id, region});
    }
    loadParts(parts);
}

void OrganizationTokenLoader::loadParts(const QList<ProjectRegion> &parts)
{
    abandon();
    m_result = {};
    m_result.parts = parts;
    m_regionsLeft.clear();
    for (const ProjectRegion &part : parts)
        ++m_regionsLeft[part.projectId];
    m_projectsTotal = int(m_regionsLeft.size());
    m_projectsDone = 0;
    if (parts.isEmpty()) {
        m_result.finishedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT finished(m_result);
        return;
    }
    // Queued in order, project by project: projects finish one after another, so the progress
    // counts whole projects early rather than every project at the very end.
    for (const ProjectRegion &part : parts) {
        TokenListQuery query;
        query.projectId = part.projectId;
        query.region = part.region;
        query.firstLoadSpeculativePages = 0;
        TokenListReply *reply = m_client->listTokens(query);
        reply->setParent(this);
        m_pending.insert(reply, part);
        connect(reply, &ApiReply::finished, this, [this, reply] { onPartFinished(reply); });
    }
    Q_EMIT progress(0, int(parts.size()), 0, m_projectsTotal);
}

void OrganizationTokenLoader::cancel()
{
    if (m_pending.isEmpty())
        return;
    abandon();
    m_result = {};
    Q_EMIT cancelled();
}

void OrganizationTokenLoader::onPartFinished(TokenListReply *reply)
{
    reply->deleteLater();
    const auto found = m_pending.constFind(reply);
    if (found == m_pending.constEnd())
        return;
    const ProjectRegion part = *found;
    m_pending.erase(found);

    if (reply->isSuccess()) {
        m_result.tokens.append(reply->tokens());
        Q_EMIT partLoaded(part, reply->tokens());
    } else
        m_result.failures.insert(part, reply->error());
    if (--m_regionsLeft[part.projectId] == 0)
        ++m_projectsDone;

    const int total = int(m_result.parts.size());
    Q_EMIT progress(total - int(m_pending.size()), total, m_projectsDone, m_projectsTotal);
    if (m_pending.isEmpty()) {
        m_result.finishedAt = QDateTime::currentDateTimeUtc();
        const OrganizationLoadResult result = std::move(m_result);
        m_result = {};
        Q_EMIT finished(result);
    }
}

} // namespace cockpit
