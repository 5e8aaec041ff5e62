#pragma once

#include "DataSource.h"
#include "DataSourceReply.h"
#include "Region.h"
#include "RunnerSource.h"

#include <QString>

// The data source operations of CockpitClient, which checks the input and registers the reply
// first (so these only run the requests and decode the answers). For the client's implementation.
namespace cockpit::DataSourceOperations {

// Every page, page 1 first (with `speculativePages` more), then the rest at once.
void list(const RunnerSource &source, int pageSize, int speculativePages,
          DataSourceListReply *reply);
void get(const RunnerSource &source, Region region, const QString &dataSourceId,
         DataSourceReply *reply);
void create(const RunnerSource &source, const CreateDataSourceRequest &request,
            DataSourceReply *reply);
void regionConfig(const RunnerSource &source, RegionConfigReply *reply);

} // namespace cockpit::DataSourceOperations
