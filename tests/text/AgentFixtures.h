#pragma once

// A data source and tokens for the agent configuration tests, built in code.
#include "api/DataSource.h"
#include "api/Secret.h"
#include "api/Token.h"

namespace agentdata {

inline const QString kProject = QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54");
// Shaped like a real one: 64 letters and digits.
inline const QString kSecret =
    QStringLiteral("Q7dXh2Lk9PzR4mT1vB8nC3sW6yF0jG5aE2uI7oK4pL9qZ1xV3cN8bM6rT0wY2hS5");

inline cockpit::DataSource
source(cockpit::DataSourceType type,
       cockpit::DataSourceOrigin origin = cockpit::DataSourceOrigin::Custom,
       cockpit::Region region = cockpit::Region::FrPar)
{
    cockpit::DataSource s;
    s.id = QStringLiteral("3c5e7a90-1b2d-4f6e-8a0c-2e4f6a8b0c1d");
    s.projectId = kProject;
    s.name = QStringLiteral("shop metrics");
    s.type = type;
    s.origin = origin;
    s.region = region;
    s.url = cockpit::dataSourceUrl(s.id, type, region);
    return s;
}

inline cockpit::Token token(cockpit::TokenScopes scopes,
                            cockpit::Region region = cockpit::Region::FrPar,
                            const QString &project = kProject)
{
    cockpit::Token t;
    t.id = QStringLiteral("6f0a2b4c-8d1e-4a3f-9b5c-7d9e1f3a5b7c");
    t.projectId = project;
    t.name = QStringLiteral("shop-agent");
    t.region = region;
    t.scopes = scopes;
    return t;
}

inline cockpit::TokenScopes allPush()
{
    using cockpit::TokenScope;
    return TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs | TokenScope::WriteOnlyTraces;
}

inline cockpit::TokenScopes allQuery()
{
    using cockpit::TokenScope;
    return TokenScope::ReadOnlyMetrics | TokenScope::ReadOnlyLogs | TokenScope::ReadOnlyTraces;
}

} // namespace agentdata
