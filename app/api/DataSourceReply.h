#pragma once

#include "ApiReply.h"
#include "DataSource.h"
#include "RegionConfig.h"

#include <QList>

namespace cockpit {

// Every data source of a project in one region that a DataSourceListQuery selects (all pages).
class DataSourceListReply : public ApiReply
{
    Q_OBJECT

public:
    explicit DataSourceListReply(DataSourceListQuery query, QObject *parent = nullptr)
        : ApiReply(parent)
        , m_query(std::move(query))
    {
    }

    const DataSourceListQuery &query() const { return m_query; }
    // Only complete and meaningful when isSuccess(): a failed list never gives half a result.
    const QList<DataSource> &dataSources() const { return m_dataSources; }
    int totalCount() const { return m_totalCount; }

    void setResult(QList<DataSource> dataSources, int totalCount)
    {
        m_dataSources = std::move(dataSources);
        m_totalCount = totalCount;
    }

private:
    DataSourceListQuery m_query;
    QList<DataSource> m_dataSources;
    int m_totalCount = 0;
};

// One data source: the answer to a get, or to a create (on a create's failure with
// error().outcomeUnknown, the source may still have been made: look for it by name).
class DataSourceReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    const DataSource &dataSource() const { return m_dataSource; }
    void setDataSource(DataSource dataSource) { m_dataSource = std::move(dataSource); }

private:
    DataSource m_dataSource;
};

class RegionConfigReply : public ApiReply
{
    Q_OBJECT

public:
    explicit RegionConfigReply(Region region, QObject *parent = nullptr)
        : ApiReply(parent)
        , m_region(region)
    {
    }

    Region region() const { return m_region; }
    const RegionConfig &config() const { return m_config; }
    void setConfig(const RegionConfig &config) { m_config = config; }

private:
    Region m_region;
    RegionConfig m_config;
};

} // namespace cockpit
