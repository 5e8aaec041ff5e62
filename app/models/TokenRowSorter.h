#pragma once

#include "TokenRow.h"

#include <QList>

#include <vector>

namespace cockpit {

// Sorts the rows of the token table by a column, fast enough for 100,000 rows per click: each
// row gets a compact integer key (a rank for text columns, the timestamp for Created) and only
// those keys are sorted, instead of comparing strings scattered over the heap through the
// model/view machinery. Equal keys fall back to the name, then the ID, so every order is total
// and deterministic; descending is the exact reverse of ascending.
namespace TokenRowSorter {

// What the rows are ordered by (the table's columns, without knowing the table).
enum class Key
{
    Name,
    Region,
    Permissions,
    Created,
    Id,
    Project
};

// Each row's position (0..n-1) in name order: case-insensitive, then case-sensitive, then by
// ID. Every column's order breaks its ties with it; the model keeps it between sorts.
std::vector<quint32> nameRanks(const QList<TokenRow> &rows);

// Each row's position in ID order.
std::vector<quint32> idRanks(const QList<TokenRow> &rows);

// The row indexes of `rows` in sorted order (result[i] = the row that goes to position i).
// `nameRanks` is nameRanks(rows); `idRanks` is idRanks(rows) when sorting by ID (else unused).
QList<int> order(const QList<TokenRow> &rows, Key key, Qt::SortOrder sortOrder,
                 const std::vector<quint32> &nameRanks, const std::vector<quint32> &idRanks);

// After a small change: `rows` as they now are, `oldRanks[i]` row i's rank before it (-1 for a
// new or changed row). The rows that kept a rank keep their order among themselves; the others
// are put in between, so a refresh that touches a few hundred of 100,000 rows costs a linear pass
// and a few thousand comparisons instead of a full sort. The result equals nameRanks(rows)
// (idRanks(rows)) whenever the kept ranks are that order.
std::vector<quint32> updatedNameRanks(const QList<TokenRow> &rows,
                                      const std::vector<qint64> &oldRanks);
std::vector<quint32> updatedIdRanks(const QList<TokenRow> &rows,
                                    const std::vector<qint64> &oldRanks);

// The order of `rows` after a small change: `placed` (row indexes) are already in the order
// asked for, `movers` are not placed yet. The same result as order() over placed and movers,
// from a sort of the movers and a merge. The ranks are those of `rows`.
QList<int> mergedOrder(const QList<TokenRow> &rows, const QList<int> &placed,
                       std::vector<int> movers, Key key, Qt::SortOrder sortOrder,
                       const std::vector<quint32> &nameRanks, const std::vector<quint32> &idRanks);

} // namespace TokenRowSorter
} // namespace cockpit
