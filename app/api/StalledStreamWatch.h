#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace cockpit {

// Watches one request's current attempt: a read from its start (one that gets no byte for
// stalledReadMs is sent again, GOAWAY or not), any request after its HTTP/2 connection got a
// GOAWAY. Qt (6.4 to 6.8
// at least) can then leave a request waiting for good: with no stream, or with a stream that is
// neither answered nor failed (tst_gatewaywire met it with Qt 6.8). A request with no stream
// never left this machine: it is sent again on a new connection, creates included. A read that
// has not finished some seconds after the GOAWAY and got no byte for as long is sent again too, as
// reading twice is harmless (Qt 6.8 also leaves answers whose headers came but whose body never
// ends); a create or delete that may have reached the server is left to its timeout, which
// reports its outcome as unknown. A few times per request at most, in case the gateway keeps
// going away.
class StalledStreamWatch : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int unsentMs = 1000;      // how long an attempt may wait for its stream
        int stalledReadMs = 5000; // how long a read's open stream may wait for its answer
    };

    // `resend` drops the current attempt and sends the request again.
    StalledStreamWatch(Limits limits, bool safeRead, std::function<void()> resend,
                       QObject *parent = nullptr);

    // A new attempt is on its way; watched at once if the connection went away recently.
    void attemptStarted(bool connectionWentAwayRecently);
    // A connection went away while this attempt waits.
    void connectionGoingAway();
    void streamOpened(); // Qt's requestSent()
    void answerBegan();  // its headers came
    void progress();     // some of its body came
    void stop();         // the attempt ended

private:
    void arm();
    void onTimer();

    Limits m_limits;
    bool m_safeRead;
    std::function<void()> m_resend;
    QTimer m_timer;
    QElapsedTimer m_armed;
    bool m_waiting = false; // an attempt is on its way and no answer began
    bool m_streamOpen = false;
    static constexpr int kMaxResends = 3;
    int m_resends = 0;
};

} // namespace cockpit
