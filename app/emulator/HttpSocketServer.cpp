#include "HttpSocketServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

namespace cockpit {

// Accepts connections as QTcpServer does and remembers each one's socket by the client's address
// and port, which tell the open connections apart.
class TrackingTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    bool lowDelay = false;

    QTcpSocket *socketFor(const QHostAddress &address, quint16 port) const
    {
        return m_sockets.value({address, port}).data();
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // As a production server answers (see setLowDelay()).
        if (lowDelay)
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const Peer peer{socket->peerAddress(), socket->peerPort()};
        m_sockets.insert(peer, socket);
        // A later connection may reuse the port before this socket goes: only forget the peer
        // while no live socket holds it.
        connect(socket, &QObject::destroyed, this, [this, peer] {
            const auto it = m_sockets.constFind(peer);
            if (it != m_sockets.constEnd() && it->isNull())
                m_sockets.remove(peer);
        });
        addPendingConnection(socket);
    }

private:
    using Peer = QPair<QHostAddress, quint16>;
    QHash<Peer, QPointer<QTcpSocket>> m_sockets;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QList<QPair<QByteArray, QByteArray>> headerList(const QHttpServerRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // QHttpHeaders (Qt 6.7): names in lower case, in the order received.
    const QHttpHeaders headers = request.headers();
    QList<QPair<QByteArray, QByteArray>> list;
    list.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        list.append({QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray()});
    }
    return list;
#else
    return request.headers();
#endif
}

} // namespace

HttpSocketServer::HttpSocketServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

HttpSocketServer::~HttpSocketServer()
{
    // A responder points to its connection, which QObject deletes after this body: let the
    // responders go first.
    m_turns.clear();
}

quint16 HttpSocketServer::listenLocal(quint16 port)
{
    if (m_listener)
        return m_listener->serverPort();
    auto *listener = new TrackingTcpServer(this);
    listener->lowDelay = m_lowDelay;
    if (!listener->listen(QHostAddress::LocalHost, port)) {
        delete listener;
        return 0;
    }
    // bind() returns void on Qt 6.4 and bool on Qt 6.8 (false only for a server not listening).
    static_cast<void>(bind(listener));
    m_listener = listener;
    return m_listener->serverPort();
}

void HttpSocketServer::dispatch(const QHttpServerRequest &request, QTcpSocket *socket,
                                std::shared_ptr<void> turn)
{
    Exchange exchange;
    exchange.request.method = methodName(request.method());
    exchange.request.path = request.url().path();
    exchange.request.query = request.query();
    exchange.request.headers = headerList(request);
    exchange.request.body = request.body();
    exchange.socket = socket;
    exchange.turn = std::move(turn);
    m_handler(std::move(exchange));
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)

bool HttpSocketServer::handleRequest(const QHttpServerRequest &request,
                                     QHttpServerResponder &responder)
{
    QTcpSocket *socket =
        m_listener ? m_listener->socketFor(request.remoteAddress(), request.remotePort()) : nullptr;
    dispatch(request, socket, takeTurn(responder));
    return true;
}

void HttpSocketServer::missingHandler(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    // handleRequest() takes every request; answer anything that still ends here the same way.
    handleRequest(request, responder);
}

std::shared_ptr<void> HttpSocketServer::takeTurn(QHttpServerResponder &responder)
{
    const quint64 turn = ++m_nextTurn;
    m_turns.insert(turn, std::make_shared<QHttpServerResponder>(std::move(responder)));
    // Destroying a responder lets QtHttpServer read the connection's next request. It must not
    // happen inside handleRequest() (QtHttpServer would then listen to the socket twice), hence
    // from the event loop; and not at all once this server is gone (the destructor did it).
    const QPointer<HttpSocketServer> server(this);
    return std::shared_ptr<void>(nullptr, [server, turn](void *) {
        if (server) {
            QMetaObject::invokeMethod(
                server.data(), [server, turn] { server->m_turns.remove(turn); },
                Qt::QueuedConnection);
        }
    });
}

#else

bool HttpSocketServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    dispatch(request, socket, nullptr);
    return true;
}

void HttpSocketServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; answer anything that still ends here the same way.
    dispatch(request, socket, nullptr);
}

#endif

} // namespace cockpit
