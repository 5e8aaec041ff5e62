#pragma once

#include "EmulatorResponse.h"
#include "EmulatorStore.h"

#include "api/Region.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace cockpit {

// The four Cockpit v1 token operations of one authenticated caller, checked like the real API:
// arguments first (400), then the caller's right on the project (403), then existence (404).
class TokenEndpoints
{
public:
    TokenEndpoints(EmulatorStore &store, const StoredApiKey &caller);

    EmulatorResponse create(Region region, const QByteArray &body);
    EmulatorResponse list(Region region, const QUrlQuery &query);
    EmulatorResponse get(Region region, const QString &tokenId);
    EmulatorResponse remove(Region region, const QString &tokenId);

    // The API's default page size when a list does not give one (inferred).
    static constexpr int kDefaultPageSize = 20;
    static constexpr int kMaxPageSize = 1000;

private:
    bool mayUse(const QString &projectId) const;
    // 404 when the token is not in this region; 403 when it is in another organization.
    EmulatorResponse findVisible(Region region, const QString &tokenId, const QString &action,
                                 StoredToken *found) const;

    EmulatorStore &m_store;
    const StoredApiKey &m_caller;
};

} // namespace cockpit
