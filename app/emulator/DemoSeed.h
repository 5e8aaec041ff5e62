#pragma once

#include "EmulatorTypes.h"
#include "api/Region.h"

#include <QList>
#include <QString>

namespace cockpit {

class EmulatorStore;

// The sample data of the demo mode and of `cockpit-emulator`: one organization with its API key,
// three projects, a few dozen tokens and the data sources they push to (Scaleway's own and the
// team's, in fr-par and nl-ams; none in pl-waw), looking like a real team's. IDs and names come
// from a fixed seed, so every run shows the same data.
class DemoSeed
{
public:
    // The access key of the demo: "SCW" + 17 upper-case letters and digits, as the SDKs require.
    static QString demoAccessKey();

    static EmulatorCredentials seed(EmulatorStore &store);
    // Bulk tokens for benchmarks: varied names, non-empty scope sets and dates over the past year.
    static void generateTokens(EmulatorStore &store, const QString &projectId, int count,
                               const QList<Region> &regions);
};

} // namespace cockpit
