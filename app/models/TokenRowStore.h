#pragma once

#include "TokenRow.h"
#include "TokenRowSorter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringMatcher>

#include <functional>
#include <vector>

namespace cockpit {

// The rows of the token table and everything kept to change, sort and search 100,000 of them
// quickly: the rows in storage slots, the order they are shown in, the ID index, the name and ID
// ranks, and the folded text the filter searches. It knows no Qt model: TokenTableModel calls one
// change at a time and tells the views with the matching signal (rows inserted, removed, changed,
// or a layout change with the persistent indexes moved from the old positions each change
// returns).
//
// Rows are stored in no particular order (a freed slot gets the last row) and shown in order(): a
// sort or a refresh rewrites vectors of integers instead of moving rows, and the ID index stays
// true through both.
class TokenRowStore
{
public:
    using Key = TokenRowSorter::Key;
    using MakeRow = std::function<TokenRow(const Token &)>;

    // What a refresh changes, by storage slot.
    struct Diff
    {
        std::vector<qsizetype> freshAt; // per slot: its token's index in the refresh, or -1 (gone)
        std::vector<int> gone;          // slots, ascending
        std::vector<int> changed;       // slots, ascending
        QList<qsizetype> added;         // indexes in the refresh, ascending

        qsizetype size() const { return qsizetype(gone.size() + changed.size()) + added.size(); }
    };

    enum class Ranks
    {
        Lost, // the change may move rows in name or ID order
        Stay  // the change keeps every row's name and ID order
    };

    // Reading.
    int count() const { return int(m_order.size()); }
    bool isEmpty() const { return m_order.isEmpty(); }
    const TokenRow &at(int position) const { return m_rows.at(m_order.at(position)); }
    // Every row, in no particular order.
    const QList<TokenRow> &rows() const { return m_rows; }
    // Position -> slot.
    const QList<int> &order() const { return m_order; }
    // The slot of a token ID, or -1.
    int slotOf(const QString &tokenId) const { return m_slotById.value(tokenId, -1); }
    // The position of a token ID, or -1.
    int positionOf(const QString &tokenId) const;
    // The tokens in the order shown.
    QList<Token> tokens() const;

    // The diff that makes the rows of `tokens` fresh (the last occurrence of an ID wins); a row
    // absent from `tokens` goes when `replaced` says its part was reloaded, and stays otherwise.
    Diff diffWith(const QList<Token> &tokens,
                  const std::function<bool(const Token &)> &replaced) const;
    // Whether the diff only changes rows, none of which moves in `key` order.
    bool changesKeepOrder(const QList<Token> &tokens, const Diff &diff, const MakeRow &make,
                          Key key) const;

    // Changes: each leaves the store consistent, but for removeShown(), which freeSlots() ends.
    // Remakes the changed rows where they are; returns their positions, ascending.
    QList<int> replaceChanged(const QList<Token> &tokens, const Diff &diff, const MakeRow &make,
                              Ranks ranks);
    // Shows `tokens` at `added` (indexes, in that order) after the rows shown.
    void append(const QList<Token> &tokens, const QList<qsizetype> &added, const MakeRow &make);
    // The positions of slots, ascending.
    QList<int> positionsOf(const std::vector<int> &slots) const;
    // Stops showing the rows at positions first..last; their slots stay until freeSlots().
    void removeShown(int first, int last);
    // Frees slots no longer shown, each filled by the last slot.
    void freeSlots(std::vector<int> slots);
    // Removes the rows of `slots` at once; returns per remaining slot its position before.
    std::vector<int> dropSlots(const std::vector<int> &slots);
    // The order of the rows sorted by `key` (ranks are computed and kept as needed).
    QList<int> sortedOrder(Key key, Qt::SortOrder sortOrder);
    // Shows the rows in `order` (slots) from now on; returns per slot its position before.
    std::vector<int> setOrder(QList<int> order);
    // Applies a small diff to rows sorted by `key`: the untouched rows keep their order and
    // ranks, the changed and new ones are placed among them. Returns per slot its position
    // before (-1: new).
    std::vector<int> placeDiff(const QList<Token> &tokens, const Diff &diff, const MakeRow &make,
                               Key key, Qt::SortOrder sortOrder);
    // Changes every row in place; `update` changes neither the name nor the ID (the ranks stay).
    void updateEach(const std::function<void(TokenRow &)> &update);
    void clear();

    // Whether the text filter searches the Project column too.
    void setProjectNamesSearched(bool searched);
    bool projectNamesSearched() const { return m_projectNamesSearched; }
    // Whether the folded text of the row at `position` contains `foldedNeedle`.
    bool containsFolded(int position, const QStringMatcher &foldedNeedle) const;

private:
    void ensurePositions() const;
    void ensureSearchText() const;
    // Stops showing the rows of `slots` (shown ones), keeping the others' order; the slots stay.
    void leaveOrder(const std::vector<int> &slots);
    void forgetRanks();
    void changed();
    // Frees slots (highest first, so the last slot is never one still to be freed); `moved(from,
    // to)` hears of each move, for the caller's own per-slot data.
    void compact(std::vector<int> slots, const std::function<void(int, int)> &moved);

    QList<TokenRow> m_rows;                // slot -> row
    QList<int> m_order;                    // position -> slot
    mutable std::vector<int> m_positionOf; // slot -> position; rebuilt from m_order when needed
    mutable bool m_positionsValid = true;
    QHash<QString, int> m_slotById;
    // Per slot, the row's position in name and ID order (empty = to compute): every sort breaks
    // ties by name, and both are costly to compute at 100,000 rows, so they are kept between
    // sorts and updated by refreshes.
    std::vector<quint32> m_nameRanks;
    std::vector<quint32> m_idRanks;
    // Every row's folded "name\nid\nregion\n", contiguous in row order, with each row's start:
    // what the text filter searches.
    mutable QString m_searchText;
    mutable std::vector<qsizetype> m_searchStarts;
    mutable bool m_searchTextValid = false;
    bool m_projectNamesSearched = false;
};

} // namespace cockpit
