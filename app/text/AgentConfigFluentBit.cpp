// Fluent Bit: its opentelemetry output in the classic format, with the keys the scw CLI writes
// (Host, Port, <Type>_uri, Tls, Header X-TOKEN), and one input per type so that it runs as it
// is: the host's log files, the host's metrics, or an OTLP receiver for traces.
#include "AgentConfigWriters.h"

#include "AgentConfig.h"

namespace cockpit::AgentConfigWriters {
namespace {

QString line(const QString &key, const QString &value)
{
    return QLatin1String("    ") + key.leftJustified(16) + value + u'\n';
}

QString input(const Target &target)
{
    QString text = QLatin1String("[INPUT]\n");
    switch (target.source.type) {
    case DataSourceType::Metrics:
        text += line(QStringLiteral("Name"), QStringLiteral("node_exporter_metrics"));
        text += line(QStringLiteral("Tag"), QStringLiteral("metrics"));
        text += line(QStringLiteral("Scrape_interval"),
                     QString::number(target.options.scrapeIntervalSeconds));
        break;
    case DataSourceType::Logs:
        text += line(QStringLiteral("Name"), QStringLiteral("tail"));
        text += line(QStringLiteral("Tag"), QStringLiteral("logs"));
        text += line(QStringLiteral("Path"), QStringLiteral("/var/log/*.log"));
        break;
    case DataSourceType::Traces:
        text += line(QStringLiteral("Name"), QStringLiteral("opentelemetry"));
        text += line(QStringLiteral("Tag"), QStringLiteral("traces"));
        text += line(QStringLiteral("Listen"), QStringLiteral("127.0.0.1"));
        text += line(QStringLiteral("Port"), QStringLiteral("4318"));
        break;
    case DataSourceType::Unknown:
        break;
    }
    return text;
}

QString uriKey(DataSourceType type)
{
    switch (type) {
    case DataSourceType::Metrics:
        return QStringLiteral("Metrics_uri");
    case DataSourceType::Logs:
        return QStringLiteral("Logs_uri");
    case DataSourceType::Traces:
        return QStringLiteral("Traces_uri");
    case DataSourceType::Unknown:
        break;
    }
    return {};
}

} // namespace

AgentConfig fluentBit(const Target &target)
{
    // Fluent Bit takes a host, a port and a path, not a URL.
    const QUrl base(target.base);
    const bool tls = base.scheme() == QLatin1String("https");
    const QString host = base.host(QUrl::FullyEncoded);
    const int port = base.port(tls ? 443 : 80);
    const QString uri =
        base.path(QUrl::FullyEncoded) + AgentConfigs::otlpPushPath(target.source.type);
    const QString secret = target.secret.expose();
    if (!fluentBitSafe(host) || !fluentBitSafe(uri) || !fluentBitSafe(secret))
        return {}; // the classic format has no quoting: such a value cannot be written

    AgentConfig config;
    config.fileName = QStringLiteral("fluent-bit.conf");
    config.syntax = AgentSyntax::FluentBitClassic;
    QString &text = config.text;
    text += preamble(target, QStringLiteral("#"),
                     QStringLiteral("Fluent Bit: fluent-bit -c fluent-bit.conf"));
    text += u'\n';
    text += QLatin1String("[SERVICE]\n");
    text += line(QStringLiteral("Flush"), QStringLiteral("5"));
    text += line(QStringLiteral("Log_Level"), QStringLiteral("info"));
    text += u'\n';
    text += input(target);
    text += u'\n';
    text += QLatin1String("[OUTPUT]\n");
    text += line(QStringLiteral("Name"), QStringLiteral("opentelemetry"));
    text += line(QStringLiteral("Match"), QStringLiteral("*"));
    text += line(QStringLiteral("Host"), host);
    text += line(QStringLiteral("Port"), QString::number(port));
    text += line(uriKey(target.source.type), uri);
    text += line(QStringLiteral("Tls"), tls ? QStringLiteral("On") : QStringLiteral("Off"));
    if (tls)
        text += line(QStringLiteral("Tls.verify"), QStringLiteral("On"));
    text += line(QStringLiteral("Header"), QStringLiteral("X-TOKEN ") + secret);
    return config;
}

} // namespace cockpit::AgentConfigWriters
