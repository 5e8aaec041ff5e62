#include "AgentChoice.h"

#include <algorithm>

namespace cockpit::AgentChoice {

DataSourceType pushableType(const Token &token)
{
    if (token.scopes.testFlag(TokenScope::WriteOnlyMetrics))
        return DataSourceType::Metrics;
    if (token.scopes.testFlag(TokenScope::WriteOnlyLogs))
        return DataSourceType::Logs;
    if (token.scopes.testFlag(TokenScope::WriteOnlyTraces))
        return DataSourceType::Traces;
    return DataSourceType::Unknown;
}

bool canFeedAnAgent(const Token &token)
{
    const TokenScopes usable = TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs |
                               TokenScope::WriteOnlyTraces | TokenScope::ReadOnlyMetrics |
                               TokenScope::ReadOnlyLogs | TokenScope::ReadOnlyTraces;
    return bool(token.scopes & usable);
}

QString suggestedSourceName(const Token &token, DataSourceType type)
{
    QString name;
    for (QChar c : token.name)
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u' ')
            name.append(c.unicode() < 128 ? c : QChar(u'-'));
    const QString suffix =
        type == DataSourceType::Unknown ? QString() : u'-' + dataSourceTypeId(type);
    name = name.left(50 - int(suffix.size())).trimmed() + suffix;
    return isValidDataSourceName(name) ? name : QStringLiteral("my") + suffix;
}

const AgentFit *fitOf(const QList<AgentFit> &fits, AgentKind kind)
{
    const auto found = std::find_if(fits.begin(), fits.end(),
                                    [kind](const AgentFit &fit) { return fit.kind == kind; });
    return found == fits.end() ? nullptr : &*found;
}

const AgentFit *firstFitting(const QList<AgentFit> &fits)
{
    const auto found =
        std::find_if(fits.begin(), fits.end(), [](const AgentFit &fit) { return fit.fits(); });
    return found == fits.end() ? nullptr : &*found;
}

} // namespace cockpit::AgentChoice
