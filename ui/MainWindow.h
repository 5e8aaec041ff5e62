#pragma once

#include "DesktopServices.h"
#include "api/ApiError.h"
#include "api/Token.h"
#include "services/CockpitSession.h"
#include "services/TokenLoadResult.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QSet>

class CreateTokenFlow;
class HeaderBar;
class ProfileController;
class ProfileDirectory;
class ProfileNotices;
class ShortcutsDialog;
class QAction;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;
class StatusBanners;
class StatusSummary;
class TokenActions;
class TokenDetailsPanel;
class TokenEmptyState;
class TokenTableView;
class TokenToolBar;

namespace cockpit {
class TokenFilterProxyModel;
class TokenTableModel;
} // namespace cockpit

// The Tokens tab: composes the header, the banners, the table with its details pane and the
// status bar, and runs the flows between them and the session's services (load projects, load
// tokens, delete). Each piece lives in its own class; this one only wires and decides.
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
    void activateProfile(const QString &profileId);
    void refresh();
    void cancelLoading();
    // Opens the create-token dialog for the current project (Ctrl+N).
    void startCreate();

    bool isLoading() const;
    bool isShowingEmptyState() const;
    cockpit::CockpitSession *session() const { return m_session; }

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
    cockpit::TokenTableModel *tokenModel() const { return m_model; }
    cockpit::TokenFilterProxyModel *proxyModel() const { return m_proxy; }
    CreateTokenFlow *createFlow() const { return m_createFlow; }
    const DesktopServices &desktopServices() const { return m_services; }

    void saveLayout() const;

    // Adds the language choice to the File menu (the composition root owns the translations).
    void addLanguageMenu(QMenu *languages);
    // Help → Keyboard shortcuts and Help → About.
    void showShortcuts();
    void showAbout();
    ShortcutsDialog *shortcutsDialog() const;
    QAction *shortcutsAction() const { return m_shortcutsAction; }

Q_SIGNALS:
    // After a load applied its rows (fully or partially).
    void tokensLoaded();
    // After a load ended in any way (loaded, failed, cancelled).
    void loadEnded();
    void deletesFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class RetryTarget
    {
        Projects,
        Tokens
    };

    void buildUi();
    void createWindowActions();
    void createMenus();
    void restoreLayout();
    void connectSession();
    void updateWindowTitle();
    void loadProjects();
    void onProjectsLoaded();
    void onProjectsFailed(const cockpit::ApiError &error);
    void loadTokens();
    void onLoadFinished(const cockpit::TokenLoadResult &result);
    void onLoadFailed(const cockpit::ApiError &error);
    // The failed regions whose rows the table still shows, with when they were last loaded.
    QMap<cockpit::Region, QDateTime> staleRegionsOf(const QList<cockpit::Region> &failed) const;
    void onLoadCancelled();
    void endLoading();
    void retry();
    void confirmDelete(const QList<cockpit::Token> &tokens);
    void onTokenDeleteFailed(const cockpit::Token &token, const cockpit::ApiError &error);
    void onDeletesFinished(int deleted, int failed);
    void selectAfterDelete();
    void onSelectionChanged();
    void updateViewState();
    void clearFilters();
    void onTokenCreated(const cockpit::Token &token);
    void showTokens(const QList<cockpit::Token> &tokens);
    void copySavedSecret(const cockpit::Token &token);
    void forgetSavedSecrets(const QList<cockpit::Token> &tokens);
    void updateCreateEnabled();

    ProfileDirectory *m_profiles;
    QPointer<cockpit::CockpitSession> m_session;
    cockpit::TokenTableModel *m_model;
    cockpit::TokenFilterProxyModel *m_proxy;
    TokenActions *m_actions;

    HeaderBar *m_header = nullptr;
    TokenToolBar *m_toolBar = nullptr;
    StatusBanners *m_banners = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    TokenTableView *m_table = nullptr;
    TokenEmptyState *m_emptyState = nullptr;
    TokenDetailsPanel *m_details = nullptr;
    StatusSummary *m_summary = nullptr;
    ProfileNotices *m_profileNotices = nullptr;
    ProfileController *m_profileController = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QSettings *m_settings = nullptr;
    DesktopServices m_services;
    CreateTokenFlow *m_createFlow = nullptr;
    // Deletes whose saved secrets are to be forgotten once the API confirms them.
    QSet<QString> m_forgetOnDelete;

    RetryTarget m_retryTarget = RetryTarget::Tokens;
    QString m_loadedProjectId; // the project the rows belong to
    bool m_loading = false;
    bool m_hasLoaded = false; // rows reflect a finished load of the current project
    int m_loadedRegionCount = 0;
    // When each region's rows were last loaded (for rows kept after a failed refresh).
    QMap<cockpit::Region, QDateTime> m_regionLoadedAt;
    QList<QPair<cockpit::Token, cockpit::ApiError>> m_deleteFailures;
    QStringList m_deletedNames; // of the deletes under way, as the API confirms them
    int m_reselectRow = -1;
    // Why Create cannot work here (the key was refused listing this project); empty when it can.
    QString m_createRefusal; // the view row of the first token being deleted
};
