#include "TokenFilterProxyModel.h"

#include "TokenTableModel.h"

namespace cockpit {

TokenFilterProxyModel::TokenFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
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
    m_matcher.setPattern(m_needle);
    refilter();
}

void TokenFilterProxyModel::setScopeFilter(TokenScopes scopes)
{
    if (scopes == m_scopeFilter)
        return;
    m_scopeFilter = scopes;
    refilter();
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const TokenTableModel *tokens = m_tokens.data();
    if (!tokens || sourceParent.isValid())
        return false;
    if (m_scopeFilter && !tokens->rowHasAnyScope(sourceRow, m_scopeFilter))
        return false;
    return m_needle.isEmpty() || tokens->rowContainsFolded(sourceRow, m_matcher);
}

void TokenFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (TokenTableModel *tokens = m_tokens.data())
        tokens->sort(column, order);
}

void TokenFilterProxyModel::refilter()
{
    // A full remap with one layout change: linear in the rows. invalidateFilter() would emit a
    // remove or insert per changed range, each costing a pass over the mapping and the views.
    invalidate();
}

} // namespace cockpit
