#include "TokenListFlow.h"

#include "frame/HeaderBar.h"
#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "models/ErrorText.h"
#include "models/TokenTableModel.h"
#include "profiles/ProfileDirectory.h"
#include "services/CockpitSession.h"
#include "services/OrganizationTokenLoader.h"
#include "services/ProjectService.h"
#include "services/TokenService.h"
#include "tokens/OrganizationLoadFlow.h"

#include <QSignalBlocker>

using cockpit::ApiError;
using cockpit::Region;
using cockpit::Token;
using cockpit::TokenLoadResult;

TokenListFlow::TokenListFlow(ProfileDirectory *profiles, HeaderBar *header, StatusBanners *banners,
                             StatusSummary *summary, cockpit::TokenTableModel *model,
                             QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_header(header)
    , m_banners(banners)
    , m_summary(summary)
    , m_model(model)
    , m_organization(new OrganizationLoadFlow(banners, summary, model, this))
{
    connect(m_organization, &OrganizationLoadFlow::loaded, this,
            &TokenListFlow::onOrganizationLoaded);
    connect(m_organization, &OrganizationLoadFlow::cancelled, this,
            &TokenListFlow::onLoadCancelled);
    connect(m_organization, &OrganizationLoadFlow::partShown, this, &TokenListFlow::stateChanged);
    connect(m_header, &HeaderBar::projectChanged, this, &TokenListFlow::loadTokens);
    connect(m_header, &HeaderBar::regionChanged, this, &TokenListFlow::loadTokens);
    connect(m_header, &HeaderBar::refreshRequested, this, &TokenListFlow::refresh);
    connect(m_banners, &StatusBanners::cancelRequested, this, &TokenListFlow::cancel);
    connect(m_banners, &StatusBanners::retryRequested, this, &TokenListFlow::retry);
    connect(m_header->projectPicker(), &ProjectPicker::noMatch, this, [this](const QString &typed) {
        m_summary->showTransient(tr("No project is named “%1”: the table still shows %2.")
                                     .arg(typed, m_header->currentProjectName()));
    });
}

TokenListFlow::~TokenListFlow() = default;

cockpit::CockpitSession *TokenListFlow::session() const
{
    return m_session;
}

void TokenListFlow::closeSession()
{
    m_organization->setLoader(nullptr);
    if (m_session) {
        m_session->tokens()->disconnect(this);
        m_session->projects()->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_loading = false;
    m_hasLoaded = false;
    m_loaded = {};
    m_freshRegionCount = 0;
    m_regionLoadedAt.clear();
    m_createRefusal.clear();
    m_model->clear();
    m_banners->hideAll();
    m_summary->setRefreshedAt({});
}

void TokenListFlow::openProfile(const QString &profileId)
{
    closeSession();
    if (m_header->currentProfileId() != profileId) {
        const QSignalBlocker blocker(m_header);
        m_header->setProfiles(m_profiles->profiles(), profileId);
    }
    m_header->setDemoBadgeVisible(m_profiles->isDemo(profileId));

    QString problem;
    m_session = m_profiles->openSession(profileId, this, &problem);
    Q_EMIT sessionChanged(m_session);
    if (!m_session) {
        m_header->setProjectsPlaceholder(tr("No project"));
        // An app profile's secret key is read from the keychain first; the ProfileController
        // opens the profile again once it is there.
        if (m_profiles->isOpening(profileId))
            m_banners->showLoading(tr("Reading the secret key from the keychain…"));
        else
            m_banners->showErrorText(problem);
        Q_EMIT stateChanged();
        return;
    }
    if (const auto &error = m_session->configurationError()) {
        m_header->setProjectsPlaceholder(tr("No project"));
        m_banners->showError(tr("This profile cannot be used"), *error);
        Q_EMIT stateChanged();
        return;
    }
    cockpit::ProjectService *projects = m_session->projects();
    connect(projects, &cockpit::ProjectService::loaded, this, &TokenListFlow::onProjectsLoaded);
    connect(projects, &cockpit::ProjectService::failed, this, &TokenListFlow::onProjectsFailed);
    cockpit::TokenService *tokens = m_session->tokens();
    connect(tokens, &cockpit::TokenService::loadProgress, m_banners,
            &StatusBanners::setLoadingProgress);
    connect(tokens, &cockpit::TokenService::loadFinished, this, &TokenListFlow::onLoadFinished);
    connect(tokens, &cockpit::TokenService::loadFailed, this, &TokenListFlow::onLoadFailed);
    connect(tokens, &cockpit::TokenService::loadCancelled, this, &TokenListFlow::onLoadCancelled);
    m_organization->setLoader(m_session->organization());
    loadProjects();
}

void TokenListFlow::startLoading()
{
    m_loading = true;
    m_userCancelled = false;
    Q_EMIT stateChanged();
}

void TokenListFlow::endLoading()
{
    m_loading = false;
    m_banners->hideLoading();
}

void TokenListFlow::loadProjects()
{
    m_header->setProjectsPlaceholder(tr("Loading projects…"));
    m_banners->hideError();
    m_banners->showLoading(tr("Loading projects…"));
    startLoading();
    m_session->projects()->load();
}

void TokenListFlow::onProjectsLoaded()
{
    const cockpit::ProjectService *projects = m_session->projects();
    {
        const QSignalBlocker blocker(m_header);
        const QString profileId = m_header->currentProfileId();
        // "All projects" is reopened as such; a remembered project only while it still exists.
        m_header->setProjects(projects->projects(),
                              m_profiles->rememberedProjects().choose(
                                  profileId, projects->projects(), projects->defaultProjectId()));
    }
    if (projects->listError().isError())
        m_banners->showWarningText(
            ErrorText::forAction(tr("Only the default project is listed"), projects->listError()),
            ErrorText::technicalDetails(projects->listError()));
    loadTokens();
}

void TokenListFlow::onProjectsFailed(const ApiError &error)
{
    endLoading();
    m_header->setProjectsPlaceholder(tr("No project"));
    if (error.kind == ApiError::Kind::Cancelled) {
        m_banners->showNotice(tr("Loading was cancelled."), {}, false);
    } else {
        m_retryTarget = RetryTarget::Projects;
        m_banners->showError(tr("Could not load the projects"), error);
    }
    Q_EMIT stateChanged();
}

void TokenListFlow::refresh()
{
    if (!m_session || m_session->configurationError())
        return;
    if (m_header->currentScope().isNone())
        loadProjects();
    else
        loadTokens();
}

void TokenListFlow::keepRowsOf(const cockpit::ProjectScope &scope, const QList<Region> &regions)
{
    // Rows of another project, or of regions no longer asked for, must not linger while loading.
    if (scope != m_loaded) {
        m_model->clear();
        m_hasLoaded = false;
        m_freshRegionCount = 0;
        m_regionLoadedAt.clear();
        m_organization->reset();
        m_createRefusal.clear();
    } else {
        QList<Token> kept;
        for (const Token &token : m_model->tokens()) {
            if (regions.contains(token.region))
                kept.append(token);
        }
        m_model->setTokens(kept);
    }
    m_loaded = scope;
    // What the last load, cancel or delete said no longer holds once a new load starts.
    m_banners->hideError();
    m_banners->hideNotice();
}

void TokenListFlow::loadTokens()
{
    if (!m_session)
        return;
    const QList<Region> regions = m_header->selectedRegions();
    if (m_header->allProjectsSelected()) {
        keepRowsOf(cockpit::ProjectScope::all(), regions);
        m_banners->hideWarning();
        m_session->tokens()->cancelLoad();
        startLoading();
        m_organization->load(m_header->projects(), regions);
        return;
    }
    const QString projectId = m_header->currentProjectId();
    if (projectId.isEmpty())
        return;
    if (m_session->organization()->isLoading())
        m_session->organization()->cancel();
    // Named in the details pane; searched only where the table lists several projects.
    QHash<QString, QString> names;
    for (const cockpit::Project &project : m_header->projects())
        names.insert(project.id, project.name);
    m_model->setProjectNames(names, false);
    m_summary->setSource({});
    keepRowsOf(cockpit::ProjectScope::one(projectId), regions);
    m_banners->showLoading(
        regions.size() == 1
            ? tr("Loading tokens of %1 in %2…")
                  .arg(m_header->currentProjectName(), cockpit::regionId(regions.first()))
            : tr("Loading tokens of %1 in all regions…").arg(m_header->currentProjectName()));
    startLoading();
    m_session->tokens()->load(projectId, regions);
}

void TokenListFlow::cancel()
{
    if (!m_session || !m_loading)
        return;
    m_userCancelled = true;
    if (m_session->projects()->isLoading())
        m_session->projects()->cancel();
    if (m_organization->isLoading())
        m_organization->cancel();
    else if (m_session->tokens()->isLoading())
        m_session->tokens()->cancelLoad();
    else
        onProjectsFailed(ApiError::local(ApiError::Kind::Cancelled, QString()));
}

void TokenListFlow::retry()
{
    if (!m_session)
        return;
    m_banners->hideError();
    m_banners->hideWarning();
    if (m_retryTarget == RetryTarget::Projects) {
        loadProjects();
    } else if (showsAllProjects() && m_header->allProjectsSelected() &&
               m_organization->retryFailed()) {
        startLoading(); // only the projects and regions that failed
    } else {
        loadTokens();
    }
}

void TokenListFlow::onLoadFinished(const TokenLoadResult &result)
{
    endLoading();
    m_createRefusal.clear();
    for (Region region : result.loadedRegions())
        m_regionLoadedAt.insert(region, result.finishedAt);
    // A region that failed keeps the rows it had, marked as not refreshed: the table must not
    // lose them while the banner says what failed.
    QList<Token> rows = result.tokens;
    for (const Token &token : m_model->tokens()) {
        if (result.regionErrors.contains(token.region))
            rows.append(token);
    }
    m_model->setTokens(rows);
    m_model->setStaleRegions(staleRegionsOf(result.regionErrors.keys()));
    m_hasLoaded = true;
    m_freshRegionCount = int(result.loadedRegions().size());
    m_banners->hideError();
    if (result.isPartial()) {
        m_retryTarget = RetryTarget::Tokens;
        m_banners->showPartial(result.regionErrors, m_model->staleRegions());
    } else if (!m_session->projects()->listError().isError()) {
        m_banners->hideWarning();
    }
    m_summary->setRefreshedAt(result.finishedAt);
    Q_EMIT stateChanged();
    Q_EMIT tokensLoaded();
    Q_EMIT loadEnded();
}

QMap<Region, QDateTime> TokenListFlow::staleRegionsOf(const QList<Region> &failed) const
{
    QMap<Region, QDateTime> stale;
    for (const Region region : m_model->regions()) {
        if (failed.contains(region) && m_regionLoadedAt.contains(region))
            stale.insert(region, m_regionLoadedAt.value(region));
    }
    return stale;
}

void TokenListFlow::onLoadFailed(const ApiError &error)
{
    endLoading();
    // A key that may not list tokens here may not create one either: say so on the button.
    if (error.kind == ApiError::Kind::Unauthenticated ||
        error.kind == ApiError::Kind::PermissionDenied)
        m_createRefusal = ErrorText::sentence(error);
    m_retryTarget = RetryTarget::Tokens;
    m_banners->hideWarning();
    // Rows of an earlier load stay, marked as not refreshed, and the banner says so.
    m_model->setStaleRegions(staleRegionsOf(m_header->selectedRegions()));
    m_freshRegionCount = 0;
    m_banners->showError(tr("Could not load the tokens"), error,
                         m_model->rowCount() > 0
                             ? tr("The table shows the tokens as they were at the last refresh, "
                                  "in italics.")
                             : QString());
    Q_EMIT stateChanged();
    Q_EMIT loadEnded();
}

void TokenListFlow::onOrganizationLoaded(bool failedAll)
{
    endLoading();
    m_retryTarget = RetryTarget::Tokens;
    m_hasLoaded = true;
    m_freshRegionCount = m_organization->freshPartCount();
    if (failedAll) {
        const cockpit::ApiError first = m_organization->failures().first();
        m_banners->showError(tr("Could not load the tokens of any project"), first,
                             m_model->rowCount() > 0
                                 ? tr("The table shows the tokens as they were at the last "
                                      "refresh, in italics.")
                                 : QString());
    }
    Q_EMIT stateChanged();
    Q_EMIT tokensLoaded();
    Q_EMIT loadEnded();
}

void TokenListFlow::onLoadCancelled()
{
    // A load the app replaced with another (the user chose another project) was not
    // cancelled by anyone: the load that replaced it owns the banners.
    if (!m_userCancelled)
        return;
    endLoading();
    m_banners->showNotice(m_model->rowCount() > 0
                              ? tr("Loading was cancelled. The table shows the previous results.")
                              : tr("Loading was cancelled."));
    Q_EMIT stateChanged();
    Q_EMIT loadEnded();
}
