#pragma once

#include "Region.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <tuple>

namespace cockpit {

// One project in one region: the unit the organization view loads, fails and retries.
struct ProjectRegion
{
    QString projectId;
    Region region = Region::FrPar;

    friend bool operator==(const ProjectRegion &a, const ProjectRegion &b)
    {
        return a.projectId == b.projectId && a.region == b.region;
    }
    friend bool operator!=(const ProjectRegion &a, const ProjectRegion &b) { return !(a == b); }
    friend bool operator<(const ProjectRegion &a, const ProjectRegion &b)
    {
        return std::tie(a.projectId, a.region) < std::tie(b.projectId, b.region);
    }
};

inline size_t qHash(const ProjectRegion &part, size_t seed = 0) noexcept
{
    return qHashMulti(seed, part.projectId, static_cast<int>(part.region));
}

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::ProjectRegion)
