#include "OversizedBodyStream.h"

#include <QTcpSocket>

namespace cockpit {
namespace {

const QByteArray kHeadText = QByteArrayLiteral("{\"tokens\":[");
constexpr qint64 kItemsPerChunk = 512;
constexpr qint64 kMaxBuffered = 1024 * 1024;

QByteArray tail(qint64 count)
{
    return "],\"total_count\":" + QByteArray::number(count) + '}';
}

} // namespace

OversizedBodyStream::OversizedBodyStream(QTcpSocket *socket, qint64 minimumBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_item(QByteArrayLiteral(
          "{\"created_at\":\"2024-09-19T09:04:30.777294Z\",\"id\":"
          "\"0b6e1b1e-7d59-4c43-9d6a-5c2f1a0e4b21\",\"name\":\"oversized-body-filler\","
          "\"project_id\":\"8a1f7f3c-2b55-4d1e-9f0a-3c6d2e4b5a19\",\"region\":\"fr-par\","
          "\"scopes\":[\"write_only_metrics\",\"read_only_metrics\"],\"secret_key\":null,"
          "\"updated_at\":\"2024-09-19T09:04:30.777294Z\"}"))
{
    const qint64 perItem = m_item.size() + 1; // with its separating comma
    m_itemCount = qMax<qint64>(1, (minimumBytes + perItem - 1) / perItem);
}

qint64 OversizedBodyStream::totalSize() const
{
    return kHeadText.size() + m_itemCount * m_item.size() + (m_itemCount - 1) +
           tail(m_itemCount).size();
}

void OversizedBodyStream::start()
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, &OversizedBodyStream::fill);
    m_socket->write(kHeadText);
    fill();
}

void OversizedBodyStream::fill()
{
    while (!m_tailWritten && m_socket->bytesToWrite() < kMaxBuffered) {
        if (m_written == m_itemCount) {
            m_socket->write(tail(m_itemCount));
            m_tailWritten = true;
            deleteLater();
            return;
        }
        const qint64 count = qMin(kItemsPerChunk, m_itemCount - m_written);
        QByteArray chunk;
        chunk.reserve(count * (m_item.size() + 1));
        for (qint64 i = 0; i < count; ++i) {
            if (m_written + i > 0)
                chunk += ',';
            chunk += m_item;
        }
        m_written += count;
        m_socket->write(chunk);
    }
}

} // namespace cockpit
