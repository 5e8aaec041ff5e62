#include "RegionConfig.h"

namespace cockpit {

std::optional<RetentionRange> RegionConfig::customRetention(DataSourceType type) const
{
    switch (type) {
    case DataSourceType::Metrics:
        return customMetrics;
    case DataSourceType::Logs:
        return customLogs;
    case DataSourceType::Traces:
        return customTraces;
    case DataSourceType::Unknown:
        break;
    }
    return std::nullopt;
}

RegionConfig RegionConfig::apiDefaults()
{
    constexpr int kMin = 1;
    constexpr int kMax = 1825;
    RegionConfig config;
    config.customMetrics = {31, kMin, kMax};
    config.customLogs = {7, kMin, kMax};
    config.customTraces = {7, kMin, kMax};
    config.productMetrics = RetentionRange{31, kMin, kMax};
    config.productLogs = RetentionRange{7, kMin, kMax};
    return config;
}

} // namespace cockpit
