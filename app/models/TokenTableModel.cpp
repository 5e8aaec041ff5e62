#include "TokenTableModel.h"

#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"
#include "text/PermissionSummary.h"
#include "text/RelativeTime.h"

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
    return parent.isValid() ? 0 : m_store.count();
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
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
    // A token created after the region's last good load came from the API's own answer to
    // the create: it is as fresh as can be.
    const auto since = [&token](const QDateTime &loadedAt) -> std::optional<QDateTime> {
        if (token.createdAt.isValid() && token.createdAt > loadedAt)
            return std::nullopt;
        return loadedAt;
    };
    if (m_staleParts.isEmpty())
        return std::nullopt;
    if (const auto stale = m_staleParts.constFind({token.projectId, token.region});
        stale != m_staleParts.cend())
        return since(*stale);
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
    if (!m_store.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
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

void TokenTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    applySort();
}

bool TokenTableModel::removeToken(const QString &tokenId)
{
    const int slot = m_store.slotOf(tokenId);
    if (slot < 0)
        return false;
    removeSlots({slot});
    return true;
}

void TokenTableModel::clear()
{
    m_staleParts.clear();
    if (m_store.isEmpty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_store.clear();
    endRemoveRows();
}

int TokenTableModel::rowOfToken(const QString &tokenId) const
{
    return m_store.positionOf(tokenId);
}

QList<Token> TokenTableModel::tokens() const
{
    return m_store.tokens();
}

QList<Region> TokenTableModel::regions() const
{
    QSet<Region> seen;
    for (const Row &row : m_store.rows())
        seen.insert(row.token.region);
    QList<Region> ordered;
    for (Region region : allRegions()) {
        if (seen.contains(region))
            ordered.append(region);
    }
    return ordered;
}

void TokenTableModel::setStaleParts(const QMap<ProjectRegion, QDateTime> &loadedAt)
{
    if (loadedAt == m_staleParts)
        return;
    m_staleParts = loadedAt;
    if (!m_store.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, StaleRole});
}

QSet<ProjectRegion> TokenTableModel::parts() const
{
    QSet<ProjectRegion> parts;
    for (const Row &row : m_store.rows())
        parts.insert({row.token.projectId, row.token.region});
    return parts;
}

QMap<Region, QDateTime> TokenTableModel::staleRegions() const
{
    QMap<Region, QDateTime> regions;
    for (auto it = m_staleParts.cbegin(); it != m_staleParts.cend(); ++it) {
        const auto known = regions.constFind(it.key().region);
        if (known == regions.cend() || *it < *known)
            regions.insert(it.key().region, *it);
    }
    return regions;
}

void TokenTableModel::setProjectNames(const QHash<QString, QString> &namesById, bool searched)
{
    if (namesById == m_projectNames && searched == m_store.projectNamesSearched())
        return;
    m_projectNames = namesById;
    m_store.setProjectNamesSearched(searched);
    if (m_store.isEmpty())
        return;
    m_store.updateEach([this](Row &row) { row.projectName = projectName(row.token.projectId); });
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
    if (m_store.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, CreatedColumn), index(rowCount() - 1, CreatedColumn),
                       {Qt::DisplayRole});
}

bool TokenTableModel::rowContainsFolded(int row, const QStringMatcher &foldedNeedle) const
{
    return m_store.containsFolded(row, foldedNeedle);
}

bool TokenTableModel::rowHasAnyScope(int row, TokenScopes scopes) const
{
    return bool(rowAt(row).token.scopes & scopes);
}

} // namespace cockpit
