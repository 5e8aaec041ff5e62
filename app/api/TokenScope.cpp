#include "TokenScope.h"

#include <array>

namespace cockpit {
namespace {

struct ScopeInfo
{
    TokenScope scope;
    const char *id;
    ScopeData data;
    ScopePermission permission;
    const char *terraformFlag;
};

constexpr std::array<ScopeInfo, 9> kScopes{{
    {TokenScope::WriteOnlyMetrics, "write_only_metrics", ScopeData::Metrics, ScopePermission::Push,
     "write_metrics"},
    {TokenScope::ReadOnlyMetrics, "read_only_metrics", ScopeData::Metrics, ScopePermission::Query,
     "query_metrics"},
    {TokenScope::FullAccessMetricsRules, "full_access_metrics_rules", ScopeData::Metrics,
     ScopePermission::Rules, "setup_metrics_rules"},
    {TokenScope::WriteOnlyLogs, "write_only_logs", ScopeData::Logs, ScopePermission::Push,
     "write_logs"},
    {TokenScope::ReadOnlyLogs, "read_only_logs", ScopeData::Logs, ScopePermission::Query,
     "query_logs"},
    {TokenScope::FullAccessLogsRules, "full_access_logs_rules", ScopeData::Logs,
     ScopePermission::Rules, "setup_logs_rules"},
    {TokenScope::FullAccessAlertManager, "full_access_alert_manager", ScopeData::AlertManager,
     ScopePermission::Alerts, "setup_alerts"},
    {TokenScope::WriteOnlyTraces, "write_only_traces", ScopeData::Traces, ScopePermission::Push,
     "write_traces"},
    {TokenScope::ReadOnlyTraces, "read_only_traces", ScopeData::Traces, ScopePermission::Query,
     "query_traces"},
}};

const ScopeInfo &info(TokenScope scope)
{
    for (const ScopeInfo &entry : kScopes) {
        if (entry.scope == scope)
            return entry;
    }
    Q_UNREACHABLE();
    return kScopes.front();
}

} // namespace

QList<TokenScope> allTokenScopes()
{
    QList<TokenScope> scopes;
    scopes.reserve(int(kScopes.size()));
    for (const ScopeInfo &entry : kScopes)
        scopes.append(entry.scope);
    return scopes;
}

QString tokenScopeId(TokenScope scope)
{
    return QString::fromLatin1(info(scope).id);
}

std::optional<TokenScope> tokenScopeFromId(QStringView id)
{
    for (const ScopeInfo &entry : kScopes) {
        if (id == QLatin1String(entry.id))
            return entry.scope;
    }
    return std::nullopt;
}

QStringList tokenScopeIds(TokenScopes scopes)
{
    QStringList ids;
    for (const ScopeInfo &entry : kScopes) {
        if (scopes.testFlag(entry.scope))
            ids.append(QString::fromLatin1(entry.id));
    }
    return ids;
}

ScopeData scopeData(TokenScope scope)
{
    return info(scope).data;
}

ScopePermission scopePermission(TokenScope scope)
{
    return info(scope).permission;
}

std::optional<TokenScope> scopeAt(ScopeData data, ScopePermission permission)
{
    for (const ScopeInfo &entry : kScopes) {
        if (entry.data == data && entry.permission == permission)
            return entry.scope;
    }
    return std::nullopt;
}

QString terraformScopeFlag(TokenScope scope)
{
    return QString::fromLatin1(info(scope).terraformFlag);
}

} // namespace cockpit
