#pragma once

#include "ApiError.h"
#include "RequestBuilder.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace cockpit {

// What one request came to, after any retries.
struct HttpResult
{
    int status = 0;    // 0 when no HTTP answer arrived
    QByteArray body;   // the 2xx answer's body; empty on error (the error holds what it said)
    QString requestId; // X-Request-Id
    ApiError error;    // Kind::None on a 2xx answer
    int attempts = 0;
};

// Whether an attempt that did not succeed may be sent again (RequestRunner decides with its
// budgets and the request's RetryPolicy).
enum class AttemptRetry
{
    No,
    IfSafeRead,
    IfThrottleAllowed,
    IfNotProcessed // HTTP/2 proved the server never saw it
};

// Everything known when an attempt's reply finished, read off the reply by RequestRunner.
struct AttemptFacts
{
    bool hasStatus = false; // an HTTP status line arrived
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; // Qt's text for networkError
    QString requestId;   // X-Request-Id
    // Without a status: HTTP/2 proved the server never processed it (a GOAWAY or refused
    // stream), the TLS handshake failed (with the explanation), or the proxy refused.
    bool notProcessed = false;
    bool tlsHandshakeFailed = false;
    QString tlsProblem; // what was wrong with the certificate, when the handshake failed
    bool failedAtProxy = false;
    QString proxyProblem; // what the proxy did, when the failure was there
    bool proxyNeedsAuthentication = false;
    bool sent = false; // the request's bytes went out
    RetryPolicy retry = RetryPolicy::SafeRead;
    QByteArray body;           // what arrived of the answer
    int throttleBackoffMs = 0; // this attempt's backoff, should the answer be a 429
};

// The decision: the attempt's result, whether it may be sent again and after how long.
struct AttemptVerdict
{
    HttpResult result;
    AttemptRetry retry = AttemptRetry::No;
    int holdMs = 0;
    // The server answered over HTTP: its rate-limit headers count (a 429 waits for the longer of
    // holdMs and what they say).
    bool serverAnswered = false;
    // HTTP/2 said the connection is going away: the scheduler is told.
    bool connectionGoingAway = false;
    // For the debug log; empty when there is nothing to say.
    QString logLine;
};

// Decides what an attempt came to from its facts alone: no reply, no network, no clock.
AttemptVerdict judgeAttempt(AttemptFacts facts);

} // namespace cockpit
