#include "DataSourceStore.h"

#include "api/UtcDateTime.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace cockpit {
namespace {

constexpr qint64 kMicrosPerMilli = 1000;

QDateTime toDateTime(qint64 micros)
{
    return UtcDateTime::fromMSecsSinceEpoch(micros / kMicrosPerMilli);
}

bool lessThan(const StoredDataSource &a, const StoredDataSource &b, DataSourceOrder order)
{
    const DataSource &x = a.source;
    const DataSource &y = b.source;
    switch (order) {
    case DataSourceOrder::CreatedAtAsc:
        break;
    case DataSourceOrder::CreatedAtDesc:
        if (a.createdMicros != b.createdMicros)
            return a.createdMicros > b.createdMicros;
        return x.id > y.id;
    case DataSourceOrder::NameAsc:
    case DataSourceOrder::NameDesc:
        if (x.name != y.name)
            return (order == DataSourceOrder::NameAsc) == (x.name < y.name);
        break;
    case DataSourceOrder::TypeAsc:
    case DataSourceOrder::TypeDesc: {
        // By the enum's order (metrics, logs, traces), as the API sorts an enum (inferred).
        const int typeX = int(x.type);
        const int typeY = int(y.type);
        if (typeX != typeY)
            return (order == DataSourceOrder::TypeAsc) == (typeX < typeY);
        break;
    }
    }
    if (a.createdMicros != b.createdMicros)
        return a.createdMicros < b.createdMicros;
    return x.id < y.id;
}

} // namespace

DataSourceStore::DataSourceStore() = default;

StoredDataSource DataSourceStore::add(DataSource source, qint64 createdMicros)
{
    StoredDataSource stored;
    source.id = source.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                    : source.id.toLower();
    source.url = dataSourceUrl(source.id, source.type, source.region);
    source.createdAt = toDateTime(createdMicros);
    source.updatedAt = source.createdAt;
    stored.source = std::move(source);
    stored.createdMicros = createdMicros;
    stored.updatedMicros = createdMicros;
    m_lastCreatedMicros = std::max(m_lastCreatedMicros, createdMicros);
    m_sources.insert(stored.source.id, stored);
    return stored;
}

std::optional<StoredDataSource> DataSourceStore::find(const QString &id) const
{
    const auto it = m_sources.constFind(id.toLower());
    if (it == m_sources.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<StoredDataSource> DataSourceStore::find(Region region, const QString &id) const
{
    std::optional<StoredDataSource> stored = find(id);
    if (stored && stored->source.region != region)
        return std::nullopt;
    return stored;
}

std::optional<StoredDataSource> DataSourceStore::findByHost(const QString &host) const
{
    const QString lower = host.toLower();
    const qsizetype dot = lower.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return std::nullopt;
    std::optional<StoredDataSource> stored = find(lower.left(dot));
    if (!stored || stored->source.url.host().toLower() != lower)
        return std::nullopt;
    return stored;
}

std::optional<StoredDataSource> DataSourceStore::update(const QString &id,
                                                        const std::optional<QString> &name,
                                                        std::optional<int> retentionDays,
                                                        qint64 nowMicros)
{
    const auto it = m_sources.find(id.toLower());
    if (it == m_sources.end())
        return std::nullopt;
    if (name)
        it->source.name = *name;
    if (retentionDays)
        it->source.retentionDays = retentionDays;
    it->updatedMicros = std::max(nowMicros, it->createdMicros);
    it->source.updatedAt = toDateTime(it->updatedMicros);
    return *it;
}

bool DataSourceStore::remove(const QString &id)
{
    return m_sources.remove(id.toLower()) > 0;
}

QList<StoredDataSource> DataSourceStore::list(Region region, const QString &projectId,
                                              DataSourceOrder order) const
{
    QList<StoredDataSource> sorted;
    for (const StoredDataSource &stored : m_sources) {
        if (stored.source.region == region && stored.source.projectId == projectId)
            sorted.append(stored);
    }
    std::sort(sorted.begin(), sorted.end(),
              [order](const StoredDataSource &a, const StoredDataSource &b) {
                  return lessThan(a, b, order);
              });
    return sorted;
}

qint64 DataSourceStore::nextCreationMicros()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * kMicrosPerMilli +
                       QRandomGenerator::global()->bounded(500);
    qint64 next = std::max(now, m_lastCreatedMicros + 1);
    // Keep the microseconds below 500 within their millisecond (see EmulatorStore::nowMicros).
    if (next % kMicrosPerMilli >= 500)
        next = (next / kMicrosPerMilli + 1) * kMicrosPerMilli;
    m_lastCreatedMicros = next;
    return next;
}

RegionConfig DataSourceStore::config(Region region) const
{
    return m_configs.value(region, RegionConfig::apiDefaults());
}

void DataSourceStore::setConfig(Region region, const RegionConfig &config)
{
    m_configs.insert(region, config);
}

} // namespace cockpit
