#pragma once

#include "api/ApiError.h"
#include "api/Token.h"

#include <QHash>
#include <QObject>

namespace cockpit {

class ApiReply;
class CockpitClient;

// Deleting tokens over a CockpitClient: one request per token, a few at a time, with a stop. The
// window never sees replies or the network: it gets typed results and errors as signals.
// (Loading is TokenLoader's.)
class TokenDeleter : public QObject
{
    Q_OBJECT

public:
    explicit TokenDeleter(CockpitClient *client, QObject *parent = nullptr);
    ~TokenDeleter() override;

    // Deletes each token with its own request, a few at a time. A token the API no longer knows
    // (404) counts as deleted: it is gone, which is what was asked.
    void deleteTokens(const QList<Token> &tokens);
    bool isDeleting() const { return !m_deletes.isEmpty() || !m_deleteQueue.isEmpty(); }
    // Sends no more deletes: those not sent yet are kept (and counted as stopped); those the
    // API has already received finish as they will.
    void stopDeletes();

Q_SIGNALS:
    void deleted(const Token &token);
    void deleteFailed(const Token &token, const ApiError &error);
    // When the last delete in flight has finished: counts since the deletes were idle;
    // `stopped`: the tokens stopDeletes() kept.
    void finished(int deleted, int failed, int stopped);

private:
    void onDeleteFinished(ApiReply *reply);
    void sendDeletes();

    CockpitClient *m_client;
    QHash<ApiReply *, Token> m_deletes;
    QList<Token> m_deleteQueue; // not sent yet
    int m_deleted = 0;
    int m_deleteFailures = 0;
    int m_deleteStopped = 0;
};

} // namespace cockpit
