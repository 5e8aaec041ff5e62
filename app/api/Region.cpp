#include "Region.h"

namespace cockpit {

QString regionId(Region region)
{
    switch (region) {
    case Region::FrPar:
        return QStringLiteral("fr-par");
    case Region::NlAms:
        return QStringLiteral("nl-ams");
    case Region::PlWaw:
        return QStringLiteral("pl-waw");
    }
    return {};
}

std::optional<Region> regionFromId(QStringView id)
{
    for (Region region : allRegions()) {
        if (id == regionId(region))
            return region;
    }
    return std::nullopt;
}

QList<Region> allRegions()
{
    return {Region::FrPar, Region::NlAms, Region::PlWaw};
}

} // namespace cockpit
