#include "EmulatorResponse.h"

#include "EmulatorJson.h"

namespace cockpit {

EmulatorResponse EmulatorResponse::json(int status, const QJsonObject &object)
{
    EmulatorResponse response;
    response.status = status;
    response.body = EmulatorJson::compact(object);
    return response;
}

EmulatorResponse EmulatorResponse::empty(int status, bool jsonContentType)
{
    EmulatorResponse response;
    response.status = status;
    response.jsonContentType = jsonContentType;
    return response;
}

EmulatorResponse EmulatorResponse::gatewayRateLimited()
{
    EmulatorResponse response = empty(429, false);
    response.addHeader("X-Envoy-Ratelimited", "true");
    return response;
}

} // namespace cockpit
