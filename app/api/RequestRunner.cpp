#include "RequestRunner.h"

#include "ApiLogging.h"
#include "OneShotBody.h"
#include "ReplyFailure.h"
#include "RetryTiming.h"
#include "TlsProblem.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QScopedValueRollback>

#include <algorithm>

namespace cockpit {
RequestRunner::RequestRunner(QNetworkAccessManager *network, RequestScheduler *scheduler,
                             QNetworkRequest request, HttpRequestSpec spec, RequestLimits limits,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_scheduler(scheduler)
    , m_request(std::move(request))
    , m_spec(std::move(spec))
    , m_limits(limits)
    , m_stalledWatch(limits.afterGoaway, m_spec.retry == RetryPolicy::SafeRead,
                     [this] { resendStalled(); })
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &RequestRunner::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &RequestRunner::start);
    if (m_scheduler)
        connect(m_scheduler, &RequestScheduler::connectionGoingAway, &m_stalledWatch,
                &StalledStreamWatch::connectionGoingAway);
}

RequestRunner::~RequestRunner()
{
    abort();
}

void RequestRunner::start()
{
    if (m_finished || m_queued || m_reply)
        return;
    if (!m_scheduler) {
        send();
        return;
    }
    m_queued = true;
    // The scheduler keeps the function until it runs or is cancelled (see abort()).
    m_ticket = m_scheduler->enqueue([this] {
        m_queued = false;
        m_holdsSlot = true;
        send();
    });
}

void RequestRunner::abort()
{
    const bool wasFinished = std::exchange(m_finished, true);
    m_timeout.stop();
    m_stalledWatch.stop();
    m_retryTimer.stop();
    if (m_queued && m_scheduler)
        m_scheduler->cancel(m_ticket);
    m_queued = false;
    dropReply();
    releaseSlot();
    if (!wasFinished)
        qCDebug(lcCockpitApi).noquote() << m_spec.verb << m_spec.url.path() << "cancelled";
}

void RequestRunner::send()
{
    ++m_attempts;
    m_body.clear();
    m_status = 0;
    m_sent = false;
    m_sentAtMs = m_scheduler ? m_scheduler->now() : -1;
    if (!m_network) {
        failLocally(ApiError::Kind::NetworkError,
                    QCoreApplication::translate("cockpit::RequestRunner", "No network access."),
                    Retry::No);
        return;
    }
    QNetworkReply *reply = nullptr;
    if (m_spec.verb == "GET")
        reply = m_network->get(m_request);
    else if (m_spec.verb == "POST" && m_spec.retry == RetryPolicy::Never)
        reply = postOnce();
    else if (m_spec.verb == "POST")
        reply = m_network->post(m_request, m_spec.body);
    else if (m_spec.verb == "DELETE")
        reply = m_network->deleteResource(m_request);
    else
        reply = m_network->sendCustomRequest(m_request, m_spec.verb, m_spec.body);
    m_reply = reply;
    m_sslErrors.clear();
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_sent = true;
        m_stalledWatch.streamOpened();
    });
    m_stalledWatch.attemptStarted(m_scheduler && m_scheduler->connectionWentAwayRecently());
    // Kept to say what was wrong; never ignored.
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, &RequestRunner::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &RequestRunner::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &RequestRunner::onReplyFinished);
    m_timeout.start(std::max(1, m_limits.timeoutMs));
}

QNetworkReply *RequestRunner::postOnce()
{
    // Streamed from a body that cannot be rewound, so that Qt cannot send it a second time.
    QNetworkRequest request = m_request;
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
    auto *body = new OneShotBody(m_spec.body);
    QNetworkReply *reply = m_network->post(request, body);
    body->setParent(reply);
    return reply;
}

void RequestRunner::onMetaDataChanged()
{
    if (!m_reply)
        return;
    const QScopedValueRollback inSignal(m_inReplySignal, true);
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status != 0)
        m_stalledWatch.answerBegan();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    const qint64 announced = length.toLongLong();
    if (announced > m_limits.maxResponseBytes) {
        failLocally(
            ApiError::Kind::ResponseTooLarge,
            QCoreApplication::translate("cockpit::RequestRunner",
                                        "The server's answer is too large (%1 bytes announced).")
                .arg(announced),
            Retry::No);
        return;
    }
    if (announced > 0)
        m_body.reserve(announced);
}

