#include "StalledStreamWatch.h"

#include <algorithm>

namespace cockpit {

StalledStreamWatch::StalledStreamWatch(Limits limits, bool safeRead, std::function<void()> resend,
                                       QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_safeRead(safeRead)
    , m_resend(std::move(resend))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StalledStreamWatch::onTimer);
}

void StalledStreamWatch::attemptStarted(bool connectionWentAwayRecently)
{
    m_timer.stop();
    m_waiting = true;
    m_streamOpen = false;
    if (connectionWentAwayRecently) {
        arm();
    } else if (m_safeRead) {
        // A read that gets no byte for a while is sent again, GOAWAY or not: reading twice is
        // harmless, and waiting out the whole timeout is not (issue 25).
        m_armed.start();
        m_timer.start(std::max(1, m_limits.stalledReadMs));
    }
}

void StalledStreamWatch::connectionGoingAway()
{
    arm();
}

void StalledStreamWatch::streamOpened()
{
    m_streamOpen = true;
    // Only a read stays watched until its answer begins.
    if (!m_safeRead)
        m_timer.stop();
}

void StalledStreamWatch::answerBegan()
{
    m_streamOpen = true; // an answer comes on a stream, whether Qt said requestSent() or not
    if (m_safeRead) {
        progress();
        return;
    }
    m_waiting = false;
    m_timer.stop();
}

void StalledStreamWatch::progress()
{
    if (m_timer.isActive())
        m_armed.start(); // bytes are coming: not stalled
}

void StalledStreamWatch::stop()
{
    m_waiting = false;
    m_timer.stop();
}

void StalledStreamWatch::arm()
{
    if (!m_waiting || (m_streamOpen && !m_safeRead))
        return;
    // Already watched as a read, for longer: a GOAWAY shortens the wait for a stream.
    if (m_timer.isActive() && (m_streamOpen || m_timer.remainingTime() <= m_limits.unsentMs))
        return;
    m_armed.start();
    m_timer.start(std::max(1, m_limits.unsentMs));
}

void StalledStreamWatch::onTimer()
{
    if (!m_waiting)
        return;
    if (m_streamOpen) { // only a read is sent again
        if (!m_safeRead)
            return;
        const qint64 left = m_limits.stalledReadMs - m_armed.elapsed();
        if (left > 0) {
            m_timer.start(int(left));
            return;
        }
    }
    if (++m_resends > kMaxResends)
        return; // the request's own timeout ends it
    m_waiting = false;
    m_resend();
}

} // namespace cockpit
