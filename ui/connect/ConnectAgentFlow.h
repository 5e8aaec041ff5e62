#pragma once

#include "api/Secret.h"
#include "api/Token.h"
#include "common/DesktopServices.h"
#include "connect/ConnectAgentDialog.h"

#include <QObject>
#include <QPointer>

class CreateTokenFlow;
class ProfileDirectory;
class SavedSecretFlow;
class TokenActions;
class QWidget;

namespace cockpit {
class CockpitSession;
class WorkContext;
} // namespace cockpit

// Opens "Connect an agent" for a token and its secret: from the secret dialog right after the
// create, or from a token's row once the saved secret was read from the keychain. Each dialog
// gets its own catalog of the token's project and region, and in the demo its configurations
// point at the emulator's push endpoints.
class ConnectAgentFlow : public QObject
{
    Q_OBJECT

public:
    ConnectAgentFlow(const DesktopServices &services, ProfileDirectory *profiles,
                     QObject *parent = nullptr);

    // Window-modal over `parent`; closes the one open before.
    ConnectAgentDialog *open(cockpit::CockpitSession *session, const cockpit::Token &token,
                             const cockpit::Secret &secret, QWidget *parent);
    ConnectAgentDialog *dialog() const { return m_dialog; }

    // Listens to the window's parts: the secret dialog's button (over that dialog), and the
    // row action (the saved secret is read first; the dialog opens over `window`).
    void attach(TokenActions *actions, SavedSecretFlow *savedSecrets, CreateTokenFlow *create,
                const cockpit::WorkContext *context, QWidget *window);

private:
    DesktopServices m_services;
    ProfileDirectory *m_profiles;
    QPointer<ConnectAgentDialog> m_dialog;
};
