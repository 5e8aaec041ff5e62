#pragma once

#include "TokenLoadResult.h"
#include "api/ApiError.h"
#include "api/Token.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace cockpit {

class ApiReply;
class CockpitClient;
class MultiRegionTokenListReply;

// The main window's token flows over a CockpitClient: loading a project's tokens in some regions
// (concurrently, every page) and deleting tokens (one request per token, concurrently). The
// window never sees replies or the network: it gets typed results and errors as signals.
class TokenService : public QObject
{
    Q_OBJECT

public:
    explicit TokenService(CockpitClient *client, QObject *parent = nullptr);
    ~TokenService() override;

    // Starts loading; a load already running is abandoned (its result is never reported).
    void load(const QString &projectId, const QList<Region> &regions);
    // Aborts the running load, which then reports loadCancelled(). No-op when idle.
    void cancelLoad();
    bool isLoading() const { return !m_load.isNull(); }

    // Deletes each token with its own request, a few at a time. A token the API no longer knows
    // (404) counts as deleted: it is gone, which is what was asked.
    void deleteTokens(const QList<Token> &tokens);
    bool isDeleting() const { return !m_deletes.isEmpty() || !m_deleteQueue.isEmpty(); }
    // Sends no more deletes: those not sent yet are kept (and counted as stopped); those the
    // API has already received finish as they will.
    void stopDeletes();

Q_SIGNALS:
    void loadStarted(const QString &projectId, const QList<cockpit::Region> &regions);
    // Tokens loaded so far over all regions; total is -1 until every region gave its count.
    void loadProgress(int loaded, int total);
    void loadFinished(const cockpit::TokenLoadResult &result);
    // Every region failed; `error` is the first region's error.
    void loadFailed(const cockpit::ApiError &error,
                    const QMap<cockpit::Region, cockpit::ApiError> &regionErrors);
    void loadCancelled();

    void tokenDeleted(const cockpit::Token &token);
    void tokenDeleteFailed(const cockpit::Token &token, const cockpit::ApiError &error);
    // When the last delete in flight has finished: counts since the deletes were idle;
    // `stopped`: the tokens stopDeletes() kept.
    void deletesFinished(int deleted, int failed, int stopped);

private:
    void onLoadFinished(MultiRegionTokenListReply *reply);
    void onDeleteFinished(ApiReply *reply);
    void sendDeletes();

    CockpitClient *m_client;
    QPointer<MultiRegionTokenListReply> m_load;
    QString m_loadProjectId;
    QHash<ApiReply *, Token> m_deletes;
    QList<Token> m_deleteQueue; // not sent yet
    int m_deleted = 0;
    int m_deleteFailures = 0;
    int m_deleteStopped = 0;
};

} // namespace cockpit
