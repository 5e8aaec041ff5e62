#include "MultiRegionJoin.h"

namespace cockpit {

MultiRegionJoin::MultiRegionJoin(MultiRegionTokenListReply *reply)
    : QObject(reply)
    , m_reply(reply)
{
    reply->setAbortHandler([this] {
        const QList<QPointer<TokenListReply>> parts = m_parts;
        for (const QPointer<TokenListReply> &part : parts) {
            if (part)
                part->abort();
        }
    });
}

void MultiRegionJoin::addRegion(Region region, TokenListReply *part)
{
    part->setParent(m_reply);
    m_parts.append(part);
    ++m_pending;
    connect(part, &TokenListReply::progress, this,
            [this, region](int loaded, int total) { onProgress(region, loaded, total); });
    connect(part, &ApiReply::finished, this,
            [this, region, part] { onRegionFinished(region, part); });
}

void MultiRegionJoin::onProgress(Region region, int loaded, int total)
{
    m_loaded.insert(region, loaded);
    if (total >= 0)
        m_totals.insert(region, total);
    int sumLoaded = 0;
    for (int value : std::as_const(m_loaded))
        sumLoaded += value;
    int sumTotal = -1;
    if (m_totals.size() == m_reply->regions().size()) {
        sumTotal = 0;
        for (int value : std::as_const(m_totals))
            sumTotal += value;
    }
    Q_EMIT m_reply->progress(sumLoaded, sumTotal);
}

void MultiRegionJoin::onRegionFinished(Region region, TokenListReply *part)
{
    part->deleteLater();
    if (m_reply->isFinished())
        return;
    if (part->isSuccess())
        m_reply->setRegionResult(region, part->tokens());
    else
        m_reply->setRegionError(region, part->error());
    Q_EMIT m_reply->regionFinished(region);
    if (--m_pending > 0)
        return;
    if (m_reply->regionErrors().size() < m_reply->regions().size())
        m_reply->finish();
    else
        m_reply->finish(m_reply->regionErrors().value(m_reply->regions().constFirst()));
}

} // namespace cockpit
