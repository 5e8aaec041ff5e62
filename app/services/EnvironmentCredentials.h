#pragma once

#include "ApiCredentials.h"

#include <QProcessEnvironment>

#include <optional>

namespace cockpit {

// Reads the Scaleway SDK/CLI environment variables: SCW_ACCESS_KEY, SCW_SECRET_KEY,
// SCW_DEFAULT_ORGANIZATION_ID, SCW_DEFAULT_PROJECT_ID, SCW_DEFAULT_REGION (or a region implied by
// SCW_DEFAULT_ZONE such as fr-par-1) and SCW_API_URL. std::nullopt when SCW_SECRET_KEY is unset or
// empty, since nothing can be called without it. Values are taken as given (trimmed): checking
// them is the API's job, and its answer says precisely what is wrong.
std::optional<ApiCredentials> readEnvironmentCredentials(
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace cockpit
