#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace cockpit {

// Turns SIGINT/SIGTERM into a Qt signal, so the program quits from its event loop (and cleans
// up) instead of dying inside a signal handler. The handler only writes a byte to a socket pair
// (async-signal-safe); a QSocketNotifier reads it on the event loop. One instance per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
};

} // namespace cockpit
