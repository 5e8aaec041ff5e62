#pragma once

#include "api/Region.h"
#include "api/Secret.h"

#include <QString>

namespace cockpit {

// One set of Scaleway credentials and defaults, as the scw CLI resolves it from its config file
// and the SCW_* environment. Only the secret key is secret.
struct ScwProfile
{
    QString name; // "default" for the root level of config.yaml
    QString accessKey;
    Secret secretKey;
    QString defaultOrganizationId;
    QString defaultProjectId;
    QString defaultRegion; // as written; empty when unset (see region())
    QString defaultZone;
    QString apiUrl; // empty = https://api.scaleway.com
    bool insecure = false;

    // The region to use: default_region, else the region of default_zone ("fr-par-1" → fr-par),
    // else fr-par, as the CLI does. Unknown regions fall back to fr-par.
    Region region() const;
    bool hasCredentials() const { return !accessKey.isEmpty() && !secretKey.isEmpty(); }
};

} // namespace cockpit
