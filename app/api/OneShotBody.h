#pragma once

#include <QByteArray>
#include <QIODevice>

namespace cockpit {

// A request body that can be read once and never rewound. Qt's HTTP layer silently sends a
// request again when its connection closes before any answer (a stale keep-alive connection); it
// can only do so by rewinding the body. Sending a create's body from this device turns that
// resend into an error (ContentReSendError), so that a token is never created twice behind the
// client's back; the caller then learns that the outcome is unknown.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override { return m_offset >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace cockpit
