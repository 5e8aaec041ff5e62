#pragma once

#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace cockpit {

// The nine real Cockpit token scopes (the API's `unknown_scope` zero value is never sent or kept).
enum class TokenScope : quint16
{
    WriteOnlyMetrics = 1 << 0,       // write_only_metrics
    ReadOnlyMetrics = 1 << 1,        // read_only_metrics
    FullAccessMetricsRules = 1 << 2, // full_access_metrics_rules
    WriteOnlyLogs = 1 << 3,          // write_only_logs
    ReadOnlyLogs = 1 << 4,           // read_only_logs
    FullAccessLogsRules = 1 << 5,    // full_access_logs_rules
    FullAccessAlertManager = 1 << 6, // full_access_alert_manager
    WriteOnlyTraces = 1 << 7,        // write_only_traces
    ReadOnlyTraces = 1 << 8,         // read_only_traces
};
Q_DECLARE_FLAGS(TokenScopes, TokenScope)
Q_DECLARE_OPERATORS_FOR_FLAGS(TokenScopes)

// The web console's way of grouping scopes: a kind of data by a kind of permission.
enum class ScopeData
{
    Metrics,
    Logs,
    Traces,
    AlertManager
};
enum class ScopePermission
{
    Push,
    Query,
    Rules,
    Alerts
};

// All nine scopes in a stable canonical order (the order of the table in the API spec).
QList<TokenScope> allTokenScopes();
// The API string of a scope, e.g. "write_only_metrics".
QString tokenScopeId(TokenScope scope);
// Parses an API scope string; std::nullopt for unknown strings (including "unknown_scope").
std::optional<TokenScope> tokenScopeFromId(QStringView id);
// API strings of a set of scopes, in canonical order.
QStringList tokenScopeIds(TokenScopes scopes);

ScopeData scopeData(TokenScope scope);
ScopePermission scopePermission(TokenScope scope);
// The scope at a cell of the console's matrix, or std::nullopt where the API has none
// (traces have no rules scope; only the alert manager has an Alerts scope).
std::optional<TokenScope> scopeAt(ScopeData data, ScopePermission permission);

// The Terraform provider's boolean flag of `scopes { ... }` for a scope, e.g. "write_metrics".
QString terraformScopeFlag(TokenScope scope);

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::TokenScopes)
