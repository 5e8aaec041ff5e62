#pragma once

#include "EmulatorResponse.h"
#include "EmulatorTypes.h"
#include "RecordedHttpRequest.h"

#include <optional>

class QTcpSocket;

namespace cockpit {

// What may stand between a request and its answer. The demo has no gate: every request is
// answered as the real API answers it. The tests and the cockpit-emulator program install a
// FaultGate (emulator/testing), which refuses, drops, stalls, cuts or garbles answers; the app
// never links it, so no fault can be injected into the demo.
class EmulatorGate
{
public:
    virtual ~EmulatorGate() = default;

    // Decided when the request arrives, in arrival order, after the rate limit let it through.
    virtual std::optional<EmulatorFault> admit(const RecordedHttpRequest &request) = 0;
    // The answer to a request the gateway or server turns down before doing any work (the
    // emulator's data is not touched), or nothing if `fault` lets the request through.
    virtual std::optional<EmulatorResponse> refusal(EmulatorFault fault) const = 0;
    // Writes the API's answer to a request that did its work, the way `fault` spoils it.
    virtual void deliver(EmulatorFault fault, QTcpSocket *socket, EmulatorResponse response,
                         bool close) const = 0;
};

} // namespace cockpit
