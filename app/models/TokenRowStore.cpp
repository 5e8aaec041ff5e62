#include "TokenRowStore.h"

#include "api/Region.h"

#include <algorithm>

namespace cockpit {
namespace {

// Whether two versions of a row sort alike by `key`: then a change keeps the row in place.
bool sortsAlike(const TokenRow &a, const TokenRow &b, TokenRowSorter::Key key)
{
    if (a.token.name != b.token.name)
        return false; // every order breaks its ties by name
    switch (key) {
    case TokenRowSorter::Key::Region:
        return a.token.region == b.token.region;
    case TokenRowSorter::Key::Permissions:
        return a.summary == b.summary;
    case TokenRowSorter::Key::Created:
        return a.createdMs == b.createdMs;
    case TokenRowSorter::Key::Project:
        return a.projectName == b.projectName;
    case TokenRowSorter::Key::Name:
    case TokenRowSorter::Key::Id:
        break; // the name is compared above; the ID is the same token's
    }
    return true;
}

} // namespace

int TokenRowStore::positionOf(const QString &tokenId) const
{
    const int slot = slotOf(tokenId);
    if (slot < 0)
        return -1;
    ensurePositions();
    return m_positionOf[size_t(slot)];
}

QList<Token> TokenRowStore::tokens() const
{
    QList<Token> all;
    all.reserve(m_order.size());
    for (int slot : m_order)
        all.append(m_rows.at(slot).token);
    return all;
}

TokenRowStore::Diff
TokenRowStore::diffWith(const QList<Token> &tokens,
                        const std::function<bool(const Token &)> &replaced) const
{
    // Each row's fresh token (its index in `tokens`; the last occurrence of an ID wins), and the
    // new IDs: one lookup per token in the ID index.
    Diff diff;
    diff.freshAt.assign(size_t(m_rows.size()), -1);
    QHash<QString, qsizetype> newAt;
    if (tokens.size() > m_rows.size())
        newAt.reserve(tokens.size() - m_rows.size()); // a first load adds every token
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const int slot = slotOf(tokens.at(i).id);
        if (slot >= 0)
            diff.freshAt[size_t(slot)] = i;
        else
            newAt.insert(tokens.at(i).id, i);
    }
    for (int slot = 0; slot < m_rows.size(); ++slot) {
        const qsizetype fresh = diff.freshAt[size_t(slot)];
        if (fresh < 0) {
            if (replaced(m_rows.at(slot).token))
                diff.gone.push_back(slot);
        } else if (tokens.at(fresh) != m_rows.at(slot).token) {
            diff.changed.push_back(slot);
        }
    }
    diff.added = newAt.values();
    std::sort(diff.added.begin(), diff.added.end()); // in the order they came
    return diff;
}

bool TokenRowStore::changesKeepOrder(const QList<Token> &tokens, const Diff &diff,
                                     const MakeRow &make, Key key) const
{
    if (!diff.gone.empty() || !diff.added.isEmpty())
        return false;
    return std::all_of(diff.changed.cbegin(), diff.changed.cend(), [&](int slot) {
        return sortsAlike(m_rows.at(slot), make(tokens.at(diff.freshAt[size_t(slot)])), key);
    });
}

QList<int> TokenRowStore::replaceChanged(const QList<Token> &tokens, const Diff &diff,
                                         const MakeRow &make, Ranks ranks)
{
    ensurePositions();
    QList<int> positions;
    positions.reserve(qsizetype(diff.changed.size()));
    for (int slot : diff.changed) {
        m_rows[slot] = make(tokens.at(diff.freshAt[size_t(slot)]));
        positions.append(m_positionOf[size_t(slot)]);
    }
    std::sort(positions.begin(), positions.end());
    if (ranks == Ranks::Lost)
        forgetRanks();
    m_searchTextValid = false;
    return positions;
}

void TokenRowStore::append(const QList<Token> &tokens, const QList<qsizetype> &added,
                           const MakeRow &make)
{
    ensurePositions();
    const qsizetype rows = m_rows.size() + added.size();
    m_rows.reserve(rows);
    m_order.reserve(rows);
    m_positionOf.reserve(size_t(rows));
    m_slotById.reserve(rows);
    for (qsizetype i : added) {
        const int slot = int(m_rows.size());
        m_rows.append(make(tokens.at(i)));
        m_slotById.insert(tokens.at(i).id, slot);
        m_positionOf.push_back(int(m_order.size()));
        m_order.append(slot);
    }
    forgetRanks();
    m_searchTextValid = false;
}

QList<int> TokenRowStore::positionsOf(const std::vector<int> &slots) const
{
    ensurePositions();
    QList<int> positions;
    positions.reserve(qsizetype(slots.size()));
    for (int slot : slots)
        positions.append(m_positionOf[size_t(slot)]);
    std::sort(positions.begin(), positions.end());
    return positions;
}

