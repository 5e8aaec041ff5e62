#pragma once

#include "api/ApiReply.h"

#include <QObject>
#include <QPointer>

#include <utility>

namespace cockpit {

// The one request a step-by-step service (ProjectService, SignInCheck) has in flight. send()
// holds it and, once it finishes, deletes it later and calls `handler` with it, unless the
// service sent another or cancelled since: a step only ever sees the answer to its own request.
// cancel() aborts it without calling its handler.
class PendingReply
{
public:
    // `owner` is the service this is a member of: its handlers run in its thread and stop with it.
    explicit PendingReply(QObject *owner)
        : m_owner(owner)
    {
    }
    // Its handlers hold `this`: a copy would answer for the original.
    Q_DISABLE_COPY_MOVE(PendingReply)

    template <typename Reply, typename Handler> void send(Reply *reply, Handler handler)
    {
        m_reply = reply;
        QObject::connect(reply, &ApiReply::finished, m_owner,
                         [this, reply, handler = std::move(handler)] {
                             reply->deleteLater();
                             if (m_reply != reply)
                                 return;
                             m_reply = nullptr;
                             handler(reply);
                         });
    }

    void cancel()
    {
        if (ApiReply *reply = m_reply) {
            m_reply = nullptr;
            reply->disconnect(m_owner);
            reply->abort();
            reply->deleteLater();
        }
    }

    bool isPending() const { return !m_reply.isNull(); }

private:
    QObject *m_owner;
    QPointer<ApiReply> m_reply;
};

} // namespace cockpit
