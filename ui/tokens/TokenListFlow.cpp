#include "TokenListFlow.h"

#include "credentials/ProfileDirectory.h"
#include "frame/HeaderBar.h"
#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "models/TokenTableModel.h"
#include "services/CockpitSession.h"
#include "services/ProjectService.h"
#include "services/TokenLoader.h"
#include "services/WorkContext.h"
#include "text/ErrorText.h"
#include "tokens/TokenLoadFlow.h"

#include <QSignalBlocker>

namespace cockpit {

TokenListFlow::TokenListFlow(WorkContext *context, const FlowParts &parts,
                             ProfileDirectory *profiles, HeaderBar *header, TokenTableModel *model)
    : QObject(parts.window)
    , m_context(context)
    , m_profiles(profiles)
    , m_header(header)
    , m_banners(parts.banners)
    , m_summary(parts.summary)
    , m_model(model)
    , m_load(new TokenLoadFlow(parts, model, this))
{
    Q_ASSERT(parts.context == context);
    connect(m_load, &TokenLoadFlow::loaded, this, &TokenListFlow::onLoaded);
    connect(m_load, &TokenLoadFlow::cancelled, this, &TokenListFlow::onLoadCancelled);
    connect(m_load, &TokenLoadFlow::partShown, this, &TokenListFlow::stateChanged);
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

int TokenListFlow::freshRegionCount() const
{
    return m_load->freshPartCount();
}

void TokenListFlow::closeSession()
{
    m_load->setLoader(nullptr);
    if (CockpitSession *session = m_context->session()) {
        session->projects()->disconnect(this);
        session->deleteLater();
        m_context->setSession(nullptr);
    }
    m_loading = false;
    m_hasLoaded = false;
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
    CockpitSession *session = m_profiles->openSession(profileId, this, &problem);
    if (session)
        m_context->setSession(session);
    if (!session) {
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
    if (const ApiError &error = session->configurationError(); error.isError()) {
        m_header->setProjectsPlaceholder(tr("No project"));
        m_banners->showError(tr("This profile cannot be used"), error);
        Q_EMIT stateChanged();
        return;
    }
    ProjectService *projects = session->projects();
    connect(projects, &ProjectService::loaded, this, &TokenListFlow::onProjectsLoaded);
    connect(projects, &ProjectService::loadFailed, this, &TokenListFlow::onProjectsFailed);
    m_load->setLoader(session->loader());
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
    m_context->session()->projects()->load();
}

void TokenListFlow::onProjectsLoaded()
{
    const ProjectService *projects = m_context->session()->projects();
    m_context->setProjects(projects->projects());
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
    else
        m_banners->hideWarningText(); // the list is whole again
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
    const CockpitSession *session = m_context->session();
    if (!session || session->configurationError().isError())
        return;
    if (m_header->currentScope().isNone())
        loadProjects();
    else
        loadTokens();
}

void TokenListFlow::keepRowsOf(const ProjectScope &scope, const QList<Region> &regions)
{
    // Rows of another project, or of regions no longer asked for, must not linger while loading.
    if (scope != m_context->scope()) {
        m_model->clear();
        m_hasLoaded = false;
        m_load->reset();
        m_createRefusal.clear();
    } else {
        m_model->removeTokensWhere(
            [&regions](const Token &token) { return !regions.contains(token.region); });
    }
    m_context->setScope(scope, regions);
    // What the last load, cancel or delete said no longer holds once a new load starts.
    m_banners->hideError();
    m_banners->hideNotice();
}

void TokenListFlow::loadTokens()
{
    if (!m_context->session())
        return;
    const ProjectScope scope = m_header->currentScope();
    if (scope.isNone())
        return;
    keepRowsOf(scope, m_header->selectedRegions());
    if (scope.isAll())
        m_banners->hideWarningText(); // the project list's warning is about one project
    startLoading();
    m_load->load();
}

void TokenListFlow::cancel()
{
    if (!m_context->session() || !m_loading)
        return;
    m_userCancelled = true;
    if (m_context->session()->projects()->isLoading())
        m_context->session()->projects()->cancel();
    if (m_load->isLoading())
        m_load->cancel();
    else
        onProjectsFailed(ApiError::local(ApiError::Kind::Cancelled, QString()));
}

void TokenListFlow::retry()
{
    if (!m_context->session())
        return;
    // The banner whose Retry was pressed took itself down; the others still hold.
    if (m_retryTarget == RetryTarget::Projects) {
        loadProjects();
    } else if (m_context->scope().isAll() && m_header->allProjectsSelected() &&
               m_load->retryFailed()) {
        startLoading(); // only the projects and regions that failed
    } else {
        loadTokens();
    }
}

void TokenListFlow::onLoaded(bool failedAll)
{
    const ProjectScope &scope = m_context->scope();
    endLoading();
    m_retryTarget = RetryTarget::Tokens;
    if (failedAll) {
        const ApiError first = m_load->failures().first();
        // A key that may not list tokens here may not create one either: say so on the button.
        if (scope.isOne() && (first.kind == ApiError::Kind::Unauthenticated ||
                              first.kind == ApiError::Kind::PermissionDenied))
            m_createRefusal = ErrorText::sentence(first);
        // Rows of an earlier load stay, marked as not refreshed, and the banner says so.
        m_banners->showError(scope.isAll() ? tr("Could not load the tokens of any project")
                                           : tr("Could not load the tokens"),
                             first,
                             m_model->rowCount() > 0
                                 ? tr("The table shows the tokens as they were at the last "
                                      "refresh, in italics.")
                                 : QString());
    } else {
        m_hasLoaded = true;
        m_createRefusal.clear();
        m_banners->hideError(); // what an earlier load of these tokens said no longer holds
        Q_EMIT tokensLoaded();
    }
    Q_EMIT stateChanged();
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

} // namespace cockpit
