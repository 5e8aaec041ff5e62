// TokenTableModel: how the rows change (a refresh's diff, sorting, removals), apart from what
// the views read of them (TokenTableModel.cpp).
#include "TokenTableModel.h"

#include "TokenRowSorter.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace cockpit {
namespace {

TokenRowSorter::Key sortKey(int column)
{
    switch (column) {
    case TokenTableModel::RegionColumn:
        return TokenRowSorter::Key::Region;
    case TokenTableModel::PermissionsColumn:
        return TokenRowSorter::Key::Permissions;
    case TokenTableModel::CreatedColumn:
        return TokenRowSorter::Key::Created;
    case TokenTableModel::IdColumn:
        return TokenRowSorter::Key::Id;
    case TokenTableModel::ProjectColumn:
        return TokenRowSorter::Key::Project;
    default:
        return TokenRowSorter::Key::Name;
    }
}

// Whether two versions of a row sort alike by a column: then a change keeps the row in place.
bool sortsAlike(const TokenRow &a, const TokenRow &b, int column)
{
    if (a.token.name != b.token.name)
        return false; // every order breaks its ties by name
    switch (column) {
    case TokenTableModel::RegionColumn:
        return a.token.region == b.token.region;
    case TokenTableModel::PermissionsColumn:
        return a.summary == b.summary;
    case TokenTableModel::CreatedColumn:
        return a.createdMs == b.createdMs;
    case TokenTableModel::ProjectColumn:
        return a.projectName == b.projectName;
    default:
        return true; // Name (compared above) and ID (the same token)
    }
}

// The number of runs of consecutive numbers in ascending `rows`.
int runsIn(const QList<int> &rows)
{
    int runs = rows.isEmpty() ? 0 : 1;
    for (qsizetype i = 1; i < rows.size(); ++i)
        runs += rows.at(i) == rows.at(i - 1) + 1 ? 0 : 1;
    return runs;
}

} // namespace

void TokenTableModel::setTokens(const QList<Token> &tokens)
{
    apply(tokens, diffWith(tokens, [](const Token &) { return true; }));
}

void TokenTableModel::replaceParts(const QList<ProjectRegion> &parts, const QList<Token> &tokens)
{
    const QSet<ProjectRegion> replaced(parts.cbegin(), parts.cend());
    apply(tokens, diffWith(tokens, [&replaced](const Token &token) {
              return replaced.contains({token.projectId, token.region});
          }));
}

void TokenTableModel::upsert(const QList<Token> &tokens)
{
    apply(tokens, diffWith(tokens, [](const Token &) { return false; }));
}

void TokenTableModel::removeTokensWhere(const std::function<bool(const Token &)> &which)
{
    apply({}, diffWith({}, which));
}

TokenTableModel::Diff
TokenTableModel::diffWith(const QList<Token> &tokens,
                          const std::function<bool(const Token &)> &replaced) const
{
    // Each row's fresh token (its index in `tokens`; the last occurrence of an ID wins, as
    // documented), and the new IDs: one lookup per token in the ID index the model keeps.
    Diff diff;
    diff.freshAt.assign(size_t(m_rows.size()), -1);
    QHash<QString, qsizetype> newAt;
    if (tokens.size() > m_rows.size())
        newAt.reserve(tokens.size() - m_rows.size()); // a first load adds every token
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const int slot = m_slotById.value(tokens.at(i).id, -1);
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

void TokenTableModel::apply(const QList<Token> &tokens, const Diff &diff)
{
    const qsizetype touched = qsizetype(diff.gone.size() + diff.changed.size()) + diff.added.size();
    if (touched == 0)
        return;

    // A few changes to a sorted table are placed among the rows: no full sort, one layout
    // change at most. A larger one (a first load) is appended and sorted.
    if (m_sortColumn >= 0 && !m_rows.isEmpty() && touched * 8 <= m_rows.size()) {
        applySortedDiff(tokens, diff);
        return;
    }
    applyChanges(tokens, diff, RanksStay::No);
    removeSlots(diff.gone);
    if (!diff.added.isEmpty()) {
        const int first = rowCount();
        const qsizetype rows = m_rows.size() + diff.added.size();
        m_rows.reserve(rows);
        m_order.reserve(rows);
        m_positionOf.reserve(size_t(rows));
        m_slotById.reserve(rows);
        beginInsertRows({}, first, first + int(diff.added.size()) - 1);
        for (qsizetype i : diff.added)
            appendRow(tokens.at(i));
        m_nameRanks.clear();
        m_idRanks.clear();
        endInsertRows();
    }
    // Appended, then moved into place in one layout change (not one move per row); a renamed or
    // rescoped token may have to move too.
    applySort();
}

void TokenTableModel::appendRow(const Token &token)
{
    ensurePositions();
    const int slot = int(m_rows.size());
    m_rows.append(makeRow(token));
    m_slotById.insert(token.id, slot);
    m_positionOf.push_back(int(m_order.size()));
    m_order.append(slot);
    m_searchTextValid = false;
}

void TokenTableModel::applyChanges(const QList<Token> &tokens, const Diff &diff, RanksStay ranks)
{
    if (diff.changed.empty())
        return;
    ensurePositions();
    QList<int> rows;
    rows.reserve(qsizetype(diff.changed.size()));
    for (int slot : diff.changed) {
        m_rows[slot] = makeRow(tokens.at(diff.freshAt[size_t(slot)]));
        rows.append(m_positionOf[size_t(slot)]);
    }
    std::sort(rows.begin(), rows.end());
    if (ranks == RanksStay::No) {
        m_nameRanks.clear();
        m_idRanks.clear();
    }
    m_searchTextValid = false;
    // dataChanged over each run of consecutive changed rows.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype last = i;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(last), ColumnCount - 1));
        i = last + 1;
    }
}

