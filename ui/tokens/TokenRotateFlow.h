#pragma once

#include "api/ApiError.h"
#include "api/Token.h"
#include "frame/FlowParts.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace cockpit {

class CreateTokenFlow;
class TokenActions;
class SafeConfirmation;
class SavedSecretFlow;
class StatusBanners;
class StatusSummary;
class TokenDeleteFlow;

class CockpitSession;
class CreateOperation;
class SecretDialog;
class TokenTableModel;
class WorkContext;

// Rotating a token: a new token with the old one's name, region, project and permissions, its
// secret shown once (with "Connect an agent…"), then, only if the user says the new secret is
// saved, the old one deleted. Every step that could lose something asks first, with the safe
// answer as the default: if the create fails nothing is deleted; if the delete fails the banner
// says both tokens exist.
class TokenRotateFlow : public QObject
{
    Q_OBJECT

public:
    // Rotates what `actions` ask for, in the context's session, naming projects as `names`
    // does. The new token reaches the window as the create flow's own (tokenCreated), and what
    // a lost create left goes through the create flow's own question (reportOrphans).
    TokenRotateFlow(const FlowParts &parts, CreateTokenFlow *creates, TokenDeleteFlow *deletes,
                    SavedSecretFlow *savedSecrets, TokenActions *actions,
                    const TokenTableModel *names);
    // Asks, then rotates `token`. Ignored while a rotation runs.
    void rotate(const Token &token);
    bool isRunning() const { return m_old.has_value(); }

    // The questions, for the window's tests and the screenshots.
    static SafeConfirmation *startQuestion(const Token &token, const QString &projectName,
                                           QWidget *parent);
    static SafeConfirmation *deleteOldQuestion(const Token &old, const QString &projectName,
                                               bool secretKept, int savedSecrets, QWidget *parent);

Q_SIGNALS:
    // The new token exists (the window adds its row).
    void tokenCreated(const Token &token);

private:
    void send();
    void onCreated(const CreatedToken &created);
    void onFailed(const CreateTokenRequest &request, const ApiError &error);
    void onRecoveryFinished(const CreateTokenRequest &request, const QList<Token> &candidates,
                            const ApiError &searchError);
    void askToDeleteOld(const Token &fresh, bool secretKept);
    void end();
    void setSession(CockpitSession *session);

    QWidget *m_window;
    CreateTokenFlow *m_creates;
    TokenDeleteFlow *m_deletes;
    SavedSecretFlow *m_savedSecrets;
    StatusBanners *m_banners;
    StatusSummary *m_summary;
    const TokenTableModel *m_names = nullptr; // the project names
    QPointer<CockpitSession> m_session;
    std::optional<Token> m_old;            // the token being replaced, while a rotation runs
    QPointer<CreateOperation> m_operation; // its create, while the creator runs it
};

} // namespace cockpit
