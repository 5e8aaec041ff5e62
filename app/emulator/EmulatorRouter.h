#pragma once

#include "EmulatorResponse.h"
#include "RecordedHttpRequest.h"

namespace cockpit {

class EmulatorStore;

// Maps a request to its endpoint: path and method (JSON 404/405 for anything else), region,
// X-Auth-Token authentication, then the endpoint itself.
class EmulatorRouter
{
public:
    explicit EmulatorRouter(EmulatorStore &store);

    void setApiKeyLookupDenied(bool denied) { m_apiKeyLookupDenied = denied; }

    EmulatorResponse route(const RecordedHttpRequest &request) const;

    // The value of a request header, whatever its case; empty when absent.
    static QByteArray headerValue(const RecordedHttpRequest &request, const QByteArray &name);

private:
    EmulatorStore &m_store;
    bool m_apiKeyLookupDenied = false;
};

} // namespace cockpit
