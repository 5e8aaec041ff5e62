#include "TokenRowSorter.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

namespace cockpit::TokenRowSorter {
namespace {

// 24 UTF-16 code units packed 8 bits each into three words, big-endian: comparing the words
// orders like comparing the texts' beginnings. A unit above 0xFF packs as 0xFF, which can only
// make different texts tie, and ties are settled by comparing the full texts. Token names are
// ASCII and at most 50 long, so the full comparison is rare.
struct Prefix
{
    std::array<quint64, 3> words{};
    friend bool operator==(const Prefix &a, const Prefix &b) { return a.words == b.words; }
    friend bool operator<(const Prefix &a, const Prefix &b) { return a.words < b.words; }
};

Prefix prefixKey(QStringView text)
{
    Prefix prefix;
    for (qsizetype i = 0; i < 24; ++i) {
        const quint64 unit = i < text.size() ? qMin<quint64>(text.at(i).unicode(), 0xFF) : 0;
        quint64 &word = prefix.words[size_t(i / 8)];
        word = (word << 8) | unit;
    }
    return prefix;
}

struct Keyed
{
    quint64 key;
    quint32 tie; // the name rank, for columns whose keys repeat
    int row;
};

struct PrefixKeyed
{
    Prefix prefix;
    int row;
};

// Ranks (0..n-1) of the rows ordered by a text, with `less` settling equal prefixes.
template <typename TextOf, typename Less>
std::vector<quint32> ranksByText(const QList<TokenRow> &rows, TextOf textOf, Less less)
{
    std::vector<PrefixKeyed> keyed(size_t(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        keyed[size_t(i)] = {prefixKey(textOf(rows.at(i))), i};
    std::sort(keyed.begin(), keyed.end(), [&](const PrefixKeyed &a, const PrefixKeyed &b) {
        if (!(a.prefix == b.prefix))
            return a.prefix < b.prefix;
        return less(rows.at(a.row), rows.at(b.row));
    });
    std::vector<quint32> ranks(size_t(rows.size()));
    for (size_t position = 0; position < keyed.size(); ++position)
        ranks[size_t(keyed[position].row)] = quint32(position);
    return ranks;
}

// Name order: case-insensitive, then case-sensitive, then by ID (names are not unique).
bool nameLess(const TokenRow &a, const TokenRow &b)
{
    if (const int folded = a.foldedName.compare(b.foldedName))
        return folded < 0;
    if (const int exact = a.token.name.compare(b.token.name))
        return exact < 0;
    return a.token.id < b.token.id;
}

bool idLess(const TokenRow &a, const TokenRow &b)
{
    return a.token.id < b.token.id;
}

// Ranks of a text that few rows differ in (permission summaries: at most a few hundred; project
// names: one per project), case-insensitive first when `folded`.
std::vector<quint32> distinctRanks(const QList<TokenRow> &rows, QString TokenRow::*text,
                                   bool folded)
{
    QHash<QString, quint32> rankOf;
    for (const TokenRow &row : rows)
        rankOf.insert(row.*text, 0);
    QStringList distinct = rankOf.keys();
    std::sort(distinct.begin(), distinct.end(), [folded](const QString &a, const QString &b) {
        if (folded) {
            if (const int compared = a.compare(b, Qt::CaseInsensitive))
                return compared < 0;
        }
        return a < b;
    });
    for (int i = 0; i < distinct.size(); ++i)
        rankOf[distinct.at(i)] = quint32(i);
    std::vector<quint32> ranks(size_t(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        ranks[size_t(i)] = rankOf.value(rows.at(i).*text);
    return ranks;
}

// Merges the unplaced rows `movers` (sorted here) into `placed` (already in order): each mover is
// put after the placed rows that come before it, found by binary search.
template <typename Placed, typename Less>
std::vector<int> mergeInto(const Placed &placed, std::vector<int> movers, Less less)
{
    std::sort(movers.begin(), movers.end(), less);
    std::vector<int> merged;
    merged.reserve(placed.size() + movers.size());
    auto from = placed.cbegin();
    for (int mover : movers) {
        const auto to = std::upper_bound(from, placed.cend(), mover, less);
        merged.insert(merged.end(), from, to);
        merged.push_back(mover);
        from = to;
    }
    merged.insert(merged.end(), from, placed.cend());
    return merged;
}

template <typename Less>
std::vector<quint32> updatedRanks(const QList<TokenRow> &rows, const std::vector<qint64> &oldRanks,
                                  Less less)
{
    // The kept rows in their old rank order: a bucket per old rank, then the empty ones skipped.
    qint64 highest = -1;
    for (qint64 rank : oldRanks)
        highest = std::max(highest, rank);
    std::vector<int> byOldRank(size_t(highest + 1), -1);
    std::vector<int> movers;
    for (int i = 0; i < rows.size(); ++i) {
        if (oldRanks[size_t(i)] >= 0)
            byOldRank[size_t(oldRanks[size_t(i)])] = i;
        else
            movers.push_back(i);
    }
    byOldRank.erase(std::remove(byOldRank.begin(), byOldRank.end(), -1), byOldRank.end());
    const std::vector<int> merged = mergeInto(
        byOldRank, std::move(movers), [&](int a, int b) { return less(rows.at(a), rows.at(b)); });
    std::vector<quint32> ranks(size_t(rows.size()));
    for (size_t position = 0; position < merged.size(); ++position)
        ranks[size_t(merged[position])] = quint32(position);
    return ranks;
}

// The ascending order of two rows by a column, as order() sorts them.
bool ascending(const QList<TokenRow> &rows, int a, int b, Key by,
               const std::vector<quint32> &nameRanks, const std::vector<quint32> &idRanks)
{
    const TokenRow &x = rows.at(a);
    const TokenRow &y = rows.at(b);
    switch (by) {
    case Key::Region:
        if (x.token.region != y.token.region)
            return x.token.region < y.token.region;
        break;
    case Key::Created:
        if (x.createdMs != y.createdMs)
            return x.createdMs < y.createdMs;
        break;
    case Key::Id:
        return idRanks[size_t(a)] < idRanks[size_t(b)];
    case Key::Permissions:
        if (x.summary != y.summary)
            return x.summary < y.summary;
        break;
    case Key::Project:
        if (const int folded = x.projectName.compare(y.projectName, Qt::CaseInsensitive))
            return folded < 0;
        if (x.projectName != y.projectName)
            return x.projectName < y.projectName;
        break;
    case Key::Name:
        break;
    }
    return nameRanks[size_t(a)] < nameRanks[size_t(b)];
}

} // namespace

std::vector<quint32> updatedNameRanks(const QList<TokenRow> &rows,
                                      const std::vector<qint64> &oldRanks)
{
    return updatedRanks(rows, oldRanks, nameLess);
}

std::vector<quint32> updatedIdRanks(const QList<TokenRow> &rows,
                                    const std::vector<qint64> &oldRanks)
{
    return updatedRanks(rows, oldRanks, idLess);
}

QList<int> mergedOrder(const QList<TokenRow> &rows, const QList<int> &placed,
                       std::vector<int> movers, Key key, Qt::SortOrder sortOrder,
                       const std::vector<quint32> &nameRanks, const std::vector<quint32> &idRanks)
{
    const bool descending = sortOrder == Qt::DescendingOrder;
    const std::vector<int> merged = mergeInto(placed, std::move(movers), [&](int a, int b) {
        return descending ? ascending(rows, b, a, key, nameRanks, idRanks)
                          : ascending(rows, a, b, key, nameRanks, idRanks);
    });
    return QList<int>(merged.cbegin(), merged.cend());
}

std::vector<quint32> nameRanks(const QList<TokenRow> &rows)
{
    return ranksByText(
        rows, [](const TokenRow &row) { return QStringView(row.foldedName); }, nameLess);
}

std::vector<quint32> idRanks(const QList<TokenRow> &rows)
{
    return ranksByText(
        rows, [](const TokenRow &row) { return QStringView(row.token.id); }, idLess);
}

QList<int> order(const QList<TokenRow> &rows, Key by, Qt::SortOrder sortOrder,
                 const std::vector<quint32> &nameRanks, const std::vector<quint32> &idRanks)
{
    std::vector<Keyed> keyed(size_t(rows.size()));
    std::vector<quint32> columnRanks;
    if (by == Key::Permissions)
        columnRanks = distinctRanks(rows, &TokenRow::summary, false);
    else if (by == Key::Project)
        columnRanks = distinctRanks(rows, &TokenRow::projectName, true);

    for (int i = 0; i < rows.size(); ++i) {
        const TokenRow &row = rows.at(i);
        quint64 key = 0;
        switch (by) {
        case Key::Region:
            key = quint64(row.token.region);
            break;
        case Key::Created:
            // Offset so that the unsigned order is the signed order of the timestamps.
            key = quint64(row.createdMs) ^ (quint64(1) << 63);
            break;
        case Key::Id:
            key = idRanks[size_t(i)];
            break;
        case Key::Permissions:
        case Key::Project:
            key = columnRanks[size_t(i)];
            break;
        case Key::Name:
            key = nameRanks[size_t(i)];
            break;
        }
        keyed[size_t(i)] = {key, nameRanks[size_t(i)], i};
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return a.key != b.key ? a.key < b.key : a.tie < b.tie;
    });
    if (sortOrder == Qt::DescendingOrder)
        std::reverse(keyed.begin(), keyed.end());

    QList<int> result;
    result.reserve(rows.size());
    for (const Keyed &entry : keyed)
        result.append(entry.row);
    return result;
}

} // namespace cockpit::TokenRowSorter
