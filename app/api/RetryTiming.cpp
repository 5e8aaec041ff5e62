#include "RetryTiming.h"

#include "RequestScheduler.h"

#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

namespace cockpit {
namespace {

int headerInt(const QNetworkReply *reply, const char *name, int fallback)
{
    const QByteArray value = reply->rawHeader(name).trimmed();
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number >= 0 ? number : fallback;
}

} // namespace

int backoffDelayMs(int attempts, int baseDelayMs, int maxDelayMs)
{
    const int exponent = std::clamp(attempts - 1, 0, 20);
    const qint64 delay =
        std::min<qint64>(qint64(std::max(0, baseDelayMs)) << exponent, std::max(0, maxDelayMs));
    if (delay <= 1)
        return int(delay);
    const qint64 half = delay / 2;
    return int(half + QRandomGenerator::global()->bounded(delay - half + 1));
}

int rateLimitHoldMs(const QNetworkReply *reply, RequestScheduler *scheduler, qint64 sentAtMs)
{
    int holdMs = 0;
    const int remaining = headerInt(reply, "X-Ratelimit-Remaining", -1);
    const int reset = headerInt(reply, "X-Ratelimit-Reset", -1);
    if (scheduler)
        scheduler->noteServerBudget(remaining, reset, sentAtMs);
    if (reset > 0 && (remaining == 0 || reply->hasRawHeader("X-Envoy-Ratelimited")))
        holdMs = reset * 1000;
    const int retryAfter = headerInt(reply, "Retry-After", -1);
    if (retryAfter >= 0)
        holdMs = std::max(holdMs, retryAfter * 1000);
    return holdMs;
}

} // namespace cockpit
