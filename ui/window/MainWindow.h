#pragma once

#include "api/Token.h"
#include "common/DesktopServices.h"
#include "services/WorkContext.h"
#include "tokens/TokenListFlow.h"
#include "window/WindowMenus.h"

#include <QMainWindow>

class QMenu;
class QSplitter;
class QStackedWidget;
class QAction;

namespace cockpit {

class CreateTokenFlow;
class HeaderBar;
class ProfileController;
class ProfileDirectory;
class ProfileNotices;
class SavedSecretFlow;
class ShortcutsDialog;
class StatusBanners;
class StatusSummary;
class TokenActions;
class TokenDeleteFlow;
class TokenDetailsPanel;
class TokenEmptyState;
class TokenTableView;
class TokenToolBar;

class CockpitSession;
class TokenFilterProxyModel;
class TokenTableModel;

// The Tokens tab: composes the header, the banners, the table with its details pane and the
// status bar, and connects them to the flows that do the work: listing (TokenListFlow),
// creating (CreateTokenFlow), deleting (TokenDeleteFlow), saved secrets (SavedSecretFlow) and
// profiles (ProfileController). It decides only what the window shows: table or empty state,
// counts, whether Create is possible, the title.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Services left null get a stand-in for this window only: memory instead of the keychain
    // (tests), the application clipboard.
    explicit MainWindow(ProfileDirectory *profiles, const DesktopServices &services = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a profile (from the header's list) and loads its projects and tokens.
    void activateProfile(const QString &profileId) { m_list->openProfile(profileId); }
    void refresh() { m_list->refresh(); }
    void cancelLoading() { m_list->cancel(); }
    // Opens the create-token dialog for the current project (Ctrl+N).
    void startCreate();

    bool isLoading() const { return m_list->isLoading(); }
    bool isShowingEmptyState() const;
    CockpitSession *session() const { return m_context->session(); }

    HeaderBar *header() const { return m_header; }
    TokenToolBar *tokenToolBar() const { return m_toolBar; }
    TokenTableView *tableView() const { return m_table; }
    StatusBanners *banners() const { return m_banners; }
    TokenEmptyState *emptyState() const { return m_emptyState; }
    TokenDetailsPanel *detailsPanel() const { return m_details; }
    TokenActions *tokenActions() const { return m_actions; }
    StatusSummary *statusSummary() const { return m_summary; }
    ProfileNotices *profileNotices() const { return m_profileNotices; }
    ProfileController *profileController() const { return m_profileController; }
    TokenTableModel *tokenModel() const { return m_model; }
    TokenFilterProxyModel *proxyModel() const { return m_proxy; }
    CreateTokenFlow *createFlow() const { return m_createFlow; }
    const DesktopServices &desktopServices() const { return m_services; }

    void saveLayout() const;
    // Adds the language choice to the File menu (the composition root owns the translations).
    void addLanguageMenu(QMenu *languages) { m_menus->addLanguageMenu(languages); }
    ShortcutsDialog *shortcutsDialog() const { return m_menus->shortcutsDialog(); }
    QAction *shortcutsAction() const { return m_menus->shortcutsAction(); }
    QAction *aboutAction() const { return m_menus->aboutAction(); }

Q_SIGNALS:
    // After a load applied its rows (fully or partially).
    void tokensLoaded();
    // After a load ended in any way (loaded, failed, cancelled).
    void loadEnded();
    void deletesFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void connectParts();
    void updateViewState();
    void updateCreateEnabled();
    void followVisibleSelection();
    void clearFilters();
    void showCreated(const Token &token);
    void addRows(const QList<Token> &tokens);

    ProfileDirectory *m_profiles;
    DesktopServices m_services;
    TokenTableModel *m_model;
    TokenFilterProxyModel *m_proxy;
    TokenActions *m_actions;
    // The session and what the table lists: written by the list flow, read by every flow.
    WorkContext *m_context;

    HeaderBar *m_header = nullptr;
    TokenToolBar *m_toolBar = nullptr;
    StatusBanners *m_banners = nullptr;
    ProfileNotices *m_profileNotices = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    TokenTableView *m_table = nullptr;
    TokenEmptyState *m_emptyState = nullptr;
    TokenDetailsPanel *m_details = nullptr;
    StatusSummary *m_summary = nullptr;
    WindowMenus *m_menus = nullptr;

    TokenListFlow *m_list = nullptr;
    CreateTokenFlow *m_createFlow = nullptr;
    SavedSecretFlow *m_savedSecretFlow = nullptr;
    TokenDeleteFlow *m_deletes = nullptr;
    ProfileController *m_profileController = nullptr;
};

} // namespace cockpit
