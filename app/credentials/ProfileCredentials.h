#pragma once

#include "AppProfileStore.h"
#include "ScwProfile.h"
#include "api/ApiCredentials.h"

namespace cockpit {

// What each kind of profile hands to the API client. Kept in one place so that a scw CLI profile,
// an app profile and a sign-in all reach the client with the same fields.

// A scw CLI profile (already merged with the SCW_* environment). Its region is only set when the
// profile names a region or a zone; `insecure` is not carried over: the app never skips TLS checks.
ApiCredentials apiCredentials(const ScwProfile &profile);

// An app profile, with the secret key just read from the keychain.
ApiCredentials apiCredentials(const AppProfile &profile, const Secret &secretKey);

} // namespace cockpit
