#pragma once

#include "DataSource.h"

#include <QMetaType>

#include <optional>

namespace cockpit {

// The retention a data source of one kind may be given, in days.
struct RetentionRange
{
    int defaultDays = 0;
    int minDays = 0;
    int maxDays = 0;

    bool contains(int days) const { return days >= minDays && days <= maxDays; }

    friend bool operator==(const RetentionRange &a, const RetentionRange &b)
    {
        return a.defaultDays == b.defaultDays && a.minDays == b.minDays && a.maxDays == b.maxDays;
    }
    friend bool operator!=(const RetentionRange &a, const RetentionRange &b) { return !(a == b); }
};

// What `GET /cockpit/v1/regions/{region}/config` says: the retention bounds of the sources users
// create (custom_*) and of the Scaleway products' own sources (product_*, which have no traces).
struct RegionConfig
{
    RetentionRange customMetrics;
    RetentionRange customLogs;
    RetentionRange customTraces;
    // Absent from an answer that does not hold them (the app does not need them to create).
    std::optional<RetentionRange> productMetrics;
    std::optional<RetentionRange> productLogs;

    // The bounds of a new source of `type`; std::nullopt for DataSourceType::Unknown.
    std::optional<RetentionRange> customRetention(DataSourceType type) const;

    // The values the API gives in every region today (recorded in fr-par; the same elsewhere
    // is inferred): metrics 31 days by default, logs and traces 7, all within 1..1825.
    static RegionConfig apiDefaults();

    friend bool operator==(const RegionConfig &a, const RegionConfig &b)
    {
        return a.customMetrics == b.customMetrics && a.customLogs == b.customLogs &&
               a.customTraces == b.customTraces && a.productMetrics == b.productMetrics &&
               a.productLogs == b.productLogs;
    }
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::RegionConfig)
