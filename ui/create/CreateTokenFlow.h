#pragma once

#include "api/ApiError.h"
#include "api/Token.h"
#include "common/DesktopServices.h"
#include "create/CreateTokenDialog.h"
#include "create/SecretDialog.h"

#include <QObject>
#include <QPointer>

class QWidget;
class SafeConfirmation;

namespace cockpit {
class CockpitSession;
class CreateOperation;
} // namespace cockpit

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
    void start(cockpit::CockpitSession *session, const QString &projectId,
               const QString &projectName, cockpit::Region region,
               const QList<cockpit::Token> &existing = {});
    bool isRunning() const { return !m_dialog.isNull(); }

    // Tokens a lost create left behind (this flow's or a rotation's): says so (orphansFound),
    // then asks whether to delete them (deleteOrphansRequested once confirmed).
    // `projectName`: the project they are in (named in the question).
    void reportOrphans(const QList<cockpit::Token> &orphans, const QString &projectName);
    // The question asked when a lost create left tokens behind (Keep is the default).
    static SafeConfirmation *orphanQuestion(const QList<cockpit::Token> &orphans,
                                            const QString &projectName, QWidget *parent);

    // Shows a new token's secret, once, with "Connect an agent…" for `session` (also for a
    // token another flow created, e.g. a rotation's).
    cockpit::SecretDialog *showSecret(cockpit::CockpitSession *session,
                                      const cockpit::CreatedToken &created);

    cockpit::CreateTokenDialog *dialog() const { return m_dialog; }
    cockpit::SecretDialog *secretDialog() const { return m_secretDialog; }

Q_SIGNALS:
    void tokenCreated(const cockpit::Token &token);
    // Tokens a lost create left behind (they exist: the window shows them).
    void orphansFound(const QList<cockpit::Token> &tokens);
    // The user chose to delete those orphans (already confirmed).
    void deleteOrphansRequested(const QList<cockpit::Token> &tokens);
    void secretSaved(const QString &regionalId);
    // The secret dialog's "Connect an agent…", with the session the token was created in.
    void connectAgentRequested(cockpit::CockpitSession *session, const cockpit::Token &token,
                               const cockpit::Secret &secret, cockpit::SecretDialog *over);

private:
    void onCreated(const cockpit::CreatedToken &created);
    void onFailed(const cockpit::CreateTokenRequest &request, const cockpit::ApiError &error);
    void onOutcomeUnknown(const cockpit::CreateTokenRequest &request,
                          const cockpit::ApiError &error);
    void onRecoveryFinished(const cockpit::CreateTokenRequest &request,
                            const QList<cockpit::Token> &candidates,
                            const cockpit::ApiError &searchError);
    void disconnectSession();
    // Hears the result of a create this flow started; false for none (refused).
    bool follow(cockpit::CreateOperation *operation);

    DesktopServices m_services;
    QWidget *m_window;
    QPointer<cockpit::CockpitSession> m_session;
    QPointer<cockpit::CreateTokenDialog> m_dialog;
    QPointer<cockpit::SecretDialog> m_secretDialog;
    QString m_projectName; // of the last dialog opened
};
