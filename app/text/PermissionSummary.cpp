#include "PermissionSummary.h"

#include <QCoreApplication>

namespace cockpit {
namespace {

// lupdate files these free tr() calls under the enclosing namespace, "cockpit".
QString tr(const char *text)
{
    return QCoreApplication::translate("cockpit", text);
}

// The console's order: by kind of data, then push, query, rules.
const QList<ScopeData> &dataOrder()
{
    static const QList<ScopeData> order{ScopeData::Metrics, ScopeData::Logs, ScopeData::Traces,
                                        ScopeData::AlertManager};
    return order;
}

QString dataName(ScopeData data)
{
    switch (data) {
    case ScopeData::Metrics:
        return tr("Metrics");
    case ScopeData::Logs:
        return tr("Logs");
    case ScopeData::Traces:
        return tr("Traces");
    case ScopeData::AlertManager:
        return tr("Alert manager");
    }
    return {};
}

// The lower-case verb used after "Metrics: ".
QString permissionVerb(ScopePermission permission)
{
    switch (permission) {
    case ScopePermission::Push:
        return tr("push");
    case ScopePermission::Query:
        return tr("query");
    case ScopePermission::Rules:
        return tr("rules");
    case ScopePermission::Alerts:
        return tr("manage");
    }
    return {};
}

TokenScopes allScopes()
{
    TokenScopes scopes;
    for (TokenScope scope : allTokenScopes())
        scopes |= scope;
    return scopes;
}

} // namespace

QString permissionSummary(TokenScopes scopes, const QStringList &unknownScopes)
{
    QStringList parts;
    if (scopes == allScopes()) {
        parts.append(tr("Full access"));
    } else {
        for (ScopeData data : dataOrder()) {
            QStringList verbs;
            for (TokenScope scope : allTokenScopes()) {
                if (scopes.testFlag(scope) && scopeData(scope) == data)
                    verbs.append(permissionVerb(scopePermission(scope)));
            }
            if (verbs.isEmpty())
                continue;
            // The alert manager has a single permission: its name says it all.
            if (data == ScopeData::AlertManager)
                parts.append(dataName(data));
            else
                parts.append(tr("%1: %2").arg(dataName(data), verbs.join(tr(", "))));
        }
    }
    if (!unknownScopes.isEmpty())
        parts.append(tr("Other: %1").arg(unknownScopes.join(tr(", "))));
    if (parts.isEmpty())
        return tr("No permissions");
    return parts.join(tr(" · "));
}

QString permissionDetails(TokenScopes scopes, const QStringList &unknownScopes)
{
    QStringList lines;
    for (TokenScope scope : allTokenScopes()) {
        if (scopes.testFlag(scope))
            lines.append(tr("%1 (%2)").arg(scopeDescription(scope), tokenScopeId(scope)));
    }
    for (const QString &unknown : unknownScopes)
        lines.append(tr("%1 (not known to this version)").arg(unknown));
    if (lines.isEmpty())
        return tr("This token has no permissions.");
    return lines.join(QLatin1Char('\n'));
}

QString scopeLabel(TokenScope scope)
{
    const ScopeData data = scopeData(scope);
    if (data == ScopeData::AlertManager)
        return dataName(data);
    return tr("%1: %2").arg(dataName(data), permissionVerb(scopePermission(scope)));
}

QString scopeDescription(TokenScope scope)
{
    switch (scope) {
    case TokenScope::WriteOnlyMetrics:
        return tr("Push metrics");
    case TokenScope::ReadOnlyMetrics:
        return tr("Query metrics");
    case TokenScope::FullAccessMetricsRules:
        return tr("Read and write metrics alerting and recording rules");
    case TokenScope::WriteOnlyLogs:
        return tr("Push logs");
    case TokenScope::ReadOnlyLogs:
        return tr("Query logs");
    case TokenScope::FullAccessLogsRules:
        return tr("Read and write logs rules");
    case TokenScope::FullAccessAlertManager:
        return tr("Configure the alert manager");
    case TokenScope::WriteOnlyTraces:
        return tr("Push traces");
    case TokenScope::ReadOnlyTraces:
        return tr("Query traces");
    }
    return {};
}

QString permissionGroupName(ScopePermission permission)
{
    switch (permission) {
    case ScopePermission::Push:
        return tr("Push");
    case ScopePermission::Query:
        return tr("Query");
    case ScopePermission::Rules:
        return tr("Rules");
    case ScopePermission::Alerts:
        return tr("Alerts");
    }
    return {};
}

TokenScopes scopesOfGroup(ScopePermission permission)
{
    TokenScopes scopes;
    for (TokenScope scope : allTokenScopes()) {
        if (scopePermission(scope) == permission)
            scopes |= scope;
    }
    return scopes;
}

} // namespace cockpit
