#pragma once

#include <QLoggingCategory>

// The API client's log category. What may be logged is deliberately narrow: method, path, HTTP
// status and request ID. Never headers or bodies: they carry X-Auth-Token and secret_key.
Q_DECLARE_LOGGING_CATEGORY(lcCockpitApi)
