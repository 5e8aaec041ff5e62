#include "ScwProfile.h"

namespace cockpit {

Region ScwProfile::region() const
{
    if (!defaultRegion.isEmpty())
        return regionFromId(defaultRegion).value_or(Region::FrPar);
    // A zone is its region plus "-N": fr-par-1 → fr-par.
    const qsizetype dash = defaultZone.lastIndexOf(QLatin1Char('-'));
    if (dash > 0)
        return regionFromId(QStringView(defaultZone).left(dash)).value_or(Region::FrPar);
    return Region::FrPar;
}

} // namespace cockpit
