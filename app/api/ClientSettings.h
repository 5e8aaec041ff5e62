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
    int maxConcurrentRequests = 6; // in flight at once, over all operations of this client
    int maxRequestsPerSecond = 50; // self-pacing under the API's limit; 0 = unpaced
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int tokenPageSize = 1000;      // 1..1000
    int projectPageSize = 100;     // 1..100
    int dataSourcePageSize = 1000; // 1..1000
    // Token list pages after page 1 asked for before total_count is known (0..16). Page 2 along
    // with page 1 saves a round trip per region holding more than a page of tokens, for one small
    // extra request (an empty list) per region holding less.
    int speculativePages = 1;
};

struct TokenListQuery
{
    Region region = Region::FrPar;
    QString projectId;
    ListOrder order = ListOrder::CreatedAtAsc;
    TokenScopes scopeFilter; // empty = no filter; else token_scopes repeated once per scope
};

} // namespace cockpit
