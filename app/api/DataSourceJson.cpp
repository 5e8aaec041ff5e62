#include "DataSourceJson.h"

#include "ApiJsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace cockpit::ApiJson {
namespace {

using namespace Fields;

// A JSON number that is a whole number within [minimum, maximum].
bool wholeNumber(const QJsonValue &value, double minimum, double maximum, double *out)
{
    const double number = value.isDouble() ? value.toDouble() : std::nan("");
    if (!std::isfinite(number) || number < minimum || number > maximum ||
        std::floor(number) != number) {
        return false;
    }
    *out = number;
    return true;
}

bool requireBool(const QJsonObject &object, QLatin1String key, const Where &where, bool *out,
                 QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return expected(problem, where, key,
                        QT_TRANSLATE_NOOP("cockpit::ApiJson", "true or false"));
    *out = value.toBool();
    return true;
}

// Days of retention: absent or null on the sources created before retention could be chosen.
bool optionalDays(const QJsonObject &object, QLatin1String key, const Where &where,
                  std::optional<int> *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->reset();
        return true;
    }
    double days = 0;
    // Ten years is far beyond the API's 1825 days: anything above is not a retention.
    if (!wholeNumber(value, 0, 3650, &days)) {
        return expected(problem, where, key,
                        QT_TRANSLATE_NOOP("cockpit::ApiJson", "a whole number of days"));
    }
    *out = int(days);
    return true;
}

// A number of bytes (a uint64 of the API, written as a JSON number): absent or null when the
// answer predates the field.
bool optionalBytes(const QJsonObject &object, QLatin1String key, const Where &where,
                   std::optional<qint64> *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->reset();
        return true;
    }
    double bytes = 0;
    // 2^53: beyond it a double no longer holds every whole number.
    if (!wholeNumber(value, 0, 9007199254740992.0, &bytes)) {
        return expected(problem, where, key,
                        QT_TRANSLATE_NOOP("cockpit::ApiJson", "a whole number of bytes"));
    }
    *out = qint64(bytes);
    return true;
}

// The bare https:// base the API gives each source.
bool requireBaseUrl(const QJsonObject &object, QLatin1String key, const Where &where, QUrl *out,
                    QString *problem)
{
    const QJsonValue value = object.value(key);
    const QUrl url = value.isString() ? QUrl(value.toString(), QUrl::StrictMode) : QUrl();
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return expected(problem, where, key,
                        QT_TRANSLATE_NOOP("cockpit::ApiJson", "an https:// URL"));
    }
    *out = url;
    return true;
}

// An enum's text: a known value, or kept as text for a value this version does not know.
template <typename Enum, typename FromId>
bool requireEnum(const QJsonObject &object, QLatin1String key, const Where &where, FromId fromId,
                 Enum *out, QString *unknown, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return expected(problem, where, key, QT_TRANSLATE_NOOP("cockpit::ApiJson", "a string"));
    const QString text = value.toString();
    if (const std::optional<Enum> known = fromId(text)) {
        *out = *known;
        unknown->clear();
    } else {
        *out = Enum::Unknown;
        *unknown = text;
    }
    return true;
}

bool readDataSource(const QJsonObject &object, Region region, const Where &where, DataSource *out,
                    QString *problem)
{
    DataSource source;
    if (!requireUuid(object, QLatin1String("id"), where, &source.id, problem) ||
        !requireUuid(object, QLatin1String("project_id"), where, &source.projectId, problem) ||
        !requireString(object, QLatin1String("name"), where, &source.name, problem) ||
        !requireBaseUrl(object, QLatin1String("url"), where, &source.url, problem) ||
        !requireEnum(object, QLatin1String("type"), where, dataSourceTypeFromId, &source.type,
                     &source.unknownType, problem) ||
        !requireEnum(object, QLatin1String("origin"), where, dataSourceOriginFromId, &source.origin,
                     &source.unknownOrigin, problem) ||
        !optionalDays(object, QLatin1String("retention_days"), where, &source.retentionDays,
                      problem) ||
        !requireBool(object, QLatin1String("synchronized_with_grafana"), where,
                     &source.synchronizedWithGrafana, problem) ||
        !requireTimestamp(object, QLatin1String("created_at"), where, &source.createdAt, problem) ||
        !optionalTimestamp(object, QLatin1String("updated_at"), where, &source.updatedAt,
                           problem) ||
        !optionalBytes(object, QLatin1String("current_month_usage"), where,
                       &source.currentMonthUsageBytes, problem)) {
        return false;
    }
    const QJsonValue regionValue = object.value(QLatin1String("region"));
    const std::optional<Region> sourceRegion =
        regionValue.isString() ? regionFromId(regionValue.toString()) : std::nullopt;
    if (sourceRegion != region) {
        return expected(problem, where, QLatin1String("region"),
                        QT_TRANSLATE_NOOP("cockpit::ApiJson", "the region asked for"));
    }
    source.region = region;
    *out = std::move(source);
    return true;
}

