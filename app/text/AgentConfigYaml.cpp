// The YAML configurations: Prometheus (remote_write), the OpenTelemetry Collector (otlphttp) and
// Grafana's data source provisioning file. Every value that comes from the API or the user is a
// double-quoted YAML scalar.
#include "AgentConfigWriters.h"

#include "AgentConfig.h"

namespace cockpit::AgentConfigWriters {
namespace {

QString signalName(DataSourceType type)
{
    return dataSourceTypeId(type); // "metrics", "logs", "traces": the Collector's pipeline names
}

// Grafana's plugin for each type, and the URL it queries. Mimir serves the Prometheus API under
// /prometheus; Loki and Tempo at the root. Scaleway's query URLs are not in the recordings
// (inferred from Mimir's, Loki's and Tempo's own paths).
QString grafanaPlugin(DataSourceType type)
{
    switch (type) {
    case DataSourceType::Metrics:
        return QStringLiteral("prometheus");
    case DataSourceType::Logs:
        return QStringLiteral("loki");
    case DataSourceType::Traces:
        return QStringLiteral("tempo");
    case DataSourceType::Unknown:
        break;
    }
    return {};
}

QString grafanaQueryUrl(const Target &target)
{
    if (target.source.type == DataSourceType::Metrics)
        return target.url(QStringLiteral("/prometheus"));
    return target.base;
}

} // namespace

AgentConfig prometheus(const Target &target)
{
    const QString interval = QString::number(target.options.scrapeIntervalSeconds) + u's';
    AgentConfig config;
    config.fileName = QStringLiteral("prometheus.yml");
    config.syntax = AgentSyntax::Yaml;
    QString &text = config.text;
    text += preamble(target, QStringLiteral("#"),
                     QStringLiteral("Prometheus: prometheus --config.file=prometheus.yml "
                                    "(check it with: promtool check config prometheus.yml)"));
    text += QLatin1String("# It scrapes Prometheus itself, as an example: add your own "
                          "scrape_configs.\n\n");
    text += QLatin1String("global:\n");
    text += QLatin1String("  scrape_interval: ") + interval + u'\n';
    text += QLatin1String("  evaluation_interval: ") + interval + QLatin1String("\n\n");
    text += QLatin1String("scrape_configs:\n");
    text += QLatin1String("  - job_name: \"prometheus\"\n");
    text += QLatin1String("    static_configs:\n");
    text += QLatin1String("      - targets: [") + yamlQuoted(target.options.prometheusSelfAddress) +
            QLatin1String("]\n\n");
    text += QLatin1String("remote_write:\n");
    text += QLatin1String("  - url: ") +
            yamlQuoted(target.url(AgentConfigs::nativePushPath(DataSourceType::Metrics))) + u'\n';
    text += QLatin1String("    headers:\n");
    text += QLatin1String("      X-TOKEN: ") + yamlQuoted(target.secret.expose()) + u'\n';
    // Cockpit also takes the secret as a bearer token. Some builds drop `headers` (Debian 12's
    // Prometheus 2.42 sends none: prometheus/prometheus#13030), so the secret goes both ways.
    text += QLatin1String("    # The same secret as a bearer token, for Prometheus builds that do "
                          "not send `headers`.\n");
    text += QLatin1String("    authorization:\n");
    text += QLatin1String("      type: Bearer\n");
    text += QLatin1String("      credentials: ") + yamlQuoted(target.secret.expose()) + u'\n';
    return config;
}

AgentConfig openTelemetryCollector(const Target &target)
{
    const DataSourceType type = target.source.type;
    const QString signal = signalName(type);
    AgentConfig config;
    config.fileName = QStringLiteral("otelcol.yaml");
    config.syntax = AgentSyntax::Yaml;
    QString &text = config.text;
    text += preamble(target, QStringLiteral("#"),
                     QStringLiteral("OpenTelemetry Collector: otelcol --config=otelcol.yaml"));
    text += QLatin1String("# Applications send OTLP to this machine (gRPC 4317, HTTP 4318); the "
                          "Collector batches\n# their ") +
            signal + QLatin1String(" and sends them on to Cockpit.\n\n");
    text += QLatin1String("receivers:\n  otlp:\n    protocols:\n");
    text += QLatin1String("      grpc:\n        endpoint: \"127.0.0.1:4317\"\n");
    text += QLatin1String("      http:\n        endpoint: \"127.0.0.1:4318\"\n\n");
    text += QLatin1String("processors:\n  batch: {}\n\n");
    // The per-signal key holds the full URL; `endpoint` would get /v1/<signal> appended.
    text += QLatin1String("exporters:\n  otlphttp/cockpit:\n");
    text += QLatin1String("    ") + signal + QLatin1String("_endpoint: ") +
            yamlQuoted(target.url(AgentConfigs::otlpPushPath(type))) + u'\n';
    text += QLatin1String("    headers:\n");
    text += QLatin1String("      X-TOKEN: ") + yamlQuoted(target.secret.expose()) +
            QLatin1String("\n\n");
    text += QLatin1String("service:\n  pipelines:\n");
    text += QLatin1String("    ") + signal + QLatin1String(":\n");
    text += QLatin1String("      receivers: [otlp]\n");
    text += QLatin1String("      processors: [batch]\n");
    text += QLatin1String("      exporters: [otlphttp/cockpit]\n");
    return config;
}

AgentConfig grafanaDataSource(const Target &target)
{
    const DataSource &source = target.source;
    const QString url = grafanaQueryUrl(target);
    AgentConfig config;
    config.fileName = QStringLiteral("cockpit-datasource.yaml");
    config.syntax = AgentSyntax::Yaml;
    QString &text = config.text;
    text += preamble(target, QStringLiteral("#"),
                     QStringLiteral("Grafana data source: put this file in "
                                    "/etc/grafana/provisioning/datasources/"));
    text += QLatin1String("# Or add it by hand (Connections > Data sources > Add: ") +
            grafanaPlugin(source.type) + QLatin1String("):\n");
    text += QLatin1String("#   URL:         ") + url + u'\n';
    text += QLatin1String("#   HTTP header: X-Token, with the token's secret key as its value\n\n");
    text += QLatin1String("apiVersion: 1\n\n");
    text += QLatin1String("datasources:\n");
    text +=
        QLatin1String("  - name: ") +
        yamlQuoted(QStringLiteral("Cockpit %1 (%2)").arg(source.name, regionId(source.region))) +
        u'\n';
    text += QLatin1String("    type: ") + grafanaPlugin(source.type) + u'\n';
    text += QLatin1String("    access: proxy\n");
    text += QLatin1String("    url: ") + yamlQuoted(url) + u'\n';
    text += QLatin1String("    jsonData:\n");
    text += QLatin1String("      httpHeaderName1: \"X-Token\"\n");
    text += QLatin1String("    secureJsonData:\n");
    text += QLatin1String("      httpHeaderValue1: ") + yamlQuoted(target.secret.expose()) + u'\n';
    return config;
}

} // namespace cockpit::AgentConfigWriters
