#pragma once

#include "api/ApiCredentials.h"
#include "api/ApiError.h"
#include "api/CockpitClient.h"
#include "api/Project.h"
#include "services/PendingReply.h"

#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace cockpit {

// Checks credentials before they are saved, as `scw login` does: looks up the API key (which
// proves the secret key and gives the default project), reads the default project (which gives
// the organization), lists the organization's projects, and lists the Cockpit tokens of the
// default project (which proves the key may use Cockpit). Each failure says at which step it
// happened so the UI can explain it in plain words.
class SignInCheck : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        ApiKey,
        Project,
        Projects,
        Cockpit
    };
    Q_ENUM(Step)

    struct Result
    {
        QString organizationId;
        QString defaultProjectId;
        QList<Project> projects; // at least the default project
        // Set when the organization's projects could not be listed (the key is scoped to a
        // project): only the default project is offered.
        ApiError projectListError;
    };

    SignInCheck(QNetworkAccessManager *network, const ApiCredentials &credentials,
                ClientSettings tuning = {}, QObject *parent = nullptr);
    ~SignInCheck() override;

    // No error when the credentials can be checked; else why not (bad URL…).
    const ApiError &configurationError() const { return m_configurationError; }
    void start();
    void cancel();
    bool isRunning() const { return m_request.isPending(); }

Q_SIGNALS:
    void checked(const SignInCheck::Result &result);
    void checkFailed(SignInCheck::Step step, const ApiError &error);

private:
    void onApiKey(ApiKeyReply *reply);
    void readProject();
    void onProject(ProjectReply *reply);
    void onProjects(ProjectListReply *reply);
    void onTokens(TokenListReply *reply);
    void fail(Step step, const ApiError &error);

    ApiCredentials m_credentials;
    ApiError m_configurationError;
    CockpitClient *m_client;
    PendingReply m_request;
    Result m_result;
    Project m_defaultProject;
    ApiError m_apiKeyError;
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::SignInCheck::Result)
