#include "OrganizationLoadFlow.h"

#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "models/TokenTableModel.h"
#include "services/OrganizationTokenLoader.h"

#include <QLocale>
#include <QSet>

using cockpit::OrganizationLoadResult;
using cockpit::ProjectRegion;
using cockpit::Token;

OrganizationLoadFlow::OrganizationLoadFlow(StatusBanners *banners, StatusSummary *summary,
                                           cockpit::TokenTableModel *model, QObject *parent)
    : QObject(parent)
    , m_banners(banners)
    , m_summary(summary)
    , m_model(model)
{
}

OrganizationLoadFlow::~OrganizationLoadFlow() = default;

void OrganizationLoadFlow::setLoader(cockpit::OrganizationTokenLoader *loader)
{
    if (m_loader)
        m_loader->disconnect(this);
    m_loader = loader;
    reset();
    if (!loader)
        return;
    connect(loader, &cockpit::OrganizationTokenLoader::progress, this,
            &OrganizationLoadFlow::onProgress);
    connect(loader, &cockpit::OrganizationTokenLoader::finished, this,
            &OrganizationLoadFlow::onFinished);
    connect(loader, &cockpit::OrganizationTokenLoader::partLoaded, this,
            &OrganizationLoadFlow::onPartLoaded);
    // The list flow says it (and hides the loading banner) when the user cancelled; a load
    // replaced by another keeps the banner for the one that replaced it.
    connect(loader, &cockpit::OrganizationTokenLoader::cancelled, this,
            &OrganizationLoadFlow::cancelled);
}

void OrganizationLoadFlow::reset()
{
    m_loadedAt.clear();
    m_failures.clear();
    m_freshParts = 0;
}

bool OrganizationLoadFlow::isLoading() const
{
    return m_loader && m_loader->isLoading();
}

void OrganizationLoadFlow::load(const QList<cockpit::Project> &projects,
                                const QList<cockpit::Region> &regions)
{
    m_projects = projects;
    m_regions = regions;
    m_model->setProjectNames(projectNames());
    QList<ProjectRegion> parts;
    for (const cockpit::Project &project : projects) {
        for (cockpit::Region region : regions)
            parts.append({project.id, region});
    }
    start(parts, false);
}

bool OrganizationLoadFlow::retryFailed()
{
    if (m_failures.isEmpty() || !m_loader)
        return false;
    start(m_failures.keys(), true);
    return true;
}

void OrganizationLoadFlow::cancel()
{
    if (m_loader)
        m_loader->cancel();
}

void OrganizationLoadFlow::start(const QList<ProjectRegion> &parts, bool retry)
{
    if (!m_loader)
        return;
    m_retrying = retry;
    QSet<QString> projects;
    for (const ProjectRegion &part : parts)
        projects.insert(part.projectId);
    m_banners->showLoading(
        retry ? tr("Loading the tokens of %n project(s) again…", nullptr, int(projects.size()))
              : tr("Loading the tokens of all %n project(s)…", nullptr, int(projects.size())));
    // The status line counts what this load has brought so far (a retry keeps what it said).
    if (!retry)
        showProjectsDone(0, int(projects.size()));
    m_loader->loadParts(parts);
}

void OrganizationLoadFlow::onProgress(int partsDone, int partsTotal, int projectsDone,
                                      int projectsTotal)
{
    if (partsTotal == 0)
        return;
    m_banners->showLoading(
        tr("Loading the tokens of all projects: %1 of %n project(s) done…", nullptr, projectsTotal)
            .arg(projectsDone));
    m_banners->setLoadingProgress(partsDone, partsTotal);
    if (!m_retrying)
        showProjectsDone(projectsDone, projectsTotal);
}

void OrganizationLoadFlow::showProjectsDone(int done, int total)
{
    m_summary->setSource(tr("%1 of %n project(s)", nullptr, total).arg(QLocale().toString(done)));
    Q_EMIT partShown(); // the status line is redrawn with the banner's count, not one behind
}

void OrganizationLoadFlow::onPartLoaded(const ProjectRegion &part, const QList<Token> &tokens)
{
    // The part's rows as loaded now, the other rows as they were, until the load ends.
    QList<Token> rows;
    for (const Token &token : m_model->tokens()) {
        if (token.projectId != part.projectId || token.region != part.region)
            rows.append(token);
    }
    rows.append(tokens);
    m_model->setTokens(rows);
    Q_EMIT partShown();
}

QHash<QString, QString> OrganizationLoadFlow::projectNames() const
{
    QHash<QString, QString> names;
    for (const cockpit::Project &project : m_projects)
        names.insert(project.id, project.name.isEmpty() ? project.id : project.name);
    return names;
}

void OrganizationLoadFlow::onFinished(const OrganizationLoadResult &result)
{
    m_banners->hideLoading();
    const QList<ProjectRegion> loadedParts = result.loadedParts();
    const QSet<ProjectRegion> reloaded(loadedParts.cbegin(), loadedParts.cend());
    for (const ProjectRegion &part : loadedParts)
        m_loadedAt.insert(part, result.finishedAt);
    if (m_retrying) {
        for (const ProjectRegion &part : result.parts)
            m_failures.remove(part);
    } else {
        m_failures.clear();
    }
    for (auto it = result.failures.cbegin(); it != result.failures.cend(); ++it)
        m_failures.insert(it.key(), *it);

    // A full load keeps the earlier rows of what failed; a retry keeps every row it did not
    // reload.
    QList<Token> rows = result.tokens;
    for (const Token &token : m_model->tokens()) {
        const ProjectRegion part{token.projectId, token.region};
        if (m_retrying ? !reloaded.contains(part) : m_failures.contains(part))
            rows.append(token);
    }
    m_model->setTokens(rows);
    QMap<ProjectRegion, QDateTime> stale;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        if (m_loadedAt.contains(it.key()))
            stale.insert(it.key(), m_loadedAt.value(it.key()));
    }
    m_model->setStaleParts(stale);
    m_freshParts = int(m_loadedAt.size()) - int(stale.size());
    m_summary->setRefreshedAt(result.finishedAt);
    QString source = tr("%n project(s)", nullptr, int(m_projects.size()));
    if (m_regions.size() == 1)
        source = tr("%1 in %2").arg(source, cockpit::regionId(m_regions.first()));
    if (!m_failures.isEmpty())
        source += tr(" (%n not refreshed)", nullptr, int(m_failures.size()));
    m_summary->setSource(source);
    const bool failedAll = !m_retrying && result.allFailed();
    if (!m_failures.isEmpty() && !failedAll)
        m_banners->showPartialParts(m_failures, projectNames(), stale);
    else if (m_failures.isEmpty())
        m_banners->hideWarning();
    Q_EMIT loaded(failedAll);
}
