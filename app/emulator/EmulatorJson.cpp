#include "EmulatorJson.h"

#include "api/TokenScope.h"
#include "api/UtcDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>

// The strings below are the API's protocol text (it answers in English), not user interface
// text, so they are not translated.

namespace cockpit::EmulatorJson {

QString timestamp(qint64 micros)
{
    const qint64 seconds = micros >= 0 ? micros / 1000000 : (micros - 999999) / 1000000;
    const qint64 fraction = micros - seconds * 1000000;
    const QDateTime time = UtcDateTime::fromSecsSinceEpoch(seconds);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) %
           QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0')) % QLatin1Char('Z');
}

QJsonObject token(const StoredToken &stored, const QString &secretKey)
{
    const QString created = timestamp(stored.createdMicros);
    QJsonArray scopes;
    // Canonical order, whatever order the create asked for: the real API does not echo it.
    for (const QString &scope : tokenScopeIds(stored.token.scopes))
        scopes.append(scope);
    return QJsonObject{
        {QStringLiteral("created_at"), created},
        {QStringLiteral("id"), stored.token.id},
        {QStringLiteral("name"), stored.token.name},
        {QStringLiteral("project_id"), stored.token.projectId},
        {QStringLiteral("region"), regionId(stored.token.region)},
        {QStringLiteral("scopes"), scopes},
        {QStringLiteral("secret_key"),
         secretKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(secretKey)},
        {QStringLiteral("updated_at"), created},
    };
}

QJsonObject project(const StoredProject &stored)
{
    const QString created = timestamp(stored.createdMicros);
    return QJsonObject{
        {QStringLiteral("created_at"), created},
        {QStringLiteral("description"), stored.project.description},
        {QStringLiteral("id"), stored.project.id},
        {QStringLiteral("name"), stored.project.name},
        {QStringLiteral("organization_id"), stored.project.organizationId},
        {QStringLiteral("updated_at"), created},
    };
}

QJsonObject apiKey(const StoredApiKey &key)
{
    const QString created = timestamp(key.createdMicros);
    return QJsonObject{
        {QStringLiteral("access_key"), key.accessKey},
        {QStringLiteral("application_id"), key.applicationId},
        {QStringLiteral("created_at"), created},
        {QStringLiteral("creation_ip"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("default_project_id"), key.defaultProjectId},
        {QStringLiteral("deletable"), true},
        {QStringLiteral("description"), QStringLiteral("Cockpit emulator key")},
        {QStringLiteral("editable"), true},
        {QStringLiteral("expires_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("managed"), false},
        {QStringLiteral("secret_key"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("updated_at"), created},
    };
}

QJsonObject dataSource(const StoredDataSource &stored)
{
    const DataSource &source = stored.source;
    QJsonObject object{
        {QStringLiteral("created_at"), timestamp(stored.createdMicros)},
        {QStringLiteral("id"), source.id},
        {QStringLiteral("name"), source.name},
        {QStringLiteral("origin"),
         source.unknownOrigin.isEmpty() ? dataSourceOriginId(source.origin) : source.unknownOrigin},
        {QStringLiteral("project_id"), source.projectId},
        {QStringLiteral("region"), regionId(source.region)},
        {QStringLiteral("synchronized_with_grafana"), source.synchronizedWithGrafana},
        {QStringLiteral("type"),
         source.unknownType.isEmpty() ? dataSourceTypeId(source.type) : source.unknownType},
        {QStringLiteral("updated_at"), timestamp(stored.updatedMicros)},
        {QStringLiteral("url"), source.url.toString()},
    };
    if (source.retentionDays)
        object.insert(QStringLiteral("retention_days"), *source.retentionDays);
    if (source.currentMonthUsageBytes)
        object.insert(QStringLiteral("current_month_usage"),
                      double(*source.currentMonthUsageBytes));
    return object;
}

QJsonObject regionConfig(const RegionConfig &config)
{
    const auto range = [](const RetentionRange &retention) {
        return QJsonObject{
            {QStringLiteral("default_days"), retention.defaultDays},
            {QStringLiteral("max_days"), retention.maxDays},
            {QStringLiteral("min_days"), retention.minDays},
        };
    };
    QJsonObject object{
        {QStringLiteral("custom_logs_retention"), range(config.customLogs)},
        {QStringLiteral("custom_metrics_retention"), range(config.customMetrics)},
        {QStringLiteral("custom_traces_retention"), range(config.customTraces)},
    };
    if (config.productLogs)
        object.insert(QStringLiteral("product_logs_retention"), range(*config.productLogs));
    if (config.productMetrics)
        object.insert(QStringLiteral("product_metrics_retention"), range(*config.productMetrics));
    return object;
}

QJsonObject notFound(const QString &resource, const QString &resourceId)
{
    return QJsonObject{
        {QStringLiteral("message"), QStringLiteral("resource is not found")},
        {QStringLiteral("resource"), resource},
        {QStringLiteral("resource_id"), resourceId},
        {QStringLiteral("type"), QStringLiteral("not_found")},
    };
}

QJsonObject invalidArguments(const QList<ArgumentError> &errors)
{
    QJsonArray details;
    for (const ArgumentError &error : errors) {
        details.append(QJsonObject{
            {QStringLiteral("argument_name"), error.argumentName},
            {QStringLiteral("help_message"), error.helpMessage},
            {QStringLiteral("reason"), error.reason},
        });
    }
    return QJsonObject{
        {QStringLiteral("details"), details},
        {QStringLiteral("message"), QStringLiteral("invalid argument(s)")},
        {QStringLiteral("type"), QStringLiteral("invalid_arguments")},
    };
}

QJsonObject deniedAuthentication(const QString &reason)
{
    return QJsonObject{
        {QStringLiteral("message"), QStringLiteral("authentication is denied")},
        {QStringLiteral("method"), QStringLiteral("api_key")},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("type"), QStringLiteral("denied_authentication")},
    };
}

QJsonObject permissionsDenied(const QString &action, const QString &resource)
{
    const QJsonObject detail{
        {QStringLiteral("action"), action},
        {QStringLiteral("resource"), resource},
    };
    return QJsonObject{
        {QStringLiteral("details"), QJsonArray{detail}},
        {QStringLiteral("message"), QStringLiteral("insufficient permissions")},
        {QStringLiteral("type"), QStringLiteral("permissions_denied")},
    };
}

QJsonObject internalError()
{
    return QJsonObject{
        {QStringLiteral("message"), QStringLiteral("internal error")},
        {QStringLiteral("type"), QStringLiteral("unknown")},
    };
}

QJsonObject noRoute()
{
    // The gateway's answer to a path no API serves: a not_found without a resource.
    return QJsonObject{
        {QStringLiteral("message"), QStringLiteral("no route matches the request path")},
        {QStringLiteral("type"), QStringLiteral("not_found")},
    };
}

QJsonObject methodNotAllowed()
{
    return QJsonObject{
        {QStringLiteral("message"), QStringLiteral("method not allowed")},
        {QStringLiteral("type"), QStringLiteral("method_not_allowed")},
    };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace cockpit::EmulatorJson
