#include "ProfileCredentials.h"

namespace cockpit {

ApiCredentials apiCredentials(const ScwProfile &profile)
{
    ApiCredentials credentials;
    credentials.accessKey = profile.accessKey;
    credentials.secretKey = profile.secretKey;
    credentials.organizationId = profile.defaultOrganizationId;
    credentials.projectId = profile.defaultProjectId;
    if (!profile.defaultRegion.isEmpty() || !profile.defaultZone.isEmpty())
        credentials.defaultRegion = profile.region();
    if (!profile.apiUrl.isEmpty())
        credentials.apiUrl = QUrl(profile.apiUrl, QUrl::StrictMode);
    return credentials;
}

ApiCredentials apiCredentials(const AppProfile &profile, const Secret &secretKey)
{
    ApiCredentials credentials;
    credentials.accessKey = profile.accessKey;
    credentials.secretKey = secretKey;
    credentials.organizationId = profile.organizationId;
    credentials.projectId = profile.projectId;
    credentials.defaultRegion = profile.region;
    credentials.apiUrl = profile.apiUrl;
    return credentials;
}

} // namespace cockpit
