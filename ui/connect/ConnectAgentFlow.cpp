#include "ConnectAgentFlow.h"

#include "connect/ConnectAgentDialog.h"
#include "create/CreateTokenFlow.h"
#include "create/SecretDialog.h"
#include "profiles/ProfileDirectory.h"
#include "services/CockpitSession.h"
#include "services/DataSourceCatalog.h"
#include "services/WorkContext.h"
#include "tokens/SavedSecretFlow.h"
#include "tokens/TokenActions.h"

ConnectAgentFlow::ConnectAgentFlow(const DesktopServices &services, ProfileDirectory *profiles,
                                   QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_profiles(profiles)
{
}

void ConnectAgentFlow::attach(TokenActions *actions, SavedSecretFlow *savedSecrets,
                              CreateTokenFlow *create, const cockpit::WorkContext *context,
                              QWidget *window)
{
    connect(create, &CreateTokenFlow::connectAgentRequested, this,
            [this](cockpit::CockpitSession *session, const cockpit::Token &token,
                   const cockpit::Secret &secret, cockpit::SecretDialog *over) {
                if (ConnectAgentDialog *dialog = open(session, token, secret, over))
                    connect(dialog, &ConnectAgentDialog::secretHandedOver, over,
                            &cockpit::SecretDialog::noteSecretHandedOver);
            });
    connect(actions, &TokenActions::connectAgentRequested, this,
            [this, savedSecrets, context, window](const cockpit::Token &token) {
                savedSecrets->read(token, this,
                                   [this, token, context, window](const cockpit::Secret &s) {
                                       open(context->session(), token, s, window);
                                   });
            });
}

ConnectAgentDialog *ConnectAgentFlow::open(cockpit::CockpitSession *session,
                                           const cockpit::Token &token,
                                           const cockpit::Secret &secret, QWidget *parent)
{
    if (!session || secret.isEmpty())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    auto *catalog =
        new cockpit::DataSourceCatalog(session->client(), token.projectId, token.region, nullptr);
    ConnectAgentDialog::BaseUrlFor baseUrlFor;
    if (m_profiles) {
        QPointer<ProfileDirectory> profiles = m_profiles;
        const QUrl apiUrl = session->credentials().apiUrl;
        baseUrlFor = [profiles, apiUrl](const cockpit::DataSource &source) {
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
