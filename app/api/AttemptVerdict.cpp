#include "AttemptVerdict.h"

#include "ReplyFailure.h"

#include <QCoreApplication>
#include <QMetaEnum>

#include <utility>

namespace cockpit {
namespace {

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// No HTTP answer, or one cut short: a transport failure.
AttemptVerdict transportFailure(AttemptFacts facts, HttpResult result)
{
    AttemptVerdict verdict;
    const char *name =
        QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(facts.networkError);
    verdict.logLine =
        QStringLiteral("failed: %1 %2")
            .arg(name ? QString::fromLatin1(name) : QString::number(int(facts.networkError)),
                 facts.errorString);
    if (isSuccess(result.status)) {
        // The headers came, the body was cut short.
        result.error =
            ApiError::local(ApiError::Kind::MalformedResponse,
                            QCoreApplication::translate("cockpit::RequestRunner",
                                                        "The server's answer was cut short."));
    } else {
        result.error = ApiError::local(ApiError::Kind::NetworkError, facts.errorString);
    }
    result.error.httpStatus = result.status;
    result.error.requestId = result.requestId;
    // Only a GET is harmless to send twice; anything else may have been carried out.
    result.error.outcomeUnknown =
        facts.retry != RetryPolicy::SafeRead && (facts.sent || !provesNotSent(facts.networkError));
    verdict.result = std::move(result);
    verdict.retry = AttemptRetry::IfSafeRead;
    return verdict;
}

// The server's HTTP answer.
AttemptVerdict httpAnswer(AttemptFacts facts, HttpResult result)
{
    AttemptVerdict verdict;
    verdict.serverAnswered = true;
    if (isSuccess(result.status)) {
        result.body = std::move(facts.body);
        verdict.result = std::move(result);
        return verdict;
    }
    result.error = ApiError::fromHttp(result.status, facts.body, result.requestId);
    if (result.status == 429) {
        // Throttled before the API saw the request: everyone waits, then reads and deletes retry.
        verdict.retry = AttemptRetry::IfThrottleAllowed;
        verdict.holdMs = facts.throttleBackoffMs;
    } else if (result.status >= 500) {
        // A server error may come after a create or delete was carried out (or half of it); but
        // when the API answers with its own error object, that is its answer: the request
        // failed, and the user is told what the API said.
        result.error.outcomeUnknown =
            facts.retry != RetryPolicy::SafeRead && !result.error.fromApiBody;
        verdict.retry = AttemptRetry::IfSafeRead;
    }
    verdict.result = std::move(result);
    return verdict;
}

} // namespace

AttemptVerdict judgeAttempt(AttemptFacts facts)
{
    HttpResult result;
    result.requestId = facts.requestId;
    result.status = facts.hasStatus ? facts.status : 0;

    if (!facts.hasStatus && facts.notProcessed) {
        AttemptVerdict verdict;
        verdict.result = std::move(result);
        verdict.result.error = ApiError::local(ApiError::Kind::NetworkError, facts.errorString);
        verdict.result.error.requestId = verdict.result.requestId;
        verdict.retry = AttemptRetry::IfNotProcessed;
        verdict.connectionGoingAway = true;
        verdict.logLine =
            QStringLiteral("not processed by the server (HTTP/2): %1").arg(facts.errorString);
        return verdict;
    }
    if (!facts.hasStatus && facts.tlsHandshakeFailed) {
        // Sending again would meet the same certificate: no retry.
        AttemptVerdict verdict;
        verdict.result = std::move(result);
        verdict.result.error = ApiError::local(ApiError::Kind::TlsError, facts.tlsProblem);
        return verdict;
    }
    if (!facts.hasStatus && facts.failedAtProxy) {
        AttemptVerdict verdict;
        verdict.result = std::move(result);
        verdict.result.error = ApiError::local(ApiError::Kind::ProxyError, facts.proxyProblem);
        verdict.result.error.outcomeUnknown = facts.retry != RetryPolicy::SafeRead && facts.sent;
        verdict.retry =
            facts.proxyNeedsAuthentication ? AttemptRetry::No : AttemptRetry::IfSafeRead;
        return verdict;
    }
    // A 2xx whose stream then failed (e.g. HTTP/2 RST_STREAM from a gateway whose upstream broke
    // off) is an answer cut short, whatever the code Qt gives it.
    const bool cutShort = isSuccess(result.status) && facts.networkError != QNetworkReply::NoError;
    if (!facts.hasStatus || isTransportError(facts.networkError) || cutShort)
        return transportFailure(std::move(facts), std::move(result));
    return httpAnswer(std::move(facts), std::move(result));
}

} // namespace cockpit
