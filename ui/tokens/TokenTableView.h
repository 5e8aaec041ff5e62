#pragma once

#include "api/Token.h"

#include <QTableView>

namespace cockpit {

class TokenActions;

// The token table: sortable, multi-selection, keyboard-driven, with sensible column widths (Name
// as wide as the names need, Permissions taking the rest, IDs in a fixed-width font, elided in
// the middle) and the row actions in its context menu.
class TokenTableView : public QTableView
{
    Q_OBJECT

public:
    explicit TokenTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setActions(TokenActions *actions);
    // The selected tokens, in the order the view shows them.
    QList<Token> selectedTokens() const;
    // Selects the rows of these token IDs (for tests and to restore a selection).
    void selectTokens(const QStringList &tokenIds);
    // Selects the token's row alone, makes it current, scrolls to it and takes the focus, so
    // the row keys act on it; false when the view does not show it (e.g. filtered out).
    bool focusToken(const QString &tokenId);
    // Widens or narrows the Name column to the names shown (within bounds), unless the user has
    // sized it (or a saved layout did); the Permissions column takes what is left.
    void fitNameColumn();
    // The Project column, after Name, only while the table lists several projects.
    void setProjectColumnShown(bool shown);
    bool isProjectColumnShown() const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void openContextMenuAtCurrentRow();
    void openContextMenu(const QPoint &globalPos);
    void applyColumnLayout();
    // Narrows the ID column (elided in the middle, down to a few characters at each end) when
    // Permissions, which takes what is left, would otherwise be too narrow to read: with the
    // Project column shown, or in a narrow window. A width the user gave it stays.
    void keepPermissionsReadable();

    TokenActions *m_actions = nullptr;
    bool m_fitting = false;
    bool m_nameSizedByUser = false;
    bool m_idSizedByUser = false;
    int m_idPreferredWidth = 0;
    int m_idNarrowestWidth = 0;
};

} // namespace cockpit
