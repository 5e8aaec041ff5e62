#pragma once

#include "RecordedHttpRequest.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QtGlobal>

#include <functional>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace cockpit {

class TrackingTcpServer;

// The one place that knows which QtHttpServer it is built against. QtHttpServer parses the
// requests; every answer is then written as raw bytes on the request's own QTcpSocket, because the
// emulator's faults break HTTP on purpose (close without an answer, stall, announce more body than
// it sends, stream 40 MiB) and no QtHttpServer API can do that.
//
// Qt 6.4 (Technical Preview) hands handleRequest() the socket itself. From Qt 6.8 handleRequest()
// gets a QHttpServerResponder, which writes only well-formed answers and does not expose the
// socket; so the server listens on a QTcpServer of its own (TrackingTcpServer), which accepts each
// connection, remembers its socket by the client's address and port and hands it on to
// QtHttpServer; a request's socket is then found by QHttpServerRequest::remoteAddress() and
// remotePort(). The responder is kept, unused, until the answer has been written: while it lives
// QtHttpServer reads no further request from that connection, so pipelined requests are still
// answered in order. (Owning the listener and parsing HTTP by hand would also work, but would give
// up QtHttpServer's tested parser.)
static_assert(QT_VERSION < QT_VERSION_CHECK(6, 5, 0) || QT_VERSION >= QT_VERSION_CHECK(6, 8, 0),
              "QtHttpServer 6.5 to 6.7 sits between the two APIs handled here: build with Qt 6.4 "
              "or with Qt 6.8 and later");

class HttpSocketServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Exchange
    {
        RecordedHttpRequest request;
        // Null once the client has gone. Owned by QtHttpServer.
        QPointer<QTcpSocket> socket;
        // Holds the connection's turn (see above) as long as a copy of it exists; empty on Qt 6.4,
        // whose server reads on regardless. Let it go once the answer is on its way.
        std::shared_ptr<void> turn;
    };
    using Handler = std::function<void(Exchange exchange)>;

    explicit HttpSocketServer(Handler handler, QObject *parent = nullptr);
    ~HttpSocketServer() override;

    // Listens on 127.0.0.1 only. Returns the port, 0 on failure.
    quint16 listenLocal(quint16 port);
    // Before listenLocal(): answer without Nagle's delay (TCP_NODELAY), as production servers do,
    // so that an answer's last small segment does not wait for the client's delayed ACK (40 ms on
    // Linux). Off by default: the tests' timings were all measured without it.
    void setLowDelay(bool on) { m_lowDelay = on; }

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    bool m_lowDelay = false;

    void dispatch(const QHttpServerRequest &request, QTcpSocket *socket,
                  std::shared_ptr<void> turn);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    std::shared_ptr<void> takeTurn(QHttpServerResponder &responder);
#endif

    Handler m_handler;
    TrackingTcpServer *m_listener = nullptr;
    // Responders whose connection waits for its answer, by turn number. They are destroyed
    // from the event loop (QtHttpServer must not see one go while it is still calling
    // handleRequest()) and at the latest here, before the connections they point to.
    QHash<quint64, std::shared_ptr<QHttpServerResponder>> m_turns;
    quint64 m_nextTurn = 0;
};

} // namespace cockpit
