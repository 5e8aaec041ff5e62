#include "ApiReply.h"

#include <QTimer>

namespace cockpit {

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{
}

ApiReply::~ApiReply() = default;

void ApiReply::abort()
{
    if (m_finished)
        return;
    // The handler stops the network work; it must not finish the reply itself.
    if (auto handler = std::exchange(m_abortHandler, nullptr))
        handler();
    finish(ApiError::local(ApiError::Kind::Cancelled, QStringLiteral("Cancelled")));
}

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_abortHandler = nullptr;
    // Always from the event loop, so that a caller may connect after the call that made the reply.
    QTimer::singleShot(0, this, &ApiReply::finished);
}

QList<Token> MultiRegionTokenListReply::tokens() const
{
    QList<Token> all;
    for (Region region : m_regions) {
        const auto it = m_tokens.constFind(region);
        if (it != m_tokens.constEnd())
            all.append(*it);
    }
    return all;
}

} // namespace cockpit
