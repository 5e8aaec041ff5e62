#include "SignInCheck.h"

namespace cockpit {

SignInCheck::SignInCheck(QNetworkAccessManager *network, const ApiCredentials &credentials,
                         ClientSettings tuning, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_request(this)
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
    if (m_configurationError.isError()) {
        fail(Step::ApiKey, m_configurationError);
        return;
    }
    m_request.send(m_client->getApiKey(m_credentials.accessKey),
                   [this](auto *answer) { onApiKey(answer); });
}

void SignInCheck::cancel()
{
    m_request.cancel();
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
    m_request.send(m_client->getProject(m_result.defaultProjectId),
                   [this](auto *answer) { onProject(answer); });
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
    m_request.send(m_client->listProjects(m_result.organizationId),
                   [this](auto *answer) { onProjects(answer); });
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
    m_request.send(m_client->listTokens(query), [this](auto *answer) { onTokens(answer); });
}

void SignInCheck::onTokens(TokenListReply *reply)
{
    if (!reply->isSuccess()) {
        fail(Step::Cockpit, reply->error());
        return;
    }
    Q_EMIT checked(m_result);
}

void SignInCheck::fail(Step step, const ApiError &error)
{
    Q_EMIT checkFailed(step, error);
}

} // namespace cockpit
