#include "SignInCheck.h"

namespace cockpit {

template <typename Reply>
void SignInCheck::await(Reply *reply, void (SignInCheck::*handler)(Reply *))
{
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, handler] {
        reply->deleteLater();
        m_pending = nullptr;
        (this->*handler)(reply);
    });
}

SignInCheck::SignInCheck(QNetworkAccessManager *network, const ApiCredentials &credentials,
                         ClientSettings tuning, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{
    ClientSettings settings = std::move(tuning);
    if (!m_credentials.apiUrl.isEmpty())
        settings.baseUrl = m_credentials.apiUrl;
    settings.secretKey = m_credentials.secretKey;
    m_configurationError = CockpitClient::validateBaseUrl(settings.baseUrl);
    m_client = new CockpitClient(network, std::move(settings), this);
}

SignInCheck::~SignInCheck()
{
    cancel();
}

void SignInCheck::start()
{
    cancel();
    m_result = {};
    m_apiKeyError = {};
    if (m_configurationError) {
        fail(Step::ApiKey, *m_configurationError);
        return;
    }
    await(m_client->getApiKey(m_credentials.accessKey), &SignInCheck::onApiKey);
}

void SignInCheck::cancel()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
}

void SignInCheck::onApiKey(ApiKeyReply *reply)
{
    if (reply->isSuccess()) {
        m_result.defaultProjectId = m_credentials.projectId.isEmpty()
                                        ? reply->apiKey().defaultProjectId
                                        : m_credentials.projectId;
    } else if (reply->error().kind == ApiError::Kind::PermissionDenied &&
               !m_credentials.projectId.isEmpty()) {
        // Some keys may not read themselves; a given project still lets us find the organization.
        m_apiKeyError = reply->error();
        m_result.defaultProjectId = m_credentials.projectId;
    } else {
        fail(Step::ApiKey, reply->error());
        return;
    }
    if (m_result.defaultProjectId.isEmpty()) {
        fail(Step::ApiKey,
             ApiError::local(ApiError::Kind::InvalidRequest,
                             tr("This API key has no default project: enter a project ID.")));
        return;
    }
    readProject();
}

void SignInCheck::readProject()
{
    await(m_client->getProject(m_result.defaultProjectId), &SignInCheck::onProject);
}

void SignInCheck::onProject(ProjectReply *reply)
{
    if (!reply->isSuccess()) {
        fail(Step::Project, reply->error());
        return;
    }
    m_defaultProject = reply->project();
    m_result.organizationId = m_credentials.organizationId.isEmpty()
                                  ? m_defaultProject.organizationId
                                  : m_credentials.organizationId;
    await(m_client->listProjects(m_result.organizationId), &SignInCheck::onProjects);
}

void SignInCheck::onProjects(ProjectListReply *reply)
{
    if (reply->isSuccess()) {
        m_result.projects = reply->projects();
    } else if (reply->error().kind == ApiError::Kind::PermissionDenied) {
        // A key scoped to one project may not list the organization: offer that project.
        m_result.projectListError = reply->error();
    } else {
        fail(Step::Projects, reply->error());
        return;
    }
    const bool listed =
        std::any_of(m_result.projects.cbegin(), m_result.projects.cend(),
                    [this](const Project &project) { return project.id == m_defaultProject.id; });
    if (!listed)
        m_result.projects.prepend(m_defaultProject);

    TokenListQuery query;
    query.region = m_credentials.defaultRegion.value_or(Region::FrPar);
    query.projectId = m_result.defaultProjectId;
    await(m_client->listTokens(query), &SignInCheck::onTokens);
}

void SignInCheck::onTokens(TokenListReply *reply)
{
    if (!reply->isSuccess()) {
        fail(Step::Cockpit, reply->error());
        return;
    }
    Q_EMIT succeeded(m_result);
}

void SignInCheck::fail(Step step, const ApiError &error)
{
    m_pending = nullptr;
    Q_EMIT failed(step, error);
}

} // namespace cockpit
