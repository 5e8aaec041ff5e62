#include "FakeNetworkReply.h"

#include <QTimer>

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.header("Content-Type", "application/json");
    return response;
}

FakeResponse FakeResponse::empty(int status)
{
    FakeResponse response;
    response.status = status;
    return response;
}

FakeResponse FakeResponse::failure(QNetworkReply::NetworkError error)
{
    FakeResponse response;
    response.status = 0;
    response.networkError = error;
    return response;
}

FakeResponse &FakeResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeNetworkReply::FakeNetworkReply(QNetworkAccessManager::Operation operation,
                                   const QNetworkRequest &request, FakeResponse response,
                                   QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setOperation(operation);
    setRequest(request);
    setUrl(request.url());
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_response.stall) {
        QTimer::singleShot(m_response.delayMs, this, &FakeNetworkReply::begin);
    } else if (m_response.requestSent) {
        // Sent, and then no answer ever comes.
        QTimer::singleShot(m_response.delayMs, this, [this] {
            if (!m_aborted)
                Q_EMIT requestSent();
        });
    }
}

void FakeNetworkReply::abort()
{
    if (isFinished())
        return;
    m_aborted = true;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    Q_EMIT errorOccurred(OperationCanceledError);
    Q_EMIT finished();
}

qint64 FakeNetworkReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeNetworkReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_buffer.size());
    if (count == 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_buffer.constData(), size_t(count));
    m_buffer.remove(0, count);
    return count;
}

void FakeNetworkReply::begin()
{
    if (m_aborted)
        return;
    if (m_response.requestSent)
        Q_EMIT requestSent();
    if (m_response.status == 0) {
        end();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &header : std::as_const(m_response.headers))
        setRawHeader(header.first, header.second);
    if (m_response.withContentLength) {
        const qint64 length = m_response.contentLengthOverride >= 0
                                  ? m_response.contentLengthOverride
                                  : m_response.body.size();
        setHeader(QNetworkRequest::ContentLengthHeader, length);
    }
    Q_EMIT metaDataChanged();
    if (m_aborted)
        return;
    deliverChunk();
}

void FakeNetworkReply::deliverChunk()
{
    if (m_aborted)
        return;
    const qsizetype remaining = m_response.body.size() - m_offset;
    if (remaining > 0) {
        const qsizetype size = m_response.chunkSize > 0
                                   ? std::min<qsizetype>(m_response.chunkSize, remaining)
                                   : remaining;
        m_buffer.append(m_response.body.constData() + m_offset, size);
        m_offset += size;
        Q_EMIT readyRead();
        if (m_aborted || m_response.stallAfterFirstChunk)
            return;
        if (m_offset < m_response.body.size()) {
            QTimer::singleShot(0, this, &FakeNetworkReply::deliverChunk);
            return;
        }
    }
    end();
}

void FakeNetworkReply::end()
{
    if (m_response.networkError != NoError) {
        setError(m_response.networkError, m_response.errorText.isEmpty()
                                              ? QStringLiteral("Fake network error")
                                              : m_response.errorText);
        Q_EMIT errorOccurred(m_response.networkError);
    } else if (m_response.status >= 400) {
        // A real reply reports an HTTP error status as an error too, with the status set.
        const NetworkError error = m_response.status == 404   ? ContentNotFoundError
                                   : m_response.status >= 500 ? InternalServerError
                                                              : UnknownContentError;
        setError(error, QStringLiteral("HTTP error"));
        Q_EMIT errorOccurred(error);
    }
    setFinished(true);
    Q_EMIT finished();
}
