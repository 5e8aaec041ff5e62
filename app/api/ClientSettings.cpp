#include "ClientSettings.h"

namespace cockpit {

QString listOrderId(ListOrder order)
{
    switch (order) {
    case ListOrder::CreatedAtAsc:
        return QStringLiteral("created_at_asc");
    case ListOrder::CreatedAtDesc:
        return QStringLiteral("created_at_desc");
    case ListOrder::NameAsc:
        return QStringLiteral("name_asc");
    case ListOrder::NameDesc:
        return QStringLiteral("name_desc");
    }
    return QStringLiteral("created_at_asc");
}

void resolveTransportDefaults(ClientSettings *settings, bool http2)
{
    if (settings->maxConcurrentRequests <= 0)
        settings->maxConcurrentRequests = http2 ? 16 : 6;
    if (settings->speculativePages < 0)
        settings->speculativePages = http2 ? 3 : 1;
}

} // namespace cockpit
