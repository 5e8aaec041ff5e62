#include "TokenTableModel.h"

#include "PermissionSummary.h"
#include "RelativeTime.h"
#include "TokenRowSorter.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"

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
        if (const auto stale = staleSince(row.token))
            return tr("%1\nNot refreshed: loading %2 failed. Shown as it was at %3.")
                .arg(toolTipData(row, index.column()).toString(), regionId(row.token.region),
                     exactLocalTimeText(*stale));
        return toolTipData(row, index.column());
    case StaleRole:
        return staleSince(row.token).has_value();
    case ProjectIdRole:
        return row.token.projectId;
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
        return hasSavedSecret(row.token);
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
    case ProjectColumn:
        return row.projectName;
    default:
        return {};
    }
}

std::optional<QDateTime> TokenTableModel::staleSince(const Token &token) const
{
    if (const auto stale = m_stale.constFind(token.region); stale != m_stale.cend())
        return *stale;
    if (m_staleParts.isEmpty())
        return std::nullopt;
    if (const auto stale = m_staleParts.constFind({token.projectId, token.region});
        stale != m_staleParts.cend())
        return *stale;
    return std::nullopt;
}

bool TokenTableModel::hasSavedSecret(const Token &token) const
{
    return m_savedSecrets && m_savedSecrets->contains(tokenSecretKey(token.regionalId()));
}

void TokenTableModel::setSavedSecretIndex(const SavedSecretIndex *savedSecrets)
{
    if (m_savedSecrets)
        disconnect(m_savedSecrets, nullptr, this, nullptr);
    m_savedSecrets = savedSecrets;
    if (m_savedSecrets) {
        connect(m_savedSecrets, &SavedSecretIndex::changed, this, [this](const QString &key) {
            // The key is the regional ID: "{region}/{id}".
            const int row = rowOfToken(key.section(QLatin1Char('/'), 1));
            if (row >= 0)
                Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn),
                                   {HasSavedSecretRole, Qt::ToolTipRole});
        });
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, NameColumn),
                           {HasSavedSecretRole, Qt::ToolTipRole});
}

QVariant TokenTableModel::toolTipData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return hasSavedSecret(row.token)
                   ? tr("%1\nIts secret key is saved in the keychain.").arg(row.token.name)
                   : row.token.name;
    case RegionColumn:
        return tr("Region %1").arg(regionId(row.token.region));
    case PermissionsColumn:
        return permissionDetails(row.token.scopes, row.token.unknownScopes);
    case CreatedColumn:
        return exactLocalTimeText(row.token.createdAt);
    case IdColumn:
        return tr("Regional ID: %1").arg(row.token.regionalId());
    case ProjectColumn:
        return tr("Project ID: %1").arg(row.token.projectId);
    default:
        return {};
    }
}

QVariant TokenTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.foldedName;
    case RegionColumn:
        return regionId(row.token.region);
    case PermissionsColumn:
        return row.summary;
    case CreatedColumn:
        return row.token.createdAt;
    case IdColumn:
        return row.token.id;
    case ProjectColumn:
        return row.projectName.toLower();
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
    case ProjectColumn:
        return tr("Project");
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
    names.insert(StaleRole, "stale");
    names.insert(ProjectIdRole, "projectId");
    return names;
}

