#pragma once

#include "emulator/EmulatorTypes.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QRandomGenerator>

#include <optional>

namespace cockpit {

// Decides which requests get a fault: first the ones queued by inject() (in order, each for its
// count of matching requests), then the random rates.
class FaultInjector
{
public:
    void inject(EmulatorFault fault, int count, const QByteArray &method);
    void setRate(EmulatorFault fault, double rate, quint32 seed);
    // Consumes one queued fault (or draws one at random) for a request with this method.
    std::optional<EmulatorFault> next(const QByteArray &method);

private:
    struct Queued
    {
        EmulatorFault fault;
        int remaining;
        QByteArray method; // empty = any
    };
    QList<Queued> m_queue;
    QMap<EmulatorFault, double> m_rates;
    QRandomGenerator m_random;
};

} // namespace cockpit
