#pragma once

#include <QtGlobal>

#include <deque>

namespace cockpit {

// Decides when the next request may start, from three rules: at most `maxPerSecond` starts in any
// one-second window (the API allows about 50 per second); nothing before the server's window
// resets once X-Ratelimit-Remaining has reached 0; nothing during a hold after a throttled (429)
// answer. Pure logic on a caller-supplied monotonic clock in milliseconds, so it is tested without
// waiting.
class RequestPacer
{
public:
    // maxPerSecond <= 0: no self-pacing (the server's signals still apply).
    explicit RequestPacer(int maxPerSecond = 0);

    // Milliseconds to wait before the next start; 0 when a request may start now.
    qint64 delayBeforeStart(qint64 nowMs) const;
    void recordStart(qint64 nowMs);

    // From an answer's X-Ratelimit-Remaining and X-Ratelimit-Reset (seconds). A negative value
    // means the header was absent. `sentAtMs`: when the request that got this answer started
    // (-1: unknown): a one-second window is then known to reset a second after the first of
    // the requests it counted, not a whole second from now.
    void noteServerBudget(qint64 nowMs, int remaining, int resetSeconds, qint64 sentAtMs = -1);
    // After a throttled answer: no start before untilMs (a later hold wins).
    void holdUntil(qint64 untilMs);
    qint64 heldUntil() const { return m_holdUntil; }

private:
    int m_maxPerSecond;
    std::deque<qint64> m_recentStarts; // oldest first, within the last second of recordStart()
    qint64 m_holdUntil = 0;
};

} // namespace cockpit
