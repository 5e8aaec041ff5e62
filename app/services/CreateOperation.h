#pragma once

#include "api/ApiError.h"
#include "api/Token.h"

#include <QList>
#include <QObject>

namespace cockpit {

class TokenCreator;

// One create of a token (or one more look for a create whose answer was lost), as TokenCreator
// runs it: it reports its own result, as an API reply does, so that whoever asked for it needs
// no filter to tell its answer from another caller's. It ends with exactly one of created(),
// createFailed() or recoveryFinished(), then finished(), and deletes itself afterwards (hold it in
// a QPointer).
class CreateOperation : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void created(const CreatedToken &created);
    // The token was certainly not created (the API answered with an error).
    void createFailed(const CreateTokenRequest &request, const ApiError &error);
    // The answer was lost; a search for the token has started (recoveryFinished() follows).
    void outcomeUnknown(const CreateTokenRequest &request, const ApiError &error);
    // The search's result: tokens with the requested name created since the request (possibly
    // none). `searchError` is set when the search itself failed.
    void recoveryFinished(const CreateTokenRequest &request, const QList<Token> &candidates,
                          const ApiError &searchError);
    void finished();

private:
    friend class TokenCreator;
    CreateOperation(const CreateTokenRequest &request, QObject *parent);

    void reportCreated(const CreatedToken &token);
    void reportFailed(const ApiError &error);
    void reportOutcomeUnknown(const ApiError &error);
    void reportRecovery(const QList<Token> &candidates, const ApiError &searchError);
    void finish();

    CreateTokenRequest m_request;
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::CreatedToken)
Q_DECLARE_METATYPE(cockpit::CreateTokenRequest)
