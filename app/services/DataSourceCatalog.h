#pragma once

#include "api/ApiError.h"
#include "api/CockpitClient.h"
#include "api/DataSource.h"
#include "api/Region.h"
#include "api/RegionConfig.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace cockpit {

class DataSourceListReply;
class DataSourceReply;
class RegionConfigReply;

// The data sources of one project in one region, with the region's retention limits: what
// "Connect an agent" offers for a token (which works only there). load() asks for both at once;
// a config that cannot be read is not an error, the API's usual limits stand in for it. create()
// makes a custom source there and adds it to the list; like a token's create it is sent once.
class DataSourceCatalog : public QObject
{
    Q_OBJECT

public:
    DataSourceCatalog(CockpitClient *client, QString projectId, Region region,
                      QObject *parent = nullptr);
    ~DataSourceCatalog() override;

    const QString &projectId() const { return m_projectId; }
    Region region() const { return m_region; }

    void load();
    bool isLoading() const { return !m_list.isNull() || !m_config.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    // In the API's order (oldest first); created sources are appended.
    const QList<DataSource> &dataSources() const { return m_dataSources; }
    // The region's answer, or RegionConfig::apiDefaults() when it could not be read.
    const RegionConfig &config() const { return m_regionConfig; }
    bool configIsFromApi() const { return m_configFromApi; }

    // Refused at once (createFailed with Kind::InvalidRequest) for a name the API would refuse,
    // an unknown type or a retention outside the region's limits; ignored while one is running.
    void create(const QString &name, DataSourceType type, int retentionDays);
    bool isCreating() const { return !m_create.isNull(); }

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);
    void created(const DataSource &dataSource);
    void createFailed(const ApiError &error);

private:
    void finishLoad();

    QPointer<CockpitClient> m_client; // the session's; gone with it
    QString m_projectId;
    Region m_region;
    QPointer<DataSourceListReply> m_list;
    QPointer<RegionConfigReply> m_config;
    QPointer<DataSourceReply> m_create;
    ApiError m_listError;
    QList<DataSource> m_dataSources;
    RegionConfig m_regionConfig = RegionConfig::apiDefaults();
    bool m_configFromApi = false;
    bool m_loaded = false;
};

} // namespace cockpit
