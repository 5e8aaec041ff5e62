#pragma once

#include "FaultInjector.h"
#include "emulator/EmulatorGate.h"

namespace cockpit {

// The faults of the tests and of `cockpit-emulator --fault-rate`: which requests get one
// (FaultInjector) and how each spoils its answer (see EmulatorFault).
class FaultGate : public EmulatorGate
{
public:
    // The next `count` requests (only those with that HTTP method when given) get `fault`.
    void inject(EmulatorFault fault, int count = 1, const QByteArray &method = {});
    // Each request gets `fault` with probability `rate`.
    void setRate(EmulatorFault fault, double rate, quint32 seed = 1);
    // Size of the Oversized fault's body (default 40 MiB).
    void setOversizedBytes(qint64 bytes);

    std::optional<EmulatorFault> admit(const RecordedHttpRequest &request) override;
    std::optional<EmulatorResponse> refusal(EmulatorFault fault) const override;
    void deliver(EmulatorFault fault, QTcpSocket *socket, EmulatorResponse response,
                 bool close) const override;

private:
    FaultInjector m_injector;
    qint64 m_oversizedBytes = 40 * 1024 * 1024;
};

} // namespace cockpit
