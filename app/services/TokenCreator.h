#pragma once

#include "api/ApiError.h"
#include "api/Token.h"
#include "services/CreateOperation.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace cockpit {

class CockpitClient;
class CreateTokenReply;
class TokenListReply;

// Creates one token at a time and never retries it. When a create's answer never arrives (a
// timeout or a connection dropped after the request was sent), the token may exist anyway, with
// a secret nobody will ever see: the creator then lists the region's tokens and reports those with
// that name created since shortly before the request, so the user can delete them. Each create
// is a CreateOperation that reports its own result to whoever started it.
class TokenCreator : public QObject
{
    Q_OBJECT

public:
    explicit TokenCreator(CockpitClient *client, QObject *parent = nullptr);
    ~TokenCreator() override;

    // Starts a create and returns it. Refused (null, nothing sent) while another create or its
    // recovery runs: one request is at most one token.
    // Also refused for the request of a create whose outcome is still unknown (its check
    // failed): it may exist already, and sending it again could make a second token.
    CreateOperation *create(const CreateTokenRequest &request);
    bool isBusy() const { return !m_operation.isNull(); }

    // The create whose answer was lost and whose check failed, if any: the same name, region and
    // project cannot be created again until checkAgain() has an answer.
    const std::optional<CreateTokenRequest> &unresolved() const { return m_unresolved; }
    // Looks for the unresolved create's token again: an operation that ends with
    // recoveryFinished(). Null (nothing started) without an unresolved create, or while busy.
    CreateOperation *checkAgain();

    // How far before the request a matching token still counts as "ours" (server clock skew).
    static constexpr int kClockSkewSeconds = 300;

private:
    void onCreateFinished(CreateTokenReply *reply);
    void search();
    void onSearchFinished(TokenListReply *reply);

    CockpitClient *m_client;
    QPointer<CreateOperation> m_operation; // the one running
    QPointer<CreateTokenReply> m_create;
    QPointer<TokenListReply> m_search;
    CreateTokenRequest m_request;
    QDateTime m_sentAt;
    std::optional<CreateTokenRequest> m_unresolved;
};

} // namespace cockpit
