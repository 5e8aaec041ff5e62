#pragma once

#include "api/DataSource.h"
#include "api/Secret.h"
#include "api/Token.h"

#include <QList>
#include <QString>
#include <QUrl>

// The values of AgentConfigs (AgentConfig.h, which includes this): apart so that the format
// writers can use them without depending on the functions that call them.
namespace cockpit {

// The agents a token and a data source can be given to, ready to run.
enum class AgentKind
{
    Alloy,      // Grafana Alloy: prometheus.remote_write, loki.write, otelcol.exporter.otlphttp
    Prometheus, // prometheus.yml that scrapes itself and remote-writes (metrics only)
    FluentBit,  // Fluent Bit's opentelemetry output (classic .conf)
    OpenTelemetryCollector, // the Collector's otlphttp exporter with an OTLP receiver
    Curl,                   // a shell script that sends one test sample with curl
    GrafanaDataSource,      // for a query token: Grafana's data source (URL and header)
};

// The language of a generated text, for syntax colouring and a file dialog's filter.
enum class AgentSyntax
{
    Alloy,
    Yaml,
    FluentBitClassic,
    Shell,
};

// Why an agent does not fit a (data source, token) pair, in the order they are checked.
enum class AgentUnfit
{
    None,
    UnknownType,      // a data source type this version does not know
    OtherProject,     // the token is of another project
    OtherRegion,      // the token is of another region (tokens work in their own region only)
    ReadOnlySource,   // a Scaleway-origin source: nobody can push to it (push agents only)
    TypeNotSupported, // the agent cannot carry the source's type (Prometheus: metrics only)
    NoPushScope,      // no write_only_<type> scope (push agents)
    NoQueryScope,     // no read_only_<type> scope (GrafanaDataSource)
};

struct AgentFit
{
    AgentKind kind = AgentKind::Alloy;
    AgentUnfit unfit = AgentUnfit::None;
    QString explanation; // translated; empty when it fits

    bool fits() const { return unfit == AgentUnfit::None; }
};

struct AgentOptions
{
    // In place of the data source's `url` (e.g. CockpitEmulator::pushBaseUrl in a test): the
    // base every push or query path is appended to. Empty: the source's real url.
    QUrl baseUrl;
    // How often Prometheus and Alloy scrape (and so how soon samples are sent).
    int scrapeIntervalSeconds = 60;
    // Where the generated Prometheus scrapes itself (its own --web.listen-address).
    QString prometheusSelfAddress = QStringLiteral("localhost:9090");
};

// A generated configuration. The text holds the token's secret: it goes to the user (copy, save
// with mode 0600) and nowhere else: never into logs or settings.
struct AgentConfig
{
    QString fileName; // a suggested name: "config.alloy", "prometheus.yml"…
    QString text;
    AgentSyntax syntax = AgentSyntax::Yaml;

    bool isEmpty() const { return text.isEmpty(); }
};

} // namespace cockpit
