#pragma once

#include "api/ApiCredentials.h"
#include "api/ApiError.h"
#include "api/CockpitClient.h"

#include <QObject>

class QNetworkAccessManager;

namespace cockpit {

class ProjectService;
class TokenCreator;
class TokenLoader;
class TokenDeleter;

// Everything the window needs for one profile: the API client built from the profile's
// credentials and the services over it. Switching profile means replacing the session; the
// network access manager is shared and owned by the composition root.
class CockpitSession : public QObject
{
    Q_OBJECT

public:
    // `tuning` carries the client's limits (timeouts, retries…); its base URL and secret key are
    // replaced by the credentials'.
    CockpitSession(QNetworkAccessManager *network, ApiCredentials credentials,
                   ClientSettings tuning = {}, QObject *parent = nullptr);
    ~CockpitSession() override;

    const ApiCredentials &credentials() const { return m_credentials; }
    // Set when the credentials cannot be used at all (e.g. SCW_API_URL is plain http:// to a
    // remote host): the window shows it instead of sending anything.
    const ApiError &configurationError() const { return m_configurationError; }

    CockpitClient *client() const { return m_client; }
    TokenDeleter *deleter() const { return m_deleter; }
    TokenCreator *creator() const { return m_creator; }
    ProjectService *projects() const { return m_projects; }
    // The table's tokens: one project's, or every project's at once (the "All projects" view).
    TokenLoader *loader() const { return m_loader; }

private:
    ApiCredentials m_credentials;
    ApiError m_configurationError;
    CockpitClient *m_client = nullptr;
    TokenDeleter *m_deleter = nullptr;
    TokenCreator *m_creator = nullptr;
    ProjectService *m_projects = nullptr;
    TokenLoader *m_loader = nullptr;
};

} // namespace cockpit
