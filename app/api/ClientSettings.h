#pragma once

#include "Region.h"
#include "Secret.h"
#include "TokenScope.h"

#include <QString>
#include <QUrl>

namespace cockpit {

// What a CockpitClient is set up with, and what a token list asks for: plain values shared by
// the client and the parts it is built from (requests, runners, loaders).
enum class ListOrder
{
    CreatedAtAsc,
    CreatedAtDesc,
    NameAsc,
    NameDesc
};
QString listOrderId(ListOrder order); // "created_at_asc"…

struct ClientSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.scaleway.com"));
    Secret secretKey;           // sent as X-Auth-Token
    QString userAgent;          // empty = defaultUserAgent()
    int timeoutMs = 30000;      // per HTTP request, until the whole answer is in
    int maxRetries = 4;         // extra tries of a safe read (GET)
    int retryBaseDelayMs = 200; // backoff: base * 2^try, with jitter, capped below
    int retryMaxDelayMs = 8000;
    // In flight at once, over all operations of this client; 0: by the protocol the client will
    // speak (resolveTransportDefaults).
    int maxConcurrentRequests = 0;
    int maxRequestsPerSecond = 50; // self-pacing under the API's limit; 0 = unpaced
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int tokenPageSize = 1000;      // 1..1000
    int projectPageSize = 100;     // 1..100
    int dataSourcePageSize = 1000; // 1..1000
    // List pages after page 1 asked for before total_count is known (0..16), the first time a
    // list is loaded (later loads ask for as many as its last total_count needs); -1: by the
    // protocol (resolveTransportDefaults). Each saves a round trip on a long list, for one small
    // extra request (an empty page) on a short one.
    int speculativePages = -1;
};

// Fills what is left to the protocol. Over HTTP/1.1 Qt opens at most 6 connections to a host,
// each carrying one request at a time: 6 in flight, and page 2 with page 1. Over HTTP/2 requests
// are streams of one connection: 16 in flight (the API's gateway, like nginx, allows far more),
// and pages 2 to 4 with page 1, so a list of up to 4,000 tokens per region takes one round trip.
// Either way maxRequestsPerSecond keeps the pace under the API's rate limit.
void resolveTransportDefaults(ClientSettings *settings, bool http2);

struct TokenListQuery
{
    Region region = Region::FrPar;
    QString projectId;
    ListOrder order = ListOrder::CreatedAtAsc;
    TokenScopes scopeFilter; // empty = no filter; else token_scopes repeated once per scope
    // Pages asked for with page 1 the first time this list is loaded; -1: the client's setting.
    // Loading hundreds of short lists under the rate limit wants 0: a speculative page there is
    // an empty answer that costs as much of the budget as a useful one.
    int firstLoadSpeculativePages = -1;
};

} // namespace cockpit
