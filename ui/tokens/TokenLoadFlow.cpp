#include "TokenLoadFlow.h"

#include "frame/MessageBanner.h"
#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "models/TokenTableModel.h"
#include "services/TokenLoader.h"
#include "services/WorkContext.h"

#include <QLocale>
#include <QSet>

namespace cockpit {

TokenLoadFlow::TokenLoadFlow(const FlowParts &parts, TokenTableModel *model, QObject *parent)
    : QObject(parent)
    , m_context(parts.context)
    , m_banners(parts.banners)
    , m_summary(parts.summary)
    , m_model(model)
{
}

TokenLoadFlow::~TokenLoadFlow() = default;

void TokenLoadFlow::setLoader(TokenLoader *loader)
{
    if (m_loader)
        m_loader->disconnect(this);
    m_loader = loader;
    reset();
    if (!loader)
        return;
    connect(loader, &TokenLoader::progress, this, &TokenLoadFlow::onProgress);
    connect(loader, &TokenLoader::tokenProgress, this, &TokenLoadFlow::onTokenProgress);
    connect(loader, &TokenLoader::finished, this, &TokenLoadFlow::onFinished);
    connect(loader, &TokenLoader::partLoaded, this, &TokenLoadFlow::onPartLoaded);
    // The list flow says it (and hides the loading banner) when the user cancelled; a load
    // replaced by another keeps the banner for the one that replaced it.
    connect(loader, &TokenLoader::cancelled, this, &TokenLoadFlow::cancelled);
}

void TokenLoadFlow::reset()
{
    m_loadedAt.clear();
    m_failures.clear();
    m_parts.clear();
    m_freshParts = 0;
}

bool TokenLoadFlow::isLoading() const
{
    return m_loader && m_loader->isLoading();
}

void TokenLoadFlow::load()
{
    const ProjectScope &scope = m_context->scope();
    // Named in the details pane; searched only where the table lists several projects.
    m_model->setProjectNames(projectNames(), scope.isAll());
    QList<ProjectRegion> parts;
    for (const Project &project : m_context->projects()) {
        if (scope.isAll() || project.id == scope.projectId()) {
            for (Region region : m_context->regions())
                parts.append({project.id, region});
        }
    }
    // A project the list does not name (only the default one was listed).
    if (scope.isOne() && parts.isEmpty()) {
        for (Region region : m_context->regions())
            parts.append({scope.projectId(), region});
    }
    // What was loaded of parts no longer asked for says nothing about the rows from now on.
    const QSet<ProjectRegion> asked(parts.cbegin(), parts.cend());
    for (auto it = m_loadedAt.begin(); it != m_loadedAt.end();)
        it = asked.contains(it.key()) ? std::next(it) : m_loadedAt.erase(it);
    m_parts = parts;
    start(parts, false);
}

bool TokenLoadFlow::retryFailed()
{
    if (m_failures.isEmpty() || !m_loader)
        return false;
    start(m_failures.keys(), true);
    return true;
}

void TokenLoadFlow::cancel()
{
    if (m_loader)
        m_loader->cancel();
}

void TokenLoadFlow::start(const QList<ProjectRegion> &parts, bool retry)
{
    if (!m_loader)
        return;
    m_retrying = retry;
    if (m_context->scope().isOne()) {
        const QString name = m_context->projectName(m_context->scope().projectId());
        m_banners->showLoading(m_context->regions().size() == 1
                                   ? tr("Loading tokens of %1 in %2…")
                                         .arg(name, regionId(m_context->regions().first()))
                                   : tr("Loading tokens of %1 in all regions…").arg(name));
        m_summary->setSource({});
    } else {
        QSet<QString> projects;
        for (const ProjectRegion &part : parts)
            projects.insert(part.projectId);
        m_banners->showLoading(
            retry ? tr("Loading the tokens of %n project(s) again…", nullptr, int(projects.size()))
                  : tr("Loading the tokens of all %n project(s)…", nullptr, int(projects.size())));
        // The status line counts what this load has brought so far (a retry keeps what it said).
        if (!retry)
            showProjectsDone(0, int(projects.size()));
    }
    // One project's lists may be long (speculative pages ahead); an organization's and a
    // retry's are many short ones.
    m_loader->loadParts(parts, m_context->scope().isOne() && !retry
                                   ? TokenLoader::Lists::FewLong
                                   : TokenLoader::Lists::ManyShort);
}

void TokenLoadFlow::onTokenProgress(int loaded, int total)
{
    // One project's load counts tokens (a large project has many pages); an organization's counts
    // projects.
    if (m_context->scope().isOne())
        m_banners->setLoadingProgress(loaded, total);
}

void TokenLoadFlow::onProgress(int partsDone, int partsTotal, int projectsDone, int projectsTotal)
{
    if (partsTotal == 0 || !m_context->scope().isAll())
        return;
    m_banners->showLoading(
        tr("Loading the tokens of all projects: %1 of %n project(s) done…", nullptr, projectsTotal)
            .arg(projectsDone));
    m_banners->setLoadingProgress(partsDone, partsTotal);
    if (!m_retrying)
        showProjectsDone(projectsDone, projectsTotal);
}

void TokenLoadFlow::showProjectsDone(int done, int total)
{
    m_summary->setSource(tr("%1 of %n project(s)", nullptr, total).arg(QLocale().toString(done)));
    Q_EMIT partShown(); // the status line is redrawn with the banner's count, not one behind
}

void TokenLoadFlow::onPartLoaded(const ProjectRegion &part, const QList<Token> &tokens)
{
    // The part's rows as loaded now, the other rows as they were, until the load ends.
    m_model->replaceParts({part}, tokens);
    Q_EMIT partShown();
}

void TokenLoadFlow::onFinished(const TokenLoadResult &result)
{
    m_banners->hideLoading();
    const QList<ProjectRegion> loadedParts = result.loadedParts();
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

    // What loaded replaces its rows; what failed keeps its earlier rows; after a full load, rows
    // of parts no longer asked for (a project gone) go.
    m_model->replaceParts(loadedParts, result.tokens);
    if (!m_retrying) {
        const QSet<ProjectRegion> asked(result.parts.cbegin(), result.parts.cend());
        m_model->removeTokensWhere([&asked](const Token &token) {
            return !asked.contains({token.projectId, token.region});
        });
    }
    const QSet<ProjectRegion> shown = m_model->parts();
    QMap<ProjectRegion, QDateTime> stale;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        if (m_loadedAt.contains(it.key()) && shown.contains(it.key()))
            stale.insert(it.key(), m_loadedAt.value(it.key()));
    }
    m_model->setStaleParts(stale);
    m_freshParts = 0;
    for (const ProjectRegion &part : std::as_const(m_parts))
        m_freshParts += m_loadedAt.contains(part) && !m_failures.contains(part) ? 1 : 0;

