#pragma once

#include "api/ApiError.h"
#include "api/Token.h"

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
// that name created since shortly before the request, so the user can delete them.
class TokenCreator : public QObject
{
    Q_OBJECT

public:
    explicit TokenCreator(CockpitClient *client, QObject *parent = nullptr);
    ~TokenCreator() override;

    // Starts a create. Refused (false, nothing sent) while another create or its recovery runs:
    // one request is at most one token.
    // Also refused for the request of a create whose outcome is still unknown (its check
    // failed): it may exist already, and sending it again could make a second token.
    bool create(const CreateTokenRequest &request);
    bool isBusy() const { return m_create || m_search; }

    // The create whose answer was lost and whose check failed, if any: the same name, region and
    // project cannot be created again until checkAgain() has an answer.
    const std::optional<CreateTokenRequest> &unresolved() const { return m_unresolved; }
    // Looks for the unresolved create's token again; recoveryFinished() follows. False (nothing
    // started) without an unresolved create, or while busy.
    bool checkAgain();

    // How far before the request a matching token still counts as "ours" (server clock skew).
    static constexpr int kClockSkewSeconds = 300;

Q_SIGNALS:
    void created(const cockpit::CreatedToken &created);
    // The token was certainly not created (the API answered with an error, or the request was
    // refused before sending).
    void failed(const cockpit::CreateTokenRequest &request, const cockpit::ApiError &error);
    // The answer was lost; a search for the token has started.
    void outcomeUnknown(const cockpit::CreateTokenRequest &request, const cockpit::ApiError &error);
    // The search's result: tokens with the requested name created since the request (possibly
    // none). `searchError` is set when the search itself failed.
    void recoveryFinished(const cockpit::CreateTokenRequest &request,
                          const QList<cockpit::Token> &candidates,
                          const cockpit::ApiError &searchError);

private:
    void onCreateFinished(CreateTokenReply *reply);
    void search();
    void onSearchFinished(TokenListReply *reply);

    CockpitClient *m_client;
    QPointer<CreateTokenReply> m_create;
    QPointer<TokenListReply> m_search;
    CreateTokenRequest m_request;
    QDateTime m_sentAt;
    std::optional<CreateTokenRequest> m_unresolved;
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::CreatedToken)
Q_DECLARE_METATYPE(cockpit::CreateTokenRequest)