void TokenRowStore::removeShown(int first, int last)
{
    m_order.remove(first, last - first + 1);
    changed();
}

void TokenRowStore::freeSlots(std::vector<int> slots)
{
    compact(std::move(slots), {});
}

std::vector<int> TokenRowStore::dropSlots(const std::vector<int> &slots)
{
    ensurePositions();
    std::vector<int> oldPositionOf = m_positionOf;
    leaveOrder(slots);
    compact(slots,
            [&](int from, int to) { oldPositionOf[size_t(to)] = oldPositionOf[size_t(from)]; });
    oldPositionOf.resize(size_t(m_rows.size()));
    return oldPositionOf;
}

QList<int> TokenRowStore::sortedOrder(Key key, Qt::SortOrder sortOrder)
{
    if (m_nameRanks.size() != size_t(m_rows.size()))
        m_nameRanks = TokenRowSorter::nameRanks(m_rows);
    if (key == Key::Id && m_idRanks.size() != size_t(m_rows.size()))
        m_idRanks = TokenRowSorter::idRanks(m_rows);
    return TokenRowSorter::order(m_rows, key, sortOrder, m_nameRanks, m_idRanks);
}

std::vector<int> TokenRowStore::setOrder(QList<int> order)
{
    ensurePositions();
    std::vector<int> oldPositionOf = m_positionOf;
    m_order = std::move(order);
    changed();
    return oldPositionOf;
}

std::vector<int> TokenRowStore::placeDiff(const QList<Token> &tokens, const Diff &diff,
                                          const MakeRow &make, Key key, Qt::SortOrder sortOrder)
{
    ensurePositions();
    // Per slot, carried through the compaction below: the row it was (-1: new), whether it has to
    // be placed anew (changed or new), and its ranks before (-1: to place).
    std::vector<int> oldPositionOf = m_positionOf;
    std::vector<bool> moving(size_t(m_rows.size()), false);
    const bool namesKnown = m_nameRanks.size() == size_t(m_rows.size());
    const bool idsKnown = m_idRanks.size() == size_t(m_rows.size());
    std::vector<qint64> names(namesKnown ? m_nameRanks.cbegin() : m_nameRanks.cend(),
                              m_nameRanks.cend());
    std::vector<qint64> ids(idsKnown ? m_idRanks.cbegin() : m_idRanks.cend(), m_idRanks.cend());
    for (int slot : diff.changed) {
        m_rows[slot] = make(tokens.at(diff.freshAt[size_t(slot)]));
        moving[size_t(slot)] = true;
        if (namesKnown)
            names[size_t(slot)] = -1;
        if (idsKnown)
            ids[size_t(slot)] = -1;
    }
    // The gone rows leave the order, then their slots.
    leaveOrder(diff.gone);
    compact(diff.gone, [&](int from, int to) {
        oldPositionOf[size_t(to)] = oldPositionOf[size_t(from)];
        moving[size_t(to)] = moving[size_t(from)];
        if (namesKnown)
            names[size_t(to)] = names[size_t(from)];
        if (idsKnown)
            ids[size_t(to)] = ids[size_t(from)];
    });
    const size_t live = size_t(m_rows.size());
    oldPositionOf.resize(live);
    moving.resize(live);
    names.resize(namesKnown ? live : 0);
    ids.resize(idsKnown ? live : 0);
    for (qsizetype i : diff.added) {
        const int slot = int(m_rows.size());
        m_rows.append(make(tokens.at(i)));
        m_slotById.insert(tokens.at(i).id, slot);
        oldPositionOf.push_back(-1);
        moving.push_back(true);
        if (namesKnown)
            names.push_back(-1);
        if (idsKnown)
            ids.push_back(-1);
    }

    // The untouched rows keep their order and ranks; the others are placed among them.
    m_nameRanks = namesKnown ? TokenRowSorter::updatedNameRanks(m_rows, names)
                             : TokenRowSorter::nameRanks(m_rows);
    if (idsKnown)
        m_idRanks = TokenRowSorter::updatedIdRanks(m_rows, ids);
    else if (key == Key::Id)
        m_idRanks = TokenRowSorter::idRanks(m_rows);
    QList<int> placed;
    placed.reserve(m_order.size());
    for (int slot : std::as_const(m_order)) {
        if (!moving[size_t(slot)])
            placed.append(slot);
    }
    std::vector<int> movers;
    for (int slot = 0; slot < m_rows.size(); ++slot) {
        if (moving[size_t(slot)])
            movers.push_back(slot);
    }
    m_order = TokenRowSorter::mergedOrder(m_rows, placed, std::move(movers), key, sortOrder,
                                          m_nameRanks, m_idRanks);
    changed();
    return oldPositionOf;
}

