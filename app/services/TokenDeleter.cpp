#include "TokenDeleter.h"

#include "api/ApiReply.h"
#include "api/CockpitClient.h"

namespace cockpit {

TokenDeleter::TokenDeleter(CockpitClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

TokenDeleter::~TokenDeleter()
{
    // The replies are ours: stop their work before letting them go, so that the client never
    // finishes a reply that no longer exists.
    for (auto it = m_deletes.cbegin(); it != m_deletes.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void TokenDeleter::deleteTokens(const QList<Token> &tokens)
{
    if (!isDeleting()) {
        m_deleted = 0;
        m_deleteFailures = 0;
        m_deleteStopped = 0;
    }
    m_deleteQueue.append(tokens);
    sendDeletes();
}

void TokenDeleter::sendDeletes()
{
    // A few at a time, so that a stop keeps what was not sent yet (the scheduler paces them
    // to the rate limit anyway).
    constexpr int kDeletesAtOnce = 4;
    while (m_deletes.size() < kDeletesAtOnce && !m_deleteQueue.isEmpty()) {
        const Token token = m_deleteQueue.takeFirst();
        ApiReply *reply = m_client->deleteToken(token.region, token.id);
        m_deletes.insert(reply, token);
        connect(reply, &ApiReply::finished, this, [this, reply] { onDeleteFinished(reply); });
    }
}

void TokenDeleter::stopDeletes()
{
    if (m_deleteQueue.isEmpty())
        return;
    m_deleteStopped += int(m_deleteQueue.size());
    m_deleteQueue.clear();
    if (m_deletes.isEmpty())
        Q_EMIT finished(m_deleted, m_deleteFailures, m_deleteStopped);
}

void TokenDeleter::onDeleteFinished(ApiReply *reply)
{
    reply->deleteLater();
    const Token token = m_deletes.take(reply);
    const ApiError &error = reply->error();
    if (!error.isError() || error.kind == ApiError::Kind::NotFound) {
        ++m_deleted;
        Q_EMIT deleted(token);
    } else {
        ++m_deleteFailures;
        Q_EMIT deleteFailed(token, error);
    }
    sendDeletes();
    if (m_deletes.isEmpty())
        Q_EMIT finished(m_deleted, m_deleteFailures, m_deleteStopped);
}

} // namespace cockpit
