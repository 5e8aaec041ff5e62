#pragma once

#include "FaultGate.h"
#include "emulator/CockpitEmulator.h"

namespace cockpit {

// The emulator of the tests and of the cockpit-emulator program: the demo's CockpitEmulator with
// faults (FaultGate) and a request log of the last kRequestLog requests and pushes.
class TestEmulator : public CockpitEmulator
{
    Q_OBJECT

public:
    static constexpr int kRequestLog = 20000;

    explicit TestEmulator(QObject *parent = nullptr);

    // The next `count` requests (only those with that HTTP method when given) get `fault`.
    void injectFault(EmulatorFault fault, int count = 1, const QByteArray &method = {});
    // Random faults (for the CLI): each request gets `fault` with probability `rate`.
    void setFaultRate(EmulatorFault fault, double rate, quint32 seed = 1);
    // Size of the Oversized fault's body (default 40 MiB).
    void setOversizedBytes(qint64 bytes);

private:
    FaultGate m_faults;
};

} // namespace cockpit
