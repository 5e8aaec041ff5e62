#include "DataSourceOperations.h"

#include "DataSourceJson.h"
#include "PagedLoader.h"

#include <QSet>

#include <memory>

namespace cockpit::DataSourceOperations {

void list(const RunnerSource &source, int pageSize, int speculativePages,
          DataSourceListReply *reply)
{
    const DataSourceListQuery query = reply->query();
    // Pages by number, filled as they arrive (they may come in any order).
    auto pages = std::make_shared<QList<QList<DataSource>>>();
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
            if (pages->size() < page)
                pages->resize(page);
            (*pages)[page - 1] = std::move(parsed.dataSources);
            return ApiError();
        },
        reply);
    QObject::connect(loader, &PagedLoader::finished, reply, [reply, loader, pages] {
        if (loader->error().isError()) {
            reply->finish(loader->error());
            return;
        }
        // Sources created or deleted while the pages were read shift them: one source may then
        // be on two pages. The ID is the identity.
        QList<DataSource> sources;
        QSet<QString> seen;
        for (QList<DataSource> &page : *pages) {
            for (DataSource &dataSource : page) {
                if (seen.contains(dataSource.id))
                    continue;
                seen.insert(dataSource.id);
                sources.append(std::move(dataSource));
            }
        }
        reply->setResult(std::move(sources), loader->totalCount());
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
