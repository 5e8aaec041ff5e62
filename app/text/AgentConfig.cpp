#include "AgentConfig.h"

#include "AgentConfigWriters.h"

#include <QCoreApplication>

namespace cockpit::AgentConfigs {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cockpit::AgentConfigs", text);
}

bool isPushAgent(AgentKind kind)
{
    return kind != AgentKind::GrafanaDataSource;
}

std::optional<TokenScope> pushScope(DataSourceType type)
{
    switch (type) {
    case DataSourceType::Metrics:
        return TokenScope::WriteOnlyMetrics;
    case DataSourceType::Logs:
        return TokenScope::WriteOnlyLogs;
    case DataSourceType::Traces:
        return TokenScope::WriteOnlyTraces;
    case DataSourceType::Unknown:
        break;
    }
    return std::nullopt;
}

std::optional<TokenScope> queryScope(DataSourceType type)
{
    switch (type) {
    case DataSourceType::Metrics:
        return TokenScope::ReadOnlyMetrics;
    case DataSourceType::Logs:
        return TokenScope::ReadOnlyLogs;
    case DataSourceType::Traces:
        return TokenScope::ReadOnlyTraces;
    case DataSourceType::Unknown:
        break;
    }
    return std::nullopt;
}

QString noPushScope(DataSourceType type)
{
    switch (type) {
    case DataSourceType::Metrics:
        return tr("This token cannot push metrics: it lacks the Push permission for metrics.");
    case DataSourceType::Logs:
        return tr("This token cannot push logs: it lacks the Push permission for logs.");
    case DataSourceType::Traces:
        return tr("This token cannot push traces: it lacks the Push permission for traces.");
    case DataSourceType::Unknown:
        break;
    }
    return {};
}

QString noQueryScope(DataSourceType type)
{
    switch (type) {
    case DataSourceType::Metrics:
        return tr("This token cannot query metrics: it lacks the Query permission for metrics.");
    case DataSourceType::Logs:
        return tr("This token cannot query logs: it lacks the Query permission for logs.");
    case DataSourceType::Traces:
        return tr("This token cannot query traces: it lacks the Query permission for traces.");
    case DataSourceType::Unknown:
        break;
    }
    return {};
}

} // namespace

QList<AgentKind> allKinds()
{
    return {AgentKind::Alloy,     AgentKind::Prometheus,
            AgentKind::FluentBit, AgentKind::OpenTelemetryCollector,
            AgentKind::Curl,      AgentKind::GrafanaDataSource};
}

QString displayName(AgentKind kind)
{
    switch (kind) {
    case AgentKind::Alloy:
        return QStringLiteral("Grafana Alloy");
    case AgentKind::Prometheus:
        return QStringLiteral("Prometheus");
    case AgentKind::FluentBit:
        return QStringLiteral("Fluent Bit");
    case AgentKind::OpenTelemetryCollector:
        return QStringLiteral("OpenTelemetry Collector");
    case AgentKind::Curl:
        return QStringLiteral("curl");
    case AgentKind::GrafanaDataSource:
        return QStringLiteral("Grafana data source");
    }
    return {};
}

AgentUnfit unfit(AgentKind kind, const DataSource &source, const Token &token)
{
    if (source.type == DataSourceType::Unknown)
        return AgentUnfit::UnknownType;
    if (token.projectId != source.projectId)
        return AgentUnfit::OtherProject;
    if (token.region != source.region)
        return AgentUnfit::OtherRegion;
    if (!isPushAgent(kind))
        return token.scopes.testFlag(*queryScope(source.type)) ? AgentUnfit::None
                                                               : AgentUnfit::NoQueryScope;
    if (source.isReadOnly())
        return AgentUnfit::ReadOnlySource;
    if (kind == AgentKind::Prometheus && source.type != DataSourceType::Metrics)
        return AgentUnfit::TypeNotSupported;
    return token.scopes.testFlag(*pushScope(source.type)) ? AgentUnfit::None
                                                          : AgentUnfit::NoPushScope;
}

QString explanation(AgentUnfit unfit, AgentKind kind, const DataSource &source, const Token &token)
{
    switch (unfit) {
    case AgentUnfit::None:
        return {};
    case AgentUnfit::UnknownType:
        return tr("This version of the app does not know the type of this data source.");
    case AgentUnfit::OtherProject:
        return tr("This data source belongs to another project than the token.");
    case AgentUnfit::OtherRegion:
        return tr("The token is in %1 and the data source in %2: a token only works with the "
                  "data sources of its own region.")
            .arg(regionId(token.region), regionId(source.region));
    case AgentUnfit::ReadOnlySource:
        return tr("“%1” holds the data of Scaleway products: it is read-only and nothing can "
                  "push to it. Choose a custom data source.")
            .arg(source.name);
    case AgentUnfit::TypeNotSupported:
        if (kind == AgentKind::Prometheus)
            return tr("Prometheus only sends metrics: choose a metrics data source.");
        return tr("This agent cannot send this type of data.");
    case AgentUnfit::NoPushScope:
        return noPushScope(source.type);
    case AgentUnfit::NoQueryScope:
        return noQueryScope(source.type);
    }
    return {};
}

QList<AgentFit> fits(const DataSource &source, const Token &token)
{
    QList<AgentFit> list;
    for (AgentKind kind : allKinds()) {
        AgentFit fit;
        fit.kind = kind;
        fit.unfit = unfit(kind, source, token);
        fit.explanation = explanation(fit.unfit, kind, source, token);
        list.append(fit);
    }
    return list;
}

QString baseUrl(const DataSource &source, const AgentOptions &options)
{
    QString base =
        (options.baseUrl.isEmpty() ? source.url : options.baseUrl).toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

QString nativePushPath(DataSourceType type)
{
    switch (type) {
    case DataSourceType::Metrics:
        return QStringLiteral("/api/v1/push");
    case DataSourceType::Logs:
        return QStringLiteral("/loki/api/v1/push");
    case DataSourceType::Traces:
        return otlpPushPath(type);
    case DataSourceType::Unknown:
        break;
    }
    return {};
}

QString otlpPushPath(DataSourceType type)
{
    if (type == DataSourceType::Unknown)
        return {};
    return QStringLiteral("/otlp/v1/") + dataSourceTypeId(type);
}

AgentConfig generate(AgentKind kind, const DataSource &source, const Token &token,
                     const Secret &secret, const AgentOptions &options)
{
    if (unfit(kind, source, token) != AgentUnfit::None || secret.isEmpty())
        return {};
    const AgentConfigWriters::Target target{source, token, secret, options,
                                            baseUrl(source, options)};
    switch (kind) {
    case AgentKind::Alloy:
        return AgentConfigWriters::alloy(target);
    case AgentKind::Prometheus:
        return AgentConfigWriters::prometheus(target);
    case AgentKind::FluentBit:
        return AgentConfigWriters::fluentBit(target);
    case AgentKind::OpenTelemetryCollector:
        return AgentConfigWriters::openTelemetryCollector(target);
    case AgentKind::Curl:
        return AgentConfigWriters::curl(target);
    case AgentKind::GrafanaDataSource:
        return AgentConfigWriters::grafanaDataSource(target);
    }
    return {};
}

} // namespace cockpit::AgentConfigs
