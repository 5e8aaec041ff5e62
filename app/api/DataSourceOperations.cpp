#include "DataSourceOperations.h"

#include "DataSourceJson.h"
#include "PagedItems.h"
#include "PagedLoader.h"

#include <memory>

namespace cockpit::DataSourceOperations {

void list(const RunnerSource &source, int pageSize, int speculativePages,
          DataSourceListReply *reply)
{
    const DataSourceListQuery query = reply->query();
    auto pages =
        std::make_shared<PagedItems<DataSource>>(PagedItems<DataSource>::Duplicates::Anywhere);
    auto *loader = new PagedLoader(
        pageSize, speculativePages,
        [source, query, pageSize](int page, QObject *parent) {
            return source(source.builder->listDataSources(query, page, pageSize), parent);
        },
        [pages, region = query.region](int page, const QByteArray &body, int *total, int *items) {
            ApiJson::DataSourcePage parsed;
            const ApiError error = ApiJson::parseDataSourcePage(body, region, &parsed);
            if (error.isError())
                return error;
            *total = parsed.totalCount;
            *items = int(parsed.dataSources.size());
            pages->put(page, std::move(parsed.dataSources));
            return ApiError();
        },
        reply);
    QObject::connect(loader, &PagedLoader::finished, reply, [reply, loader, pages] {
        if (loader->error().isError()) {
            reply->finish(loader->error());
            return;
        }
        reply->setResult(pages->takeJoined(), loader->totalCount());
        reply->finish();
    });
    reply->setAbortHandler([loader] { loader->abort(); });
    loader->start();
}

void get(const RunnerSource &source, Region region, const QString &dataSourceId,
         DataSourceReply *reply)
{
    runSingle(source, reply, source.builder->getDataSource(region, dataSourceId),
              [reply, region](const QByteArray &body) {
                  DataSource dataSource;
                  const ApiError error = ApiJson::parseDataSource(body, region, &dataSource);
                  if (!error.isError())
                      reply->setDataSource(std::move(dataSource));
                  return error;
              });
}

void create(const RunnerSource &source, const CreateDataSourceRequest &request,
            DataSourceReply *reply)
{
    runSingle(source, reply, source.builder->createDataSource(request),
              [reply, region = request.region](const QByteArray &body) {
                  DataSource dataSource;
                  ApiError error = ApiJson::parseDataSource(body, region, &dataSource);
                  if (error.isError()) {
                      // The API said 2xx: the source exists, but we cannot tell which it is.
                      error.outcomeUnknown = true;
                      return error;
                  }
                  reply->setDataSource(std::move(dataSource));
                  return error;
              });
}

void regionConfig(const RunnerSource &source, RegionConfigReply *reply)
{
    runSingle(source, reply, source.builder->getRegionConfig(reply->region()),
              [reply](const QByteArray &body) {
                  RegionConfig config;
                  const ApiError error = ApiJson::parseRegionConfig(body, &config);
                  if (!error.isError())
                      reply->setConfig(config);
                  return error;
              });
}

} // namespace cockpit::DataSourceOperations
