#pragma once

#include "api/Region.h"
#include "api/Secret.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace cockpit {

// What a profile gives the app to talk to Scaleway: whichever source it came from (SCW_*
// variables, a scw CLI profile, the sign-in form or the demo, see ProfileDirectory), the rest of
// the app only sees this struct.
struct ApiCredentials
{
    QString accessKey; // SCW…; only used to find the organization through IAM, never sent as auth
    Secret secretKey;  // sent as X-Auth-Token
    QString organizationId;
    QString projectId; // the default project
    std::optional<Region> defaultRegion;
    QUrl apiUrl; // empty = https://api.scaleway.com
};

} // namespace cockpit
