#include "MainWindow.h"

#include "DeleteConfirmation.h"
#include "ErrorText.h"
#include "HeaderBar.h"
#include "ProfileController.h"
#include "ProfileDirectory.h"
#include "ProfileNotices.h"
#include "StatusBanners.h"
#include "StatusSummary.h"
#include "TokenActions.h"
#include "TokenDetailsPanel.h"
#include "TokenEmptyState.h"
#include "TokenTableView.h"
#include "TokenToolBar.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "services/CockpitSession.h"
#include "services/ProjectService.h"
#include "services/TokenService.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using cockpit::ApiError;
using cockpit::Region;
using cockpit::Token;
using cockpit::TokenLoadResult;

namespace {
const QLatin1String kGeometryKey("mainWindow/geometry");
const QLatin1String kSplitterKey("mainWindow/splitter");
const QLatin1String kHeaderKey("mainWindow/tableHeader");
constexpr int kRelativeTimeRefreshMs = 60 * 1000;
} // namespace

MainWindow::MainWindow(ProfileDirectory *profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_model(new cockpit::TokenTableModel(this))
    , m_proxy(new cockpit::TokenFilterProxyModel(this))
    , m_actions(new TokenActions(this))
{
    setWindowTitle(tr("Cockpit Tokens"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    createWindowActions();
    restoreLayout();

    m_header->setProfiles(m_profiles->profiles(), QString());
    m_profileController = new ProfileController(this, m_profiles, m_profileNotices);
    auto *ageTimer = new QTimer(this);
    connect(ageTimer, &QTimer::timeout, m_model, &cockpit::TokenTableModel::refreshRelativeTimes);
    ageTimer->start(kRelativeTimeRefreshMs);
    updateViewState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_header = new HeaderBar(this);
    m_toolBar = new TokenToolBar(m_actions, this);
    m_banners = new StatusBanners(this);
    m_profileNotices = new ProfileNotices(this);
    m_table = new TokenTableView(this);
    m_table->setModel(m_proxy);
    m_table->setActions(m_actions);
    m_table->sortByColumn(cockpit::TokenTableModel::CreatedColumn, Qt::DescendingOrder);
    m_emptyState = new TokenEmptyState(this);
    m_details = new TokenDetailsPanel(this);

    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_emptyState);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({860, 400});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_profileNotices);
    layout->addWidget(m_banners);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_summary = new StatusSummary(statusBar());

    connect(m_header, &HeaderBar::profileChanged, this, &MainWindow::activateProfile);
    connect(m_header, &HeaderBar::projectChanged, this, &MainWindow::loadTokens);
    connect(m_header, &HeaderBar::regionChanged, this, &MainWindow::loadTokens);
    connect(m_header, &HeaderBar::refreshRequested, this, &MainWindow::refresh);
    connect(m_header, &HeaderBar::searchTextChanged, m_proxy,
            &cockpit::TokenFilterProxyModel::setFilterText);
    connect(m_toolBar, &TokenToolBar::scopeFilterChanged, m_proxy,
            &cockpit::TokenFilterProxyModel::setScopeFilter);
    connect(m_banners, &StatusBanners::cancelRequested, this, &MainWindow::cancelLoading);
    connect(m_banners, &StatusBanners::retryRequested, this, &MainWindow::retry);
    connect(m_emptyState, &TokenEmptyState::clearFiltersRequested, this, &MainWindow::clearFilters);
    connect(m_actions, &TokenActions::deleteRequested, this, &MainWindow::confirmDelete);
    connect(m_actions, &TokenActions::copied, m_summary, &StatusSummary::showTransient);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    // Row counts change with loads, deletes and filters alike.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateViewState);
}

void MainWindow::createWindowActions()
{
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(Qt::Key_F5);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    auto *findAction = new QAction(tr("Search"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_header->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_header->searchBox()->selectAll();
    });

    // Disabled like the button it stands for, until the create dialog exists.
    auto *createAction = new QAction(tr("Create token"), this);
    createAction->setShortcut(QKeySequence::New);
    createAction->setEnabled(false);

    m_cancelAction = new QAction(tr("Cancel loading"), this);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLoading);

    addActions({refreshAction, findAction, createAction, m_cancelAction});
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    resize(1240, 720);
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const QByteArray header = settings.value(kHeaderKey).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void MainWindow::saveLayout() const
{
    // Layout only: no credentials, project or token data goes to the settings file.
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::activateProfile(const QString &profileId)
{
    if (m_session) {
        m_session->tokens()->disconnect(this);
        m_session->projects()->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_loading = false;
    m_hasLoaded = false;
    m_loadedProjectId.clear();
    m_loadedRegionCount = 0;
    m_model->clear();
    m_banners->hideAll();
    m_summary->setRefreshedAt({});

    if (m_header->currentProfileId() != profileId) {
        const QSignalBlocker blocker(m_header);
        m_header->setProfiles(m_profiles->profiles(), profileId);
    }
    const bool demo = m_profiles->isDemo(profileId);
    m_header->setDemoBadgeVisible(demo);
    setWindowTitle(demo ? tr("Cockpit Tokens — Demo") : tr("Cockpit Tokens"));

    QString problem;
    m_session = m_profiles->openSession(profileId, this, &problem);
    if (!m_session) {
        m_header->setProjectsPlaceholder(tr("No project"));
        // An app profile's secret key is read from the keychain first; the ProfileController
        // opens the profile again once it is there.
        if (m_profiles->isOpening(profileId))
            m_banners->showLoading(tr("Reading the secret key from the keychain…"));
        else
            m_banners->showErrorText(problem);
        updateViewState();
        return;
    }
    if (const auto &error = m_session->configurationError()) {
        m_header->setProjectsPlaceholder(tr("No project"));
        m_banners->showError(tr("This profile cannot be used"), *error);
        updateViewState();
        return;
    }
    connectSession();
    loadProjects();
}

void MainWindow::connectSession()
{
    cockpit::ProjectService *projects = m_session->projects();
    connect(projects, &cockpit::ProjectService::loaded, this, &MainWindow::onProjectsLoaded);
    connect(projects, &cockpit::ProjectService::failed, this, &MainWindow::onProjectsFailed);

    cockpit::TokenService *tokens = m_session->tokens();
    connect(tokens, &cockpit::TokenService::loadProgress, m_banners,
            &StatusBanners::setLoadingProgress);
    connect(tokens, &cockpit::TokenService::loadFinished, this, &MainWindow::onLoadFinished);
    connect(tokens, &cockpit::TokenService::loadFailed, this, &MainWindow::onLoadFailed);
    connect(tokens, &cockpit::TokenService::loadCancelled, this, &MainWindow::onLoadCancelled);
    connect(tokens, &cockpit::TokenService::tokenDeleted, this,
            [this](const Token &token) { m_model->removeToken(token.id); });
    connect(tokens, &cockpit::TokenService::tokenDeleteFailed, this,
            &MainWindow::onTokenDeleteFailed);
    connect(tokens, &cockpit::TokenService::deletesFinished, this, &MainWindow::onDeletesFinished);
}

void MainWindow::loadProjects()
{
    m_header->setProjectsPlaceholder(tr("Loading projects…"));
    m_banners->hideError();
    m_banners->showLoading(tr("Loading projects…"));
    m_loading = true;
    m_cancelAction->setEnabled(true);
    updateViewState();
    m_session->projects()->load();
}

void MainWindow::onProjectsLoaded()
{
    const cockpit::ProjectService *projects = m_session->projects();
    {
        const QSignalBlocker blocker(m_header);
        m_header->setProjects(
            projects->projects(),
            m_profiles->rememberedProjects().choose(
                m_header->currentProfileId(), projects->projects(), projects->defaultProjectId()));
    }
    if (projects->listError().isError())
        m_banners->showWarningText(
            ErrorText::forAction(tr("Only the default project is listed"), projects->listError()),
            ErrorText::technicalDetails(projects->listError()));
    loadTokens();
}

void MainWindow::onProjectsFailed(const ApiError &error)
{
    endLoading();
    m_header->setProjectsPlaceholder(tr("No project"));
    if (error.kind == ApiError::Kind::Cancelled) {
        m_banners->showNotice(tr("Loading was cancelled."), {}, false);
    } else {
        m_retryTarget = RetryTarget::Projects;
        m_banners->showError(tr("Could not load the projects"), error);
    }
    updateViewState();
}

void MainWindow::refresh()
{
    if (!m_session || m_session->configurationError())
        return;
    if (m_header->currentProjectId().isEmpty())
        loadProjects();
    else
        loadTokens();
}

void MainWindow::loadTokens()
{
    const QString projectId = m_header->currentProjectId();
    if (!m_session || projectId.isEmpty())
        return;
    const QList<Region> regions = m_header->selectedRegions();
    // Rows of another project, or of regions no longer asked for, must not linger while loading.
    if (projectId != m_loadedProjectId) {
        m_model->clear();
        m_hasLoaded = false;
        m_loadedRegionCount = 0;
    } else {
        QList<Token> kept;
        for (const Token &token : m_model->tokens()) {
            if (regions.contains(token.region))
                kept.append(token);
        }
        m_model->setTokens(kept);
    }
    m_loadedProjectId = projectId;
    m_loading = true;
    m_cancelAction->setEnabled(true);
    m_banners->hideError();
    m_banners->showLoading(
        regions.size() == 1
            ? tr("Loading tokens of %1 in %2…")
                  .arg(m_header->currentProjectName(), regionId(regions.first()))
            : tr("Loading tokens of %1 in all regions…").arg(m_header->currentProjectName()));
    updateViewState();
    m_session->tokens()->load(projectId, regions);
}

void MainWindow::cancelLoading()
{
    if (!m_session || !m_loading)
        return;
    if (m_session->projects()->isLoading())
        m_session->projects()->cancel();
    if (m_session->tokens()->isLoading())
        m_session->tokens()->cancelLoad();
    else
        onProjectsFailed(ApiError::local(ApiError::Kind::Cancelled, QString()));
}

void MainWindow::endLoading()
{
    m_loading = false;
    m_cancelAction->setEnabled(false);
    m_banners->hideLoading();
}

void MainWindow::onLoadFinished(const TokenLoadResult &result)
{
    endLoading();
    m_model->setTokens(result.tokens);
    m_hasLoaded = true;
    m_loadedRegionCount = int(result.loadedRegions().size());
    m_banners->hideError();
    if (result.isPartial()) {
        m_retryTarget = RetryTarget::Tokens;
        m_banners->showPartial(result.regionErrors);
    } else if (!m_session->projects()->listError().isError()) {
        m_banners->hideWarning();
    }
    m_summary->setRefreshedAt(result.finishedAt);
    updateViewState();
    Q_EMIT tokensLoaded();
    Q_EMIT loadEnded();
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    endLoading();
    m_retryTarget = RetryTarget::Tokens;
    m_banners->hideWarning();
    m_banners->showError(tr("Could not load the tokens"), error);
    updateViewState();
    Q_EMIT loadEnded();
}

void MainWindow::onLoadCancelled()
{
    endLoading();
    m_banners->showNotice(m_model->rowCount() > 0
                              ? tr("Loading was cancelled. The table shows the previous results.")
                              : tr("Loading was cancelled."));
    updateViewState();
    Q_EMIT loadEnded();
}

void MainWindow::retry()
{
    if (!m_session)
        return;
    m_banners->hideError();
    m_banners->hideWarning();
    if (m_retryTarget == RetryTarget::Projects)
        loadProjects();
    else
        loadTokens();
}

void MainWindow::confirmDelete(const QList<Token> &tokens)
{
    if (!m_session || tokens.isEmpty())
        return;
    auto *confirmation = new DeleteConfirmation(tokens, this);
    connect(confirmation, &DeleteConfirmation::confirmed, this, [this](const QList<Token> &chosen) {
        if (!m_session)
            return;
        m_deleteFailures.clear();
        m_banners->showNotice(chosen.size() == 1
                                  ? tr("Deleting “%1”…").arg(chosen.first().name)
                                  : tr("Deleting %n tokens…", nullptr, int(chosen.size())));
        m_actions->setDeleteAllowed(false);
        m_session->tokens()->deleteTokens(chosen);
    });
    confirmation->open();
}

void MainWindow::onTokenDeleteFailed(const Token &token, const ApiError &error)
{
    m_deleteFailures.append({token, error});
}

void MainWindow::onDeletesFinished(int deleted, int failed)
{
    m_actions->setDeleteAllowed(true);
    if (failed == 0) {
        m_banners->showNotice(deleted == 1 ? tr("The token was deleted.")
                                           : tr("%n tokens were deleted.", nullptr, deleted));
    } else {
        QStringList lines;
        for (const auto &[token, error] : std::as_const(m_deleteFailures)) {
            QString line =
                tr("%1 (%2): %3")
                    .arg(token.name, cockpit::regionId(token.region), ErrorText::sentence(error));
            const QString technical = ErrorText::technicalDetails(error);
            if (!technical.isEmpty())
                line += tr(" (%1)").arg(technical);
            lines.append(line);
        }
        const QString summary =
            deleted == 0 ? tr("No token could be deleted.")
                         : tr("Deleted %1 of %2 tokens.").arg(deleted).arg(deleted + failed);
        m_banners->showNotice(summary, lines.join(QLatin1Char('\n')), true);
    }
    m_deleteFailures.clear();
    updateViewState();
    Q_EMIT deletesFinished();
}

void MainWindow::onSelectionChanged()
{
    const QList<Token> selected = m_table->selectedTokens();
    m_actions->setSelection(selected);
    m_details->setTokens(selected);
    updateViewState();
}

void MainWindow::clearFilters()
{
    m_header->searchBox()->clear();
    m_toolBar->clearScopeFilter();
}

bool MainWindow::isLoading() const
{
    return m_loading;
}

bool MainWindow::isShowingEmptyState() const
{
    return m_tableStack->currentWidget() == m_emptyState;
}

void MainWindow::updateViewState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0 && m_hasLoaded && !m_loading) {
        m_emptyState->showNoTokens(m_header->currentProjectName(), m_header->currentRegionName());
        m_tableStack->setCurrentWidget(m_emptyState);
    } else if (total > 0 && shown == 0) {
        m_emptyState->showNoMatches();
        m_tableStack->setCurrentWidget(m_emptyState);
    } else {
        m_tableStack->setCurrentWidget(m_table);
    }
    const int selected =
        m_table->selectionModel() ? int(m_table->selectionModel()->selectedRows().size()) : 0;
    m_summary->setCounts(total, shown, m_loadedRegionCount, selected);
}
