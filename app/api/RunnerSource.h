#pragma once

#include "ApiError.h"
#include "RequestBuilder.h"
#include "RequestRunner.h"
#include "RequestScheduler.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

namespace cockpit {

// What every request of a CockpitClient is made from, held by value so that work in flight never
// points into a client that is gone. For the client's implementation files only.
struct RunnerSource
{
    QPointer<QNetworkAccessManager> network;
    QPointer<RequestScheduler> scheduler;
    std::shared_ptr<const RequestBuilder> builder;
    RequestLimits limits;

    RequestRunner *operator()(const HttpRequestSpec &spec, QObject *parent) const
    {
        return new RequestRunner(network, scheduler, builder->networkRequest(spec), spec, limits,
                                 parent);
    }
};

// Runs one request for `reply`; on a 2xx answer `onBody` turns the body into the reply's result
// and returns any parse error. The body is handed over as a modifiable QByteArray, so that an
// answer holding a secret can be overwritten once read (Secret::overwrite).
template <typename Reply, typename OnBody>
void runSingle(const RunnerSource &source, Reply *reply, const HttpRequestSpec &spec, OnBody onBody)
{
    RequestRunner *runner = source(spec, reply);
    // The runner is the reply's child: it lives until the reply finishes (and then drops this).
    reply->setAbortHandler([runner] { runner->abort(); });
    QObject::connect(runner, &RequestRunner::finished, reply, [reply, runner, onBody] {
        const HttpResult &result = runner->result();
        ApiError error = result.error;
        if (!error.isError()) {
            QByteArray body = runner->takeBody();
            error = onBody(body);
            error.httpStatus = error.isError() ? result.status : 0;
            error.requestId = error.isError() ? result.requestId : QString();
        }
        runner->deleteLater();
        reply->finish(error);
    });
    runner->start();
}

} // namespace cockpit
