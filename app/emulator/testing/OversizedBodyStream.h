#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace cockpit {

// Writes a huge but valid token list body ({"tokens":[...],"total_count":N}) to a socket a chunk
// at a time, only when the socket's write buffer has drained, so the emulator holds about one
// megabyte of it at once whatever the announced size.
class OversizedBodyStream : public QObject
{
    Q_OBJECT

public:
    // Becomes a child of `socket`. The body is at least `minimumBytes` long.
    OversizedBodyStream(QTcpSocket *socket, qint64 minimumBytes);

    qint64 totalSize() const;
    void start();

private:
    void fill();

    QTcpSocket *m_socket;
    QByteArray m_item; // one token object
    qint64 m_itemCount = 0;
    qint64 m_written = 0; // items written so far
    bool m_tailWritten = false;
};

} // namespace cockpit