void TokenRowStore::updateEach(const std::function<void(TokenRow &)> &update)
{
    for (TokenRow &row : m_rows)
        update(row);
    m_searchTextValid = false;
}

void TokenRowStore::clear()
{
    m_rows.clear();
    m_order.clear();
    m_positionOf.clear();
    m_positionsValid = true;
    m_slotById.clear();
    forgetRanks();
    m_searchTextValid = false;
}

void TokenRowStore::setProjectNamesSearched(bool searched)
{
    if (searched == m_projectNamesSearched)
        return;
    m_projectNamesSearched = searched;
    m_searchTextValid = false;
}

bool TokenRowStore::containsFolded(int position, const QStringMatcher &foldedNeedle) const
{
    ensureSearchText();
    const qsizetype start = m_searchStarts[size_t(position)];
    const qsizetype length = m_searchStarts[size_t(position) + 1] - start;
    return foldedNeedle.indexIn(QStringView(m_searchText).mid(start, length)) >= 0;
}

void TokenRowStore::ensureSearchText() const
{
    if (m_searchTextValid)
        return;
    // One contiguous text in row order: a search then reads memory sequentially instead of
    // chasing one heap block per row, which is what made it slow at 100,000 rows.
    qsizetype total = 0;
    for (const TokenRow &row : m_rows)
        total += row.foldedName.size() + row.token.id.size() + row.projectName.size() + 11;
    m_searchText.clear();
    m_searchText.reserve(total);
    m_searchStarts.assign(size_t(m_order.size()) + 1, 0);
    for (int i = 0; i < m_order.size(); ++i) {
        const TokenRow &row = at(i);
        m_searchStarts[size_t(i)] = m_searchText.size();
        m_searchText += row.foldedName;
        m_searchText += QLatin1Char('\n');
        m_searchText += row.token.id.toLower();
        m_searchText += QLatin1Char('\n');
        m_searchText += regionId(row.token.region);
        m_searchText += QLatin1Char('\n');
        if (m_projectNamesSearched) {
            m_searchText += row.projectName.toLower();
            m_searchText += QLatin1Char('\n');
        }
    }
    m_searchStarts[size_t(m_order.size())] = m_searchText.size();
    m_searchTextValid = true;
}

void TokenRowStore::ensurePositions() const
{
    if (m_positionsValid)
        return;
    m_positionOf.assign(size_t(m_rows.size()), -1);
    for (int position = 0; position < m_order.size(); ++position)
        m_positionOf[size_t(m_order.at(position))] = position;
    m_positionsValid = true;
}

void TokenRowStore::leaveOrder(const std::vector<int> &slots)
{
    std::vector<bool> leaving(size_t(m_rows.size()), false);
    for (int slot : slots)
        leaving[size_t(slot)] = true;
    QList<int> kept;
    kept.reserve(m_order.size() - qsizetype(slots.size()));
    for (int slot : std::as_const(m_order)) {
        if (!leaving[size_t(slot)])
            kept.append(slot);
    }
    m_order = std::move(kept);
    changed();
}

void TokenRowStore::forgetRanks()
{
    m_nameRanks.clear();
    m_idRanks.clear();
}

void TokenRowStore::changed()
{
    m_positionsValid = false;
    m_searchTextValid = false;
}

void TokenRowStore::compact(std::vector<int> slots, const std::function<void(int, int)> &moved)
{
    std::sort(slots.begin(), slots.end(), std::greater<>());
    ensurePositions();
    const bool names = m_nameRanks.size() == size_t(m_rows.size());
    const bool ids = m_idRanks.size() == size_t(m_rows.size());
    for (int slot : slots) {
        m_slotById.remove(m_rows.at(slot).token.id);
        const int last = int(m_rows.size()) - 1;
        if (slot != last) {
            m_rows[slot] = std::move(m_rows[last]);
            m_slotById[m_rows.at(slot).token.id] = slot;
            const int position = m_positionOf[size_t(last)];
            if (position >= 0)
                m_order[position] = slot;
            m_positionOf[size_t(slot)] = position;
            if (names)
                m_nameRanks[size_t(slot)] = m_nameRanks[size_t(last)];
            if (ids)
                m_idRanks[size_t(slot)] = m_idRanks[size_t(last)];
            if (moved)
                moved(last, slot);
        }
        m_rows.removeLast();
        m_positionOf.pop_back();
        if (names)
            m_nameRanks.pop_back();
        if (ids)
            m_idRanks.pop_back();
    }
    m_searchTextValid = false;
}

} // namespace cockpit
