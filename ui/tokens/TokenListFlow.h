#pragma once

#include "api/ApiError.h"
#include "api/ProjectScope.h"
#include "api/Region.h"
#include "services/TokenLoadResult.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>

class HeaderBar;
class OrganizationLoadFlow;
class ProfileDirectory;
class StatusBanners;
class StatusSummary;

namespace cockpit {
class CockpitSession;
class TokenTableModel;
} // namespace cockpit

// What the table lists and where it comes from: opens the chosen profile's session (closing the
// previous one), loads its projects, then the chosen project's tokens in the chosen regions,
// with Retry and Cancel. The banners say what is going on and what failed; a region whose
// refresh fails keeps its earlier rows, marked stale. Knows the header (the choices), the
// banners, the status bar and the model; the window only listens.
class TokenListFlow : public QObject
{
    Q_OBJECT

public:
    TokenListFlow(ProfileDirectory *profiles, HeaderBar *header, StatusBanners *banners,
                  StatusSummary *summary, cockpit::TokenTableModel *model, QObject *parent);
    ~TokenListFlow() override;

    // Opens the profile (from the header's list) and loads its projects and tokens.
    void openProfile(const QString &profileId);
    void refresh();
    void loadTokens();
    void cancel();
    void retry();

    cockpit::CockpitSession *session() const;
    bool isLoading() const { return m_loading; }
    // The rows reflect a finished load of the current project.
    bool hasLoaded() const { return m_hasLoaded; }
    // What the rows belong to: one project, or all of them.
    const cockpit::ProjectScope &loadedScope() const { return m_loaded; }
    // The rows are those of every project (the "All projects" choice).
    bool showsAllProjects() const { return m_loaded.isAll(); }
    OrganizationLoadFlow *organizationFlow() const { return m_organization; }
    // Regions freshly loaded by the last load (stale ones are the model's).
    int freshRegionCount() const { return m_freshRegionCount; }
    // Why Create cannot work here (the key was refused listing this project); empty when it can.
    const QString &createRefusal() const { return m_createRefusal; }

Q_SIGNALS:
    void sessionChanged(cockpit::CockpitSession *session);
    // Loading started or stopped, a project was chosen: what the window shows may change.
    void stateChanged();
    // After a load applied its rows (fully or partially).
    void tokensLoaded();
    // After a load ended in any way (loaded, failed, cancelled).
    void loadEnded();

private:
    enum class RetryTarget
    {
        Projects,
        Tokens
    };

    void closeSession();
    void loadProjects();
    void onProjectsLoaded();
    void onProjectsFailed(const cockpit::ApiError &error);
    void onLoadFinished(const cockpit::TokenLoadResult &result);
    void onLoadFailed(const cockpit::ApiError &error);
    void onLoadCancelled();
    void onOrganizationLoaded(bool failedAll);
    // Drops the rows of regions no longer asked for, or every row when the project changed.
    void keepRowsOf(const cockpit::ProjectScope &scope, const QList<cockpit::Region> &regions);
    void startLoading();
    void endLoading();
    // The failed regions whose rows the table still shows, with when they were last loaded.
    QMap<cockpit::Region, QDateTime> staleRegionsOf(const QList<cockpit::Region> &failed) const;

    ProfileDirectory *m_profiles;
    HeaderBar *m_header;
    StatusBanners *m_banners;
    StatusSummary *m_summary;
    cockpit::TokenTableModel *m_model;
    QPointer<cockpit::CockpitSession> m_session;
    OrganizationLoadFlow *m_organization;

    RetryTarget m_retryTarget = RetryTarget::Tokens;
    cockpit::ProjectScope m_loaded;
    bool m_loading = false;
    bool m_userCancelled = false; // the running load was cancelled by the user
    bool m_hasLoaded = false;
    int m_freshRegionCount = 0;
    // When each region's rows were last loaded (for rows kept after a failed refresh).
    QMap<cockpit::Region, QDateTime> m_regionLoadedAt;
    QString m_createRefusal;
};
