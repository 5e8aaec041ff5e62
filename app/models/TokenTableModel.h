#pragma once

#include "api/Token.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace cockpit {

// The tokens of the main window's table, one row per token, identified by token ID. Updates are
// applied as a diff (rows inserted, removed and changed by ID, never a reset) so that a view's
// selection and scroll position survive a refresh. It also keeps, per row, the folded text the
// filter proxy searches and the sort keys, so that filtering and sorting 100,000 rows stay fast.
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
        // Whether the token's secret is saved in the system keychain. Saving secrets comes with the
        // create dialog: until then no token has one, and the role says so truthfully.
        HasSavedSecretRole,
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

    // Makes the rows equal to `tokens` by ID: removes rows whose ID is gone, updates changed
    // rows in place, appends new ones. A token ID given twice keeps its last occurrence.
    void setTokens(const QList<Token> &tokens);
    // Removes one row; false when no row has that ID.
    bool removeToken(const QString &tokenId);
    void clear();

    const Token &tokenAt(int row) const { return m_rows.at(row).token; }
    // The row of a token ID, or -1.
    int rowOfToken(const QString &tokenId) const;
    QList<Token> tokens() const;
    // The distinct regions of the rows.
    QList<Region> regions() const;

    // The Created column's texts age: the window calls this from time to time.
    void refreshRelativeTimes();

    // Fast accessors for TokenFilterProxyModel (no QVariant on the hot paths).
    bool rowContainsFolded(int row, QStringView foldedNeedle) const;
    int compareRows(int left, int right, int column) const;

private:
    struct Row
    {
        Token token;
        // Case-folded "name\nid\nregion": what the text filter searches. The folded name is its
        // prefix of length nameLength and doubles as the name's sort key.
        QString haystack;
        qsizetype nameLength = 0;
        QString summary; // the Permissions column's text (shared between equal scope sets)
        qint64 createdMs = 0;
    };

    Row makeRow(const Token &token) const;
    QVariant displayData(const Row &row, int column) const;
    QVariant toolTipData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    void rebuildIndex();
    void removeRows(const QList<int> &sortedRows);

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    Clock m_clock;
    // Permission summaries by scope set: 512 possible sets, so 100,000 rows share a few strings.
    mutable QHash<int, QString> m_summaryCache;
};

} // namespace cockpit
