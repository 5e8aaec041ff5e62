// Grafana Alloy: one writer for the three types. The component that talks to Cockpit has the
// shape Scaleway publishes (prometheus.remote_write / loki.write with an endpoint block and the
// X-TOKEN header, otelcol.exporter.otlphttp with a client block); the components before it make
// the configuration run as it is: Alloy's own metrics, the host's log files, an OTLP receiver.
#include "AgentConfigWriters.h"

#include "AgentConfig.h"

namespace cockpit::AgentConfigWriters {
namespace {

QString headers(const Target &target, const QString &indent)
{
    return indent + QLatin1String("headers = {\n") + indent + QLatin1String("  \"X-TOKEN\" = ") +
           alloyQuoted(target.secret.expose()) + QLatin1String(",\n") + indent +
           QLatin1String("}\n");
}

// The component that pushes to Cockpit: `component` "cockpit" with one endpoint.
QString pushComponent(const Target &target, QLatin1String component, DataSourceType type)
{
    return component + QLatin1String(" \"cockpit\" {\n  endpoint {\n    url = ") +
           alloyQuoted(target.url(AgentConfigs::nativePushPath(type))) + u'\n' +
           headers(target, QStringLiteral("    ")) + QLatin1String("  }\n}\n");
}

QString metrics(const Target &target)
{
    const QString interval = QString::number(target.options.scrapeIntervalSeconds) + u's';
    QString text;
    text += QLatin1String("// Alloy's own metrics, as an example: add prometheus.scrape blocks for "
                          "your services\n// and forward them to the same receiver.\n");
    text += QLatin1String("prometheus.exporter.self \"alloy\" {\n}\n\n");
    text += QLatin1String("prometheus.scrape \"alloy\" {\n");
    text += QLatin1String("  targets         = prometheus.exporter.self.alloy.targets\n");
    text += QLatin1String("  scrape_interval = ") + alloyQuoted(interval) + u'\n';
    text += QLatin1String("  forward_to      = [prometheus.remote_write.cockpit.receiver]\n}\n\n");
    text +=
        pushComponent(target, QLatin1String("prometheus.remote_write"), DataSourceType::Metrics);
    return text;
}

QString logs(const Target &target)
{
    QString text;
    text += QLatin1String("// The host's log files, as an example: change the path to your "
                          "applications' logs.\n");
    text += QLatin1String("local.file_match \"logs\" {\n");
    text += QLatin1String("  path_targets = [{\"__path__\" = \"/var/log/*.log\", \"job\" = "
                          "\"varlogs\"}]\n}\n\n");
    text += QLatin1String("loki.source.file \"logs\" {\n");
    text += QLatin1String("  targets    = local.file_match.logs.targets\n");
    text += QLatin1String("  forward_to = [loki.write.cockpit.receiver]\n}\n\n");
    text += pushComponent(target, QLatin1String("loki.write"), DataSourceType::Logs);
    return text;
}

QString traces(const Target &target)
{
    QString text;
    text += QLatin1String("// Applications send OTLP to this machine (gRPC 4317, HTTP 4318); Alloy "
                          "batches the spans\n// and sends them on to Cockpit.\n");
    text += QLatin1String("otelcol.receiver.otlp \"default\" {\n");
    text += QLatin1String("  grpc {\n    endpoint = \"127.0.0.1:4317\"\n  }\n");
    text += QLatin1String("  http {\n    endpoint = \"127.0.0.1:4318\"\n  }\n");
    text += QLatin1String("  output {\n    traces = [otelcol.processor.batch.default.input]\n  "
                          "}\n}\n\n");
    text += QLatin1String("otelcol.processor.batch \"default\" {\n");
    text += QLatin1String("  output {\n    traces = [otelcol.exporter.otlphttp.cockpit.input]\n  "
                          "}\n}\n\n");
    // traces_endpoint is an argument of the component (not of its client block, whatever some
    // examples show): the full URL, so that the exporter does not append /v1/traces itself.
    text += QLatin1String("otelcol.exporter.otlphttp \"cockpit\" {\n  client {\n");
    text += QLatin1String("    endpoint = ") + alloyQuoted(target.base) + u'\n';
    text += headers(target, QStringLiteral("    "));
    text += QLatin1String("  }\n");
    text += QLatin1String("  traces_endpoint = ") +
            alloyQuoted(target.url(AgentConfigs::otlpPushPath(DataSourceType::Traces))) + u'\n';
    text += QLatin1String("}\n");
    return text;
}

} // namespace

AgentConfig alloy(const Target &target)
{
    AgentConfig config;
    config.fileName = QStringLiteral("config.alloy");
    config.syntax = AgentSyntax::Alloy;
    config.text = preamble(target, QStringLiteral("//"),
                           QStringLiteral("Grafana Alloy: alloy run "
                                          "config.alloy")) +
                  u'\n';
    switch (target.source.type) {
    case DataSourceType::Metrics:
        config.text += metrics(target);
        break;
    case DataSourceType::Logs:
        config.text += logs(target);
        break;
    case DataSourceType::Traces:
        config.text += traces(target);
        break;
    case DataSourceType::Unknown:
        return {};
    }
    return config;
}

} // namespace cockpit::AgentConfigWriters
