#pragma once

#include "api/ApiError.h"
#include "api/ProjectRegion.h"
#include "api/Token.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>

namespace cockpit {

// The outcome of loading the tokens of one or more projects in one or more regions. Each
// project-region either loaded (its tokens are here) or failed (its error is in failures and it
// has no tokens here).
struct TokenLoadResult
{
    QList<ProjectRegion> parts; // what was asked for
    QList<Token> tokens;        // of the parts that loaded, in the order of parts
    QMap<ProjectRegion, ApiError> failures;
    QDateTime finishedAt; // UTC

    bool isPartial() const { return !failures.isEmpty(); }
    bool allFailed() const { return !parts.isEmpty() && failures.size() == parts.size(); }
    QList<ProjectRegion> loadedParts() const
    {
        QList<ProjectRegion> loaded;
        for (const ProjectRegion &part : parts) {
            if (!failures.contains(part))
                loaded.append(part);
        }
        return loaded;
    }
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::TokenLoadResult)
