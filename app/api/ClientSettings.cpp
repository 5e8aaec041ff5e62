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

} // namespace cockpit
