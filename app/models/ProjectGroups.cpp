#include "ProjectGroups.h"

#include <QHash>

namespace cockpit {

QList<ProjectTokens> groupByProject(const QList<Token> &tokens)
{
    QList<ProjectTokens> groups;
    QHash<QString, qsizetype> indexOf;
    for (const Token &token : tokens) {
        auto found = indexOf.constFind(token.projectId);
        if (found == indexOf.constEnd()) {
            found = indexOf.insert(token.projectId, groups.size());
            groups.append({token.projectId, {}});
        }
        groups[*found].tokens.append(token);
    }
    return groups;
}

} // namespace cockpit
