#include "TokenFilterProxyModel.h"

#include "TokenTableModel.h"

namespace cockpit {

TokenFilterProxyModel::TokenFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

TokenFilterProxyModel::~TokenFilterProxyModel() = default;

void TokenFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_tokens = qobject_cast<TokenTableModel *>(sourceModel);
    if (sourceModel && !m_tokens)
        qWarning("TokenFilterProxyModel: the source model must be a TokenTableModel");
    QSortFilterProxyModel::setSourceModel(m_tokens);
}

void TokenFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

void TokenFilterProxyModel::setScopeFilter(TokenScopes scopes)
{
    if (scopes == m_scopeFilter)
        return;
    m_scopeFilter = scopes;
    invalidateFilter();
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tokens || sourceParent.isValid())
        return false;
    if (m_scopeFilter && !(m_tokens->tokenAt(sourceRow).scopes & m_scopeFilter))
        return false;
    return m_needle.isEmpty() || m_tokens->rowContainsFolded(sourceRow, m_needle);
}

bool TokenFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_tokens)
        return false;
    return m_tokens->compareRows(left.row(), right.row(), left.column()) < 0;
}

} // namespace cockpit
