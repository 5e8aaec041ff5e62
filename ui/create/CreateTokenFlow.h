#pragma once

#include "api/ApiError.h"
#include "api/Token.h"
#include "common/DesktopServices.h"
#include "create/CreateTokenDialog.h"
#include "create/SecretDialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace cockpit {

class SafeConfirmation;

class CockpitSession;
class CreateOperation;

// Runs "Create token" from the click to the one-time secret: the dialog collects the request, the
// session's TokenCreator sends it once, the secret dialog shows the result. When the create's
// answer is lost it reports what the search found and offers to delete the orphan, whose secret
// nobody will ever see. The window only adds rows and deletes what it is asked to.
class CreateTokenFlow : public QObject
{
    Q_OBJECT

public:
    CreateTokenFlow(const DesktopServices &services, QWidget *window);
    ~CreateTokenFlow() override;

    // Opens the dialog for a project; ignored while a create is already in progress.
    // `existing`: the project's tokens the window knows of (a reused name gets a note).
    void start(CockpitSession *session, const QString &projectId, const QString &projectName,
               Region region, const QList<Token> &existing = {});
    bool isRunning() const { return !m_dialog.isNull(); }

    // Tokens a lost create left behind (this flow's or a rotation's): says so (orphansFound),
    // then asks whether to delete them (deleteOrphansRequested once confirmed).
    // `projectName`: the project they are in (named in the question).
    void reportOrphans(const QList<Token> &orphans, const QString &projectName);
    // The question asked when a lost create left tokens behind (Keep is the default).
    static SafeConfirmation *orphanQuestion(const QList<Token> &orphans, const QString &projectName,
                                            QWidget *parent);

    // Shows a new token's secret, once, with "Connect an agent…" for `session` (also for a
    // token another flow created, e.g. a rotation's).
    SecretDialog *showSecret(CockpitSession *session, const CreatedToken &created);

    CreateTokenDialog *dialog() const { return m_dialog; }
    SecretDialog *secretDialog() const { return m_secretDialog; }

Q_SIGNALS:
    void tokenCreated(const Token &token);
    // Tokens a lost create left behind (they exist: the window shows them).
    void orphansFound(const QList<Token> &tokens);
    // The user chose to delete those orphans (already confirmed).
    void deleteOrphansRequested(const QList<Token> &tokens);
    void secretSaved(const QString &regionalId);
    // The secret dialog's "Connect an agent…", with the session the token was created in.
    void connectAgentRequested(CockpitSession *session, const Token &token, const Secret &secret,
                               SecretDialog *over);

private:
    void onCreated(const CreatedToken &created);
    void onFailed(const CreateTokenRequest &request, const ApiError &error);
    void onOutcomeUnknown(const CreateTokenRequest &request, const ApiError &error);
    void onRecoveryFinished(const CreateTokenRequest &request, const QList<Token> &candidates,
                            const ApiError &searchError);
    void disconnectSession();
    // Hears the result of a create this flow started; false for none (refused).
    bool follow(CreateOperation *operation);

    DesktopServices m_services;
    QWidget *m_window;
    QPointer<CockpitSession> m_session;
    QPointer<CreateTokenDialog> m_dialog;
    QPointer<SecretDialog> m_secretDialog;
    QString m_projectName; // of the last dialog opened
};

} // namespace cockpit
