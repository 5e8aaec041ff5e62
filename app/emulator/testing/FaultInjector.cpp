#include "FaultInjector.h"

namespace cockpit {

void FaultInjector::inject(EmulatorFault fault, int count, const QByteArray &method)
{
    if (count > 0)
        m_queue.append({fault, count, method.toUpper()});
}

void FaultInjector::setRate(EmulatorFault fault, double rate, quint32 seed)
{
    if (rate <= 0.0)
        m_rates.remove(fault);
    else
        m_rates.insert(fault, qMin(rate, 1.0));
    m_random.seed(seed);
}

std::optional<EmulatorFault> FaultInjector::next(const QByteArray &method)
{
    const QByteArray upper = method.toUpper();
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (!it->method.isEmpty() && it->method != upper)
            continue;
        const EmulatorFault fault = it->fault;
        if (--it->remaining == 0)
            m_queue.erase(it);
        return fault;
    }
    if (m_rates.isEmpty())
        return std::nullopt;
    // One draw per request, compared with the cumulated rates in enum order: the same seed gives
    // the same sequence of faults.
    const double draw = m_random.generateDouble();
    double cumulated = 0.0;
    for (auto it = m_rates.constBegin(); it != m_rates.constEnd(); ++it) {
        cumulated += it.value();
        if (draw < cumulated)
            return it.key();
    }
    return std::nullopt;
}

} // namespace cockpit
