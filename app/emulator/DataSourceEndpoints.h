#pragma once

#include "EmulatorResponse.h"
#include "EmulatorStore.h"

#include "api/Region.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace cockpit {

// The Cockpit v1 data source operations and the region's config, for one authenticated caller,
// checked in the order of the token endpoints: arguments (400), the caller's right on the
// project (403), existence (404), then whether the source may be changed at all.
class DataSourceEndpoints
{
public:
    DataSourceEndpoints(EmulatorStore &store, const StoredApiKey &caller);

    EmulatorResponse create(Region region, const QByteArray &body);
    EmulatorResponse list(Region region, const QUrlQuery &query);
    EmulatorResponse get(Region region, const QString &dataSourceId);
    EmulatorResponse update(Region region, const QString &dataSourceId, const QByteArray &body);
    EmulatorResponse remove(Region region, const QString &dataSourceId);
    EmulatorResponse regionConfig(Region region);

    // As for tokens (inferred: no recorded list sends page_size).
    static constexpr int kDefaultPageSize = 20;
    static constexpr int kMaxPageSize = 1000;

private:
    bool mayUse(const QString &projectId) const;
    // 404 when the source is not in this region; 403 when it is in another organization.
    EmulatorResponse findVisible(Region region, const QString &dataSourceId, const QString &action,
                                 StoredDataSource *found) const;

    EmulatorStore &m_store;
    const StoredApiKey &m_caller;
};

} // namespace cockpit
