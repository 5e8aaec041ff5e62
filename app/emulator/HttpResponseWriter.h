#pragma once

#include "EmulatorResponse.h"

#include <QByteArray>

class QTcpSocket;

namespace cockpit {

// Writes HTTP/1.1 answers straight to the socket. QtHttpServer 6.4 reuses one QHttpServerRequest
// per connection and its responder cannot outlive the request handler, so answers that come later
// (latency) or that break the protocol on purpose (faults) are written by hand here instead.
class HttpResponseWriter
{
public:
    // A complete answer. With `close`, the connection is closed once the bytes are out.
    static void write(QTcpSocket *socket, const EmulatorResponse &response, bool close);
    // Announces the whole body in Content-Length, sends only its first half, then closes.
    static void writeTruncated(QTcpSocket *socket, const EmulatorResponse &response);
    // A valid JSON token list of about `bytes` bytes, produced chunk by chunk as the socket
    // drains, so that the body never sits in memory whole.
    static void writeOversized(QTcpSocket *socket, const EmulatorResponse &headersFrom,
                               qint64 bytes);

    // The status line and headers, ending with the blank line. `contentLength` < 0 leaves the
    // Content-Length header out (a 204 must not have one).
    static QByteArray head(const EmulatorResponse &response, qint64 contentLength, bool close);
    static QByteArray reasonPhrase(int status);
};

} // namespace cockpit
