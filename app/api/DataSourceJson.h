#pragma once

#include "ApiError.h"
#include "DataSource.h"
#include "Region.h"
#include "RegionConfig.h"

#include <QByteArray>
#include <QList>

// Strict decoding of the data source answers, in the manner of ApiJson (see there): the required
// fields must be present with the right types, or an ApiError of kind MalformedResponse names the
// field and *out is left untouched. A type or origin this version does not know is kept as
// DataSourceType/DataSourceOrigin::Unknown with its text; retention_days and current_month_usage
// may be absent (older sources, older answers).
namespace cockpit::ApiJson {

// One page of `GET …/data-sources`.
struct DataSourcePage
{
    QList<DataSource> dataSources;
    int totalCount = 0;
};

// `region`: the region that was asked; every source must be in it.
ApiError parseDataSourcePage(const QByteArray &body, Region region, DataSourcePage *out);
ApiError parseDataSource(const QByteArray &body, Region region, DataSource *out);
// `GET /cockpit/v1/regions/{region}/config`.
ApiError parseRegionConfig(const QByteArray &body, RegionConfig *out);

} // namespace cockpit::ApiJson
