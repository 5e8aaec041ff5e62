#pragma once

#include <QObject>

namespace cockpit {

// Turns the platform's "please stop" into a Qt signal, so the program quits from its event loop
// (and cleans up) instead of dying inside a handler:
// - POSIX: SIGINT and SIGTERM. The handler only writes a byte to a socket pair
//   (async-signal-safe); a QSocketNotifier reads it on the event loop.
// - Windows: Ctrl+C, Ctrl+Break and closing the console window (SetConsoleCtrlHandler). The
//   handler runs on a thread of its own and posts the signal to the event loop.
// One instance per process.
class StopSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit StopSignalWatcher(QObject *parent = nullptr);
    ~StopSignalWatcher() override;

Q_SIGNALS:
    void stopRequested();

private:
    bool m_watching = false;
};

} // namespace cockpit
