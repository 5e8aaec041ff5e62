#include "DataSourceCatalog.h"

#include "api/CockpitClient.h"
#include "api/DataSourceReply.h"

namespace cockpit {

DataSourceCatalog::DataSourceCatalog(CockpitClient *client, QString projectId, Region region,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(std::move(projectId))
    , m_region(region)
{
}

DataSourceCatalog::~DataSourceCatalog()
{
    for (ApiReply *reply :
         {static_cast<ApiReply *>(m_list.data()), static_cast<ApiReply *>(m_config.data()),
          static_cast<ApiReply *>(m_create.data())}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void DataSourceCatalog::load()
{
    if (isLoading() || !m_client)
        return;
    DataSourceListQuery query;
    query.region = m_region;
    query.projectId = m_projectId;
    m_listError = {};
    m_list = m_client->listDataSources(query);
    connect(m_list, &ApiReply::finished, this, [this, reply = m_list.data()] {
        reply->deleteLater();
        if (reply->isSuccess())
            m_dataSources = reply->dataSources();
        else
            m_listError = reply->error();
        m_list.clear();
        finishLoad();
    });
    m_config = m_client->getRegionConfig(m_region);
    connect(m_config, &ApiReply::finished, this, [this, reply = m_config.data()] {
        reply->deleteLater();
        // Without the region's answer the API's usual limits stand in: the create is checked
        // by the API again anyway.
        m_configFromApi = reply->isSuccess();
        m_regionConfig = m_configFromApi ? reply->config() : RegionConfig::apiDefaults();
        m_config.clear();
        finishLoad();
    });
}

void DataSourceCatalog::finishLoad()
{
    if (isLoading())
        return;
    if (m_listError.isError()) {
        Q_EMIT loadFailed(m_listError);
        return;
    }
    m_loaded = true;
    Q_EMIT loaded();
}

void DataSourceCatalog::create(const QString &name, DataSourceType type, int retentionDays)
{
    if (isCreating() || !m_client)
        return;
    auto refuse = [this](const QString &message) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = message;
        // Said from the event loop, as the client does.
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT createFailed(error); }, Qt::QueuedConnection);
    };
    const std::optional<RetentionRange> range = m_regionConfig.customRetention(type);
    if (!range)
        return refuse(QStringLiteral("unknown data source type"));
    if (!isValidDataSourceName(name))
        return refuse(QStringLiteral("invalid data source name"));
    if (!range->contains(retentionDays))
        return refuse(QStringLiteral("retention outside %1..%2 days")
                          .arg(range->minDays)
                          .arg(range->maxDays));
    CreateDataSourceRequest request;
    request.region = m_region;
    request.projectId = m_projectId;
    request.name = name;
    request.type = type;
    request.retentionDays = retentionDays;
    m_create = m_client->createDataSource(request);
    connect(m_create, &ApiReply::finished, this, [this, reply = m_create.data()] {
        reply->deleteLater();
        m_create.clear();
        if (!reply->isSuccess()) {
            Q_EMIT createFailed(reply->error());
            return;
        }
        m_dataSources.append(reply->dataSource());
        Q_EMIT created(reply->dataSource());
    });
}

} // namespace cockpit