TokenTableModel::Row TokenTableModel::makeRow(const Token &token) const
{
    Row row;
    row.token = token;
    row.foldedName = token.name.toLower();
    row.createdMs = token.createdAt.isValid() ? token.createdAt.toMSecsSinceEpoch() : 0;
    row.projectName = projectName(token.projectId);
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

    ensureIndex();
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!incoming.contains(m_rows.at(row).token.id))
            gone.append(row);
    }
    removeRows(gone);

    // Changed rows: dataChanged over each contiguous run of changed rows.
    bool anyChanged = false;
    int runStart = -1;
    for (int row = 0; row <= m_rows.size(); ++row) {
        bool changed = false;
        if (row < m_rows.size()) {
            const Token &fresh = tokens.at(incoming.value(m_rows.at(row).token.id));
            if (fresh != m_rows.at(row).token) {
                m_rows[row] = makeRow(fresh);
                changed = true;
                anyChanged = true;
                m_nameRanks.clear();
                m_idRanks.clear();
                m_searchTextValid = false;
            }
        }
        if (changed && runStart < 0)
            runStart = row;
        if (!changed && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, 0), index(row - 1, ColumnCount - 1));
            runStart = -1;
        }
    }

    ensureIndex();
    QList<qsizetype> added;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &id = tokens.at(i).id;
        if (!m_rowById.contains(id) && incoming.value(id) == i)
            added.append(i);
    }
    if (added.isEmpty()) {
        if (anyChanged)
            applySort(); // a renamed or rescoped token may have to move
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.reserve(m_rows.size() + added.size());
    m_nameRanks.clear();
    m_idRanks.clear();
    m_searchTextValid = false;
    for (qsizetype i : added) {
        m_rowById.insert(tokens.at(i).id, int(m_rows.size()));
        m_rows.append(makeRow(tokens.at(i)));
    }
    endInsertRows();
    // Appended, then moved into place in one layout change (not one move per row).
    applySort();
}

void TokenTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    applySort();
}

void TokenTableModel::applySort()
{
    if (m_sortColumn < 0 || m_rows.size() < 2)
        return;
    if (m_nameRanks.size() != size_t(m_rows.size()))
        m_nameRanks = TokenRowSorter::nameRanks(m_rows);
    if (m_sortColumn == IdColumn && m_idRanks.size() != size_t(m_rows.size()))
        m_idRanks = TokenRowSorter::idRanks(m_rows);
    const auto key = [](int column) {
        switch (column) {
        case RegionColumn:
            return TokenRowSorter::Key::Region;
        case PermissionsColumn:
            return TokenRowSorter::Key::Permissions;
        case CreatedColumn:
            return TokenRowSorter::Key::Created;
        case IdColumn:
            return TokenRowSorter::Key::Id;
        case ProjectColumn:
            return TokenRowSorter::Key::Project;
        default:
            return TokenRowSorter::Key::Name;
        }
    };
    const QList<int> order =
        TokenRowSorter::order(m_rows, key(m_sortColumn), m_sortOrder, m_nameRanks, m_idRanks);
    bool moved = false;
    for (int i = 0; i < order.size() && !moved; ++i)
        moved = order.at(i) != i;
    if (!moved)
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOf(order.size());
    QList<Row> sorted;
    sorted.reserve(m_rows.size());
    std::vector<quint32> names(m_nameRanks.size());
    std::vector<quint32> ids(m_idRanks.size());
    for (int position = 0; position < order.size(); ++position) {
        const int from = order.at(position);
        newRowOf[from] = position;
        sorted.append(std::move(m_rows[from]));
        names[size_t(position)] = m_nameRanks[size_t(from)];
        if (!ids.empty())
            ids[size_t(position)] = m_idRanks[size_t(from)];
    }
    m_rows = std::move(sorted);
    m_nameRanks = std::move(names);
    m_idRanks = std::move(ids);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(index.isValid() ? createIndex(newRowOf.at(index.row()), index.column())
                                     : QModelIndex());
    changePersistentIndexList(before, after);
    m_indexValid = false;
    m_searchTextValid = false;
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TokenTableModel::removeRows(const QList<int> &sortedRows)
{
    if (sortedRows.isEmpty())
        return;
    m_nameRanks.clear();
    m_idRanks.clear();
    m_indexValid = false;
    m_searchTextValid = false;
    int runs = 1;
    for (qsizetype i = 1; i < sortedRows.size(); ++i)
        runs += sortedRows.at(i) == sortedRows.at(i - 1) + 1 ? 0 : 1;
    // Each removal signal costs the proxy and the views a pass over all their rows: past a few
    // dozen scattered runs, one layout change that drops the rows is far cheaper, and still
    // keeps every surviving row's persistent index (selection, current row).
    if (runs > kMaxRemovalSignals) {
        removeRowsInOneLayoutChange(sortedRows);
        return;
    }
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
}

void TokenTableModel::removeRowsInOneLayoutChange(const QList<int> &sortedRows)
{
    Q_EMIT layoutAboutToBeChanged();
    QList<int> newRowOf(m_rows.size(), 0);
    QList<Row> kept;
    kept.reserve(m_rows.size() - sortedRows.size());
    qsizetype next = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (next < sortedRows.size() && sortedRows.at(next) == row) {
            newRowOf[row] = -1;
            ++next;
            continue;
        }
        newRowOf[row] = int(kept.size());
        kept.append(std::move(m_rows[row]));
    }
    m_rows = std::move(kept);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = index.isValid() ? newRowOf.at(index.row()) : -1;
        after.append(row >= 0 ? createIndex(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
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
    m_stale.clear();
    m_staleParts.clear();
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowById.clear();
    m_indexValid = true;
    m_nameRanks.clear();
    m_idRanks.clear();
    m_searchTextValid = false;
    endRemoveRows();
}

int TokenTableModel::rowOfToken(const QString &tokenId) const
{
    ensureIndex();
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

void TokenTableModel::setStaleRegions(const QMap<Region, QDateTime> &loadedAt)
{
    if (loadedAt == m_stale)
        return;
    m_stale = loadedAt;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, StaleRole});
}

void TokenTableModel::setStaleParts(const QMap<ProjectRegion, QDateTime> &loadedAt)
{
    if (loadedAt == m_staleParts)
        return;
    m_staleParts = loadedAt;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, StaleRole});
}

