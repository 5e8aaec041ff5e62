#pragma once

#include "api/TokenScope.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace cockpit {

class TokenTableModel;

// Filters and sorts a TokenTableModel for the main window: a text filter (name, ID or region,
// case-insensitive, as the user types) and a permission filter (tokens having any of the given
// scopes). Sorting is delegated to the source model, which sorts by compact keys (Created by
// timestamp, not by its "3 days ago" text); the proxy keeps the source order, so a filter change
// is one linear pass instead of QSortFilterProxyModel's per-range row moves, which grow
// quadratically with 100,000 rows. Works only over a TokenTableModel.
class TokenFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TokenFilterProxyModel(QObject *parent = nullptr);
    ~TokenFilterProxyModel() override;

    // Must be a TokenTableModel; anything else is refused with a warning and shows no rows.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    // Empty = every token; otherwise the tokens having at least one of these scopes.
    TokenScopes scopeFilter() const { return m_scopeFilter; }
    void setScopeFilter(TokenScopes scopes);

    bool isFiltering() const { return !m_needle.isEmpty() || m_scopeFilter; }

    // Sorts the source model (see above). QSortFilterProxyModel::sortColumn() stays -1.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QPointer<TokenTableModel> m_tokens;
    QString m_filterText;
    QString m_needle; // m_filterText trimmed and folded
    QStringMatcher m_matcher;
    TokenScopes m_scopeFilter;
};

} // namespace cockpit
