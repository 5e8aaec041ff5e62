#include "TokenCreator.h"

#include "api/CockpitClient.h"

#include <utility>

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

CreateOperation *TokenCreator::create(const CreateTokenRequest &request)
{
    if (isBusy() || (m_unresolved && sameToken(*m_unresolved, request)))
        return nullptr;
    m_request = request;
    m_operation = new CreateOperation(request, this);
    m_sentAt = QDateTime::currentDateTimeUtc();
    CreateTokenReply *reply = m_client->createToken(request);
    m_create = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onCreateFinished(reply); });
    return m_operation;
}

CreateOperation *TokenCreator::checkAgain()
{
    if (isBusy() || !m_unresolved)
        return nullptr;
    m_request = *m_unresolved;
    m_operation = new CreateOperation(m_request, this);
    search();
    return m_operation;
}

void TokenCreator::onCreateFinished(CreateTokenReply *reply)
{
    m_create = nullptr;
    reply->deleteLater();
    // Taken now: the creator is free again before anyone hears of the result. (Null if its
    // caller deleted it: the creator still does its part, with nobody to tell.)
    const QPointer<CreateOperation> operation = std::exchange(m_operation, nullptr);
    if (reply->isSuccess()) {
        if (operation)
            operation->reportCreated(reply->created());
        return;
    }
    const ApiError error = reply->error();
    if (!error.outcomeUnknown) {
        if (operation)
            operation->reportFailed(error);
        return;
    }
    // Look before telling the user anything final: the token may well exist.
    m_operation = operation ? operation.data() : new CreateOperation(m_request, this);
    search();
    m_operation->reportOutcomeUnknown(error);
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
    const QPointer<CreateOperation> operation = std::exchange(m_operation, nullptr);
    if (operation)
        operation->reportRecovery(candidates, reply->error());
}

} // namespace cockpit
