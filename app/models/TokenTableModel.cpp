#include "TokenTableModel.h"

#include "PermissionSummary.h"
#include "RelativeTime.h"

#include <QCoreApplication>
#include <QSet>

namespace cockpit {

TokenTableModel::TokenTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

TokenTableModel::~TokenTableModel() = default;

void TokenTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshRelativeTimes();
}

QDateTime TokenTableModel::now() const
{
    return m_clock();
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case TokenIdRole:
        return row.token.id;
    case TokenRole:
        return QVariant::fromValue(row.token);
    case RegionRole:
        return QVariant::fromValue(row.token.region);
    case ScopesRole:
        return QVariant::fromValue(row.token.scopes);
    case CreatedAtRole:
        return row.token.createdAt;
    case SortRole:
        return sortData(row, index.column());
    case HasSavedSecretRole:
        return false;
    default:
        return {};
    }
}

QVariant TokenTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.token.name;
    case RegionColumn:
        return regionId(row.token.region);
    case PermissionsColumn:
        return row.summary;
    case CreatedColumn:
        return relativeTimeText(row.token.createdAt, m_clock());
    case IdColumn:
        return row.token.id;
    default:
        return {};
    }
}

QVariant TokenTableModel::toolTipData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.token.name;
    case RegionColumn:
        return tr("Region %1").arg(regionId(row.token.region));
    case PermissionsColumn:
        return permissionDetails(row.token.scopes, row.token.unknownScopes);
    case CreatedColumn:
        return exactLocalTimeText(row.token.createdAt);
    case IdColumn:
        return tr("Regional ID: %1").arg(row.token.regionalId());
    default:
        return {};
    }
}

QVariant TokenTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return QStringView(row.haystack).left(row.nameLength).toString();
    case RegionColumn:
        return regionId(row.token.region);
    case PermissionsColumn:
        return row.summary;
    case CreatedColumn:
        return row.token.createdAt;
    case IdColumn:
        return row.token.id;
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RegionColumn:
        return tr("Region");
    case PermissionsColumn:
        return tr("Permissions");
    case CreatedColumn:
        return tr("Created");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

QHash<int, QByteArray> TokenTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TokenIdRole, "tokenId");
    names.insert(TokenRole, "token");
    names.insert(RegionRole, "region");
    names.insert(ScopesRole, "scopes");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(SortRole, "sortKey");
    names.insert(HasSavedSecretRole, "hasSavedSecret");
    return names;
}

TokenTableModel::Row TokenTableModel::makeRow(const Token &token) const
{
    Row row;
    row.token = token;
    const QString foldedName = token.name.toLower();
    row.nameLength = foldedName.size();
    row.haystack = foldedName + QLatin1Char('\n') + token.id.toLower() + QLatin1Char('\n') +
                   regionId(token.region);
    row.createdMs = token.createdAt.isValid() ? token.createdAt.toMSecsSinceEpoch() : 0;
    if (token.unknownScopes.isEmpty()) {
        const int key = int(token.scopes.toInt());
        auto it = m_summaryCache.find(key);
        if (it == m_summaryCache.end())
            it = m_summaryCache.insert(key, permissionSummary(token.scopes));
        row.summary = *it;
    } else {
        row.summary = permissionSummary(token.scopes, token.unknownScopes);
    }
    return row;
}

void TokenTableModel::setTokens(const QList<Token> &tokens)
{
    // The last occurrence of an ID wins, as documented.
    QHash<QString, qsizetype> incoming;
    incoming.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i)
        incoming.insert(tokens.at(i).id, i);

    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!incoming.contains(m_rows.at(row).token.id))
            gone.append(row);
    }
    removeRows(gone);

    // Changed rows: dataChanged over each contiguous run of changed rows.
    int runStart = -1;
    for (int row = 0; row <= m_rows.size(); ++row) {
        bool changed = false;
        if (row < m_rows.size()) {
            const Token &fresh = tokens.at(incoming.value(m_rows.at(row).token.id));
            if (fresh != m_rows.at(row).token) {
                m_rows[row] = makeRow(fresh);
                changed = true;
            }
        }
        if (changed && runStart < 0)
            runStart = row;
        if (!changed && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, 0), index(row - 1, ColumnCount - 1));
            runStart = -1;
        }
    }

    QList<qsizetype> added;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &id = tokens.at(i).id;
        if (!m_rowById.contains(id) && incoming.value(id) == i)
            added.append(i);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.reserve(m_rows.size() + added.size());
    for (qsizetype i : added) {
        m_rowById.insert(tokens.at(i).id, int(m_rows.size()));
        m_rows.append(makeRow(tokens.at(i)));
    }
    endInsertRows();
}

void TokenTableModel::removeRows(const QList<int> &sortedRows)
{
    if (sortedRows.isEmpty())
        return;
    // From the end, one contiguous run at a time, so earlier row numbers stay valid.
    qsizetype i = sortedRows.size() - 1;
    while (i >= 0) {
        const int last = sortedRows.at(i);
        int first = last;
        while (i > 0 && sortedRows.at(i - 1) == first - 1) {
            --i;
            --first;
        }
        --i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    rebuildIndex();
}

bool TokenTableModel::removeToken(const QString &tokenId)
{
    const int row = rowOfToken(tokenId);
    if (row < 0)
        return false;
    removeRows({row});
    return true;
}

void TokenTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowById.clear();
    endRemoveRows();
}

int TokenTableModel::rowOfToken(const QString &tokenId) const
{
    return m_rowById.value(tokenId, -1);
}

QList<Token> TokenTableModel::tokens() const
{
    QList<Token> all;
    all.reserve(m_rows.size());
    for (const Row &row : m_rows)
        all.append(row.token);
    return all;
}

QList<Region> TokenTableModel::regions() const
{
    QSet<Region> seen;
    for (const Row &row : m_rows)
        seen.insert(row.token.region);
    QList<Region> ordered;
    for (Region region : allRegions()) {
        if (seen.contains(region))
            ordered.append(region);
    }
    return ordered;
}

void TokenTableModel::refreshRelativeTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, CreatedColumn), index(int(m_rows.size()) - 1, CreatedColumn),
                       {Qt::DisplayRole});
}

bool TokenTableModel::rowContainsFolded(int row, QStringView foldedNeedle) const
{
    return QStringView(m_rows.at(row).haystack).contains(foldedNeedle);
}

int TokenTableModel::compareRows(int left, int right, int column) const
{
    const Row &a = m_rows.at(left);
    const Row &b = m_rows.at(right);
    const auto compareNames = [&] {
        return QStringView(a.haystack)
            .left(a.nameLength)
            .compare(QStringView(b.haystack).left(b.nameLength));
    };
    int result = 0;
    switch (column) {
    case NameColumn:
        result = compareNames();
        if (result == 0)
            result = a.token.name.compare(b.token.name);
        break;
    case RegionColumn:
        result = int(a.token.region) - int(b.token.region);
        break;
    case PermissionsColumn:
        result = a.summary.compare(b.summary);
        break;
    case CreatedColumn:
        result = a.createdMs < b.createdMs ? -1 : (a.createdMs > b.createdMs ? 1 : 0);
        break;
    case IdColumn:
        result = a.token.id.compare(b.token.id);
        break;
    default:
        break;
    }
    // Equal keys fall back to the name, then the ID, so that every sort is deterministic.
    if (result == 0 && column != NameColumn)
        result = compareNames();
    if (result == 0 && column != IdColumn)
        result = a.token.id.compare(b.token.id);
    return result;
}

void TokenTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).token.id, row);
}

} // namespace cockpit
