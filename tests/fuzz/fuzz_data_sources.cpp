// Data sources and the region's configuration: every source of a decoded page is of the region
// asked, with a URL; a rejected body leaves the output untouched and says why.
#include "FuzzContract.h"
#include "api/DataSourceJson.h"

using namespace cockpit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Region region = fuzz::regionFrom(data[0]);
    const QByteArray body = fuzz::bytes(data + 1, size - 1);

    ApiJson::DataSourcePage page;
    page.totalCount = -42;
    ApiError error = ApiJson::parseDataSourcePage(body, region, &page);
    if (error.isError()) {
        fuzz::requireTypedRejection(error);
        fuzz::require(page.totalCount == -42 && page.dataSources.isEmpty(),
                      "a rejected page leaves the output untouched");
    } else {
        fuzz::require(page.totalCount >= 0, "a page's total is not negative");
        for (const DataSource &source : std::as_const(page.dataSources)) {
            fuzz::require(!source.id.isEmpty(), "a page's sources have IDs");
            fuzz::require(source.region == region, "a page's sources are in the region asked");
            fuzz::require(source.url.scheme() == QLatin1String("https") &&
                              !source.url.host().isEmpty(),
                          "a page's sources have an https URL");
        }
    }

    DataSource source;
    source.id = QStringLiteral("sentinel");
    error = ApiJson::parseDataSource(body, region, &source);
    if (error.isError()) {
        fuzz::requireTypedRejection(error);
        fuzz::require(source.id == QLatin1String("sentinel") && source.name.isEmpty(),
                      "a rejected source leaves the output untouched");
    } else {
        fuzz::require(!source.id.isEmpty(), "a decoded source has an ID");
        fuzz::require(source.url.scheme() == QLatin1String("https") && !source.url.host().isEmpty(),
                      "a decoded source has an https URL");
    }

    RegionConfig config;
    config.customMetrics.defaultDays = -42;
    error = ApiJson::parseRegionConfig(body, &config);
    if (error.isError()) {
        fuzz::requireTypedRejection(error);
        fuzz::require(config.customMetrics.defaultDays == -42,
                      "a rejected configuration leaves the output untouched");
    } else {
        for (const RetentionRange &range :
             {config.customMetrics, config.customLogs, config.customTraces})
            fuzz::require(range.minDays <= range.maxDays, "a retention range is a range");
    }
    return 0;
}
