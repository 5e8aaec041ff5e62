#pragma once

#include "ApiError.h"
#include "AttemptVerdict.h"
#include "RequestBuilder.h"
#include "RequestScheduler.h"
#include "StalledStreamWatch.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QNetworkAccessManager;

namespace cockpit {

// The limits a RequestRunner applies (taken from ClientSettings).
struct RequestLimits
{
    int timeoutMs = 30000;
    int maxRetries = 4;
    int retryBaseDelayMs = 200;
    int retryMaxDelayMs = 8000;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    // After a GOAWAY: how long a request may wait for its HTTP/2 stream, and a read with a stream
    // for its answer, before it is sent again (StalledStreamWatch).
    StalledStreamWatch::Limits afterGoaway;
};

// Runs one API request to its end: waits for a slot from the RequestScheduler, sends, times the
// attempt out with its own timer, caps the body's size (Content-Length up front, then counting
// while reading), and retries what its RetryPolicy allows with exponential backoff and jitter. A
// throttled answer (429, e.g. the gateway's empty one with X-Envoy-Ratelimited) also holds every
// other request of the scheduler. finished() is emitted once, unless abort() was called first;
// destroying the runner aborts it.
class RequestRunner : public QObject
{
    Q_OBJECT

public:
    RequestRunner(QNetworkAccessManager *network, RequestScheduler *scheduler,
                  QNetworkRequest request, HttpRequestSpec spec, RequestLimits limits,
                  QObject *parent = nullptr);
    ~RequestRunner() override;

    void start();
    // Stops everything silently: no finished() afterwards.
    void abort();

    bool isFinished() const { return m_finished; }
    const HttpResult &result() const { return m_result; }
    // Hands the body over, so that a parsed page's raw bytes are not kept.
    QByteArray takeBody() { return std::exchange(m_result.body, QByteArray()); }

Q_SIGNALS:
    void finished();

private:
    using Retry = AttemptRetry;

    void send();
    QNetworkReply *postOnce();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    // What the finished reply says, for judgeAttempt().
    AttemptFacts factsOf(QNetworkReply *reply);
    void onTimeout();
    void resendStalled();
    bool appendBody(const QByteArray &chunk);
    void failLocally(ApiError::Kind kind, const QString &message, Retry retry);
    void concludeAttempt(HttpResult result, Retry retry, int holdMs);
    void complete(HttpResult result);
    void dropReply();
    void releaseSlot();
    bool mayRetry(Retry retry) const;

    QPointer<QNetworkAccessManager> m_network;
    QPointer<RequestScheduler> m_scheduler;
    QNetworkRequest m_request;
    HttpRequestSpec m_spec;
    RequestLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    StalledStreamWatch m_stalledWatch;
    QByteArray m_body;
    HttpResult m_result;
    RequestScheduler::Ticket m_ticket = 0;
    QList<QSslError> m_sslErrors; // of the current attempt
    int m_attempts = 0;
    // As many as requests may be in flight over HTTP/2 (ClientSettings): enough to get through a
    // gateway that sends GOAWAY every few requests (tst_gatewaywire: every 3, 24 at once).
    static constexpr int kMaxNotProcessedResends = 16;
    int m_notProcessedResends = 0;
    int m_status = 0; // of the current attempt, once its headers are in
    bool m_queued = false;
    bool m_holdsSlot = false;
    bool m_sent = false;
    qint64 m_sentAtMs = -1; // the scheduler's clock when this attempt started
    bool m_finished = false;
    bool m_inReplySignal = false; // inside a slot the current reply's signal called
};

} // namespace cockpit
