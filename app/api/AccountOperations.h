#pragma once

#include "ApiReply.h"
#include "RunnerSource.h"

#include <QString>

// The Account and IAM operations of CockpitClient (projects for the picker, the API key behind a
// profile), which checks the input and registers the reply first: these only run the requests and
// decode the answers. For the client's implementation.
namespace cockpit::AccountOperations {

// Every page of the organization's projects (no speculative page: an organization rarely has more
// projects than a page holds), each project once.
void listProjects(const RunnerSource &source, const QString &organizationId, int pageSize,
                  ProjectListReply *reply);
void getProject(const RunnerSource &source, const QString &projectId, ProjectReply *reply);
void getApiKey(const RunnerSource &source, const QString &accessKey, ApiKeyReply *reply);

} // namespace cockpit::AccountOperations
