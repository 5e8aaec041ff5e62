#pragma once

#include "api/TokenScope.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace cockpit {

class TokenTableModel;

// Filters and sorts a TokenTableModel for the main window: a text filter (name, ID or region,
// case-insensitive, as the user types) and a permission filter (tokens having any of the given
// scopes). Sorting uses the model's sort keys, so Created sorts by timestamp and not by its
// "3 days ago" text. Works only over a TokenTableModel, whose fast accessors it relies on.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<TokenTableModel> m_tokens;
    QString m_filterText;
    QString m_needle; // m_filterText trimmed and folded
    TokenScopes m_scopeFilter;
};

} // namespace cockpit
