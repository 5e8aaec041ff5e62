#include "MainWindow.h"

#include "ClipboardGuard.h"
#include "CreateTokenFlow.h"
#include "DeleteConfirmation.h"
#include "ErrorText.h"
#include "HeaderBar.h"
#include "ProfileController.h"
#include "ProfileDirectory.h"
#include "ProfileNotices.h"
#include "Shortcuts.h"
#include "ShortcutsDialog.h"
#include "StatusBanners.h"
#include "StatusSummary.h"
#include "TokenActions.h"
#include "TokenDetailsPanel.h"
#include "TokenEmptyState.h"
#include "TokenTableView.h"
#include "TokenToolBar.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"
#include "services/CockpitSession.h"
#include "services/ProjectService.h"
#include "services/TokenService.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
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

MainWindow::MainWindow(ProfileDirectory *profiles, const DesktopServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_model(new cockpit::TokenTableModel(this))
    , m_proxy(new cockpit::TokenFilterProxyModel(this))
    , m_actions(new TokenActions(this))
    , m_settings(new QSettings(this))
    , m_services(services)
{
    if (!m_services.secrets)
        m_services.secrets = new cockpit::InMemorySecretStore(this);
    if (!m_services.savedSecrets)
        m_services.savedSecrets = new cockpit::SavedSecretIndex(m_settings, this);
    if (!m_services.clipboard)
        m_services.clipboard = new cockpit::ClipboardGuard(QGuiApplication::clipboard(), this);
    m_actions->setDesktopServices(m_services);
    m_model->setSavedSecretIndex(m_services.savedSecrets);
    m_createFlow = new CreateTokenFlow(m_services, this);
    m_proxy->setSourceModel(m_model);
    buildUi();
    createWindowActions();
    restoreLayout();

    m_header->setProfiles(m_profiles->profiles(), QString());
    m_profileController = new ProfileController(this, m_profiles, m_profileNotices);
    createMenus();
    auto *ageTimer = new QTimer(this);
    connect(ageTimer, &QTimer::timeout, m_model, &cockpit::TokenTableModel::refreshRelativeTimes);
    ageTimer->start(kRelativeTimeRefreshMs);
    updateViewState();
    // The table, not the first control of the header: a stray arrow key there would switch
    // profiles. Given once the window is first activated.
    m_table->setFocus(Qt::OtherFocusReason);
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
    // Room for the Terraform block beside the table.
    m_splitter->setSizes({780, 460});

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
    connect(m_header->projectPicker(), &ProjectPicker::noMatch, this, [this](const QString &typed) {
        m_summary->showTransient(tr("No project is named “%1”: the table still shows %2.")
                                     .arg(typed, m_header->currentProjectName()));
    });
    connect(m_header, &HeaderBar::searchTextChanged, m_proxy,
            &cockpit::TokenFilterProxyModel::setFilterText);
    connect(m_toolBar, &TokenToolBar::scopeFilterChanged, m_proxy,
            &cockpit::TokenFilterProxyModel::setScopeFilter);
    connect(m_banners, &StatusBanners::cancelRequested, this, &MainWindow::cancelLoading);
    connect(m_banners, &StatusBanners::retryRequested, this, &MainWindow::retry);
    connect(m_emptyState, &TokenEmptyState::clearFiltersRequested, this, &MainWindow::clearFilters);
    connect(m_actions, &TokenActions::deleteRequested, this, &MainWindow::confirmDelete);
    connect(m_actions, &TokenActions::copied, m_summary, &StatusSummary::showTransient);
    connect(m_actions, &TokenActions::copySavedSecretRequested, this, &MainWindow::copySavedSecret);
    connect(m_header->createButton(), &QPushButton::clicked, this, &MainWindow::startCreate);
    connect(m_emptyState->createButton(), &QPushButton::clicked, this, &MainWindow::startCreate);
    connect(m_createFlow, &CreateTokenFlow::tokenCreated, this, &MainWindow::onTokenCreated);
    connect(m_createFlow, &CreateTokenFlow::orphansFound, this, &MainWindow::showTokens);
    connect(m_createFlow, &CreateTokenFlow::deleteOrphansRequested, this,
            [this](const QList<Token> &tokens) {
                if (m_session)
                    m_session->tokens()->deleteTokens(tokens);
            });
    m_details->setSavedSecretIndex(m_services.savedSecrets);
    connect(m_services.savedSecrets, &cockpit::SavedSecretIndex::changed, this, [this] {
        m_actions->setSelection(m_table->selectedTokens());
        m_details->setTokens(m_table->selectedTokens());
    });
    connect(m_services.clipboard, &cockpit::ClipboardGuard::countdownChanged, m_summary,
            &StatusSummary::setClipboardCountdown);
    for (auto signal : {&cockpit::ClipboardGuard::cleared, &cockpit::ClipboardGuard::released})
        // Not capturing `this`: a guard owned by the window clears the clipboard, and signals
        // so, while the window is being destroyed.
        connect(m_services.clipboard, signal, m_summary,
                [summary = m_summary] { summary->setClipboardCountdown(0); });
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
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(Qt::Key_F5);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = new QAction(tr("&Search"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_header->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_header->searchBox()->selectAll();
    });

    m_createAction = new QAction(tr("&Create token…"), this);
    m_createAction->setShortcut(QKeySequence::New);
    connect(m_createAction, &QAction::triggered, this, &MainWindow::startCreate);

    m_cancelAction = new QAction(tr("Cancel &loading"), this);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLoading);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    // Platforms whose windows close with Alt+F4 bind no Quit key; Ctrl+Q is understood anyway.
    if (m_quitAction->shortcuts().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    // F1 is help everywhere; Ctrl+? is where GNOME apps list their shortcuts.
    m_shortcutsAction->setShortcuts(
        {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Question)});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(tr("&About Cockpit Tokens"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Also on the window itself, so the keys work while the menu bar is hidden (e.g. in a
    // native global menu that has not been shown yet).
    addActions({m_refreshAction, m_findAction, m_createAction, m_cancelAction, m_quitAction,
                m_shortcutsAction});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_profileController->signInAction());
    m_fileMenu->addAction(m_profileController->removeAction());
    connect(m_fileMenu, &QMenu::aboutToShow, m_profileController,
            &ProfileController::updateActions);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    QMenu *tokens = menuBar()->addMenu(tr("&Tokens"));
    tokens->addAction(m_createAction);
    tokens->addAction(m_refreshAction);
    tokens->addAction(m_cancelAction);
    tokens->addAction(m_findAction);
    tokens->addSeparator();
    tokens->addActions(m_actions->copyActions());
    tokens->addAction(m_actions->copySavedSecretAction());
    tokens->addSeparator();
    tokens->addAction(m_actions->deleteAction());

    // The Demo badge at the menus' end: showing it moves none of the controls.
    menuBar()->setCornerWidget(m_header->demoBadge(), Qt::TopRightCorner);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::addLanguageMenu(QMenu *languages)
{
    // Before Quit, after the profile entries.
    m_fileMenu->insertMenu(m_quitAction, languages);
    m_fileMenu->insertSeparator(m_quitAction);
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(ShortcutsDialog::entriesFor(menuBar()), this);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

ShortcutsDialog *MainWindow::shortcutsDialog() const
{
    return m_shortcutsDialog;
}

void MainWindow::showAbout()
{
    auto *about = new QMessageBox(this);
    about->setObjectName(QStringLiteral("aboutDialog"));
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->setWindowTitle(tr("About Cockpit Tokens"));
    about->setIconPixmap(windowIcon().pixmap(64, 64));
    about->setTextFormat(Qt::RichText);
    about->setText(tr("<h3>Cockpit Tokens %1</h3>"
                      "<p>A desktop console for Scaleway Cockpit tokens: list, create and delete "
                      "them in every region, with their secret keys kept in the system "
                      "keychain.</p>"
                      "<p>Free software under the MIT licence. Built with Qt %2.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                            QString::fromLatin1(qVersion())));
    about->setStandardButtons(QMessageBox::Close);
    about->open();
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
    m_regionLoadedAt.clear();
    m_createRefusal.clear();
    m_model->clear();
    m_banners->hideAll();
    m_summary->setRefreshedAt({});

    if (m_header->currentProfileId() != profileId) {
        const QSignalBlocker blocker(m_header);
        m_header->setProfiles(m_profiles->profiles(), profileId);
    }
    const bool demo = m_profiles->isDemo(profileId);
    m_header->setDemoBadgeVisible(demo);
    updateWindowTitle();

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

void MainWindow::updateWindowTitle()
{
    // What is shown, then whose it is; the platform adds the app's name ("… — Cockpit Tokens").
    const QString project = m_header->currentProjectName();
    const QString profile = m_header->currentProfileLabel();
    setWindowTitle(project.isEmpty()
                       ? profile
                       : tr("%1 — %2", "window title: project — profile").arg(project, profile));
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
    connect(tokens, &cockpit::TokenService::tokenDeleted, this, [this](const Token &token) {
        m_deletedNames.append(token.name);
        m_model->removeToken(token.id);
        if (m_forgetOnDelete.remove(token.regionalId()))
            forgetSavedSecrets({token});
    });
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
    updateWindowTitle();
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
        m_regionLoadedAt.clear();
    } else {
        QList<Token> kept;
        for (const Token &token : m_model->tokens()) {
            if (regions.contains(token.region))
                kept.append(token);
        }
        m_model->setTokens(kept);
    }
    if (projectId != m_loadedProjectId)
        m_createRefusal.clear();
    m_loadedProjectId = projectId;
    updateWindowTitle();
    m_loading = true;
    m_cancelAction->setEnabled(true);
    // What the last load, cancel or delete said no longer holds once a new load starts.
    m_banners->hideError();
    m_banners->hideNotice();
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
    m_table->fitNameColumn();
    m_hasLoaded = true;
    m_loadedRegionCount = int(result.loadedRegions().size());
    m_banners->hideError();
    if (result.isPartial()) {
        m_retryTarget = RetryTarget::Tokens;
        m_banners->showPartial(result.regionErrors, m_model->staleRegions());
    } else if (!m_session->projects()->listError().isError()) {
        m_banners->hideWarning();
    }
    m_summary->setRefreshedAt(result.finishedAt);
    updateViewState();
    Q_EMIT tokensLoaded();
    Q_EMIT loadEnded();
}

QMap<Region, QDateTime> MainWindow::staleRegionsOf(const QList<Region> &failed) const
{
    QMap<Region, QDateTime> stale;
    for (const Region region : m_model->regions()) {
        if (failed.contains(region) && m_regionLoadedAt.contains(region))
            stale.insert(region, m_regionLoadedAt.value(region));
    }
    return stale;
}

void MainWindow::onLoadFailed(const ApiError &error)
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
    m_loadedRegionCount = 0;
    m_banners->showError(tr("Could not load the tokens"), error,
                         m_model->rowCount() > 0
                             ? tr("The table shows the tokens as they were at the last refresh, "
                                  "in italics.")
                             : QString());
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
    int saved = 0;
    for (const Token &token : tokens)
        saved +=
            m_services.savedSecrets->contains(cockpit::tokenSecretKey(token.regionalId())) ? 1 : 0;
    auto *confirmation = new DeleteConfirmation(tokens, this);
    confirmation->offerToForgetSavedSecrets(saved);
    connect(confirmation, &DeleteConfirmation::confirmed, this,
            [this, confirmation](const QList<Token> &chosen) {
                if (!m_session)
                    return;
                m_forgetOnDelete.clear();
                if (confirmation->forgetSavedSecrets()) {
                    for (const Token &token : chosen)
                        m_forgetOnDelete.insert(token.regionalId());
                }
                m_deleteFailures.clear();
                m_deletedNames.clear();
                // Where the selection was: the row that takes its place is selected after.
                const QModelIndexList rows = m_table->selectionModel()->selectedRows();
                m_reselectRow = rows.isEmpty() ? -1 : rows.first().row();
                for (const QModelIndex &row : rows)
                    m_reselectRow = std::min(m_reselectRow, row.row());
                m_banners->showNotice(
                    chosen.size() == 1 ? tr("Deleting “%1”…").arg(chosen.first().name)
                                       : tr("Deleting %Ln tokens…", nullptr, int(chosen.size())));
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
        // Done as asked: a passing word in the status bar, naming what went.
        m_banners->hideNotice();
        constexpr int kNamesSaid = 3;
        m_summary->showTransient(
            deleted == 1 ? tr("Deleted “%1”.").arg(m_deletedNames.value(0))
            : deleted <= kNamesSaid
                ? tr("Deleted %Ln tokens: %1.", nullptr, deleted).arg(m_deletedNames.join(tr(", ")))
                : tr("Deleted %Ln tokens.", nullptr, deleted));
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
    m_deletedNames.clear();
    selectAfterDelete();
    updateViewState();
    Q_EMIT deletesFinished();
}

void MainWindow::selectAfterDelete()
{
    const int row = std::exchange(m_reselectRow, -1);
    const int count = m_proxy->rowCount();
    if (row < 0 || count == 0 || m_table->selectionModel()->hasSelection())
        return;
    // The row that took the first deleted one's place, else the new last row.
    const QModelIndex next = m_proxy->index(std::min(row, count - 1), 0);
    m_table->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_table->scrollTo(next);
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
    m_summary->setCounts(total, shown, m_loadedRegionCount, selected,
                         m_model->staleRegions().keys());
    updateCreateEnabled();
}

void MainWindow::updateCreateEnabled()
{
    const bool hasProject =
        m_session && !m_session->configurationError() && !m_header->currentProjectId().isEmpty();
    const bool ready = hasProject && m_createRefusal.isEmpty();
    const QString tip =
        ready ? Shortcuts::withKeys(tr("Create a token in %1").arg(m_header->currentProjectName()),
                                    m_createAction->shortcut())
        : hasProject ? m_createRefusal
                     : tr("Choose a project to create a token in");
    for (QPushButton *button : {m_header->createButton(), m_emptyState->createButton()}) {
        button->setEnabled(ready);
        button->setToolTip(tip);
    }
    m_createAction->setEnabled(ready);
}

void MainWindow::startCreate()
{
    if (!m_session || m_header->currentProjectId().isEmpty() || !m_createRefusal.isEmpty())
        return;
    // The region in view, else the profile's default: the console's advice is to create the
    // token where its data sources are.
    const Region region = m_header->currentRegion().value_or(
        m_session->credentials().defaultRegion.value_or(Region::FrPar));
    const bool rowsOfThisProject = m_loadedProjectId == m_header->currentProjectId();
    m_createFlow->start(m_session, m_header->currentProjectId(), m_header->currentProjectName(),
                        region, rowsOfThisProject ? m_model->tokens() : QList<Token>());
}

void MainWindow::showTokens(const QList<Token> &tokens)
{
    QList<Token> rows = m_model->tokens();
    rows.append(tokens);
    m_model->setTokens(rows);
    m_hasLoaded = true;
    updateViewState();
}

void MainWindow::onTokenCreated(const Token &token)
{
    if (token.projectId != m_loadedProjectId && !m_loadedProjectId.isEmpty())
        return; // the user moved to another project meanwhile: nothing of this table
    if (!m_header->selectedRegions().contains(token.region)) {
        m_summary->showTransient(tr("“%1” was created in %2, which the table does not show.")
                                     .arg(token.name, cockpit::regionId(token.region)));
        return;
    }
    showTokens({token});
    // Selected and in view, even if the search would have hidden it.
    const auto shownIndex = [this, &token] {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOfToken(token.id), 0));
    };
    if (!shownIndex().isValid())
        clearFilters();
    const QModelIndex shown = shownIndex();
    if (shown.isValid()) {
        m_table->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(shown);
        // On the new row, so the row keys act on it once the secret dialog closes.
        m_table->setFocus(Qt::OtherFocusReason);
    }
    m_summary->showTransient(
        tr("Created “%1” in %2.").arg(token.name, cockpit::regionId(token.region)));
}

void MainWindow::copySavedSecret(const Token &token)
{
    const QString key = cockpit::tokenSecretKey(token.regionalId());
    cockpit::SecretStoreJob *job = m_services.secrets->read(key);
    connect(job, &cockpit::SecretStoreJob::finished, this, [this, job, token, key] {
        job->deleteLater();
        const cockpit::SecretStoreError &error = job->error();
        if (!error.isError()) {
            m_services.clipboard->copySecret(job->secret());
            m_summary->showTransient(tr("Copied the saved secret of “%1”.").arg(token.name));
            return;
        }
        QString text;
        switch (error.kind) {
        case cockpit::SecretStoreError::Kind::NotFound:
            // The keychain is the truth: forget the marker. A locked keyring reads back the same.
            m_services.savedSecrets->remove(key);
            text = tr("No saved secret of “%1” was found in the keychain: the entry was removed, "
                      "or the keychain is locked.")
                       .arg(token.name);
            break;
        case cockpit::SecretStoreError::Kind::Unavailable:
            text = tr("No keychain is available, so the saved secret of “%1” cannot be read.")
                       .arg(token.name);
            break;
        case cockpit::SecretStoreError::Kind::AccessDenied:
            text = tr("The keychain refused access to the saved secret of “%1”. Unlock it and try "
                      "again.")
                       .arg(token.name);
            break;
        case cockpit::SecretStoreError::Kind::Failed:
        case cockpit::SecretStoreError::Kind::None:
            text =
                tr("The saved secret of “%1” could not be read: %2").arg(token.name, error.message);
            break;
        }
        m_banners->showNotice(text, {}, true);
    });
}

void MainWindow::forgetSavedSecrets(const QList<Token> &tokens)
{
    for (const Token &token : tokens) {
        const QString key = cockpit::tokenSecretKey(token.regionalId());
        cockpit::SecretStoreJob *job = m_services.secrets->remove(key);
        connect(job, &cockpit::SecretStoreJob::finished, this, [this, job, key, token] {
            job->deleteLater();
            const cockpit::SecretStoreError &error = job->error();
            if (!error.isError() || error.kind == cockpit::SecretStoreError::Kind::NotFound) {
                m_services.savedSecrets->remove(key);
                return;
            }
            m_banners->showNotice(
                tr("The token “%1” was deleted, but its saved secret could not be removed from the "
                   "keychain: %2")
                    .arg(token.name, error.message),
                {}, true);
        });
    }
}