void RequestRunner::onReadyRead()
{
    if (!m_reply)
        return;
    const QScopedValueRollback inSignal(m_inReplySignal, true);
    m_stalledWatch.progress();
    appendBody(m_reply->readAll());
}

bool RequestRunner::appendBody(const QByteArray &chunk)
{
    if (m_body.size() + chunk.size() > m_limits.maxResponseBytes) {
        failLocally(ApiError::Kind::ResponseTooLarge,
                    QCoreApplication::translate("cockpit::RequestRunner",
                                                "The server's answer is too large (over %1 bytes).")
                        .arg(m_limits.maxResponseBytes),
                    Retry::No);
        return false;
    }
    m_body.append(chunk);
    return true;
}

void RequestRunner::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const QScopedValueRollback inSignal(m_inReplySignal, true);
    m_timeout.stop();
    m_stalledWatch.stop();
    if (!appendBody(reply->readAll()))
        return;
    dropReply();

    AttemptVerdict verdict = judgeAttempt(factsOf(reply));
    if (!verdict.logLine.isEmpty())
        qCDebug(lcCockpitApi).noquote() << m_spec.verb << m_spec.url.path() << verdict.logLine;
    if (verdict.connectionGoingAway && m_scheduler)
        m_scheduler->noteConnectionGoingAway();
    if (verdict.serverAnswered) {
        // Every answer updates the shared budget; a throttled one also waits as it says.
        const int holdMs = rateLimitHoldMs(reply, m_scheduler, m_sentAtMs);
        if (verdict.retry == Retry::IfThrottleAllowed)
            verdict.holdMs = std::max(verdict.holdMs, holdMs);
    }
    concludeAttempt(std::move(verdict.result), verdict.retry, verdict.holdMs);
}

AttemptFacts RequestRunner::factsOf(QNetworkReply *reply)
{
    AttemptFacts facts;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    facts.hasStatus = status.isValid();
    facts.status = facts.hasStatus ? status.toInt() : 0;
    facts.networkError = reply->error();
    facts.errorString = reply->errorString();
    facts.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    facts.sent = m_sent;
    facts.retry = m_spec.retry;
    facts.body = std::exchange(m_body, QByteArray());
    if (!facts.hasStatus) {
        facts.notProcessed = provesNotProcessed(reply);
        facts.tlsHandshakeFailed = facts.networkError == QNetworkReply::SslHandshakeFailedError;
        if (facts.tlsHandshakeFailed)
            facts.tlsProblem = describeTlsProblem(m_spec.url.host(), m_sslErrors);
        facts.failedAtProxy = failedAtProxy(m_network, m_spec.url, facts.networkError);
        if (facts.failedAtProxy) {
            facts.proxyProblem =
                describeProxyProblem(m_network, m_spec.url, facts.networkError, facts.errorString);
            facts.proxyNeedsAuthentication =
                facts.networkError == QNetworkReply::ProxyAuthenticationRequiredError;
        }
    }
    if (facts.status == 429)
        facts.throttleBackoffMs =
            backoffDelayMs(m_attempts, m_limits.retryBaseDelayMs, m_limits.retryMaxDelayMs);
    return facts;
}

void RequestRunner::resendStalled()
{
    if (!m_reply || m_finished)
        return;
    qCInfo(lcCockpitApi).noquote()
        << m_spec.verb << m_spec.url.path()
        << (!m_sent         ? "got no HTTP/2 stream after a GOAWAY: sending it again"
            : m_status == 0 ? "got no answer on its HTTP/2 stream after a GOAWAY: sending it again"
                            : "had its answer stop halfway after a GOAWAY: sending it again");
    m_timeout.stop();
    dropReply();
    send();
}

