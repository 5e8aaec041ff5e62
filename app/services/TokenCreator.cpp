#include "TokenCreator.h"

#include "api/CockpitClient.h"

namespace cockpit {

TokenCreator::TokenCreator(CockpitClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

// A create in flight is left to finish (aborting would not undo it on the server); its reply
// cleans itself up when it does.
TokenCreator::~TokenCreator()
{
    if (m_create)
        connect(m_create, &ApiReply::finished, m_create, &QObject::deleteLater);
    if (m_search)
        m_search->abort();
    delete m_search;
}

namespace {

bool sameToken(const CreateTokenRequest &a, const CreateTokenRequest &b)
{
    return a.region == b.region && a.projectId == b.projectId && a.name == b.name;
}

} // namespace

bool TokenCreator::create(const CreateTokenRequest &request)
{
    if (isBusy() || (m_unresolved && sameToken(*m_unresolved, request)))
        return false;
    m_request = request;
    m_sentAt = QDateTime::currentDateTimeUtc();
    CreateTokenReply *reply = m_client->createToken(request);
    m_create = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onCreateFinished(reply); });
    return true;
}

bool TokenCreator::checkAgain()
{
    if (isBusy() || !m_unresolved)
        return false;
    m_request = *m_unresolved;
    search();
    return true;
}

void TokenCreator::onCreateFinished(CreateTokenReply *reply)
{
    m_create = nullptr;
    reply->deleteLater();
    if (reply->isSuccess()) {
        Q_EMIT created(reply->created());
        return;
    }
    const ApiError error = reply->error();
    if (!error.outcomeUnknown) {
        Q_EMIT failed(m_request, error);
        return;
    }
    // Look before telling the user anything final: the token may well exist.
    search();
    Q_EMIT outcomeUnknown(m_request, error);
}

void TokenCreator::search()
{
    TokenListReply *search =
        m_client->listTokens({m_request.region, m_request.projectId, ListOrder::CreatedAtDesc, {}});
    m_search = search;
    connect(search, &ApiReply::finished, this, [this, search] { onSearchFinished(search); });
}

void TokenCreator::onSearchFinished(TokenListReply *reply)
{
    m_search = nullptr;
    reply->deleteLater();
    QList<Token> candidates;
    if (reply->isSuccess()) {
        const QDateTime since = m_sentAt.addSecs(-kClockSkewSeconds);
        for (const Token &token : reply->tokens()) {
            if (token.name == m_request.name && token.createdAt >= since)
                candidates.append(token);
        }
    }
    // Unknown until a search answers: found (the orphans) or proven absent.
    if (reply->isSuccess())
        m_unresolved.reset();
    else
        m_unresolved = m_request;
    Q_EMIT recoveryFinished(m_request, candidates, reply->error());
}

} // namespace cockpit
