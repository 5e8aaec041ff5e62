#pragma once

#include "AgentConfigTypes.h"

#include <QString>

// The writers behind AgentConfigs::generate(), one file per format family, and the quoting each
// format needs. Internal to the core's models: the UI uses AgentConfig.h.
namespace cockpit::AgentConfigWriters {

// What every writer works from. generate() has checked that the kind fits.
struct Target
{
    const DataSource &source;
    const Token &token;
    const Secret &secret;
    const AgentOptions &options;
    QString base; // AgentConfigs::baseUrl(): no trailing slash

    QString url(const QString &path) const { return base + path; }
};

// A YAML double-quoted scalar: backslash, quote and control characters escaped.
QString yamlQuoted(const QString &text);
// An Alloy (River) string literal: the same escapes, in Go's syntax.
QString alloyQuoted(const QString &text);
// A POSIX shell word in single quotes ('…'\''…').
QString shellQuoted(const QString &text);
// Whether a value can stand as the rest of a Fluent Bit classic line: no control character,
// no surrounding space, no "${" (Fluent Bit would read an environment variable), not empty.
bool fluentBitSafe(const QString &text);
// The lines every file starts with (each prefixed with `comment`): which source and token it is
// for and that it holds a secret.
QString preamble(const Target &target, const QString &comment, const QString &agentLine);

AgentConfig alloy(const Target &target);
AgentConfig prometheus(const Target &target);
AgentConfig openTelemetryCollector(const Target &target);
AgentConfig grafanaDataSource(const Target &target);
AgentConfig fluentBit(const Target &target);
AgentConfig curl(const Target &target);

} // namespace cockpit::AgentConfigWriters
