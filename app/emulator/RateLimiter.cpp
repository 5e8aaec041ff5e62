#include "RateLimiter.h"

namespace cockpit {
namespace {

constexpr int kRealApiLimit = 50;

} // namespace

RateLimiter::RateLimiter()
{
    m_clock.start();
}

RateLimiter::Decision RateLimiter::admit(const QByteArray &key)
{
    const qint64 now = m_clock.elapsed();
    Window &window = m_windows[key];
    if (window.count == 0 || now - window.startMs >= m_windowMs) {
        window.startMs = now;
        window.count = 0;
    }
    ++window.count;

    Decision decision;
    decision.limit = m_limit > 0 ? m_limit : kRealApiLimit;
    decision.allowed = m_limit == 0 || window.count <= m_limit;
    decision.remaining = qMax(0, decision.limit - window.count);
    const qint64 left = window.startMs + m_windowMs - now;
    decision.resetSeconds = int(qMax<qint64>(1, (left + 999) / 1000));
    return decision;
}

} // namespace cockpit
