#pragma once

#include "TokenLoadResult.h"
#include "api/Project.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <utility>

namespace cockpit {

class CockpitClient;
class TokenListReply;

// Loads the tokens of one or more projects in one or more regions: one list per project and
// region (a part), all queued at once on the client, whose scheduler runs them concurrently and
// paces them to the API's rate limit (a throttled page waits and is tried again, it never fails
// the load). The table's one load path: a single project is an organization of one.
//
// One project's lists ask for their speculative pages with page 1, so that a project of 10,000
// tokens loads in one round trip; an organization's ask for none (see Lists).
class TokenLoader : public QObject
{
    Q_OBJECT

public:
    // How the lists are expected to be: a few long ones (one project: each asks for its
    // speculative pages with page 1, the client's setting) or many short ones (an organization,
    // or a retry of some of its parts: no speculative page, which would cost as much of the rate
    // limit as a useful one).
    enum class Lists
    {
        FewLong,
        ManyShort
    };

    explicit TokenLoader(CockpitClient *client, QObject *parent = nullptr);
    ~TokenLoader() override;

    // Every project in every region (ManyShort lists unless there is one project). A load already
    // running is abandoned (never reported).
    void load(const QList<Project> &projects, const QList<Region> &regions);
    // Only these project-regions (one project's regions, or a retry of the parts that failed).
    void loadParts(const QList<ProjectRegion> &parts, Lists lists = Lists::ManyShort);
    // Stops the running load, which then reports cancelled(). No-op when idle.
    void cancel();
    bool isLoading() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    // Project-regions finished (loaded or failed) out of those asked for, and the projects all
    // of whose regions have finished.
    void progress(int partsDone, int partsTotal, int projectsDone, int projectsTotal);
    // Tokens received so far over every part; `total` is -1 until every part gave its count.
    void tokenProgress(int loaded, int total);
    // One project-region loaded, with its tokens (the table shows them as they arrive).
    void partLoaded(const ProjectRegion &part, const QList<Token> &tokens);
    void finished(const TokenLoadResult &result);
    void cancelled();

private:
    void onPartProgress(const ProjectRegion &part, int loaded, int total);
    void onPartFinished(TokenListReply *reply);
    void abandon();

    CockpitClient *m_client;
    QHash<TokenListReply *, ProjectRegion> m_pending;
    QHash<ProjectRegion, QList<Token>> m_loaded;
    // Per part: tokens received so far and its total (-1: not known yet).
    QHash<ProjectRegion, std::pair<int, int>> m_counts;
    QHash<QString, int> m_regionsLeft; // by project ID
    TokenLoadResult m_result;
    int m_projectsTotal = 0;
    int m_projectsDone = 0;
};

} // namespace cockpit
