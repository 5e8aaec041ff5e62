#include "MainWindow.h"

#include "common/ClipboardGuard.h"
#include "common/Shortcuts.h"
#include "connect/ConnectAgentFlow.h"
#include "create/CreateTokenFlow.h"
#include "credentials/ProfileDirectory.h"
#include "frame/HeaderBar.h"
#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileNotices.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"
#include "services/CockpitSession.h"
#include "services/WorkContext.h"
#include "tokens/SavedSecretFlow.h"
#include "tokens/TokenActions.h"
#include "tokens/TokenDeleteFlow.h"
#include "tokens/TokenDetailsPanel.h"
#include "tokens/TokenEmptyState.h"
#include "tokens/TokenExportFlow.h"
#include "tokens/TokenListFlow.h"
#include "tokens/TokenRotateFlow.h"
#include "tokens/TokenTableView.h"
#include "tokens/TokenToolBar.h"
#include "window/WindowLayoutSettings.h"
#include "window/WindowMenus.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cockpit {

MainWindow::MainWindow(ProfileDirectory *profiles, const DesktopServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_services(services)
    , m_model(new TokenTableModel(this))
    , m_proxy(new TokenFilterProxyModel(this))
    , m_actions(new TokenActions(this))
    , m_context(new WorkContext(this))
{
    if (!m_services.secrets)
        m_services.secrets = new InMemorySecretStore(this);
    if (!m_services.savedSecrets)
        m_services.savedSecrets = new SavedSecretIndex(new QSettings(this), this);
    if (!m_services.clipboard)
        m_services.clipboard = new ClipboardGuard(QGuiApplication::clipboard(), this);
    m_actions->setDesktopServices(m_services);
    m_model->setSavedSecretIndex(m_services.savedSecrets);
    m_proxy->setSourceModel(m_model);
    buildUi();
    m_menus = new WindowMenus(this);
    const FlowParts parts{this, m_context, m_banners, m_summary};
    m_list = new TokenListFlow(m_context, parts, m_profiles, m_header, m_model);
    m_createFlow = new CreateTokenFlow(m_services, this);
    m_savedSecretFlow = new SavedSecretFlow(m_services, parts);
    new ConnectAgentFlow(m_services, parts, m_profiles, m_actions, m_savedSecretFlow, m_createFlow);
    m_deletes = new TokenDeleteFlow(parts, m_table, m_model, m_actions, m_savedSecretFlow);
    m_header->setProfiles(m_profiles->profiles(), QString());
    m_profileController =
        new ProfileController(this, m_header, m_banners, m_profiles, m_profileNotices);
    m_menus->build({m_profileController->signInAction(), m_profileController->removeAction()},
                   m_actions, [this] { m_profileController->updateActions(); });
    m_menus->addFileAction((new TokenExportFlow(parts, m_proxy, m_model))->exportAction());
    // The Demo badge at the menus' end: showing it moves none of the controls.
    menuBar()->setCornerWidget(m_header->demoBadge(), Qt::TopRightCorner);
    connectParts();
    new TokenRotateFlow(parts, m_createFlow, m_deletes, m_savedSecretFlow, m_actions, m_model);
    WindowLayoutSettings::restore(this, m_splitter, m_table->horizontalHeader());
    auto *ageTimer = new QTimer(this);
    connect(ageTimer, &QTimer::timeout, m_model, &TokenTableModel::refreshRelativeTimes);
    ageTimer->start(60 * 1000); // the Created column's texts age by the minute
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
    m_table->sortByColumn(TokenTableModel::CreatedColumn, Qt::DescendingOrder);
    m_emptyState = new TokenEmptyState(this);
    m_details = new TokenDetailsPanel(this);
    m_details->setSavedSecretIndex(m_services.savedSecrets);
    m_details->setProjectNames(m_model);

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
    for (QWidget *part : QList<QWidget *>{m_header, m_toolBar, m_profileNotices, m_banners})
        layout->addWidget(part);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_summary = new StatusSummary(statusBar());
}

void MainWindow::connectParts()
{
    connect(m_profileController, &ProfileController::openRequested, m_list,
            &TokenListFlow::openProfile);
    connect(m_header, &HeaderBar::profileChanged, m_list, &TokenListFlow::openProfile);
    connect(m_list, &TokenListFlow::stateChanged, this, &MainWindow::updateViewState);
    connect(m_list, &TokenListFlow::tokensLoaded, m_table, &TokenTableView::fitNameColumn);
    connect(m_list, &TokenListFlow::tokensLoaded, this, &MainWindow::tokensLoaded);
    connect(m_list, &TokenListFlow::loadEnded, this, &MainWindow::loadEnded);
    connect(m_deletes, &TokenDeleteFlow::finished, this, &MainWindow::updateViewState);
    connect(m_deletes, &TokenDeleteFlow::finished, this, &MainWindow::deletesFinished);
    connect(m_header, &HeaderBar::searchTextChanged, m_proxy,
            &TokenFilterProxyModel::setFilterText);
    connect(m_toolBar, &TokenToolBar::scopeFilterChanged, m_proxy,
            &TokenFilterProxyModel::setScopeFilter);
    connect(m_emptyState, &TokenEmptyState::clearFiltersRequested, this, &MainWindow::clearFilters);
    connect(m_actions, &TokenActions::deleteRequested, m_deletes, &TokenDeleteFlow::confirm);
    connect(m_actions, &TokenActions::copied, m_summary, &StatusSummary::showTransient);
    connect(m_actions, &TokenActions::copySavedSecretRequested, m_savedSecretFlow,
            &SavedSecretFlow::copy);
    for (QPushButton *create : {m_header->createButton(), m_emptyState->createButton()})
        connect(create, &QPushButton::clicked, this, &MainWindow::startCreate);
    connect(m_menus->createAction(), &QAction::triggered, this, &MainWindow::startCreate);
    connect(m_menus->refreshAction(), &QAction::triggered, m_list, &TokenListFlow::refresh);
    connect(m_menus->cancelAction(), &QAction::triggered, m_list, &TokenListFlow::cancel);
    connect(m_menus->findAction(), &QAction::triggered, m_header, &HeaderBar::focusSearch);
    connect(m_createFlow, &CreateTokenFlow::tokenCreated, this, &MainWindow::showCreated);
    connect(m_createFlow, &CreateTokenFlow::orphansFound, m_details,
            &TokenDetailsPanel::markSecretNeverShown);
    connect(m_createFlow, &CreateTokenFlow::orphansFound, this, &MainWindow::addRows);
    connect(m_createFlow, &CreateTokenFlow::deleteOrphansRequested, m_deletes,
            &TokenDeleteFlow::remove);
    connect(m_services.savedSecrets, &SavedSecretIndex::changed, this,
            &MainWindow::updateViewState);
    m_summary->followClipboard(m_services.clipboard);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateViewState);
    // Row counts change with loads, deletes and filters alike.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateViewState);
    // A row's text changes in place (a relative time ageing, a secret saved): the pane follows.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::followVisibleSelection);
}

