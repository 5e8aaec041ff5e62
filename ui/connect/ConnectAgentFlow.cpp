#include "ConnectAgentFlow.h"

#include "connect/ConnectAgentDialog.h"
#include "create/CreateTokenFlow.h"
#include "create/SecretDialog.h"
#include "credentials/ProfileDirectory.h"
#include "services/CockpitSession.h"
#include "services/DataSourceCatalog.h"
#include "services/WorkContext.h"
#include "tokens/SavedSecretFlow.h"
#include "tokens/TokenActions.h"

namespace cockpit {

ConnectAgentFlow::ConnectAgentFlow(const DesktopServices &services, const FlowParts &parts,
                                   ProfileDirectory *profiles, TokenActions *actions,
                                   SavedSecretFlow *savedSecrets, CreateTokenFlow *create)
    : QObject(parts.window)
    , m_services(services)
    , m_profiles(profiles)
{
    const WorkContext *context = parts.context;
    QWidget *window = parts.window;
    connect(create, &CreateTokenFlow::connectAgentRequested, this,
            [this](CockpitSession *session, const Token &token, const Secret &secret,
                   SecretDialog *over) {
                if (ConnectAgentDialog *dialog = open(session, token, secret, over))
                    connect(dialog, &ConnectAgentDialog::secretHandedOver, over,
                            &SecretDialog::noteSecretHandedOver);
            });
    connect(actions, &TokenActions::connectAgentRequested, this,
            [this, savedSecrets, context, window](const Token &token) {
                savedSecrets->read(token, this, [this, token, context, window](const Secret &s) {
                    open(context->session(), token, s, window);
                });
            });
}

ConnectAgentDialog *ConnectAgentFlow::open(CockpitSession *session, const Token &token,
                                           const Secret &secret, QWidget *parent)
{
    if (!session || secret.isEmpty())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    auto *catalog =
        new DataSourceCatalog(session->client(), token.projectId, token.region, nullptr);
    ConnectAgentDialog::BaseUrlFor baseUrlFor;
    if (m_profiles) {
        QPointer<ProfileDirectory> profiles = m_profiles;
        const QUrl apiUrl = session->credentials().apiUrl;
        baseUrlFor = [profiles, apiUrl](const DataSource &source) {
            return profiles ? profiles->agentBaseUrl(apiUrl, source.id) : QUrl();
        };
    }
    m_dialog = new ConnectAgentDialog(token, secret, catalog, m_services.clipboard,
                                      std::move(baseUrlFor), parent);
    catalog->setParent(m_dialog);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    // A session ends with its profile: so does what was opened with it.
    connect(session, &QObject::destroyed, m_dialog, &QDialog::reject);
    m_dialog->open();
    return m_dialog;
}

} // namespace cockpit
