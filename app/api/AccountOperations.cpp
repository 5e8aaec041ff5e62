#include "AccountOperations.h"

#include "ApiJson.h"
#include "PagedItems.h"
#include "PagedLoader.h"

#include <memory>

namespace cockpit::AccountOperations {

void listProjects(const RunnerSource &source, const QString &organizationId, int pageSize,
                  ProjectListReply *reply)
{
    auto pages = std::make_shared<PagedItems<Project>>(PagedItems<Project>::Duplicates::Anywhere);
    // No speculative page: an organization rarely has more projects than a page holds.
    auto *loader = new PagedLoader(
        pageSize, 0,
        [source = source, organizationId, pageSize](int page, QObject *parent) {
            return source(source.builder->listProjects(organizationId, page, pageSize), parent);
        },
        [pages](int page, const QByteArray &body, int *total, int *items) {
            ApiJson::ProjectPage parsed;
            const ApiError error = ApiJson::parseProjectPage(body, &parsed);
            if (error.isError())
                return error;
            *total = parsed.totalCount;
            *items = int(parsed.projects.size());
            pages->put(page, std::move(parsed.projects));
            return ApiError();
        },
        reply);
    QObject::connect(loader, &PagedLoader::finished, reply, [reply, loader, pages] {
        if (loader->error().isError()) {
            reply->finish(loader->error());
            return;
        }
        reply->setProjects(pages->takeJoined());
        reply->finish();
    });
    reply->setAbortHandler([loader] { loader->abort(); });
    loader->start();
}

void getProject(const RunnerSource &source, const QString &projectId, ProjectReply *reply)
{
    runSingle(source, reply, source.builder->getProject(projectId),
              [reply](const QByteArray &body) {
                  Project project;
                  const ApiError error = ApiJson::parseProject(body, &project);
                  if (!error.isError())
                      reply->setProject(std::move(project));
                  return error;
              });
}

void getApiKey(const RunnerSource &source, const QString &accessKey, ApiKeyReply *reply)
{
    runSingle(source, reply, source.builder->getApiKey(accessKey), [reply](const QByteArray &body) {
        ApiKeyInfo key;
        const ApiError error = ApiJson::parseApiKey(body, &key);
        if (!error.isError())
            reply->setApiKey(std::move(key));
        return error;
    });
}

} // namespace cockpit::AccountOperations
