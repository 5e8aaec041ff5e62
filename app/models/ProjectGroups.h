#pragma once

#include "api/Token.h"

#include <QList>
#include <QString>

namespace cockpit {

// The tokens of one project, in the order they were given.
struct ProjectTokens
{
    QString projectId;
    QList<Token> tokens;
};

// The tokens grouped by project: projects in the order their first token comes, each project's
// tokens in the order given (what a confirmation or a failure list spanning projects shows).
QList<ProjectTokens> groupByProject(const QList<Token> &tokens);

} // namespace cockpit
