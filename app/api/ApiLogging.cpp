#include "ApiLogging.h"

// Warnings and above by default, so that a user's log shows failures but not every request.
Q_LOGGING_CATEGORY(lcCockpitApi, "cockpit.api", QtWarningMsg)
