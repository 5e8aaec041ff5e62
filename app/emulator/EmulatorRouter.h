#pragma once

#include "EmulatorResponse.h"
#include "ReceivedPush.h"
#include "RecordedHttpRequest.h"

#include <QList>

namespace cockpit {

class EmulatorStore;

// Maps a request to its endpoint: a data source push first (PushEndpoints, authenticated by a
// token's secret), else path and method (JSON 404/405 for anything else), region, X-Auth-Token
// authentication, then the endpoint itself.
class EmulatorRouter
{
public:
    explicit EmulatorRouter(EmulatorStore &store);

    void setApiKeyLookupDenied(bool denied) { m_apiKeyLookupDenied = denied; }
    // Where pushes are recorded; without one they are answered and forgotten.
    void setPushLog(QList<ReceivedPush> *log) { m_pushLog = log; }

    EmulatorResponse route(const RecordedHttpRequest &request) const;

    // The value of a request header, whatever its case; empty when absent.
    static QByteArray headerValue(const RecordedHttpRequest &request, const QByteArray &name);

private:
    EmulatorStore &m_store;
    bool m_apiKeyLookupDenied = false;
    QList<ReceivedPush> *m_pushLog = nullptr;
};

} // namespace cockpit
