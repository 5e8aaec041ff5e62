#pragma once

#include "AgentConfigTypes.h"

#include "api/DataSource.h"
#include "api/Secret.h"
#include "api/Token.h"

#include <QList>
#include <QString>

namespace cockpit {

// Complete agent configurations for a Cockpit data source and a token, with the secret filled in.
// Comments inside the generated files are English (like the agents' own documentation); what the
// app shows the user (why an agent does not fit) is translated.
namespace AgentConfigs {

// Every kind, in the order a picker shows them.
QList<AgentKind> allKinds();
// The product's name ("Grafana Alloy", "Prometheus", "Fluent Bit", "OpenTelemetry Collector",
// "curl", "Grafana data source"): names, not translated.
QString displayName(AgentKind kind);

// Whether `kind` can work with this source and token, and if not the first reason why.
AgentUnfit unfit(AgentKind kind, const DataSource &source, const Token &token);
// A sentence for the user (QCoreApplication::translate, context "cockpit::AgentConfigs");
// empty for AgentUnfit::None.
QString explanation(AgentUnfit unfit, AgentKind kind, const DataSource &source, const Token &token);
// Every kind with its fit, in allKinds() order.
QList<AgentFit> fits(const DataSource &source, const Token &token);

// The configuration of `kind`; an empty one when the kind does not fit (see unfit()) or when a
// value cannot be written in that format (a line break in a Fluent Bit value, say).
AgentConfig generate(AgentKind kind, const DataSource &source, const Token &token,
                     const Secret &secret, const AgentOptions &options = {});

// The base an agent uses (options.baseUrl or the source's url), without a trailing slash.
QString baseUrl(const DataSource &source, const AgentOptions &options = {});
// The push path of a source's type for an agent's protocol: "/api/v1/push" (metrics, remote
// write), "/loki/api/v1/push" (logs, Loki), or "/otlp/v1/<type>" (OTLP); empty for Unknown.
QString nativePushPath(DataSourceType type);
QString otlpPushPath(DataSourceType type);

} // namespace AgentConfigs
} // namespace cockpit
