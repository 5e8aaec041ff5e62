#pragma once

#include "api/ApiError.h"
#include "api/Region.h"
#include "api/Token.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>

namespace cockpit {

// The outcome of loading a project's tokens in one or more regions. A region that failed is in
// regionErrors and has no tokens here (a partial result); at least one region loaded.
struct TokenLoadResult
{
    QString projectId;
    QList<Region> regions; // the regions asked for
    QList<Token> tokens;   // of the regions that loaded
    QMap<Region, ApiError> regionErrors;
    QDateTime finishedAt; // UTC

    bool isPartial() const { return !regionErrors.isEmpty(); }
    QList<Region> loadedRegions() const
    {
        QList<Region> loaded;
        for (Region region : regions) {
            if (!regionErrors.contains(region))
                loaded.append(region);
        }
        return loaded;
    }
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::TokenLoadResult)
