#include "DataSourceEndpoints.h"

#include "ArgumentValidator.h"
#include "EmulatorJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cockpit {
namespace {

const QString kRead = QStringLiteral("read");
const QString kWrite = QStringLiteral("write");
const QString kCockpit = QStringLiteral("cockpit");
// The resource a not_found names (recorded: with a space).
const QString kDataSource = QStringLiteral("data source");

EmulatorResponse badArguments(const ArgumentValidator &validator)
{
    return EmulatorResponse::json(400, EmulatorJson::invalidArguments(validator.errors()));
}

// The body as a JSON object, or a "body" format error.
bool readBody(const QByteArray &body, ArgumentValidator &validator, QJsonObject *out)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        validator.add(QStringLiteral("body"), QStringLiteral("format"),
                      QStringLiteral("the request body must be a JSON object"));
        return false;
    }
    *out = document.object();
    return true;
}

// The widest range the API allows any source, for a retention whose type is not known yet.
RetentionRange anyRetention()
{
    return {0, 1, 1825};
}

} // namespace

DataSourceEndpoints::DataSourceEndpoints(EmulatorStore &store, const StoredApiKey &caller)
    : m_store(store)
    , m_caller(caller)
{
}

bool DataSourceEndpoints::mayUse(const QString &projectId) const
{
    // The IAM check of the token endpoints: the project must be in the caller's organization.
    const auto project = m_store.project(projectId);
    return project && project->project.organizationId == m_caller.organizationId;
}

EmulatorResponse DataSourceEndpoints::create(Region region, const QByteArray &body)
{
    ArgumentValidator validator;
    QJsonObject object;
    if (!readBody(body, validator, &object))
        return badArguments(validator);
    const QString projectId = validator.bodyUuid(object, QStringLiteral("project_id"));
    const std::optional<QString> name =
        validator.bodyDataSourceName(object, QStringLiteral("name"), true);
    const DataSourceType type = validator.bodyDataSourceType(object, QStringLiteral("type"));
    const RegionConfig config = m_store.dataSources().config(region);
    const RetentionRange range = config.customRetention(type).value_or(anyRetention());
    const std::optional<int> retention =
        validator.bodyRetentionDays(object, QStringLiteral("retention_days"), range);
    if (!validator.ok())
        return badArguments(validator);
    if (!mayUse(projectId))
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(kWrite, kCockpit));

    // What the API makes today (recorded since late 2024): a custom source with a retention,
    // the region's default for its type when none is asked for. Sources made before then were
    // external and had no retention_days.
    DataSource source;
    source.projectId = projectId;
    source.name = *name;
    source.type = type;
    source.origin = DataSourceOrigin::Custom;
    source.retentionDays = retention.value_or(range.defaultDays);
    source.region = region;
    const StoredDataSource stored =
        m_store.dataSources().add(source, m_store.dataSources().nextCreationMicros());
    return EmulatorResponse::json(200, EmulatorJson::dataSource(stored));
}

EmulatorResponse DataSourceEndpoints::list(Region region, const QUrlQuery &query)
{
    ArgumentValidator validator;
    const QString projectId = validator.queryUuid(query, QStringLiteral("project_id"), true);
    const int page = validator.queryInteger(query, QStringLiteral("page"), 1, INT_MAX, 1);
    const int pageSize = validator.queryInteger(query, QStringLiteral("page_size"), 1, kMaxPageSize,
                                                kDefaultPageSize);
    const DataSourceOrder order = validator.queryDataSourceOrder(query, QStringLiteral("order_by"));
    const DataSourceOrigin origin = validator.queryOrigin(query, QStringLiteral("origin"));
    const QList<DataSourceType> types =
        validator.queryDataSourceTypes(query, QStringLiteral("types"));
    if (!validator.ok())
        return badArguments(validator);
    if (!mayUse(projectId))
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(kRead, kCockpit));

    // Several types select a source of any of them (the only reading that makes sense for a
    // source, which has one type).
    const qint64 first = qint64(page - 1) * pageSize;
    qint64 matched = 0;
    QJsonArray array;
    const QList<StoredDataSource> sorted = m_store.dataSources().list(region, projectId, order);
    for (const StoredDataSource &stored : sorted) {
        if (origin != DataSourceOrigin::Unknown && stored.source.origin != origin)
            continue;
        if (!types.isEmpty() && !types.contains(stored.source.type))
            continue;
        if (matched >= first && matched < first + pageSize)
            array.append(EmulatorJson::dataSource(stored));
        ++matched;
    }
    return EmulatorResponse::json(200, QJsonObject{
                                           {QStringLiteral("data_sources"), array},
                                           {QStringLiteral("total_count"), double(matched)},
                                       });
}

