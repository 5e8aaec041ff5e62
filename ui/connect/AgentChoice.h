#pragma once

#include "api/DataSource.h"
#include "api/Token.h"
#include "text/AgentConfigTypes.h"

#include <QList>
#include <QString>

namespace cockpit {

// What "Connect an agent" offers first for a token, from its permissions alone: whether any
// agent can use it, the kind of data a new source should hold, that source's suggested name, and
// which agent fits a source.
namespace AgentChoice {

// Whether the token can push or query any kind of data (what every agent needs).
bool canFeedAnAgent(const Token &token);
// The kind of data a new source should hold for this token: the first it may push (Unknown:
// none).
DataSourceType pushableType(const Token &token);
// "alloy-agent-metrics": the token's name kept to what data source names allow, with the kind.
QString suggestedSourceName(const Token &token, DataSourceType type);
// The fit of `kind` among `fits`; null when it is not there.
const AgentFit *fitOf(const QList<AgentFit> &fits, AgentKind kind);
// The first kind that fits; null when none does.
const AgentFit *firstFitting(const QList<AgentFit> &fits);

} // namespace AgentChoice
} // namespace cockpit
