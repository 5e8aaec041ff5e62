#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>

// What a fake server answers to one request (see FakeNetworkAccessManager).
struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Not NoError: the connection fails with this error (after `body`, if any, was delivered
    // with `status`; a status of 0 means no HTTP answer at all).
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorText;       // errorString() of that failure; empty: "Fake network error"
    bool stall = false;      // never answer (until aborted), after requestSent() if set
    bool requestSent = true; // emit requestSent() before answering
    int delayMs = 0;         // before the answer starts
    int chunkSize = 0;       // > 0: the body arrives in chunks of this size, one per event
    bool stallAfterFirstChunk = false; // headers and one chunk, then nothing (until aborted)
    bool withContentLength = true;     // announce Content-Length (the body's size, or the override)
    qint64 contentLengthOverride = -1;

    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse empty(int status);
    static FakeResponse failure(QNetworkReply::NetworkError error);
    FakeResponse &header(const QByteArray &name, const QByteArray &value);
};

// A QNetworkReply that plays a FakeResponse the way a real reply does: nothing happens inside the
// call that created it; metaDataChanged, readyRead (per chunk) and finished follow from the event
// loop; abort() finishes it at once with OperationCanceledError.
class FakeNetworkReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeNetworkReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     FakeResponse response, QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void begin();
    void deliverChunk();
    void end();

    FakeResponse m_response;
    QByteArray m_buffer;    // received, not read yet
    qsizetype m_offset = 0; // of the next chunk to deliver in m_response.body
    bool m_aborted = false;
};