EmulatorResponse DataSourceEndpoints::findVisible(Region region, const QString &dataSourceId,
                                                  const QString &action,
                                                  StoredDataSource *found) const
{
    ArgumentValidator validator;
    validator.checkUuid(QStringLiteral("data_source_id"), dataSourceId);
    if (!validator.ok())
        return badArguments(validator);
    const auto stored = m_store.dataSources().find(region, dataSourceId);
    if (!stored)
        return EmulatorResponse::json(404, EmulatorJson::notFound(kDataSource, dataSourceId));
    if (!mayUse(stored->source.projectId))
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(action, kCockpit));
    *found = *stored;
    return EmulatorResponse::empty(0);
}

EmulatorResponse DataSourceEndpoints::get(Region region, const QString &dataSourceId)
{
    StoredDataSource stored;
    const EmulatorResponse refused = findVisible(region, dataSourceId, kRead, &stored);
    if (refused.status != 0)
        return refused;
    return EmulatorResponse::json(200, EmulatorJson::dataSource(stored));
}

EmulatorResponse DataSourceEndpoints::update(Region region, const QString &dataSourceId,
                                             const QByteArray &body)
{
    ArgumentValidator validator;
    QJsonObject object;
    if (!readBody(body, validator, &object))
        return badArguments(validator);
    StoredDataSource stored;
    const EmulatorResponse refused = findVisible(region, dataSourceId, kWrite, &stored);
    if (refused.status != 0)
        return refused;
    const RegionConfig config = m_store.dataSources().config(region);
    const RetentionRange range =
        config.customRetention(stored.source.type).value_or(anyRetention());
    const std::optional<QString> name =
        validator.bodyDataSourceName(object, QStringLiteral("name"), false);
    const std::optional<int> retention =
        validator.bodyRetentionDays(object, QStringLiteral("retention_days"), range);
    if (!validator.ok())
        return badArguments(validator);
    // Scaleway's own sources belong to its products: users cannot change them. The API's exact
    // answer is not recorded: a permissions_denied on the data source (inferred).
    if (stored.source.isReadOnly())
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(kWrite, kDataSource));
    const auto updated =
        m_store.dataSources().update(stored.source.id, name, retention, EmulatorStore::nowMicros());
    return EmulatorResponse::json(200, EmulatorJson::dataSource(*updated));
}

EmulatorResponse DataSourceEndpoints::remove(Region region, const QString &dataSourceId)
{
    StoredDataSource stored;
    const EmulatorResponse refused = findVisible(region, dataSourceId, kWrite, &stored);
    if (refused.status != 0)
        return refused;
    // As for an update (inferred): Scaleway's own sources cannot be deleted.
    if (stored.source.isReadOnly())
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(kWrite, kDataSource));
    m_store.dataSources().remove(stored.source.id);
    return EmulatorResponse::empty(204);
}

EmulatorResponse DataSourceEndpoints::regionConfig(Region region)
{
    // Not tied to a project: any authenticated caller may read it (recorded without project_id).
    return EmulatorResponse::json(200,
                                  EmulatorJson::regionConfig(m_store.dataSources().config(region)));
}

} // namespace cockpit
