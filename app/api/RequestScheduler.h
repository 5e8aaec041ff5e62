#pragma once

#include "RequestPacer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace cockpit {

// Hands out the right to send a request: at most `maxConcurrent` in flight over every operation
// of one client, started in the order they were queued and paced by a RequestPacer. A request
// holds its slot from the call of its start function until it calls release().
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;

    RequestScheduler(int maxConcurrent, int maxPerSecond, QObject *parent = nullptr);
    ~RequestScheduler() override;

    // Queues `start`. It is called once a slot is free and pacing allows: within this call when
    // that is already the case and nothing else waits, else later from the event loop.
    Ticket enqueue(std::function<void()> start);
    // Forgets a queued start that has not run yet (no effect once it has).
    void cancel(Ticket ticket);
    // Gives back the slot of a started request.
    void release();

    // `sentAtMs`: now() when the request that got this budget started (-1: unknown).
    void noteServerBudget(int remaining, int resetSeconds, qint64 sentAtMs = -1);
    // The scheduler's monotonic clock, in milliseconds.
    qint64 now() const { return m_clock.elapsed(); }
    // Throttled: no request starts for `ms` milliseconds.
    void holdFor(int ms);

    // A request learned that the server's connection is going away (HTTP/2 GOAWAY, refused
    // streams). Requests still waiting for a stream may then never get one (see RequestRunner).
    void noteConnectionGoingAway();
    bool connectionWentAwayRecently() const; // within the last 10 seconds

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    void connectionGoingAway();

private:
    struct Pending
    {
        Ticket ticket;
        std::function<void()> start;
    };

    void dispatch();
    void scheduleDispatch(qint64 delayMs);

    int m_maxConcurrent;
    int m_inFlight = 0;
    Ticket m_nextTicket = 1;
    bool m_dispatching = false;
    std::deque<Pending> m_queue;
    RequestPacer m_pacer;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_wentAwayAt = -1; // m_clock time
};

} // namespace cockpit
