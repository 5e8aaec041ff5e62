#pragma once

#include "api/ApiError.h"
#include "api/Token.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CreateTokenFlow;
class TokenActions;
class SafeConfirmation;
class SavedSecretFlow;
class StatusBanners;
class StatusSummary;
class TokenDeleteFlow;
class QWidget;

namespace cockpit {
class CockpitSession;
class CreateOperation;
class SecretDialog;
class TokenTableModel;
class WorkContext;
} // namespace cockpit

// Rotating a token: a new token with the old one's name, region, project and permissions, its
// secret shown once (with "Connect an agent…"), then, only if the user says the new secret is
// saved, the old one deleted. Every step that could lose something asks first, with the safe
// answer as the default: if the create fails nothing is deleted; if the delete fails the banner
// says both tokens exist.
class TokenRotateFlow : public QObject
{
    Q_OBJECT

public:
    TokenRotateFlow(QWidget *window, CreateTokenFlow *creates, TokenDeleteFlow *deletes,
                    SavedSecretFlow *savedSecrets, StatusBanners *banners,
                    StatusSummary *summary); // a child of `window`

    // Rotates what `actions` ask for, in the context's session, naming projects as `names`
    // does. The new token reaches the window as the create flow's own (tokenCreated), and what
    // a lost create left goes through the create flow's own question (reportOrphans).
    void follow(const cockpit::WorkContext *context, TokenActions *actions,
                const cockpit::TokenTableModel *names);

    void setSession(cockpit::CockpitSession *session);
    // Asks, then rotates `token`. Ignored while a rotation runs.
    void rotate(const cockpit::Token &token);
    bool isRunning() const { return m_old.has_value(); }

    // The questions, for the window's tests and the screenshots.
    static SafeConfirmation *startQuestion(const cockpit::Token &token, const QString &projectName,
                                           QWidget *parent);
    static SafeConfirmation *deleteOldQuestion(const cockpit::Token &old,
                                               const QString &projectName, bool secretKept,
                                               int savedSecrets, QWidget *parent);

Q_SIGNALS:
    // The new token exists (the window adds its row).
    void tokenCreated(const cockpit::Token &token);

private:
    void send();
    void onCreated(const cockpit::CreatedToken &created);
    void onFailed(const cockpit::CreateTokenRequest &request, const cockpit::ApiError &error);
    void onRecoveryFinished(const cockpit::CreateTokenRequest &request,
                            const QList<cockpit::Token> &candidates,
                            const cockpit::ApiError &searchError);
    void askToDeleteOld(const cockpit::Token &fresh, bool secretKept);
    void end();

    QWidget *m_window;
    CreateTokenFlow *m_creates;
    TokenDeleteFlow *m_deletes;
    SavedSecretFlow *m_savedSecrets;
    StatusBanners *m_banners;
    StatusSummary *m_summary;
    const cockpit::TokenTableModel *m_names = nullptr; // the project names
    QPointer<cockpit::CockpitSession> m_session;
    std::optional<cockpit::Token> m_old; // the token being replaced, while a rotation runs
    QPointer<cockpit::CreateOperation> m_operation; // its create, while the creator runs it
};
