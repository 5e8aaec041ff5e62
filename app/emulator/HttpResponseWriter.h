#pragma once

#include "EmulatorResponse.h"

#include <QByteArray>

class QTcpSocket;

namespace cockpit {

// Writes HTTP/1.1 answers straight to the socket: answers that come later (latency) and answers
// that break the protocol on purpose (FaultGate's faults) are beyond QtHttpServer's responder on
// every Qt version (see HttpSocketServer), so every answer is written by hand, from head() up.
class HttpResponseWriter
{
public:
    // A complete answer. With `close`, the connection is closed once the bytes are out.
    static void write(QTcpSocket *socket, const EmulatorResponse &response, bool close);

    // The status line and headers, ending with the blank line. `contentLength` < 0 leaves the
    // Content-Length header out (a 204 must not have one).
    static QByteArray head(const EmulatorResponse &response, qint64 contentLength, bool close);
    static QByteArray reasonPhrase(int status);
};

} // namespace cockpit
