#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>

namespace cockpit {

// The gateway's per-key request budget, in windows (one second by default) that start at a
// key's first request. It always produces the X-Ratelimit-* values; it only refuses when a limit is
// set.
class RateLimiter
{
public:
    RateLimiter();

    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 1;
    };

    // 0 = never refuse (the headers then describe the real API's 50 per second).
    void setLimit(int requestsPerSecond) { m_limit = qMax(0, requestsPerSecond); }
    int limit() const { return m_limit; }
    void setWindow(int milliseconds) { m_windowMs = qMax(1, milliseconds); }

    Decision admit(const QByteArray &key);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    QElapsedTimer m_clock;
    QHash<QByteArray, Window> m_windows;
    int m_limit = 0;
    qint64 m_windowMs = 1000;
};

} // namespace cockpit
