#include "RequestScheduler.h"

#include <algorithm>

namespace cockpit {

RequestScheduler::RequestScheduler(int maxConcurrent, int maxPerSecond, QObject *parent)
    : QObject(parent)
    , m_maxConcurrent(std::max(1, maxConcurrent))
    , m_pacer(maxPerSecond)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestScheduler::dispatch);
}

RequestScheduler::~RequestScheduler() = default;

RequestScheduler::Ticket RequestScheduler::enqueue(std::function<void()> start)
{
    const Ticket ticket = m_nextTicket++;
    m_queue.push_back({ticket, std::move(start)});
    // Only the first in line may start at once; anything else keeps the queue's order.
    if (m_queue.size() == 1 && !m_dispatching)
        dispatch();
    return ticket;
}

void RequestScheduler::cancel(Ticket ticket)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [ticket](const Pending &pending) {
        return pending.ticket == ticket;
    });
    if (it != m_queue.end())
        m_queue.erase(it);
}

void RequestScheduler::release()
{
    Q_ASSERT(m_inFlight > 0);
    m_inFlight = std::max(0, m_inFlight - 1);
    // Later, from the event loop: release() is called from inside a finishing request (even from
    // a destructor) and must not start other requests there.
    if (!m_queue.empty())
        scheduleDispatch(0);
}

void RequestScheduler::noteServerBudget(int remaining, int resetSeconds, qint64 sentAtMs)
{
    m_pacer.noteServerBudget(m_clock.elapsed(), remaining, resetSeconds, sentAtMs);
}

void RequestScheduler::noteConnectionGoingAway()
{
    m_wentAwayAt = m_clock.elapsed();
    Q_EMIT connectionGoingAway();
}

bool RequestScheduler::connectionWentAwayRecently() const
{
    return m_wentAwayAt >= 0 && m_clock.elapsed() - m_wentAwayAt < 10000;
}

void RequestScheduler::holdFor(int ms)
{
    m_pacer.holdUntil(m_clock.elapsed() + ms);
}

void RequestScheduler::scheduleDispatch(qint64 delayMs)
{
    const int delay = int(std::min<qint64>(delayMs, 24 * 3600 * 1000));
    // Keep the earliest of two wake-ups.
    if (m_timer.isActive() && m_timer.remainingTime() <= delay)
        return;
    m_timer.start(delay);
}

void RequestScheduler::dispatch()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    while (!m_queue.empty() && m_inFlight < m_maxConcurrent) {
        const qint64 now = m_clock.elapsed();
        const qint64 delay = m_pacer.delayBeforeStart(now);
        if (delay > 0) {
            scheduleDispatch(delay);
            break;
        }
        Pending next = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        m_pacer.recordStart(now);
        next.start();
    }
    m_dispatching = false;
}

} // namespace cockpit
