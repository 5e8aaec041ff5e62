#include "TestEmulator.h"

namespace cockpit {

TestEmulator::TestEmulator(QObject *parent)
    : CockpitEmulator(parent)
{
    setGate(&m_faults);
    setRequestLog(kRequestLog);
}

void TestEmulator::injectFault(EmulatorFault fault, int count, const QByteArray &method)
{
    m_faults.inject(fault, count, method);
}

void TestEmulator::setFaultRate(EmulatorFault fault, double rate, quint32 seed)
{
    m_faults.setRate(fault, rate, seed);
}

void TestEmulator::setOversizedBytes(qint64 bytes)
{
    m_faults.setOversizedBytes(bytes);
}

} // namespace cockpit
