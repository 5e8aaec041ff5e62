#pragma once

#include "api/Region.h"

#include <QCoreApplication>
#include <QString>

namespace cockpit {

// How a region is named to people, the same in every picker: its city and its API id,
// "Paris (fr-par)". Tables and technical texts (Terraform, IDs) keep the bare id.
namespace RegionNames {

inline QString label(Region region)
{
    switch (region) {
    case Region::FrPar:
        return QCoreApplication::translate("RegionNames", "Paris (fr-par)");
    case Region::NlAms:
        return QCoreApplication::translate("RegionNames", "Amsterdam (nl-ams)");
    case Region::PlWaw:
        return QCoreApplication::translate("RegionNames", "Warsaw (pl-waw)");
    }
    return regionId(region);
}

} // namespace RegionNames

} // namespace cockpit
