#pragma once

#include "EmulatorResponse.h"
#include "ReceivedPush.h"
#include "RecordedHttpRequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace cockpit {

class EmulatorStore;

// The push endpoints of the emulator's data sources: Prometheus remote_write, Loki push and
// OTLP/HTTP, which an agent reaches with a token's secret (spec "Pushing data with a token").
//
// A real source lives on a host of its own, https://<id>.<type>.cockpit.<region>.scw.cloud; the
// emulator serves every source on its one 127.0.0.1 port, under a path prefix that names it:
//   http://127.0.0.1:<port>/push/<data-source-id>/api/v1/push
// so that an agent needs nothing but a base URL (CockpitEmulator::pushBaseUrl) in place of the
// source's `url`. A request whose Host header is a source's real host is routed to that source
// as well (for a client that can set Host but not the path, e.g. through a local proxy).
//
// Rules, checked in this order (the statuses are inferred: no refused push is recorded):
//   unknown source 404, unknown push path 404, any method but POST 405,
//   no secret or an unknown one 401,
//   a Scaleway-origin (read-only) source, a path of another type than the source's, a token of
//   another project or region, or a token without the type's write_only_* scope 403;
//   accepted: remote_write and Loki 204 with no body, OTLP 200 with an empty
//   Export…ServiceResponse in the request's encoding.
// Every push, accepted or not, is appended to the log given to the constructor.
class PushEndpoints
{
public:
    PushEndpoints(const EmulatorStore &store, QList<ReceivedPush> &log);

    // The path every push to the source starts with locally: "/push/<id>".
    static QString pathPrefix(const QString &dataSourceId);

    // The answer when `request` is a push (by path prefix or Host); std::nullopt otherwise.
    std::optional<EmulatorResponse> answer(const RecordedHttpRequest &request) const;

private:
    EmulatorResponse check(const RecordedHttpRequest &request, const QString &dataSourceId,
                           const QString &pushPath, ReceivedPush &push) const;

    const EmulatorStore &m_store;
    QList<ReceivedPush> &m_log;
};

} // namespace cockpit
