#pragma once

#include "StoredRecords.h"

#include "api/DataSource.h"
#include "api/Region.h"
#include "api/RegionConfig.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cockpit {

// The emulator's data sources of every region, and each region's config. Like EmulatorStore it
// checks nothing about who may do what (DataSourceEndpoints does). IDs are unique across regions,
// so that a push (which names its source only by host) can find its source from the ID alone.
class DataSourceStore
{
public:
    DataSourceStore();

    // Adds `source` as given, except that an empty ID gets a random one and the URL is always
    // the API's for its ID, type and region. The times come from `createdMicros`.
    StoredDataSource add(DataSource source, qint64 createdMicros);
    std::optional<StoredDataSource> find(const QString &id) const;
    std::optional<StoredDataSource> find(Region region, const QString &id) const;
    // The source a push to `host` is meant for: <id>.<type>.cockpit.<region>.scw.cloud, matched
    // whatever its case; std::nullopt for any other host.
    std::optional<StoredDataSource> findByHost(const QString &host) const;
    // A rename and/or a new retention; stamps updated_at. std::nullopt when there is no such ID.
    std::optional<StoredDataSource> update(const QString &id, const std::optional<QString> &name,
                                           std::optional<int> retentionDays, qint64 nowMicros);
    bool remove(const QString &id);
    // The project's sources in one region, sorted (ties by creation, then ID).
    QList<StoredDataSource> list(Region region, const QString &projectId,
                                 DataSourceOrder order) const;

    // A creation time after every one handed out so far, so that sources made in quick succession
    // list in the order they were made (see EmulatorStore::nowMicros for the sub-millisecond part).
    qint64 nextCreationMicros();

    // RegionConfig::apiDefaults() unless a test set another.
    RegionConfig config(Region region) const;
    void setConfig(Region region, const RegionConfig &config);

private:
    QHash<QString, StoredDataSource> m_sources;
    QHash<Region, RegionConfig> m_configs;
    qint64 m_lastCreatedMicros = 0;
};

} // namespace cockpit
