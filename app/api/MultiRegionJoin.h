#pragma once

#include "ApiReply.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace cockpit {

// Joins the per-region token lists of one listTokensInRegions() call into its
// MultiRegionTokenListReply: sums their progress, keeps each region's tokens or error as it
// finishes, and finishes the reply once every region has (successfully when at least one region
// loaded). It is the reply's child; aborting the reply aborts the regions still loading.
class MultiRegionJoin : public QObject
{
    Q_OBJECT

public:
    explicit MultiRegionJoin(MultiRegionTokenListReply *reply);

    // Takes over a region's list (it becomes the reply's child).
    void addRegion(Region region, TokenListReply *part);

private:
    void onProgress(Region region, int loaded, int total);
    void onRegionFinished(Region region, TokenListReply *part);

    MultiRegionTokenListReply *m_reply;
    QList<QPointer<TokenListReply>> m_parts;
    QMap<Region, int> m_loaded;
    QMap<Region, int> m_totals; // only regions whose total_count is known
    int m_pending = 0;
};

} // namespace cockpit
