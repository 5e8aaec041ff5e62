#pragma once

#include "FakeNetworkReply.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <functional>

// One request as the fake network saw it.
struct FakeRequest
{
    QByteArray verb;
    QNetworkRequest request;
    QByteArray body;

    QUrl url() const { return request.url(); }
    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
};

// A QNetworkAccessManager that never touches the network: every request is recorded and answered
// by the test's handler through a FakeNetworkReply. It also counts requests in flight, so that
// tests can check the client's concurrency bound.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &request)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    // Replies the client cancelled (cancel, timeout, size cap): aborted, or deleted before they
    // finished, which cancels a real reply's transfer just the same.
    int abortedCount() const { return m_aborted; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<FakeRequest> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_aborted = 0;
};
