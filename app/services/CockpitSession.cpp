#include "CockpitSession.h"

#include "ProjectService.h"
#include "TokenCreator.h"
#include "TokenDeleter.h"
#include "TokenLoader.h"

namespace cockpit {

CockpitSession::CockpitSession(QNetworkAccessManager *network, ApiCredentials credentials,
                               ClientSettings tuning, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
{
    ClientSettings settings = std::move(tuning);
    settings.baseUrl =
        m_credentials.apiUrl.isEmpty() ? ClientSettings().baseUrl : m_credentials.apiUrl;
    settings.secretKey = m_credentials.secretKey;
    m_configurationError = CockpitClient::validateBaseUrl(settings.baseUrl);

    m_client = new CockpitClient(network, settings, this);
    m_deleter = new TokenDeleter(m_client, this);
    m_creator = new TokenCreator(m_client, this);
    m_projects = new ProjectService(m_client, m_credentials.accessKey, m_credentials.organizationId,
                                    m_credentials.projectId, this);
    m_loader = new TokenLoader(m_client, this);
}

// QObject would delete the children in creation order, the client first: the services must go
// first so that they abort their replies while the client still exists.
CockpitSession::~CockpitSession()
{
    delete m_loader;
    delete m_projects;
    delete m_creator;
    delete m_deleter;
    delete m_client;
}

} // namespace cockpit
