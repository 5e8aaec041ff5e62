#pragma once

#include "Region.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace cockpit {

// What a data source stores. Unknown is the API's zero value `unknown_type`, and also any value
// this version does not know (see DataSource::unknownType).
enum class DataSourceType
{
    Unknown,
    Metrics,
    Logs,
    Traces
};

// Who made a data source. Scaleway sources hold Scaleway products' own data and are read-only;
// External (before late 2024) and Custom (since) are both made by users.
enum class DataSourceOrigin
{
    Unknown,
    Scaleway,
    External,
    Custom
};

enum class DataSourceOrder
{
    CreatedAtAsc,
    CreatedAtDesc,
    NameAsc,
    NameDesc,
    TypeAsc,
    TypeDesc
};

// The API's identifiers: "metrics", "scaleway", "name_asc"… Unknown gives the zero values
// "unknown_type" and "unknown_origin".
QString dataSourceTypeId(DataSourceType type);
QString dataSourceOriginId(DataSourceOrigin origin);
QString dataSourceOrderId(DataSourceOrder order);
// std::nullopt for anything but a known value (the zero values included).
std::optional<DataSourceType> dataSourceTypeFromId(QStringView id);
std::optional<DataSourceOrigin> dataSourceOriginFromId(QStringView id);
std::optional<DataSourceOrder> dataSourceOrderFromId(QStringView id);

// A Cockpit data source: a Mimir (metrics), Loki (logs) or Tempo (traces) store of one project
// in one region, which agents push to with a token of that region.
struct DataSource
{
    QString id;
    QString projectId;
    QString name;
    // The bare base that push and query paths are appended to:
    // https://<id>.<metrics|logs|traces>.cockpit.<region>.scw.cloud
    QUrl url;
    DataSourceType type = DataSourceType::Unknown;
    DataSourceOrigin origin = DataSourceOrigin::Unknown;
    // The API's own text of a type or origin this version does not know; empty otherwise.
    QString unknownType;
    QString unknownOrigin;
    std::optional<int> retentionDays; // absent on sources created before late 2024
    bool synchronizedWithGrafana = false;
    Region region = Region::FrPar;
    QDateTime createdAt;                          // UTC
    QDateTime updatedAt;                          // UTC
    std::optional<qint64> currentMonthUsageBytes; // newer; absent from older answers

    // Only user-made sources can be renamed, given a new retention or deleted.
    bool isReadOnly() const { return origin == DataSourceOrigin::Scaleway; }
    // The Terraform/CLI name of the source: "{region}/{id}".
    QString regionalId() const;

    friend bool operator==(const DataSource &a, const DataSource &b);
    friend bool operator!=(const DataSource &a, const DataSource &b) { return !(a == b); }
};

// The URL the API gives a data source: https://<id>.<type>.cockpit.<region>.scw.cloud
// (an empty URL for an unknown type).
QUrl dataSourceUrl(const QString &id, DataSourceType type, Region region);

// What a create needs. Without retentionDays the API applies the region's default for the type.
struct CreateDataSourceRequest
{
    Region region = Region::FrPar;
    QString projectId;
    QString name;
    DataSourceType type = DataSourceType::Metrics;
    std::optional<int> retentionDays;
};

// What a list asks for. Origin Unknown means every origin; empty types means every type.
struct DataSourceListQuery
{
    Region region = Region::FrPar;
    QString projectId;
    DataSourceOrigin origin = DataSourceOrigin::Unknown;
    QList<DataSourceType> types;
    DataSourceOrder order = DataSourceOrder::CreatedAtAsc;
};

// The API's rule for data source names: 3 to 50 characters of [A-Za-z0-9-_. ].
bool isValidDataSourceName(const QString &name);

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::DataSource)
