#pragma once

#include "api/Secret.h"
#include "api/Token.h"
#include "common/DesktopServices.h"
#include "connect/ConnectAgentDialog.h"
#include "frame/FlowParts.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace cockpit {

class CreateTokenFlow;
class ProfileDirectory;
class SavedSecretFlow;
class TokenActions;

class CockpitSession;
class WorkContext;

// Opens "Connect an agent" for a token and its secret: from the secret dialog right after the
// create, or from a token's row once the saved secret was read from the keychain. Each dialog
// gets its own catalog of the token's project and region, and in the demo its configurations
// point at the emulator's push endpoints.
class ConnectAgentFlow : public QObject
{
    Q_OBJECT

public:
    // Opens from the secret dialog's button (over that dialog) and from the row action (the
    // saved secret is read first; the dialog opens over the window), in the context's session.
    ConnectAgentFlow(const DesktopServices &services, const FlowParts &parts,
                     ProfileDirectory *profiles, TokenActions *actions,
                     SavedSecretFlow *savedSecrets, CreateTokenFlow *create);

    // Window-modal over `parent`; closes the one open before.
    ConnectAgentDialog *open(CockpitSession *session, const Token &token, const Secret &secret,
                             QWidget *parent);
    ConnectAgentDialog *dialog() const { return m_dialog; }

private:
    DesktopServices m_services;
    ProfileDirectory *m_profiles;
    QPointer<ConnectAgentDialog> m_dialog;
};

} // namespace cockpit
