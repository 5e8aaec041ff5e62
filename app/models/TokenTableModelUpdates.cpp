// TokenTableModel: each change of the rows (a refresh's diff, a sort, removals) made in the
// store and told to the views with the signals that keep their selection and scroll position;
// what the views read of the rows is in TokenTableModel.cpp.
#include "TokenTableModel.h"

#include "TokenRowSorter.h"

#include <QSet>

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
    apply(tokens, m_store.diffWith(tokens, [](const Token &) { return true; }));
}

void TokenTableModel::replaceParts(const QList<ProjectRegion> &parts, const QList<Token> &tokens)
{
    const QSet<ProjectRegion> replaced(parts.cbegin(), parts.cend());
    apply(tokens, m_store.diffWith(tokens, [&replaced](const Token &token) {
        return replaced.contains({token.projectId, token.region});
    }));
}

void TokenTableModel::upsert(const QList<Token> &tokens)
{
    apply(tokens, m_store.diffWith(tokens, [](const Token &) { return false; }));
}

void TokenTableModel::removeTokensWhere(const std::function<bool(const Token &)> &which)
{
    apply({}, m_store.diffWith({}, which));
}

TokenRowStore::MakeRow TokenTableModel::rowMaker() const
{
    return [this](const Token &token) { return makeRow(token); };
}

void TokenTableModel::apply(const QList<Token> &tokens, const TokenRowStore::Diff &diff)
{
    const qsizetype touched = diff.size();
    if (touched == 0)
        return;

    // A few changes to a sorted table are placed among the rows: no full sort, one layout
    // change at most. A larger one (a first load) is appended and sorted.
    if (m_sortColumn >= 0 && !m_store.isEmpty() && touched * 8 <= m_store.count()) {
        applySortedDiff(tokens, diff);
        return;
    }
    applyChanges(tokens, diff, TokenRowStore::Ranks::Lost);
    removeSlots(diff.gone);
    if (!diff.added.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(diff.added.size()) - 1);
        m_store.append(tokens, diff.added, rowMaker());
        endInsertRows();
    }
    // Appended, then moved into place in one layout change (not one move per row); a renamed or
    // rescoped token may have to move too.
    applySort();
}

void TokenTableModel::applyChanges(const QList<Token> &tokens, const TokenRowStore::Diff &diff,
                                   TokenRowStore::Ranks ranks)
{
    if (diff.changed.empty())
        return;
    const QList<int> rows = m_store.replaceChanged(tokens, diff, rowMaker(), ranks);
    // dataChanged over each run of consecutive changed rows.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype last = i;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(last), ColumnCount - 1));
        i = last + 1;
    }
}

void TokenTableModel::applySortedDiff(const QList<Token> &tokens, const TokenRowStore::Diff &diff)
{
    if (m_store.changesKeepOrder(tokens, diff, rowMaker(), sortKey(m_sortColumn))) {
        // Nothing moves (new permissions while sorted by name, say): the rows are updated where
        // they are, and the ranks stay true.
        applyChanges(tokens, diff, TokenRowStore::Ranks::Stay);
        return;
    }
    Q_EMIT layoutAboutToBeChanged();
    const int oldCount = rowCount();
    movePersistentRows(
        m_store.placeDiff(tokens, diff, rowMaker(), sortKey(m_sortColumn), m_sortOrder), oldCount);
    Q_EMIT layoutChanged();
}

void TokenTableModel::movePersistentRows(const std::vector<int> &oldPositionOf, int oldCount)
{
    const QList<int> &order = m_store.order();
    QList<int> newRowOf(oldCount, -1);
    for (int position = 0; position < order.size(); ++position) {
        const int oldRow = oldPositionOf[size_t(order.at(position))];
        if (oldRow >= 0)
            newRowOf[oldRow] = position;
    }
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
    if (m_sortColumn < 0 || m_store.count() < 2)
        return;
    QList<int> order = m_store.sortedOrder(sortKey(m_sortColumn), m_sortOrder);
    if (order == m_store.order())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const int oldCount = rowCount();
    movePersistentRows(m_store.setOrder(std::move(order)), oldCount);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TokenTableModel::removeSlots(const std::vector<int> &slots)
{
    if (slots.empty())
        return;
    const QList<int> rows = m_store.positionsOf(slots);
    // Each removal signal costs the proxy and the views a pass over all their rows: past a few
    // dozen scattered runs, one layout change that drops the rows is far cheaper, and still
    // keeps every surviving row's persistent index (selection, current row).
    if (runsIn(rows) > kMaxRemovalSignals) {
        Q_EMIT layoutAboutToBeChanged();
        const int oldCount = rowCount();
        movePersistentRows(m_store.dropSlots(slots), oldCount);
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
        m_store.removeShown(first, last);
        endRemoveRows();
    }
    m_store.freeSlots(slots);
}

} // namespace cockpit
