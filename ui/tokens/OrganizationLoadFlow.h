#pragma once

#include "api/Project.h"
#include "api/ProjectRegion.h"
#include "services/OrganizationLoadResult.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

class StatusBanners;
class StatusSummary;

namespace cockpit {
class OrganizationTokenLoader;
class TokenTableModel;
} // namespace cockpit

// The "All projects" view's loads: every project in every chosen region, with progress counted
// in projects and the projects and regions that failed named in the partial banner. A retry
// loads only those; everything else stays as it is. A project-region that fails keeps the rows
// it had, marked stale. TokenListFlow decides when; this class knows the loader, the banners and
// the model.
class OrganizationLoadFlow : public QObject
{
    Q_OBJECT

public:
    OrganizationLoadFlow(StatusBanners *banners, StatusSummary *summary,
                         cockpit::TokenTableModel *model, QObject *parent = nullptr);
    ~OrganizationLoadFlow() override;

    // The session's loader (null: none). Forgets what the previous one loaded.
    void setLoader(cockpit::OrganizationTokenLoader *loader);
    void load(const QList<cockpit::Project> &projects, const QList<cockpit::Region> &regions);
    // Loads the project-regions that failed last time; false when none did.
    bool retryFailed();
    void cancel();
    bool isLoading() const;
    // Forgets when each part was loaded and what failed (the rows are the model's).
    void reset();

    const QMap<cockpit::ProjectRegion, cockpit::ApiError> &failures() const { return m_failures; }
    int freshPartCount() const { return m_freshParts; }

Q_SIGNALS:
    // A load applied its rows (fully or partially); `failedAll`: nothing loaded at all.
    void loaded(bool failedAll);
    // A project-region's rows reached the table while the load runs.
    void partShown();
    void cancelled();

private:
    void showProjectsDone(int done, int total);
    void start(const QList<cockpit::ProjectRegion> &parts, bool retry);
    void onProgress(int partsDone, int partsTotal, int projectsDone, int projectsTotal);
    void onFinished(const cockpit::OrganizationLoadResult &result);
    void onPartLoaded(const cockpit::ProjectRegion &part, const QList<cockpit::Token> &tokens);
    QHash<QString, QString> projectNames() const;

    StatusBanners *m_banners;
    StatusSummary *m_summary;
    cockpit::TokenTableModel *m_model;
    QPointer<cockpit::OrganizationTokenLoader> m_loader;
    QList<cockpit::Project> m_projects;
    QList<cockpit::Region> m_regions;
    bool m_retrying = false;
    QMap<cockpit::ProjectRegion, QDateTime> m_loadedAt;
    QMap<cockpit::ProjectRegion, cockpit::ApiError> m_failures;
    int m_freshParts = 0;
};
