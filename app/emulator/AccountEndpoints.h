#pragma once

#include "EmulatorResponse.h"
#include "EmulatorStore.h"

#include <QString>
#include <QUrlQuery>

namespace cockpit {

// The Account v3 project reads and the IAM API key read the app needs to fill its project picker
// and find a key's organization.
class AccountEndpoints
{
public:
    AccountEndpoints(const EmulatorStore &store, const StoredApiKey &caller);

    EmulatorResponse listProjects(const QUrlQuery &query) const;
    EmulatorResponse getProject(const QString &projectId) const;
    // `denied`: answer 403 as for a key without the IAM right to read keys.
    EmulatorResponse getApiKey(const QString &accessKey, bool denied) const;

    static constexpr int kDefaultPageSize = 20; // (inferred)
    static constexpr int kMaxPageSize = 100;

private:
    const EmulatorStore &m_store;
    const StoredApiKey &m_caller;
};

} // namespace cockpit