void TokenTableModel::setProjectNames(const QHash<QString, QString> &namesById, bool searched)
{
    if (namesById == m_projectNames && searched == m_projectNamesSearched)
        return;
    m_projectNames = namesById;
    m_projectNamesSearched = searched;
    if (m_rows.isEmpty())
        return;
    for (Row &row : m_rows)
        row.projectName = projectName(row.token.projectId);
    m_searchTextValid = false;
    Q_EMIT dataChanged(index(0, ProjectColumn), index(rowCount() - 1, ProjectColumn));
    if (m_sortColumn == ProjectColumn)
        applySort();
}

QString TokenTableModel::projectName(const QString &projectId) const
{
    const QString name = m_projectNames.value(projectId);
    return name.isEmpty() ? projectId : name;
}

void TokenTableModel::refreshRelativeTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, CreatedColumn), index(int(m_rows.size()) - 1, CreatedColumn),
                       {Qt::DisplayRole});
}

bool TokenTableModel::rowContainsFolded(int row, const QStringMatcher &foldedNeedle) const
{
    ensureSearchText();
    const qsizetype start = m_searchStarts[size_t(row)];
    const qsizetype length = m_searchStarts[size_t(row) + 1] - start;
    return foldedNeedle.indexIn(QStringView(m_searchText).mid(start, length)) >= 0;
}

void TokenTableModel::ensureSearchText() const
{
    if (m_searchTextValid)
        return;
    // One contiguous text in row order: a search then reads memory sequentially instead of
    // chasing one heap block per row, which is what made it slow at 100,000 rows.
    qsizetype total = 0;
    for (const Row &row : m_rows)
        total += row.foldedName.size() + row.token.id.size() + row.projectName.size() + 11;
    m_searchText.clear();
    m_searchText.reserve(total);
    m_searchStarts.assign(size_t(m_rows.size()) + 1, 0);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
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
    m_searchStarts[size_t(m_rows.size())] = m_searchText.size();
    m_searchTextValid = true;
}

bool TokenTableModel::rowHasAnyScope(int row, TokenScopes scopes) const
{
    return bool(m_rows.at(row).token.scopes & scopes);
}

void TokenTableModel::ensureIndex() const
{
    if (m_indexValid)
        return;
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).token.id, row);
    m_indexValid = true;
}

} // namespace cockpit