void MainWindow::saveLayout() const
{
    WindowLayoutSettings::save(this, m_splitter, m_table->horizontalHeader());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::isShowingEmptyState() const
{
    return m_tableStack->currentWidget() == m_emptyState;
}

void MainWindow::followVisibleSelection()
{
    // Only the rows the user sees and has selected, as the model has them now: what a search,
    // filter, reload or delete hides leaves the actions and the pane at once.
    const QList<Token> visible = isShowingEmptyState() ? QList<Token>() : m_table->selectedTokens();
    m_actions->setSelection(visible); // also when a saved secret came or went
    m_details->setTokens(visible);
}

void MainWindow::clearFilters()
{
    m_header->searchBox()->clear();
    m_toolBar->clearScopeFilter();
}

void MainWindow::updateViewState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0 && m_list->hasLoaded() && !m_list->isLoading()) {
        m_emptyState->showNoTokens(m_header->currentProjectName(), m_header->currentRegionName());
        m_tableStack->setCurrentWidget(m_emptyState);
    } else if (total > 0 && shown == 0) {
        m_emptyState->showNoMatches();
        m_tableStack->setCurrentWidget(m_emptyState);
    } else {
        m_tableStack->setCurrentWidget(m_table);
    }
    m_table->setProjectColumnShown(m_context->scope().isAll());
    const int selected =
        m_table->selectionModel() ? int(m_table->selectionModel()->selectedRows().size()) : 0;
    m_summary->setCounts(total, shown, m_list->freshRegionCount(), selected,
                         m_model->staleRegions().keys());
    followVisibleSelection();
    m_menus->cancelAction()->setEnabled(m_list->isLoading());
    updateCreateEnabled();
    setWindowTitle(m_header->titleForWindow());
}

void MainWindow::updateCreateEnabled()
{
    const CockpitSession *current = m_context->session();
    const bool hasProject = current && !current->configurationError().isError() &&
                            !m_header->currentProjectId().isEmpty();
    const bool ready = hasProject && m_list->createRefusal().isEmpty();
    const QString tip =
        ready ? Shortcuts::withKeys(tr("Create a token in %1").arg(m_header->currentProjectName()),
                                    m_menus->createAction()->shortcut())
        : hasProject ? m_list->createRefusal()
                     : tr("Choose a project to create a token in");
    for (QPushButton *button : {m_header->createButton(), m_emptyState->createButton()}) {
        button->setEnabled(ready);
        button->setToolTip(tip);
    }
    m_menus->createAction()->setEnabled(ready);
}

void MainWindow::startCreate()
{
    CockpitSession *current = m_context->session();
    if (!current || m_header->currentProjectId().isEmpty() || !m_list->createRefusal().isEmpty())
        return;
    // The region in view, else the profile's default: the console's advice is to create the
    // token where its data sources are.
    const Region region = m_header->currentRegion().value_or(
        current->credentials().defaultRegion.value_or(Region::FrPar));
    const bool rowsOfThisProject = m_context->scope() == m_header->currentScope();
    m_createFlow->start(current, m_header->currentProjectId(), m_header->currentProjectName(),
                        region, rowsOfThisProject ? m_model->tokens() : QList<Token>());
}

void MainWindow::addRows(const QList<Token> &tokens)
{
    m_model->upsert(tokens);
    updateViewState();
}

void MainWindow::showCreated(const Token &token)
{
    const ProjectScope &loaded = m_context->scope();
    if (loaded.isOne() && token.projectId != loaded.projectId())
        return; // the user moved to another project meanwhile: nothing of this table
    if (!m_header->selectedRegions().contains(token.region)) {
        m_summary->showTransient(tr("“%1” was created in %2, which the table does not show.")
                                     .arg(token.name, regionId(token.region)));
        return;
    }
    addRows({token});
    // Selected, in view and focused (the row keys act on it once the secret dialog closes),
    // even if the search would have hidden it.
    if (!m_table->focusToken(token.id)) {
        clearFilters();
        m_table->focusToken(token.id);
    }
    m_summary->showTransient(tr("Created “%1” in %2.").arg(token.name, regionId(token.region)));
}

} // namespace cockpit
