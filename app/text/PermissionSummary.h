#pragma once

#include "api/TokenScope.h"

#include <QString>
#include <QStringList>

namespace cockpit {

// Readable names for token scopes, shared by the table, the details pane and the permission
// filter so the same permission is always worded the same way. Texts are translated in the
// "PermissionSummary" context.

// One line for a set of scopes, grouped by kind of data in the console's order, e.g.
// "Metrics: push, query · Logs: push · Alert manager". All nine scopes read "Full access";
// none reads "No permissions". Scope strings this version does not know are named as they are.
QString permissionSummary(TokenScopes scopes, const QStringList &unknownScopes = {});

// Every scope of the set with its API name and what it allows, one per line (for tooltips).
QString permissionDetails(TokenScopes scopes, const QStringList &unknownScopes = {});

// A short label of one scope, e.g. "Metrics: push" or "Alert manager".
QString scopeLabel(TokenScope scope);
// What a scope allows, e.g. "Push metrics".
QString scopeDescription(TokenScope scope);
// The console's name of a kind of permission: "Push", "Query", "Rules", "Alerts".
QString permissionGroupName(ScopePermission permission);
// Every scope of a kind of permission (e.g. Push → the three push scopes).
TokenScopes scopesOfGroup(ScopePermission permission);

} // namespace cockpit