void RequestRunner::onTimeout()
{
    failLocally(ApiError::Kind::Timeout,
                QCoreApplication::translate("cockpit::RequestRunner",
                                            "The server did not answer within %1 seconds.")
                    .arg(double(m_limits.timeoutMs) / 1000.0),
                Retry::No);
}

void RequestRunner::failLocally(ApiError::Kind kind, const QString &message, Retry retry)
{
    m_timeout.stop();
    m_stalledWatch.stop();
    HttpResult result;
    const bool wasSent = m_reply != nullptr;
    if (m_reply)
        result.requestId = QString::fromLatin1(m_reply->rawHeader("X-Request-Id"));
    dropReply();
    m_body.clear();
    result.status = m_status;
    result.error = ApiError::local(kind, message);
    result.error.httpStatus = m_status;
    result.error.requestId = result.requestId;
    // A create or delete that was sent and whose answer was lost or unusable may have happened.
    result.error.outcomeUnknown = m_spec.retry != RetryPolicy::SafeRead && wasSent &&
                                  (m_status == 0 || (m_status >= 200 && m_status < 300));
    concludeAttempt(std::move(result), retry, 0);
}

bool RequestRunner::mayRetry(Retry retry) const
{
    if (retry == Retry::IfNotProcessed) {
        // Sent again, whatever the verb, since the server never saw it: once per GOAWAY or refused
        // stream. Each GOAWAY lets the streams before it through, so behind a gateway draining
        // every few requests a request waits at most behind the others in flight.
        return m_notProcessedResends < kMaxNotProcessedResends;
    }
    if (m_attempts > m_limits.maxRetries)
        return false;
    switch (retry) {
    case Retry::IfNotProcessed:
    case Retry::No:
        return false;
    case Retry::IfSafeRead:
        return m_spec.retry == RetryPolicy::SafeRead;
    case Retry::IfThrottleAllowed:
        return m_spec.retry != RetryPolicy::Never;
    }
    return false;
}

void RequestRunner::concludeAttempt(HttpResult result, Retry retry, int holdMs)
{
    qCDebug(lcCockpitApi).noquote() << m_spec.verb << m_spec.url.path() << result.status
                                    << result.requestId << "attempt" << m_attempts;
    if (holdMs > 0 && m_scheduler)
        m_scheduler->holdFor(holdMs);
    releaseSlot();
    if (mayRetry(retry)) {
        if (retry == Retry::IfNotProcessed)
            ++m_notProcessedResends;
        m_retryTimer.start(std::max(holdMs, backoffDelayMs(m_attempts, m_limits.retryBaseDelayMs,
                                                           m_limits.retryMaxDelayMs)));
        return;
    }
    complete(std::move(result));
}

void RequestRunner::complete(HttpResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.attempts = m_attempts;
    if (result.error.isError()) {
        qCWarning(lcCockpitApi).noquote()
            << m_spec.verb << m_spec.url.path() << result.status << result.requestId
            << ApiError::kindName(result.error.kind);
    }
    m_result = std::move(result);
    Q_EMIT finished();
}

void RequestRunner::dropReply()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        // Deleted rather than aborted: Qt 6.4's network thread may already be sending the reply
        // an HTTP error (a 401, a 500...), which, arriving after the abort's own "cancelled"
        // error, makes Qt warn "Internal problem, this method must only be called once".
        // Deleting it stops its request just as well (its destructor tells the network thread)
        // and drops whatever was on its way to it. Inside the reply's own signal it may only be
        // deleted later; there the status is known: an answer too large (2xx) is aborted at
        // once, so that its body stops coming, while an error status means Qt's error is on
        // its way, and the reply is left to finish.
        if (!m_inReplySignal) {
            delete reply;
            return;
        }
        if (!reply->isFinished() && reply->error() == QNetworkReply::NoError && m_status < 400)
            reply->abort();
        reply->deleteLater();
    }
}

void RequestRunner::releaseSlot()
{
    if (std::exchange(m_holdsSlot, false) && m_scheduler)
        m_scheduler->release();
}

} // namespace cockpit
