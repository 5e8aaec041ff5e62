#include "TokenTableView.h"

#include "common/Shortcuts.h"
#include "models/TokenTableModel.h"
#include "tokens/TokenActions.h"
#include "tokens/TokenCellDelegate.h"

#include <QAbstractProxyModel>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QResizeEvent>

#include <algorithm>

namespace cockpit {

TokenTableView::TokenTableView(QWidget *parent)
    : QTableView(parent)
{
    setAccessibleName(tr("Tokens"));
    setAccessibleDescription(tr("The tokens of the project in the chosen regions. Ctrl+A selects "
                                "all, Del deletes the selection, the Menu key or Shift+F10 opens "
                                "the actions."));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows are selected whole, so Tab leaves the table instead of walking its cells.
    setTabKeyNavigation(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSortIndicatorShown(true);
    setItemDelegate(new TokenCellDelegate(this));
}

void TokenTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    applyColumnLayout();
}

void TokenTableView::applyColumnLayout()
{
    QHeaderView *header = horizontalHeader();
    if (header->count() != TokenTableModel::ColumnCount)
        return;
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(TokenTableModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TokenTableModel::RegionColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TokenTableModel::PermissionsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TokenTableModel::CreatedColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TokenTableModel::IdColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TokenTableModel::ProjectColumn, QHeaderView::Interactive);
    // Beside the name it qualifies; hidden until the table lists several projects.
    header->moveSection(header->visualIndex(TokenTableModel::ProjectColumn), 1);
    header->setSectionHidden(TokenTableModel::ProjectColumn, true);
    const QFontMetrics metrics = fontMetrics();
    m_fitting = true;
    header->resizeSection(TokenTableModel::NameColumn,
                          metrics.horizontalAdvance(QStringLiteral("alloy-agent-paris")) + 48);
    header->resizeSection(TokenTableModel::RegionColumn,
                          metrics.horizontalAdvance(QStringLiteral("fr-par")) + 48);
    header->resizeSection(TokenTableModel::ProjectColumn,
                          metrics.horizontalAdvance(QStringLiteral("production-europe")) + 32);
    header->resizeSection(TokenTableModel::CreatedColumn,
                          metrics.horizontalAdvance(QStringLiteral("11 months ago")) + 40);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    // Both ends of an ID (elided in the middle), which is how people compare them; the whole ID
    // is in the details pane, the tooltip and Copy ID.
    const QFontMetrics fixedMetrics(fixed);
    m_idPreferredWidth = fixedMetrics.horizontalAdvance(QString(21, QLatin1Char('0'))) + 24;
    m_idNarrowestWidth = fixedMetrics.horizontalAdvance(QString(11, QLatin1Char('0'))) + 24;
    header->resizeSection(TokenTableModel::IdColumn, m_idPreferredWidth);
    m_fitting = false;
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (m_fitting)
            return;
        if (logical == TokenTableModel::NameColumn)
            m_nameSizedByUser = true;
        else if (logical == TokenTableModel::IdColumn)
            m_idSizedByUser = true;
    });
    keepPermissionsReadable();
}

void TokenTableView::keepPermissionsReadable()
{
    QHeaderView *header = horizontalHeader();
    if (header->count() != TokenTableModel::ColumnCount || m_idPreferredWidth <= 0)
        return;
    int others = 0;
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column) {
        if (column != TokenTableModel::PermissionsColumn && column != TokenTableModel::IdColumn &&
            !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    // Its header and a summary such as "Metrics: write, Logs: write".
    const QFontMetrics metrics = fontMetrics();
    const QString title =
        model() ? model()->headerData(TokenTableModel::PermissionsColumn, Qt::Horizontal).toString()
                : QString();
    const int wanted = std::max(metrics.horizontalAdvance(title) + metrics.height() + 24,
                                metrics.averageCharWidth() * 24);
    const int room = viewport()->width() - others - m_idPreferredWidth;
    const int id = m_idSizedByUser ? header->sectionSize(TokenTableModel::IdColumn)
                                   : std::clamp(m_idPreferredWidth - std::max(0, wanted - room),
                                                m_idNarrowestWidth, m_idPreferredWidth);
    m_fitting = true;
    if (header->sectionSize(TokenTableModel::IdColumn) != id)
        header->resizeSection(TokenTableModel::IdColumn, id);
    // Still too narrow: Permissions keeps a readable width and the table scrolls sideways.
    const bool fits = viewport()->width() - others - id >= wanted;
    const auto mode = fits ? QHeaderView::Stretch : QHeaderView::Interactive;
    if (header->sectionResizeMode(TokenTableModel::PermissionsColumn) != mode)
        header->setSectionResizeMode(TokenTableModel::PermissionsColumn, mode);
    if (!fits && header->sectionSize(TokenTableModel::PermissionsColumn) != wanted)
        header->resizeSection(TokenTableModel::PermissionsColumn, wanted);
    m_fitting = false;
}

void TokenTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    keepPermissionsReadable();
}

