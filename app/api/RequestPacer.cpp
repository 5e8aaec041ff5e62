#include "RequestPacer.h"

#include <algorithm>

namespace cockpit {
namespace {
constexpr qint64 kWindowMs = 1000;
} // namespace

RequestPacer::RequestPacer(int maxPerSecond)
    : m_maxPerSecond(maxPerSecond)
{
}

qint64 RequestPacer::delayBeforeStart(qint64 nowMs) const
{
    qint64 delay = std::max<qint64>(0, m_holdUntil - nowMs);
    if (m_maxPerSecond > 0) {
        // Starts still inside the window ending now.
        const auto firstInWindow =
            std::find_if(m_recentStarts.cbegin(), m_recentStarts.cend(),
                         [nowMs](qint64 start) { return start > nowMs - kWindowMs; });
        const auto inWindow = std::distance(firstInWindow, m_recentStarts.cend());
        if (inWindow >= m_maxPerSecond) {
            // The window has room again once enough of its oldest starts have left it.
            const qint64 freeAt = *(firstInWindow + (inWindow - m_maxPerSecond)) + kWindowMs;
            delay = std::max(delay, freeAt - nowMs);
        }
    }
    return delay;
}

void RequestPacer::recordStart(qint64 nowMs)
{
    if (m_maxPerSecond <= 0)
        return;
    while (!m_recentStarts.empty() && m_recentStarts.front() <= nowMs - kWindowMs)
        m_recentStarts.pop_front();
    m_recentStarts.push_back(nowMs);
}

void RequestPacer::noteServerBudget(qint64 nowMs, int remaining, int resetSeconds)
{
    if (remaining != 0)
        return;
    // The window is spent: wait for its reset (at least a second when the header is missing).
    holdUntil(nowMs + std::max(resetSeconds, 1) * kWindowMs);
}

void RequestPacer::holdUntil(qint64 untilMs)
{
    m_holdUntil = std::max(m_holdUntil, untilMs);
}

} // namespace cockpit
