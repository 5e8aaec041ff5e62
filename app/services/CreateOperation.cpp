#include "CreateOperation.h"

namespace cockpit {

CreateOperation::CreateOperation(const CreateTokenRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
}

void CreateOperation::reportCreated(const CreatedToken &token)
{
    Q_EMIT created(token);
    finish();
}

void CreateOperation::reportFailed(const ApiError &error)
{
    Q_EMIT createFailed(m_request, error);
    finish();
}

void CreateOperation::reportOutcomeUnknown(const ApiError &error)
{
    Q_EMIT outcomeUnknown(m_request, error);
}

void CreateOperation::reportRecovery(const QList<Token> &candidates, const ApiError &searchError)
{
    Q_EMIT recoveryFinished(m_request, candidates, searchError);
    finish();
}

void CreateOperation::finish()
{
    Q_EMIT finished();
    deleteLater();
}

} // namespace cockpit
