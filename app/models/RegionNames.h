#pragma once

#include "api/Region.h"

#include <QCoreApplication>
#include <QString>

// How a region is named to people, the same in every picker: its city and its API id,
// "Paris (fr-par)". Tables and technical texts (Terraform, IDs) keep the bare id.
namespace RegionNames {

inline QString label(cockpit::Region region)
{
    switch (region) {
    case cockpit::Region::FrPar:
        return QCoreApplication::translate("RegionNames", "Paris (fr-par)");
    case cockpit::Region::NlAms:
        return QCoreApplication::translate("RegionNames", "Amsterdam (nl-ams)");
    case cockpit::Region::PlWaw:
        return QCoreApplication::translate("RegionNames", "Warsaw (pl-waw)");
    }
    return cockpit::regionId(region);
}

} // namespace RegionNames
