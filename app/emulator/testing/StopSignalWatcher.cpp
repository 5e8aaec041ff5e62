#include "StopSignalWatcher.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <QMetaObject>
#include <qt_windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace cockpit {

#ifdef Q_OS_WIN

namespace {

// The console control handler runs on a thread the system creates: it can only post.
StopSignalWatcher *g_watcher = nullptr;

BOOL WINAPI onConsoleControl(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        if (StopSignalWatcher *watcher = g_watcher) {
            QMetaObject::invokeMethod(
                watcher, [watcher] { Q_EMIT watcher->stopRequested(); }, Qt::QueuedConnection);
            return TRUE;
        }
        return FALSE;
    default:
        return FALSE;
    }
}

} // namespace

StopSignalWatcher::StopSignalWatcher(QObject *parent)
    : QObject(parent)
{
    g_watcher = this;
    m_watching = ::SetConsoleCtrlHandler(onConsoleControl, TRUE) != 0;
}

StopSignalWatcher::~StopSignalWatcher()
{
    if (m_watching)
        ::SetConsoleCtrlHandler(onConsoleControl, FALSE);
    g_watcher = nullptr;
}

#else

namespace {

// A signal handler can reach no object: the write end of the pair has to be a plain static.
int g_signalFds[2] = {-1, -1};
constexpr int kStopSignals[] = {SIGINT, SIGTERM};

extern "C" void writeSignalNumber(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    const ssize_t written = ::write(g_signalFds[0], &byte, 1);
    static_cast<void>(written);
}

} // namespace

StopSignalWatcher::StopSignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        unsigned char byte = 0;
        if (::read(g_signalFds[1], &byte, 1) == 1)
            Q_EMIT stopRequested();
    });
    for (int signalNumber : kStopSignals) {
        struct sigaction action = {};
        action.sa_handler = writeSignalNumber;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(signalNumber, &action, nullptr);
    }
    m_watching = true;
}

StopSignalWatcher::~StopSignalWatcher()
{
    if (!m_watching)
        return;
    for (int signalNumber : kStopSignals)
        ::signal(signalNumber, SIG_DFL);
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    g_signalFds[0] = g_signalFds[1] = -1;
}

#endif

} // namespace cockpit