void TokenTableView::fitNameColumn()
{
    if (m_nameSizedByUser || !model())
        return;
    // Measured on every row loaded, not only those a search or filter lets through: a search
    // that matches nothing must not leave the column at its narrowest once it is cleared. The
    // first rows are enough to judge by, and cheap at any table size.
    const QAbstractItemModel *rows = model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(rows))
        rows = proxy->sourceModel();
    constexpr int kRowsMeasured = 2000;
    const QFontMetrics metrics = fontMetrics();
    int widest = 0;
    for (int row = 0; row < std::min(rows->rowCount(), kRowsMeasured); ++row)
        widest =
            std::max(widest, metrics.horizontalAdvance(
                                 rows->index(row, TokenTableModel::NameColumn).data().toString()));
    // Room for the saved-secret key after the name, and the cell's padding.
    const int wanted = widest + iconSize().width() + metrics.height() + 24;
    const int bound = std::max(120, viewport()->width() * 35 / 100);
    m_fitting = true;
    horizontalHeader()->resizeSection(TokenTableModel::NameColumn, std::clamp(wanted, 120, bound));
    m_fitting = false;
    keepPermissionsReadable();
}

void TokenTableView::setProjectColumnShown(bool shown)
{
    if (horizontalHeader()->count() == TokenTableModel::ColumnCount)
        horizontalHeader()->setSectionHidden(TokenTableModel::ProjectColumn, !shown);
    keepPermissionsReadable();
}

bool TokenTableView::isProjectColumnShown() const
{
    return horizontalHeader()->count() == TokenTableModel::ColumnCount &&
           !horizontalHeader()->isSectionHidden(TokenTableModel::ProjectColumn);
}

void TokenTableView::setActions(TokenActions *actions)
{
    m_actions = actions;
    actions->attachShortcutsTo(this);
}

QList<Token> TokenTableView::selectedTokens() const
{
    QList<Token> tokens;
    if (!selectionModel())
        return tokens;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    tokens.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        tokens.append(index.data(TokenTableModel::TokenRole).value<Token>());
    return tokens;
}

void TokenTableView::selectTokens(const QStringList &tokenIds)
{
    if (!model() || !selectionModel())
        return;
    QItemSelection selection;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (tokenIds.contains(index.data(TokenTableModel::TokenIdRole).toString()))
            selection.select(index, model()->index(row, model()->columnCount() - 1));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                          QItemSelectionModel::NoUpdate);
}

bool TokenTableView::focusToken(const QString &tokenId)
{
    if (!model() || !selectionModel())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (index.data(TokenTableModel::TokenIdRole).toString() != tokenId)
            continue;
        selectionModel()->select(index,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        scrollTo(index);
        setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void TokenTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        openContextMenuAtCurrentRow();
        return;
    }
    // A right click on an unselected row acts on that row, as in every file manager.
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (index.isValid() && !selectionModel()->isSelected(index))
        selectionModel()->select(index,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    openContextMenu(event->globalPos());
}

void TokenTableView::keyPressEvent(QKeyEvent *event)
{
    // The Menu key, and Shift+F10, its usual stand-in. Accepted here, so that no context menu
    // event follows for the same key.
    const QKeySequence key(event->keyCombination());
    if (key == QKeySequence(Qt::Key_Menu) || key == Shortcuts::contextMenu()) {
        openContextMenuAtCurrentRow();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void TokenTableView::openContextMenuAtCurrentRow()
{
    // From the keyboard the menu opens under the current row and acts on the selection as is.
    const QModelIndex current = currentIndex();
    QPoint where = viewport()->rect().topLeft();
    if (current.isValid()) {
        const QRect cell = visualRect(current.siblingAtColumn(0));
        where = QPoint(cell.left() + cell.height() / 2, cell.bottom());
    }
    openContextMenu(viewport()->mapToGlobal(where));
}

void TokenTableView::openContextMenu(const QPoint &globalPos)
{
    if (!m_actions)
        return;
    QMenu *menu = m_actions->createContextMenu(this);
    menu->setObjectName(QStringLiteral("tokenContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

} // namespace cockpit
