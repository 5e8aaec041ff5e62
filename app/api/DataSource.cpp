#include "DataSource.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace cockpit {
namespace {

const std::array<std::pair<DataSourceType, const char *>, 3> kTypes{{
    {DataSourceType::Metrics, "metrics"},
    {DataSourceType::Logs, "logs"},
    {DataSourceType::Traces, "traces"},
}};

const std::array<std::pair<DataSourceOrigin, const char *>, 3> kOrigins{{
    {DataSourceOrigin::Scaleway, "scaleway"},
    {DataSourceOrigin::External, "external"},
    {DataSourceOrigin::Custom, "custom"},
}};

const std::array<std::pair<DataSourceOrder, const char *>, 6> kOrders{{
    {DataSourceOrder::CreatedAtAsc, "created_at_asc"},
    {DataSourceOrder::CreatedAtDesc, "created_at_desc"},
    {DataSourceOrder::NameAsc, "name_asc"},
    {DataSourceOrder::NameDesc, "name_desc"},
    {DataSourceOrder::TypeAsc, "type_asc"},
    {DataSourceOrder::TypeDesc, "type_desc"},
}};

template <typename Enum, std::size_t N>
QString idOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value,
             const char *fallback)
{
    for (const auto &[known, id] : table) {
        if (known == value)
            return QLatin1String(id);
    }
    return QLatin1String(fallback);
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<std::pair<Enum, const char *>, N> &table,
                           QStringView id)
{
    for (const auto &[known, text] : table) {
        if (id == QLatin1String(text))
            return known;
    }
    return std::nullopt;
}

} // namespace

QString dataSourceTypeId(DataSourceType type)
{
    return idOf(kTypes, type, "unknown_type");
}

QString dataSourceOriginId(DataSourceOrigin origin)
{
    return idOf(kOrigins, origin, "unknown_origin");
}

QString dataSourceOrderId(DataSourceOrder order)
{
    return idOf(kOrders, order, "created_at_asc");
}

std::optional<DataSourceType> dataSourceTypeFromId(QStringView id)
{
    return fromId(kTypes, id);
}

std::optional<DataSourceOrigin> dataSourceOriginFromId(QStringView id)
{
    return fromId(kOrigins, id);
}

std::optional<DataSourceOrder> dataSourceOrderFromId(QStringView id)
{
    return fromId(kOrders, id);
}

QString DataSource::regionalId() const
{
    return regionId(region) + QLatin1Char('/') + id;
}

bool operator==(const DataSource &a, const DataSource &b)
{
    return a.id == b.id && a.projectId == b.projectId && a.name == b.name && a.url == b.url &&
           a.type == b.type && a.origin == b.origin && a.unknownType == b.unknownType &&
           a.unknownOrigin == b.unknownOrigin && a.retentionDays == b.retentionDays &&
           a.synchronizedWithGrafana == b.synchronizedWithGrafana && a.region == b.region &&
           a.createdAt == b.createdAt && a.updatedAt == b.updatedAt &&
           a.currentMonthUsageBytes == b.currentMonthUsageBytes;
}

QUrl dataSourceUrl(const QString &id, DataSourceType type, Region region)
{
    if (type == DataSourceType::Unknown)
        return {};
    return QUrl(QStringLiteral("https://") + id + QLatin1Char('.') + dataSourceTypeId(type) +
                QStringLiteral(".cockpit.") + regionId(region) + QStringLiteral(".scw.cloud"));
}

bool isValidDataSourceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-_. ]{3,50}$"));
    return pattern.match(name).hasMatch();
}

} // namespace cockpit
