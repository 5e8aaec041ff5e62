#pragma once

#include "TokenRow.h"
#include "TokenRowStore.h"
#include "api/ProjectRegion.h"
#include "api/Token.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringMatcher>

#include <functional>
#include <optional>
#include <vector>

namespace cockpit {

class SavedSecretIndex;

// The tokens of the main window's table, one row per token, identified by token ID. Updates are
// applied as a diff (rows inserted, removed and changed by ID, never a reset) so that a view's
// selection and scroll position survive a refresh. The model sorts itself (sort() reorders the
// rows with layoutChanged and keeps new rows in order), and answers the filter proxy's questions
// without QVariant: filtering and sorting 100,000 rows must stay interactive, which
// QSortFilterProxyModel's own comparison-by-QModelIndex sorting is not at that size. The rows,
// their order and indexes are a TokenRowStore; this class makes the rows, answers the roles and
// turns each change of the store into the signals the views expect.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RegionColumn,
        PermissionsColumn,
        CreatedColumn,
        IdColumn,
        // The token's project: shown when the table lists several projects (TokenTableView).
        ProjectColumn,
        ColumnCount
    };

    enum Role
    {
        TokenIdRole = Qt::UserRole + 1, // QString: the token ID, whatever the column
        TokenRole,                      // cockpit::Token
        RegionRole,                     // cockpit::Region
        ScopesRole,                     // cockpit::TokenScopes
        CreatedAtRole,                  // QDateTime (UTC)
        SortRole,                       // the column's sort key (Created sorts by timestamp)
        // bool: the token's secret is saved in the system keychain (see setSavedSecretIndex());
        // the Name column then shows a key.
        HasSavedSecretRole,
        // bool: the row's project and region could not be refreshed; it is shown as it was (see
        // setStaleParts()).
        StaleRole,
        ProjectIdRole, // QString
    };

    using Clock = std::function<QDateTime()>;

    explicit TokenTableModel(QObject *parent = nullptr);
    ~TokenTableModel() override;

    // The clock the Created column's relative texts are computed against (tests fix it).
    void setClock(Clock clock);
    QDateTime now() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Sorts the rows (column -1: insertion order is kept from now on). New and changed rows are
    // put in order as they arrive.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Makes the rows equal to `tokens` by ID: removes rows whose ID is gone, updates changed
    // rows in place, appends new ones. A token ID given twice keeps its last occurrence.
    void setTokens(const QList<Token> &tokens);
    // The same for the rows of these projects and regions only (what a load brought): every
    // other row stays as it is, which is how a part that failed keeps its rows.
    void replaceParts(const QList<ProjectRegion> &parts, const QList<Token> &tokens);
    // Adds the tokens, or updates the rows with their IDs; no other row is touched.
    void upsert(const QList<Token> &tokens);
    // Removes the rows whose token `which` picks (rows no longer asked for).
    void removeTokensWhere(const std::function<bool(const Token &)> &which);
    // Removes one row; false when no row has that ID.
    bool removeToken(const QString &tokenId);
    void clear();

    const Token &tokenAt(int row) const { return rowAt(row).token; }
    // The row of a token ID, or -1.
    int rowOfToken(const QString &tokenId) const;
    QList<Token> tokens() const;
    // The distinct regions of the rows.
    QList<Region> regions() const;
    // The distinct projects and regions of the rows.
    QSet<ProjectRegion> parts() const;

    // Projects and regions whose last refresh failed, with when their rows were last loaded:
    // their rows stay, marked stale (StaleRole, and a tooltip saying since when), until a load
    // of that part succeeds. Empty: every row is current.
    void setStaleParts(const QMap<ProjectRegion, QDateTime> &loadedAt);
    // The regions of the stale parts, each with its oldest load.
    QMap<Region, QDateTime> staleRegions() const;

    // The names the Project column shows, by project ID (a project without one shows its ID).
    // `searched`: the text filter matches them too (when the table lists several projects).
    void setProjectNames(const QHash<QString, QString> &namesById, bool searched = true);
    QString projectName(const QString &projectId) const;

    // The Created column's texts age: the window calls this from time to time.
    void refreshRelativeTimes();

    // Which tokens have a secret saved in the keychain (HasSavedSecretRole, the Name tooltip);
    // rows follow the index's changes. Not owned; may be null (no marker).
    void setSavedSecretIndex(const SavedSecretIndex *savedSecrets);

    // Fast accessors for TokenFilterProxyModel (no QVariant on the hot paths).
    // `foldedNeedle` is a matcher of the case-folded search text, built once per search so that
    // its skip table is not rebuilt for every row.
    bool rowContainsFolded(int row, const QStringMatcher &foldedNeedle) const;
    bool rowHasAnyScope(int row, TokenScopes scopes) const;

private:
    using Row = TokenRow;
    static constexpr int kMaxRemovalSignals = 32;

    const Row &rowAt(int position) const { return m_store.at(position); }
    TokenRowStore::MakeRow rowMaker() const;
    void apply(const QList<Token> &tokens, const TokenRowStore::Diff &diff);
    void applyChanges(const QList<Token> &tokens, const TokenRowStore::Diff &diff,
                      TokenRowStore::Ranks ranks);
    void applySortedDiff(const QList<Token> &tokens, const TokenRowStore::Diff &diff);
    // Removes rows (by slot): one removal signal per run of shown rows, or one layout change when
    // the runs are many.
    void removeSlots(const std::vector<int> &slots);
    // Moves the persistent indexes to the rows' positions in the store's new order:
    // `oldPositionOf` gives each slot's row before (-1: new).
    void movePersistentRows(const std::vector<int> &oldPositionOf, int oldCount);
    void applySort();
    Row makeRow(const Token &token) const;
    QVariant displayData(const Row &row, int column) const;
    QVariant toolTipData(const Row &row, int column) const;
    bool hasSavedSecret(const Token &token) const;
    QVariant sortData(const Row &row, int column) const;
    // When the row was last loaded, if its project and region are stale.
    std::optional<QDateTime> staleSince(const Token &token) const;

    TokenRowStore m_store;
    Clock m_clock;
    const SavedSecretIndex *m_savedSecrets = nullptr;
    QMap<ProjectRegion, QDateTime> m_staleParts;
    QHash<QString, QString> m_projectNames;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Permission summaries by scope set: 512 possible sets, so 100,000 rows share a few strings.
    mutable QHash<int, QString> m_summaryCache;
};

} // namespace cockpit
