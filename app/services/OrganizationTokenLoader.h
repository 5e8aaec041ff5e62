#pragma once

#include "OrganizationLoadResult.h"
#include "api/Project.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace cockpit {

class CockpitClient;
class TokenListReply;

// Loads every token of many projects in many regions: one list per project and region, all
// queued at once on the client, whose scheduler runs them concurrently and paces them to the
// API's rate limit (a throttled page waits and is tried again, it never fails the load). A list
// asks for no speculative page on its first load: an organization has hundreds of short lists,
// and an empty extra page costs as much of the budget as a useful one.
class OrganizationTokenLoader : public QObject
{
    Q_OBJECT

public:
    explicit OrganizationTokenLoader(CockpitClient *client, QObject *parent = nullptr);
    ~OrganizationTokenLoader() override;

    // Every project in every region. A load already running is abandoned (never reported).
    void load(const QList<Project> &projects, const QList<Region> &regions);
    // Only these project-regions (a retry of the ones that failed).
    void loadParts(const QList<ProjectRegion> &parts);
    // Stops the running load, which then reports cancelled(). No-op when idle.
    void cancel();
    bool isLoading() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    // Project-regions finished (loaded or failed) out of those asked for, and the projects all
    // of whose regions have finished.
    void progress(int partsDone, int partsTotal, int projectsDone, int projectsTotal);
    // One project-region loaded, with its tokens (the table shows them as they arrive).
    void partLoaded(const cockpit::ProjectRegion &part, const QList<cockpit::Token> &tokens);
    void finished(const cockpit::OrganizationLoadResult &result);
    void cancelled();

private:
    void onPartFinished(TokenListReply *reply);
    void abandon();

    CockpitClient *m_client;
    QHash<TokenListReply *, ProjectRegion> m_pending;
    QHash<QString, int> m_regionsLeft; // by project ID
    OrganizationLoadResult m_result;
    int m_projectsTotal = 0;
    int m_projectsDone = 0;
};

} // namespace cockpit
