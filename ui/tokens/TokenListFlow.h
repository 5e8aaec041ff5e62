#pragma once

#include "api/ApiError.h"
#include "api/ProjectScope.h"
#include "api/Region.h"
#include "frame/FlowParts.h"

#include <QObject>

namespace cockpit {

class HeaderBar;
class ProfileDirectory;
class StatusBanners;
class StatusSummary;
class TokenLoadFlow;

class TokenTableModel;
class WorkContext;

// What the table lists and where it comes from: opens the chosen profile's session (closing the
// previous one), loads its projects, then the tokens of the chosen project (or of all of them)
// in the chosen regions through TokenLoadFlow, with Retry and Cancel. The banners say what is
// going on and what failed; a part whose refresh fails keeps its earlier rows, marked stale.
// It is the one writer of the WorkContext (the session, the projects, what the rows belong to),
// which every other flow reads. Knows the header (the choices), the banners, the status bar and
// the model; the window only listens.
class TokenListFlow : public QObject
{
    Q_OBJECT

public:
    // `context` is the one the parts read, given here as the one writable pointer to it.
    TokenListFlow(WorkContext *context, const FlowParts &parts, ProfileDirectory *profiles,
                  HeaderBar *header, TokenTableModel *model);
    ~TokenListFlow() override;

    // Opens the profile (from the header's list) and loads its projects and tokens.
    void openProfile(const QString &profileId);
    void refresh();
    void loadTokens();
    void cancel();
    void retry();

    bool isLoading() const { return m_loading; }
    // The rows reflect a finished load of the current project.
    bool hasLoaded() const { return m_hasLoaded; }
    // Regions freshly loaded by the last load (stale ones are the model's).
    int freshRegionCount() const;
    // Why Create cannot work here (the key was refused listing this project); empty when it can.
    const QString &createRefusal() const { return m_createRefusal; }

Q_SIGNALS:
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
    void onProjectsFailed(const ApiError &error);
    void onLoaded(bool failedAll);
    void onLoadCancelled();
    // Drops the rows of regions no longer asked for, or every row when the project changed.
    void keepRowsOf(const ProjectScope &scope, const QList<Region> &regions);
    void startLoading();
    void endLoading();

    WorkContext *m_context;
    ProfileDirectory *m_profiles;
    HeaderBar *m_header;
    StatusBanners *m_banners;
    StatusSummary *m_summary;
    TokenTableModel *m_model;
    TokenLoadFlow *m_load;

    RetryTarget m_retryTarget = RetryTarget::Tokens;
    bool m_loading = false;
    bool m_userCancelled = false; // the running load was cancelled by the user
    bool m_hasLoaded = false;
    QString m_createRefusal;
};

} // namespace cockpit
