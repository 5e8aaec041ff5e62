#pragma once

#include "api/Project.h"
#include "api/ProjectRegion.h"
#include "api/ProjectScope.h"
#include "frame/FlowParts.h"
#include "services/TokenLoadResult.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace cockpit {

class StatusBanners;
class StatusSummary;

class TokenLoader;
class TokenTableModel;
class WorkContext;

// The table's loads, for one project or for all of them (a single project is an organization of
// one): what is loading and how far it got, rows shown as each project-region arrives, and, at
// the end, which project-regions failed. A part that fails keeps the rows it had, marked stale
// (the model's rule: only what loaded replaces rows). A retry loads only the parts that failed;
// everything else stays as it is. TokenListFlow decides when (it sets the WorkContext's scope and
// regions, which this class loads) and says what a load that failed entirely means; this class
// knows the loader, the banners, the status line and the model.
class TokenLoadFlow : public QObject
{
    Q_OBJECT

public:
    TokenLoadFlow(const FlowParts &parts, TokenTableModel *model, QObject *parent = nullptr);
    ~TokenLoadFlow() override;

    // The session's loader (null: none). Forgets what the previous one loaded.
    void setLoader(TokenLoader *loader);
    // Loads the context's scope in its regions: the one project, or every project of the
    // organization (whose names also name the rows).
    void load();
    // Loads the project-regions that failed last time; false when none did.
    bool retryFailed();
    void cancel();
    bool isLoading() const;
    // Forgets when each part was loaded and what failed (the rows are the model's).
    void reset();

    const QMap<ProjectRegion, ApiError> &failures() const { return m_failures; }
    // The parts asked for whose rows are fresh (loaded, and not failed since).
    int freshPartCount() const { return m_freshParts; }

Q_SIGNALS:
    // A load ended with its rows applied; `failedAll`: no part of a full load loaded.
    void loaded(bool failedAll);
    // A project-region's rows reached the table, or the counts moved, while the load runs.
    void partShown();
    void cancelled();

private:
    void start(const QList<ProjectRegion> &parts, bool retry);
    void onProgress(int partsDone, int partsTotal, int projectsDone, int projectsTotal);
    void onTokenProgress(int loaded, int total);
    void onPartLoaded(const ProjectRegion &part, const QList<Token> &tokens);
    void onFinished(const TokenLoadResult &result);
    void showProjectsDone(int done, int total);
    void showPartial(const QMap<ProjectRegion, QDateTime> &stale);
    void showSource();
    QHash<QString, QString> projectNames() const;

    const WorkContext *m_context;
    StatusBanners *m_banners;
    StatusSummary *m_summary;
    TokenTableModel *m_model;
    QPointer<TokenLoader> m_loader;
    QList<ProjectRegion> m_parts; // of the last full load
    bool m_retrying = false;
    QMap<ProjectRegion, QDateTime> m_loadedAt;
    QMap<ProjectRegion, ApiError> m_failures;
    int m_freshParts = 0;
};

} // namespace cockpit