bool readRange(const QJsonObject &object, QLatin1String key, RetentionRange *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    const QJsonObject range = value.toObject();
    double defaultDays = 0;
    double minDays = 0;
    double maxDays = 0;
    if (!value.isObject() ||
        !wholeNumber(range.value(QLatin1String("default_days")), 0, 3650, &defaultDays) ||
        !wholeNumber(range.value(QLatin1String("min_days")), 0, 3650, &minDays) ||
        !wholeNumber(range.value(QLatin1String("max_days")), 0, 3650, &maxDays) ||
        minDays > maxDays || defaultDays < minDays || defaultDays > maxDays) {
        return expected(problem, Where(), key,
                        QT_TRANSLATE_NOOP("cockpit::ApiJson", "a retention range in days"));
    }
    *out = {int(defaultDays), int(minDays), int(maxDays)};
    return true;
}

bool optionalRange(const QJsonObject &object, QLatin1String key, std::optional<RetentionRange> *out,
                   QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->reset();
        return true;
    }
    RetentionRange range;
    if (!readRange(object, key, &range, problem))
        return false;
    *out = range;
    return true;
}

} // namespace

ApiError parseDataSourcePage(const QByteArray &body, Region region, DataSourcePage *out)
{
    QString problem;
    QJsonObject object;
    QJsonArray array;
    DataSourcePage page;
    if (!readObject(body, &object, &problem) ||
        !requireCount(object, QLatin1String("total_count"), &page.totalCount, &problem) ||
        !requireArray(object, QLatin1String("data_sources"), &array, &problem)) {
        return malformed(problem);
    }
    page.dataSources.reserve(array.size());
    Where where{"data_sources", 0};
    for (; where.index < array.size(); ++where.index) {
        QJsonObject sourceObject;
        DataSource source;
        if (!requireElementObject(array.at(where.index), where, &sourceObject, &problem) ||
            !readDataSource(sourceObject, region, where, &source, &problem)) {
            return malformed(problem);
        }
        page.dataSources.append(std::move(source));
    }
    if (page.dataSources.size() > page.totalCount) {
        return malformed(
            QCoreApplication::translate(
                "cockpit::ApiJson", "total_count %1 is less than the %2 data sources of the page")
                .arg(page.totalCount)
                .arg(page.dataSources.size()));
    }
    *out = std::move(page);
    return {};
}

ApiError parseDataSource(const QByteArray &body, Region region, DataSource *out)
{
    QString problem;
    QJsonObject object;
    DataSource source;
    if (!readObject(body, &object, &problem) ||
        !readDataSource(object, region, Where(), &source, &problem)) {
        return malformed(problem);
    }
    *out = std::move(source);
    return {};
}

ApiError parseRegionConfig(const QByteArray &body, RegionConfig *out)
{
    QString problem;
    QJsonObject object;
    RegionConfig config;
    if (!readObject(body, &object, &problem) ||
        !readRange(object, QLatin1String("custom_metrics_retention"), &config.customMetrics,
                   &problem) ||
        !readRange(object, QLatin1String("custom_logs_retention"), &config.customLogs, &problem) ||
        !readRange(object, QLatin1String("custom_traces_retention"), &config.customTraces,
                   &problem) ||
        !optionalRange(object, QLatin1String("product_metrics_retention"), &config.productMetrics,
                       &problem) ||
        !optionalRange(object, QLatin1String("product_logs_retention"), &config.productLogs,
                       &problem)) {
        return malformed(problem);
    }
    *out = config;
    return {};
}

} // namespace cockpit::ApiJson