void TokenTableModel::applySortedDiff(const QList<Token> &tokens, const Diff &diff)
{
    bool inPlace = diff.gone.empty() && diff.added.isEmpty();
    for (qsizetype k = 0; inPlace && k < qsizetype(diff.changed.size()); ++k) {
        const int slot = diff.changed[size_t(k)];
        inPlace = sortsAlike(m_rows.at(slot), makeRow(tokens.at(diff.freshAt[size_t(slot)])),
                             m_sortColumn);
    }
    if (inPlace) {
        // Nothing moves (new permissions while sorted by name, say): the rows are updated where
        // they are, and the ranks stay true.
        applyChanges(tokens, diff, RanksStay::Yes);
        return;
    }

    Q_EMIT layoutAboutToBeChanged();
    const int oldCount = rowCount();
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
        m_rows[slot] = makeRow(tokens.at(diff.freshAt[size_t(slot)]));
        moving[size_t(slot)] = true;
        if (namesKnown)
            names[size_t(slot)] = -1;
        if (idsKnown)
            ids[size_t(slot)] = -1;
    }
    // The gone rows leave the order, then their slots.
    QList<int> kept;
    kept.reserve(oldCount - qsizetype(diff.gone.size()));
    {
        std::vector<bool> gone(size_t(m_rows.size()), false);
        for (int slot : diff.gone)
            gone[size_t(slot)] = true;
        for (int slot : std::as_const(m_order)) {
            if (!gone[size_t(slot)])
                kept.append(slot);
        }
    }
    m_order = std::move(kept);
    m_positionsValid = false;
    compactStorage(diff.gone, [&](int from, int to) {
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
        m_rows.append(makeRow(tokens.at(i)));
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
    else if (m_sortColumn == IdColumn)
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
    showInOrder(TokenRowSorter::mergedOrder(m_rows, placed, std::move(movers),
                                            sortKey(m_sortColumn), m_sortOrder, m_nameRanks,
                                            m_idRanks),
                oldPositionOf, oldCount);
    Q_EMIT layoutChanged();
}

void TokenTableModel::showInOrder(QList<int> order, const std::vector<int> &oldPositionOf,
                                  int oldCount)
{
    QList<int> newRowOf(oldCount, -1);
    for (int position = 0; position < order.size(); ++position) {
        const int oldRow = oldPositionOf[size_t(order.at(position))];
        if (oldRow >= 0)
            newRowOf[oldRow] = position;
    }
    m_order = std::move(order);
    m_positionsValid = false;
    m_searchTextValid = false;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = index.isValid() ? newRowOf.at(index.row()) : -1;
        after.append(row >= 0 ? createIndex(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
}

void TokenTableModel::applySort()
{
    if (m_sortColumn < 0 || m_rows.size() < 2)
        return;
    if (m_nameRanks.size() != size_t(m_rows.size()))
        m_nameRanks = TokenRowSorter::nameRanks(m_rows);
    if (m_sortColumn == IdColumn && m_idRanks.size() != size_t(m_rows.size()))
        m_idRanks = TokenRowSorter::idRanks(m_rows);
    QList<int> order =
        TokenRowSorter::order(m_rows, sortKey(m_sortColumn), m_sortOrder, m_nameRanks, m_idRanks);
    if (order == m_order)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    ensurePositions();
    const std::vector<int> oldPositionOf = m_positionOf;
    showInOrder(std::move(order), oldPositionOf, rowCount());
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TokenTableModel::removeSlots(const std::vector<int> &slots)
{
    if (slots.empty())
        return;
    ensurePositions();
    QList<int> rows;
    rows.reserve(qsizetype(slots.size()));
    for (int slot : slots)
        rows.append(m_positionOf[size_t(slot)]);
    std::sort(rows.begin(), rows.end());
    // Each removal signal costs the proxy and the views a pass over all their rows: past a few
    // dozen scattered runs, one layout change that drops the rows is far cheaper, and still
    // keeps every surviving row's persistent index (selection, current row).
    if (runsIn(rows) > kMaxRemovalSignals) {
        Q_EMIT layoutAboutToBeChanged();
        const int oldCount = rowCount();
        std::vector<int> oldPositionOf = m_positionOf;
        for (int slot : slots)
            oldPositionOf[size_t(slot)] = -1;
        QList<int> kept;
        kept.reserve(oldCount - rows.size());
        for (int slot : std::as_const(m_order)) {
            if (oldPositionOf[size_t(slot)] >= 0)
                kept.append(slot);
        }
        m_order = std::move(kept);
        m_positionsValid = false;
        compactStorage(slots, [&](int from, int to) {
            oldPositionOf[size_t(to)] = oldPositionOf[size_t(from)];
        });
        oldPositionOf.resize(size_t(m_rows.size()));
        showInOrder(m_order, oldPositionOf, oldCount);
        Q_EMIT layoutChanged();
        return;
    }
    // From the end, one run at a time, so earlier row numbers stay valid.
    qsizetype i = rows.size() - 1;
    while (i >= 0) {
        const int last = rows.at(i);
        int first = last;
        while (i > 0 && rows.at(i - 1) == first - 1) {
            --i;
            --first;
        }
        --i;
        beginRemoveRows({}, first, last);
        m_order.remove(first, last - first + 1);
        m_positionsValid = false;
        m_searchTextValid = false;
        endRemoveRows();
    }
    compactStorage(slots);
}

void TokenTableModel::compactStorage(std::vector<int> slots,
                                     const std::function<void(int, int)> &moved)
{
    // From the highest slot down, so that the last slot is never one still to be freed.
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