    const bool failedAll = !m_retrying && result.allFailed();
    if (!failedAll)
        m_summary->setRefreshedAt(result.finishedAt);
    // The partial banner stays only while some parts failed and others loaded: once they all
    // load it has nothing to say, and when none did the error banner says it for every part.
    if (!failedAll && !m_failures.isEmpty())
        showPartial(stale);
    else
        m_banners->hidePartial();
    showSource();
    Q_EMIT loaded(failedAll);
}

void TokenLoadFlow::showPartial(const QMap<ProjectRegion, QDateTime> &stale)
{
    if (m_context->scope().isAll()) {
        m_banners->showPartialParts(m_failures, projectNames(), stale);
    } else {
        QMap<Region, ApiError> regionErrors;
        for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
            regionErrors.insert(it.key().region, *it);
        m_banners->showPartial(regionErrors, m_model->staleRegions());
    }
}

void TokenLoadFlow::showSource()
{
    // One project: the status line counts regions (StatusSummary's own text).
    if (!m_context->scope().isAll()) {
        m_summary->setSource({});
        return;
    }
    QString source = tr("%n project(s)", nullptr, int(m_context->projects().size()));
    if (m_context->regions().size() == 1)
        source = tr("%1 in %2").arg(source, regionId(m_context->regions().first()));
    if (!m_failures.isEmpty())
        source += tr(" (%n not refreshed)", nullptr, int(m_failures.size()));
    m_summary->setSource(source);
}

QHash<QString, QString> TokenLoadFlow::projectNames() const
{
    QHash<QString, QString> names;
    for (const Project &project : m_context->projects())
        names.insert(project.id, project.name.isEmpty() ? project.id : project.name);
    return names;
}

} // namespace cockpit
