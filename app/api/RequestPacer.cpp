#include "RequestPacer.h"

#include <algorithm>

namespace cockpit {
namespace {
constexpr qint64 kWindowMs = 1000;
// Between two requests' arrivals at the gateway and their starts here, a few milliseconds may
// differ: the window of our own starts is this much longer than the gateway's, so that a start
// a second after another never reaches a window the other still counts in.
constexpr qint64 kMarginMs = 20;
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
                         [nowMs](qint64 start) { return start > nowMs - kWindowMs - kMarginMs; });
        const auto inWindow = std::distance(firstInWindow, m_recentStarts.cend());
        if (inWindow >= m_maxPerSecond) {
            // The window has room again once enough of its oldest starts have left it.
            const qint64 freeAt =
                *(firstInWindow + (inWindow - m_maxPerSecond)) + kWindowMs + kMarginMs;
            delay = std::max(delay, freeAt - nowMs);
        }
    }
    return delay;
}

void RequestPacer::recordStart(qint64 nowMs)
{
    if (m_maxPerSecond <= 0)
        return;
    while (!m_recentStarts.empty() && m_recentStarts.front() <= nowMs - kWindowMs - kMarginMs)
        m_recentStarts.pop_front();
    m_recentStarts.push_back(nowMs);
}

void RequestPacer::noteServerBudget(qint64 nowMs, int remaining, int resetSeconds, qint64 sentAtMs)
{
    if (remaining != 0)
        return;
    // The window is spent: wait for its reset (at least a second when the header is missing).
    const qint64 fromNow = nowMs + std::max(resetSeconds, 1) * kWindowMs;
    const auto sentAfter =
        std::upper_bound(m_recentStarts.cbegin(), m_recentStarts.cend(), sentAtMs);
    if (resetSeconds > 1 || m_maxPerSecond <= 0 || sentAtMs < 0 || sentAtMs > nowMs ||
        sentAfter == m_recentStarts.cbegin())
        return holdUntil(fromNow);
    // The one-second window that counted this request, full with it, holds the limit's worth of
    // the last requests started up to it when this client is the key's only user: it began as
    // the first of those reached the gateway and resets a second later. The header, rounded up
    // to whole seconds, would leave a fifth of the budget unused. The margin covers a
    // difference between two requests' way there; another user of the key makes the window
    // reset later, and the one throttled answer that then costs is waited for and tried again.
    const auto counted = std::distance(m_recentStarts.cbegin(), sentAfter);
    const qint64 first = *(sentAfter - std::min<qint64>(counted, m_maxPerSecond));
    holdUntil(std::clamp(first + kWindowMs + kMarginMs, nowMs, fromNow));
}

void RequestPacer::holdUntil(qint64 untilMs)
{
    m_holdUntil = std::max(m_holdUntil, untilMs);
}

} // namespace cockpit
