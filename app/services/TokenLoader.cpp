#include "TokenLoader.h"

#include "api/ApiReply.h"
#include "api/CockpitClient.h"

#include <QSet>

namespace cockpit {

TokenLoader::TokenLoader(CockpitClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

TokenLoader::~TokenLoader()
{
    abandon();
}

void TokenLoader::abandon()
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

void TokenLoader::load(const QList<Project> &projects, const QList<Region> &regions)
{
    QList<ProjectRegion> parts;
    parts.reserve(projects.size() * regions.size());
    for (const Project &project : projects) {
        for (Region region : regions)
            parts.append({project.id, region});
    }
    loadParts(parts, projects.size() == 1 ? Lists::FewLong : Lists::ManyShort);
}

void TokenLoader::loadParts(const QList<ProjectRegion> &asked, Lists lists)
{
    abandon();
    // A part asked twice is loaded once.
    QList<ProjectRegion> parts;
    QSet<ProjectRegion> seen;
    for (const ProjectRegion &part : asked) {
        if (!seen.contains(part)) {
            seen.insert(part);
            parts.append(part);
        }
    }
    m_result = {};
    m_result.parts = parts;
    m_loaded.clear();
    m_counts.clear();
    m_regionsLeft.clear();
    for (const ProjectRegion &part : std::as_const(parts))
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
    const int speculativePages = lists == Lists::FewLong ? -1 : 0;
    for (const ProjectRegion &part : std::as_const(parts)) {
        TokenListQuery query;
        query.projectId = part.projectId;
        query.region = part.region;
        query.firstLoadSpeculativePages = speculativePages;
        TokenListReply *reply = m_client->listTokens(query);
        reply->setParent(this);
        m_pending.insert(reply, part);
        m_counts.insert(part, {0, -1});
        connect(reply, &TokenListReply::progress, this,
                [this, part](int loaded, int total) { onPartProgress(part, loaded, total); });
        connect(reply, &ApiReply::finished, this, [this, reply] { onPartFinished(reply); });
    }
    Q_EMIT progress(0, int(parts.size()), 0, m_projectsTotal);
}

void TokenLoader::cancel()
{
    if (m_pending.isEmpty())
        return;
    abandon();
    m_result = {};
    m_loaded.clear();
    Q_EMIT cancelled();
}

void TokenLoader::onPartProgress(const ProjectRegion &part, int loaded, int total)
{
    m_counts.insert(part, {loaded, total});
    int sumLoaded = 0;
    int sumTotal = 0;
    for (const auto &[partLoaded, partTotal] : std::as_const(m_counts)) {
        sumLoaded += partLoaded;
        sumTotal = sumTotal < 0 || partTotal < 0 ? -1 : sumTotal + partTotal;
    }
    Q_EMIT tokenProgress(sumLoaded, sumTotal);
}

void TokenLoader::onPartFinished(TokenListReply *reply)
{
    reply->deleteLater();
    const auto found = m_pending.constFind(reply);
    if (found == m_pending.constEnd())
        return;
    const ProjectRegion part = *found;
    m_pending.erase(found);

    if (reply->isSuccess()) {
        m_loaded.insert(part, reply->tokens());
        Q_EMIT partLoaded(part, reply->tokens());
    } else {
        m_result.failures.insert(part, reply->error());
    }
    if (--m_regionsLeft[part.projectId] == 0)
        ++m_projectsDone;

    const int total = int(m_result.parts.size());
    Q_EMIT progress(total - int(m_pending.size()), total, m_projectsDone, m_projectsTotal);
    if (!m_pending.isEmpty())
        return;
    TokenLoadResult result = std::move(m_result);
    m_result = {};
    for (const ProjectRegion &loaded : std::as_const(result.parts))
        result.tokens.append(m_loaded.value(loaded));
    m_loaded.clear();
    result.finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(result);
}

} // namespace cockpit
