#pragma once

#include <QtGlobal>

class QNetworkReply;

namespace cockpit {

class RequestScheduler;

// How long RequestRunner waits before trying again: base * 2^(attempts-1), capped, then "equal
// jitter" (a random point in its upper half, so that clients throttled together do not come back
// together).
int backoffDelayMs(int attempts, int baseDelayMs, int maxDelayMs);
// What an answer's X-Ratelimit-Remaining/-Reset (the Scaleway gateway) and Retry-After ask every
// request of the scheduler to wait, in ms (0: nothing); the budget is also passed to the
// scheduler's pacer, with when the request started (`sentAtMs`, the scheduler's clock; -1:
// unknown).
int rateLimitHoldMs(const QNetworkReply *reply, RequestScheduler *scheduler, qint64 sentAtMs = -1);

} // namespace cockpit
